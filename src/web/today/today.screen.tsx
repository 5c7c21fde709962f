import { useState } from 'react';
import { ApiError, api } from '../api/api.client';
import { href } from '../app/app.router';
import { formatWhen } from '../common/common.clock';
import { useLoad } from '../common/common.load';
import { useToast } from '../common/common.toast';
import { EmptyState, ErrorNote, Loading, ScreenTitle } from '../common/common.ui';

/** One thing to do, as `GET /api/agenda` lists it. */
export interface AgendaEntry {
  id: string;
  kind: string;
  title: string;
  dueAt: string;
  applicationId: string | null;
  contactId?: string;
  messageId?: string;
  interviewId?: string;
  actionItemId?: string;
  reason: string;
}

interface AgendaView {
  now: string;
  timeZone: string;
  overdue: AgendaEntry[];
  today: AgendaEntry[];
  thisWeek: AgendaEntry[];
}

const asEntries = (value: unknown): AgendaEntry[] => (Array.isArray(value) ? (value as AgendaEntry[]) : []);

/** Accepts the agenda as documented (`today`) and as the core names it (`dueToday`). */
function normaliseAgenda(raw: unknown): AgendaView {
  const data = (raw ?? {}) as Record<string, unknown>;
  return {
    now: typeof data.now === 'string' ? data.now : new Date().toISOString(),
    timeZone: typeof data.timeZone === 'string' ? data.timeZone : 'UTC',
    overdue: asEntries(data.overdue),
    today: asEntries(Array.isArray(data.today) ? data.today : data.dueToday),
    thisWeek: asEntries(data.thisWeek),
  };
}

async function loadToday() {
  try {
    return { agenda: normaliseAgenda(await api.agenda()), missing: false };
  } catch (error) {
    if (error instanceof ApiError && error.missingRoute) return { agenda: null, missing: true };
    throw error;
  }
}

export function TodayScreen() {
  const [loaded, reload] = useLoad(loadToday, []);
  const [counts] = useLoad(() => api.applications({ limit: 1, archived: 'all' }).then((page) => page.total), []);
  return (
    <section>
      <ScreenTitle
        actions={
          <a className="button secondary" href={href('/applications', { add: '1' })}>
            Add an application
          </a>
        }
      >
        Today
      </ScreenTitle>
      {loaded.state === 'loading' && <Loading what="your agenda" />}
      {loaded.state === 'error' && <ErrorNote error={loaded.error} retry={reload} />}
      {loaded.state === 'ready' && loaded.data.missing && (
        <p className="notice">
          This server does not offer the agenda yet, so nothing due can be listed here. Your applications are all on the{' '}
          <a href={href('/applications')}>Applications</a> screen.
        </p>
      )}
      {loaded.state === 'ready' && loaded.data.agenda && (
        <Agenda agenda={loaded.data.agenda} hasApplications={(counts.data ?? 1) > 0} onDone={reload} />
      )}
    </section>
  );
}

function Agenda({
  agenda,
  hasApplications,
  onDone,
}: {
  agenda: AgendaView;
  hasApplications: boolean;
  onDone: () => void;
}) {
  const total = agenda.overdue.length + agenda.today.length + agenda.thisWeek.length;
  if (total === 0) {
    return hasApplications ? (
      <EmptyState title="Nothing due this week.">
        <p>
          Well done. When an interview happens, add it to its application and Nextround will remind you of the debrief
          and the thank-you notes.
        </p>
      </EmptyState>
    ) : (
      <EmptyState title="Start with an application.">
        <p>
          Add the job you applied for (company and role is enough). Then add an interview, and Nextround will tell you
          what to do after it: the debrief, thank-you notes and, if it comes to that, how to ask for feedback.
        </p>
        <p>
          <a className="button" href={href('/applications', { add: '1' })}>
            Add your first application
          </a>
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="stack">
      <p className="lead">
        {formatWhen(agenda.now, agenda.timeZone, false)} · {total} thing{total === 1 ? '' : 's'} to do
      </p>
      <Bucket title="Overdue" items={agenda.overdue} agenda={agenda} onDone={onDone} urgent />
      <Bucket title="Today" items={agenda.today} agenda={agenda} onDone={onDone} />
      <Bucket title="This week" items={agenda.thisWeek} agenda={agenda} onDone={onDone} />
    </div>
  );
}

/** A long bucket shows its first items; the rest are one click away (a backlog should not bury today). */
const bucketPreview = 30;

function Bucket(props: {
  title: string;
  items: AgendaEntry[];
  agenda: AgendaView;
  onDone: () => void;
  urgent?: boolean;
}) {
  const [all, setAll] = useState(false);
  if (props.items.length === 0) return null;
  const shown = all ? props.items : props.items.slice(0, bucketPreview);
  const id = `bucket-${props.title.toLowerCase().replace(/\s+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {props.title} <span className="pill">{props.items.length}</span>
      </h2>
      <ul className="list">
        {shown.map((item) => (
          <li key={item.id} data-kind={item.kind}>
            <div className="grow">
              <strong>{item.title}</strong>
              <div className="muted">
                {props.urgent ? <span className="pill warn">overdue</span> : null} due{' '}
                {formatWhen(item.dueAt, props.agenda.timeZone)} · {item.reason}
              </div>
            </div>
            <AgendaAction item={item} onDone={props.onDone} />
          </li>
        ))}
      </ul>
      {shown.length < props.items.length && (
        <p>
          <button type="button" className="secondary" onClick={() => setAll(true)}>
            Show all {props.items.length}
          </button>
        </p>
      )}
    </section>
  );
}

/** The one click that does (or starts) the thing. */
function AgendaAction({ item, onDone }: { item: AgendaEntry; onDone: () => void }) {
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const compose = (kind: string) =>
    href('/compose', {
      kind,
      applicationId: item.applicationId,
      contactId: item.contactId,
      interviewId: item.interviewId,
      // A nudge follows up the request it names; the other kinds start a new message.
      parentMessageId: kind === 'nudge' ? item.messageId : undefined,
    });
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      notify(done);
      onDone();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  switch (item.kind) {
    case 'debrief':
      return item.interviewId ? (
        <a className="button" href={href(`/debrief/${item.interviewId}`)}>
          Write the debrief
        </a>
      ) : null;
    case 'thank-you':
      return (
        <a className="button" href={compose('thank-you')}>
          Write the note
        </a>
      );
    case 'feedback-request':
      return (
        <a className="button" href={compose('feedback-request')}>
          Write the request
        </a>
      );
    case 'nudge':
      return (
        <a className="button" href={compose('nudge')}>
          Write the nudge
        </a>
      );
    case 'keep-in-touch':
      return (
        <a className="button" href={compose('keep-in-touch')}>
          Write to them
        </a>
      );
    case 'close-no-reply': {
      const messageId = item.messageId;
      return messageId ? (
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(
              () => api.updateMessage(messageId, { status: 'closed', closedReason: 'no reply' }),
              'Closed as no reply.',
            )
          }
        >
          Close as no reply
        </button>
      ) : null;
    }
    case 'plan-step': {
      const actionItemId = item.actionItemId;
      return actionItemId ? (
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(() => api.updatePlanItem(actionItemId, { status: 'doing' }), 'Started. It is on your plan.')
          }
        >
          Start now
        </button>
      ) : (
        <a className="button" href={href('/plan')}>
          Open the plan
        </a>
      );
    }
    case 'ghosted-check': {
      const applicationId = item.applicationId;
      return applicationId ? (
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(() => api.recordNews(applicationId, { outcome: 'ghosted', channel: 'silence' }), 'Marked as ghosted.')
          }
        >
          Mark as ghosted
        </button>
      ) : null;
    }
    default:
      return item.applicationId ? (
        <a className="button secondary" href={href(`/applications/${item.applicationId}`)}>
          Open
        </a>
      ) : null;
  }
}
