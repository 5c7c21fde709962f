import { lazy, type ReactNode, Suspense } from 'react';
import { ToastProvider } from '../common/common.toast';
import { Loading } from '../common/common.ui';
import { TodayScreen } from '../today/today.screen';
import { ScreenBoundary } from './app.boundary';
import { href, type Route, useRoute } from './app.router';

// Every screen but Today loads on first visit, so the first page a user sees carries only what it needs.
const ApplicationsScreen = lazy(() => import('../applications/applications.screen'));
const ApplicationScreen = lazy(() => import('../application/application.screen'));
const DebriefScreen = lazy(() => import('../debrief/debrief.screen'));
const ComposeScreen = lazy(() => import('../compose/compose.screen'));
const RejectionScreen = lazy(() => import('../rejection/rejection.screen'));
const FeedbackScreen = lazy(() => import('../feedback/feedback.screen'));
const PlanScreen = lazy(() => import('../plan/plan.screen'));
const InsightsScreen = lazy(() => import('../insights/insights.screen'));
const PrepareScreen = lazy(() => import('../prepare/prepare.screen'));
const MailScreen = lazy(() => import('../mail/mail.screen'));
const SettingsScreen = lazy(() => import('../settings/settings.screen'));

const nav = [
  { path: '/today', label: 'Today' },
  { path: '/applications', label: 'Applications' },
  { path: '/plan', label: 'Plan' },
  { path: '/insights', label: 'Insights' },
  { path: '/prepare', label: 'Prepare' },
  { path: '/mail', label: 'Import emails' },
  { path: '/settings', label: 'Settings' },
] as const;

function screenFor(route: Route): ReactNode {
  const [first = 'today', second] = route.segments;
  const q = (name: string) => route.query.get(name) ?? undefined;
  switch (first) {
    case 'today':
      return <TodayScreen />;
    case 'applications':
      return second ? <ApplicationScreen id={second} /> : <ApplicationsScreen />;
    case 'debrief':
      return second ? <DebriefScreen interviewId={second} /> : <NotFound />;
    case 'compose':
      return (
        <ComposeScreen
          kind={q('kind')}
          applicationId={q('applicationId')}
          contactId={q('contactId')}
          interviewId={q('interviewId')}
          feedbackId={q('feedbackId')}
          messageId={q('messageId')}
          parentMessageId={q('parentMessageId')}
        />
      );
    case 'rejection':
      return <RejectionScreen applicationId={q('applicationId')} />;
    case 'feedback':
      return <FeedbackScreen applicationId={q('applicationId')} />;
    case 'plan':
      return <PlanScreen />;
    case 'insights':
      return <InsightsScreen />;
    case 'prepare':
      return <PrepareScreen />;
    case 'mail':
      return <MailScreen />;
    case 'settings':
      return <SettingsScreen back={q('back')} />;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <a href={href('/today')}>Go to Today</a>.
      </p>
    </section>
  );
}

export function App() {
  const route = useRoute();
  const section = route.segments[0] ?? 'today';
  return (
    <ToastProvider>
      <button type="button" className="skip-link" onClick={skipToMain}>
        Skip to content
      </button>
      <header className="topbar">
        <a className="brand" href={href('/today')}>
          Nextround
        </a>
        <nav aria-label="Main">
          <ul className="nav-list">
            {nav.map((item) => (
              <li key={item.path}>
                <a href={href(item.path)} aria-current={`/${section}` === item.path ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <a className="button rejection-link" href={href('/rejection')}>
          I got a rejection
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading what="the screen" />}>
          {/* A key per path resets each screen's state when the address changes. */}
          <div key={route.path}>
            <ScreenBoundary>{screenFor(route)}</ScreenBoundary>
          </div>
        </Suspense>
      </main>
    </ToastProvider>
  );
}

/** A button rather than a `#main` link: the hash belongs to the router. */
function skipToMain() {
  document.getElementById('main')?.focus();
}
