import { useId, useState } from 'react';
import type { Feedback, FeedbackAnalysis } from '../../core/feedback/feedback.schema';
import type { MessageChannel } from '../../core/messages/messages.schema';
import { ApiError, api } from '../api/api.client';
import { href } from '../app/app.router';
import { useLoad } from '../common/common.load';
import { forgetDraft, usePersistentState } from '../common/common.storage';
import { useToast } from '../common/common.toast';
import { EmptyState, errorText, FormErrors, label, ScreenTitle, Show } from '../common/common.ui';

interface FeedbackDraft {
  applicationId: string;
  contactId: string;
  channel: MessageChannel;
  text: string;
}

/** The server's analysis; the same core code in the browser if this server does not offer it. */
async function analyse(text: string): Promise<FeedbackAnalysis> {
  try {
    return await api.analyzeFeedback(text);
  } catch (error) {
    if (!(error instanceof ApiError && error.missingRoute)) throw error;
    const { analyzeFeedback } = await import('../../core/feedback/feedback.analyze');
    return analyzeFeedback(text);
  }
}

export default function FeedbackScreen({ applicationId }: { applicationId?: string | undefined }) {
  const [apps] = useLoad(() => api.applications({ limit: 200, archived: 'all' }), []);
  const [recent, reloadRecent] = useLoad(() => api.feedbackList({ limit: 20 }), []);
  return (
    <section>
      <ScreenTitle>Feedback</ScreenTitle>
      <p className="lead">Paste what they said. Nextround reads it, tells you what it means and what to do next.</p>
      <Show loaded={apps} what="applications">
        {(page) => <FeedbackForm applications={page.items} applicationId={applicationId} onSaved={reloadRecent} />}
      </Show>
      <h2>Feedback so far</h2>
      <Show loaded={recent} what="feedback">
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title="No feedback yet.">
              <p>
                When a rejection comes, <a href={href('/rejection')}>ask for feedback</a>: Nextround picks whom to ask,
                how and when, and drafts the request.
              </p>
            </EmptyState>
          ) : (
            <ul className="list">
              {page.items.map((f: Feedback) => (
                <li key={f.id}>
                  <div className="grow">
                    <q>{f.text.length > 200 ? `${f.text.slice(0, 200)}…` : f.text}</q>
                    <div className="muted">{f.fromName ?? ''}</div>
                  </div>
                  {(f.analysis?.categories ?? []).map((c) => (
                    <span key={c} className="pill">
                      {label(c)}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          )
        }
      </Show>
    </section>
  );
}

function FeedbackForm(props: {
  applications: { id: string; company: string; role: string }[];
  applicationId: string | undefined;
  onSaved: () => void;
}) {
  const id = useId();
  const notify = useToast();
  const key = `draft:feedback:${props.applicationId ?? 'any'}`;
  const [draft, setDraft] = usePersistentState<FeedbackDraft>(key, {
    applicationId: props.applicationId ?? '',
    contactId: '',
    channel: 'email',
    text: '',
  });
  const [analysis, setAnalysis] = useState<FeedbackAnalysis | null>(null);
  const [saved, setSaved] = useState<Feedback | null>(null);
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [planned, setPlanned] = useState(0);
  const [contacts] = useLoad(
    () => (draft.applicationId ? api.application(draft.applicationId).then((a) => a.contacts) : Promise.resolve([])),
    [draft.applicationId],
  );

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const onAnalyse = () => {
    if (!draft.text.trim()) {
      setError('Paste the feedback first.');
      return;
    }
    void run(async () => {
      const result = await analyse(draft.text);
      setAnalysis(result);
      setPicked(new Set(result.actions.map((_, i) => i)));
    });
  };

  const onSave = () => {
    if (!draft.text.trim()) {
      setError('Paste the feedback first.');
      return;
    }
    void run(async () => {
      const contact = contacts.data?.find((c) => c.id === draft.contactId);
      const created = await api.addFeedback({
        applicationId: draft.applicationId || null,
        contactId: draft.contactId || null,
        fromName: contact?.name ?? null,
        channel: draft.channel,
        text: draft.text,
        ...(analysis ? { analysis } : {}),
      });
      setSaved(created);
      const result = created.analysis ?? analysis;
      if (result) {
        setAnalysis(result);
        // Every proposed step starts ticked; the user unticks what does not fit.
        if (!analysis) setPicked(new Set(result.actions.map((_, i) => i)));
      }
      forgetDraft(key);
      notify('Feedback saved.');
      props.onSaved();
    });
  };

  const addToPlan = () =>
    run(async () => {
      if (!analysis || !saved) return;
      const chosen = analysis.actions.filter((_, i) => picked.has(i));
      for (const action of chosen) {
        await api.addPlanItem({
          applicationId: saved.applicationId,
          sourceType: 'feedback',
          sourceId: saved.id,
          category: action.category,
          text: action.text,
          evidence: saved.text.slice(0, 5000),
        });
      }
      setPlanned(chosen.length);
      notify(`${chosen.length} item${chosen.length === 1 ? '' : 's'} added to your plan.`);
    });

  return (
    <div className="stack">
      <div className="card stack">
        <div className="row">
          <div className="field">
            <label htmlFor={`${id}-app`}>Application</label>
            <select
              id={`${id}-app`}
              value={draft.applicationId}
              onChange={(e) => setDraft({ ...draft, applicationId: e.target.value, contactId: '' })}
            >
              <option value="">(not tied to one)</option>
              {props.applications.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.company} — {a.role}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-who`}>From</label>
            <select
              id={`${id}-who`}
              value={draft.contactId}
              onChange={(e) => setDraft({ ...draft, contactId: e.target.value })}
            >
              <option value="">(someone else)</option>
              {(contacts.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-channel`}>How</label>
            <select
              id={`${id}-channel`}
              value={draft.channel}
              onChange={(e) => setDraft({ ...draft, channel: e.target.value as MessageChannel })}
            >
              {(['email', 'phone', 'letter', 'linkedin', 'in_person'] as const).map((c) => (
                <option key={c} value={c}>
                  {label(c)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>What they said</label>
          <textarea
            id={`${id}-text`}
            rows={6}
            value={draft.text}
            onChange={(e) => {
              setDraft({ ...draft, text: e.target.value });
              setAnalysis(null);
              setSaved(null);
            }}
          />
        </div>
        <FormErrors error={error} />
        <div className="screen-actions">
          <button type="button" className="secondary" disabled={busy} onClick={onAnalyse}>
            Analyse
          </button>
          <button type="button" disabled={busy || saved !== null} onClick={onSave}>
            {saved ? 'Saved' : 'Save and analyse'}
          </button>
        </div>
      </div>

      {analysis && (
        <section className="card stack" aria-labelledby={`${id}-result`}>
          <h2 id={`${id}-result`} style={{ marginTop: 0 }}>
            What it says
          </h2>
          <p>
            {analysis.categories.length === 0
              ? 'No clear category.'
              : analysis.categories.map((c) => (
                  <span key={c} className="pill" style={{ marginRight: '0.35rem' }}>
                    {label(c)}
                  </span>
                ))}
          </p>
          {analysis.specifics.length > 0 && (
            <p>
              <strong>Specifics:</strong> {analysis.specifics.join(', ')}
            </p>
          )}
          {analysis.vague ? (
            <div className="notice">
              <p>
                <strong>This is vague:</strong> it says nothing specific you could act on. One polite follow-up question
                may get more:
              </p>
              {analysis.followUpQuestion && <blockquote>{analysis.followUpQuestion}</blockquote>}
              {saved?.applicationId && (
                <a
                  className="button secondary"
                  href={href('/compose', {
                    kind: 'follow-up-question',
                    applicationId: saved.applicationId,
                    feedbackId: saved.id,
                  })}
                >
                  Draft the follow-up
                </a>
              )}
            </div>
          ) : (
            <p>
              {analysis.actionable ? 'There is something here you can act on.' : 'Nothing here is about you to fix.'}
            </p>
          )}
          {analysis.actions.length > 0 && (
            <fieldset>
              <legend>Proposed plan items</legend>
              {analysis.actions.map((action, i) => (
                <div
                  key={action.text}
                  className="field"
                  style={{ flexDirection: 'row', alignItems: 'center', gap: '0.5rem' }}
                >
                  <input
                    id={`${id}-act-${i}`}
                    type="checkbox"
                    checked={picked.has(i)}
                    onChange={(e) => {
                      const next = new Set(picked);
                      if (e.target.checked) next.add(i);
                      else next.delete(i);
                      setPicked(next);
                    }}
                  />
                  <label htmlFor={`${id}-act-${i}`} style={{ fontWeight: 400 }}>
                    {action.text} <span className="pill">{label(action.category)}</span>
                  </label>
                </div>
              ))}
              {saved ? (
                planned > 0 ? (
                  <p>
                    Added. <a href={href('/plan')}>Open your plan</a>.
                  </p>
                ) : (
                  <button type="button" disabled={busy || picked.size === 0} onClick={addToPlan}>
                    Add to my plan
                  </button>
                )
              ) : (
                <p className="muted">Save the feedback to add these to your plan.</p>
              )}
            </fieldset>
          )}
          {saved?.applicationId && (
            <p>
              <a
                className="button"
                href={href('/compose', {
                  kind: 'feedback-reply',
                  applicationId: saved.applicationId,
                  feedbackId: saved.id,
                })}
              >
                Write the thank-you reply
              </a>{' '}
              <span className="muted">The only right answer to feedback: a short, genuine thank-you.</span>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
