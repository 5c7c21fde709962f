import { useId, useState } from 'react';
import {
  type Application,
  type NewsChannel,
  newsChannels,
  type Stage,
  stages,
} from '../../core/applications/applications.schema';
import { decideFeedbackRequest, type FeedbackRequestDecision } from '../../core/decisions/decisions.feedback-request';
import { ApiError, api } from '../api/api.client';
import type { ApplicationDetail } from '../api/api.types';
import { href, navigate, useRoute } from '../app/app.router';
import { formatWhen, loadProfile, serverNow } from '../common/common.clock';
import { useLoad } from '../common/common.load';
import { forgetDraft, usePersistentState } from '../common/common.storage';
import { EmptyState, errorText, FormErrors, label, ScreenTitle, Show } from '../common/common.ui';

const channelWords: Record<NewsChannel, string> = {
  email: 'By email',
  phone: 'By phone',
  letter: 'By letter',
  portal: 'In the applicant portal',
  automated: 'An automated no-reply message',
  agency: 'Through the agency',
  in_person: 'In person',
  silence: 'Silence: they never answered',
};

/**
 * "I got a rejection": how it arrived, at which stage, what was said → the recommendation (whether, whom, how,
 * when) → the draft. Three steps from the news to a request ready to send.
 */
export default function RejectionScreen({ applicationId }: { applicationId?: string | undefined }) {
  const route = useRoute();
  const step = route.query.get('step') === '2' && applicationId ? 2 : 1;
  return (
    <section>
      <ScreenTitle>I got a rejection</ScreenTitle>
      <p className="lead">
        Sorry. It stings, and it is rarely the whole story. Three short steps turn it into something useful.
      </p>
      <ol className="steps" aria-label="Steps">
        <li aria-current={step === 1 ? 'step' : undefined}>1. What happened</li>
        <li aria-current={step === 2 ? 'step' : undefined}>2. Should you ask for feedback?</li>
        <li>3. The request</li>
      </ol>
      {!applicationId ? (
        <PickApplication />
      ) : step === 1 ? (
        <NewsStep applicationId={applicationId} />
      ) : (
        <RecommendationStep applicationId={applicationId} />
      )}
    </section>
  );
}

function PickApplication() {
  const id = useId();
  const [q, setQ] = useState('');
  const [loaded] = useLoad(
    () => api.applications({ limit: 20, outcome: 'open', ...(q.trim() ? { q: q.trim() } : {}) }),
    [q],
  );
  return (
    <div className="card">
      <h2 style={{ marginTop: 0 }}>Which application?</h2>
      <div className="field">
        <label htmlFor={`${id}-q`}>Find it by company or role</label>
        <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <Show loaded={loaded} what="applications">
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title="No open application matches.">
              <p>
                Add it first on <a href={href('/applications', { add: '1' })}>Applications</a> (company and role), then
                come back here.
              </p>
            </EmptyState>
          ) : (
            <ul className="list">
              {page.items.map((a: Application) => (
                <li key={a.id}>
                  <div className="grow">
                    <strong>{a.company}</strong> — {a.role}
                  </div>
                  <a className="button" href={href('/rejection', { applicationId: a.id })}>
                    This one
                  </a>
                </li>
              ))}
            </ul>
          )
        }
      </Show>
    </div>
  );
}

interface NewsDraft {
  channel: NewsChannel;
  stage: Stage;
  note: string;
  from: string;
  subject: string;
  noReply: boolean;
}

function NewsStep({ applicationId }: { applicationId: string }) {
  const [loaded, reload] = useLoad(() => api.application(applicationId), [applicationId]);
  return (
    <Show loaded={loaded} what="the application" retry={reload}>
      {(application) => <NewsForm application={application} />}
    </Show>
  );
}

function NewsForm({ application }: { application: ApplicationDetail }) {
  const id = useId();
  const key = `draft:rejection:${application.id}`;
  const [draft, setDraft] = usePersistentState<NewsDraft>(key, {
    channel: 'email',
    stage: application.stage,
    note: '',
    from: '',
    subject: '',
    noReply: false,
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const email =
        draft.channel === 'email' && (draft.from.trim() || draft.subject.trim())
          ? {
              from: draft.from.trim() || null,
              subject: draft.subject.trim() || null,
              noReply: draft.noReply || /no-?reply|do-?not-?reply/i.test(draft.from),
            }
          : null;
      await api.recordNews(application.id, {
        outcome: draft.channel === 'silence' ? 'ghosted' : 'rejected',
        stage: draft.stage,
        channel: draft.channel,
        note: draft.note.trim() || null,
        email,
      });
      forgetDraft(key);
      navigate('/rejection', { applicationId: application.id, step: '2' });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <h2 style={{ marginTop: 0 }}>
        {application.company} — {application.role}
      </h2>
      <fieldset>
        <legend>How did it arrive?</legend>
        {newsChannels.map((channel) => (
          <div
            key={channel}
            className="field"
            style={{ flexDirection: 'row', alignItems: 'center', gap: '0.5rem', margin: 0 }}
          >
            <input
              type="radio"
              id={`${id}-ch-${channel}`}
              name={`${id}-channel`}
              checked={draft.channel === channel}
              onChange={() => setDraft({ ...draft, channel })}
            />
            <label htmlFor={`${id}-ch-${channel}`} style={{ fontWeight: 400 }}>
              {channelWords[channel]}
            </label>
          </div>
        ))}
      </fieldset>
      {draft.channel === 'email' && (
        <div className="row">
          <div className="field">
            <label htmlFor={`${id}-from`}>
              From <span className="hint">(so the request can reply in the same thread)</span>
            </label>
            <input
              id={`${id}-from`}
              value={draft.from}
              placeholder="Sam Taylor <sam@acme.example>"
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-subject`}>Subject</label>
            <input
              id={`${id}-subject`}
              value={draft.subject}
              onChange={(e) => setDraft({ ...draft, subject: e.target.value })}
            />
          </div>
        </div>
      )}
      {draft.channel === 'email' && (
        <div className="field" style={{ flexDirection: 'row', alignItems: 'center', gap: '0.5rem' }}>
          <input
            id={`${id}-noreply`}
            type="checkbox"
            checked={draft.noReply}
            onChange={(e) => setDraft({ ...draft, noReply: e.target.checked })}
          />
          <label htmlFor={`${id}-noreply`}>It came from a no-reply address</label>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-stage`}>At which stage?</label>
        <select
          id={`${id}-stage`}
          value={draft.stage}
          onChange={(e) => setDraft({ ...draft, stage: e.target.value as Stage })}
        >
          {stages.map((s) => (
            <option key={s} value={s}>
              {label(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>
          What did they say? <span className="hint">(optional: paste the message)</span>
        </label>
        <textarea
          id={`${id}-note`}
          rows={4}
          value={draft.note}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
        />
      </div>
      <FormErrors error={error} />
      <div>
        <button type="submit" disabled={busy}>
          Next: should I ask for feedback?
        </button>
      </div>
    </form>
  );
}

/** The server's decision when it offers one; else the same core rules, run here. */
async function loadDecision(applicationId: string) {
  const [application, profile, now] = await Promise.all([api.application(applicationId), loadProfile(), serverNow()]);
  let decision: FeedbackRequestDecision;
  try {
    decision = await api.recommendation(applicationId);
  } catch (error) {
    if (!(error instanceof ApiError && error.missingRoute)) throw error;
    const rejection =
      [...application.events]
        .filter((e) => e.outcome === 'rejected' || e.outcome === 'ghosted')
        .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))[0] ?? null;
    decision = decideFeedbackRequest(
      {
        application,
        contacts: application.contacts,
        interviews: application.interviews,
        rejection,
        messages: application.messages,
      },
      now,
      profile.timeZone,
    );
  }
  return { application, decision, timeZone: profile.timeZone };
}

function RecommendationStep({ applicationId }: { applicationId: string }) {
  const [loaded, reload] = useLoad(() => loadDecision(applicationId), [applicationId]);
  return (
    <Show loaded={loaded} what="the recommendation" retry={reload}>
      {({ application, decision, timeZone }) => (
        <div className="stack">
          <section className="card" aria-labelledby="decision-h">
            <h2 id="decision-h" style={{ marginTop: 0 }}>
              {decision.shouldAsk ? 'Yes: ask for feedback' : 'Better not to ask this time'}
            </h2>
            <p>{decision.reason}</p>
            {decision.shouldAsk && (
              <dl className="facts">
                {decision.recipient && (
                  <>
                    <dt>Whom</dt>
                    <dd>
                      {decision.recipient.name ?? 'The hiring team'}
                      {decision.recipient.role ? ` (${label(decision.recipient.role)})` : ''} —{' '}
                      {decision.recipient.reason}
                    </dd>
                  </>
                )}
                {decision.channel && (
                  <>
                    <dt>How</dt>
                    <dd>
                      {label(decision.channel.channel)}
                      {decision.channel.subject ? `, “${decision.channel.subject}”` : ''} — {decision.channel.reason}
                    </dd>
                  </>
                )}
                {decision.timing && (
                  <>
                    <dt>When</dt>
                    <dd>
                      Not before {formatWhen(decision.timing.earliestAt, timeZone)}, best by{' '}
                      {formatWhen(decision.timing.dueAt, timeZone)}, never after{' '}
                      {formatWhen(decision.timing.lastAt, timeZone, false)}. {decision.timing.reason}
                    </dd>
                  </>
                )}
              </dl>
            )}
            {decision.notes.length > 0 && (
              <ul>
                {decision.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
            {decision.shouldAsk && (
              <p>
                <a
                  className="button"
                  href={href('/compose', {
                    kind: 'feedback-request',
                    applicationId: application.id,
                    contactId: decision.recipient?.contactId ?? undefined,
                  })}
                >
                  Step 3: write the request
                </a>
              </p>
            )}
          </section>
          {decision.alternatives.length > 0 && (
            <section className="card" aria-labelledby="alt-h">
              <h2 id="alt-h" style={{ marginTop: 0 }}>
                {decision.shouldAsk ? 'If the feedback does not come' : 'What to do instead'}
              </h2>
              <ul className="list">
                {decision.alternatives.map((alt) => (
                  <li key={alt.kind}>
                    <div className="grow">
                      <strong>{alt.title}</strong>
                      <div className="muted">{alt.reason}</div>
                    </div>
                    <a
                      className="button secondary"
                      href={href('/compose', { kind: alt.kind, applicationId: application.id })}
                    >
                      Draft it
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p>
            <a href={href(`/applications/${application.id}`)}>Back to {application.company}</a>
          </p>
        </div>
      )}
    </Show>
  );
}
