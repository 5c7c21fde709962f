import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { StageEvent } from '../../core/applications/applications.schema';
import { type DraftContext, type DraftKind, draft, draftKinds } from '../../core/drafting';
import type { LintIssue, LintOptions } from '../../core/lint/lint.schema';
import type { Message, MessageChannel } from '../../core/messages/messages.schema';
import type { SmtpSettingsView } from '../../services/mail/mail-outbox.service';
import { ApiError, api } from '../api/api.client';
import type { ApplicationDetail } from '../api/api.types';
import { href, navigate } from '../app/app.router';
import { loadProfile, type Profile, serverNow } from '../common/common.clock';
import { useLoad } from '../common/common.load';
import { forgetDraft, usePersistentState } from '../common/common.storage';
import { useToast } from '../common/common.toast';
import { errorText, FormErrors, label, ScreenTitle, Show } from '../common/common.ui';
import { LintedEditor } from './compose.editor';
import { emlText, mailtoHref } from './compose.eml';
import { lintInWorker } from './compose.lint-client';

export interface ComposeProps {
  kind?: string | undefined;
  applicationId?: string | undefined;
  contactId?: string | undefined;
  interviewId?: string | undefined;
  feedbackId?: string | undefined;
  messageId?: string | undefined;
  parentMessageId?: string | undefined;
}

interface ComposeDraft {
  kind: string;
  channel: MessageChannel;
  contactId: string | null;
  to: string;
  subject: string;
  body: string;
  threadRef: string | null;
  dueAt: string | null;
}

interface Prepared {
  application: ApplicationDetail | null;
  existing: Message | null;
  suggested: ComposeDraft;
  reasons: string[];
  draftError: string | null;
  profile: Profile;
  now: string;
  /** The user's own outgoing mail server, when one is set up: Compose can then send itself. */
  mailbox: SmtpSettingsView | null;
}

const isDraftKind = (kind: string | undefined): kind is DraftKind =>
  kind !== undefined && (draftKinds as readonly string[]).includes(kind);

/** The latest rejection in the history: how the news came decides how the request goes back. */
function latestRejection(events: StageEvent[]): StageEvent | null {
  return (
    [...events].filter((e) => e.outcome === 'rejected').sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))[0] ??
    null
  );
}

export function draftContext(application: ApplicationDetail, profile: Profile, now: string): DraftContext {
  return {
    userName: profile.name,
    application,
    contacts: application.contacts,
    interviews: application.interviews,
    debriefs: application.debriefs,
    rejection: latestRejection(application.events),
    feedback: application.feedback,
    messages: application.messages,
    now,
    timeZone: profile.timeZone,
  };
}

/** The mailbox settings, or null: a server without mail (or an older one) still composes, with the other ways out. */
async function loadMailbox(): Promise<SmtpSettingsView | null> {
  try {
    const settings = await api.smtpSettings();
    return settings.configured ? settings : null;
  } catch {
    return null;
  }
}

async function prepare(props: ComposeProps): Promise<Prepared> {
  const [profile, now, mailbox] = await Promise.all([loadProfile(), serverNow(), loadMailbox()]);
  const existing = props.messageId ? await api.message(props.messageId) : null;
  const applicationId = props.applicationId ?? existing?.applicationId ?? undefined;
  const application = applicationId ? await api.application(applicationId) : null;
  const empty: ComposeDraft = {
    kind: existing?.kind ?? props.kind ?? 'other',
    channel: existing?.channel ?? 'email',
    contactId: existing?.contactId ?? props.contactId ?? null,
    to: existing?.recipient ?? '',
    subject: existing?.subject ?? '',
    body: existing?.body ?? '',
    threadRef: existing?.threadRef ?? null,
    dueAt: existing?.dueAt ?? null,
  };
  if (existing || !application || !isDraftKind(props.kind)) {
    return { application, existing, suggested: empty, reasons: [], draftError: null, profile, now, mailbox };
  }
  try {
    // Drafted here in the browser by the same engine the server uses: no round trip, works offline.
    const made = draft(props.kind, draftContext(application, profile, now), {
      ...(props.contactId ? { contactId: props.contactId } : {}),
      ...(props.interviewId ? { interviewId: props.interviewId } : {}),
      ...(props.feedbackId ? { feedbackId: props.feedbackId } : {}),
    });
    return {
      application,
      existing,
      suggested: {
        kind: made.kind,
        channel: made.channel,
        contactId: made.contactId,
        to: made.to ?? '',
        subject: made.subject ?? '',
        body: made.body,
        threadRef: made.threadRef,
        dueAt: made.dueAt,
      },
      reasons: made.reasons,
      draftError: null,
      profile,
      now,
      mailbox,
    };
  } catch (error) {
    return {
      application,
      existing,
      suggested: empty,
      reasons: [],
      draftError: errorText(error),
      profile,
      now,
      mailbox,
    };
  }
}

export default function ComposeScreen(props: ComposeProps) {
  const [loaded, reload] = useLoad(() => prepare(props), [JSON.stringify(props)]);
  return (
    <Show loaded={loaded} what="the draft" retry={reload}>
      {(data) => <Composer {...data} props={props} />}
    </Show>
  );
}

/** Timings the browser tests read to report lint latency while typing. */
const lintTimings: { sync: number[]; full: number[] } = { sync: [], full: [] };
(globalThis as { __nextroundLint?: typeof lintTimings }).__nextroundLint = lintTimings;

function Composer({
  application,
  existing,
  suggested,
  reasons,
  draftError,
  profile,
  mailbox,
  props,
}: Prepared & { props: ComposeProps }) {
  const id = useId();
  const notify = useToast();
  const storageKey = `draft:compose:${
    props.messageId ?? [props.kind, props.applicationId, props.contactId, props.interviewId, props.feedbackId].join(':')
  }`;
  const [mail, setMail, resetMail] = usePersistentState<ComposeDraft>(storageKey, suggested);
  const [savedId, setSavedId] = useState<string | null>(existing?.id ?? null);
  // The user's own words; a flagged word added from here is accepted at once, without reloading the profile.
  const [words, setWords] = useState<string[]>(profile.dictionary);
  const [error, setError] = useState<string | null>(null);
  // Set when sending failed for a reason the mailbox settings can fix (password, server, certificate).
  const [mailboxProblem, setMailboxProblem] = useState(false);
  const [busy, setBusy] = useState(false);
  const [sending, setSending] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const contact = application?.contacts.find((c) => c.id === mail.contactId) ?? null;
  const lintOptions = useMemo<LintOptions>(() => {
    const otherNotes = (application?.messages ?? [])
      .filter((m) => m.kind === mail.kind && m.id !== savedId && m.body.trim())
      .map((m) => m.body);
    const dictionary = [
      ...(application?.contacts.map((c) => c.name) ?? []),
      application?.company ?? '',
      profile.name,
      ...words,
    ].filter(Boolean);
    return {
      kind: mail.kind,
      channel: mail.channel,
      dictionary,
      otherNotes,
      ...(contact ? { recipientName: contact.name } : {}),
      ...(contact?.greetAs ? { greetAs: contact.greetAs } : {}),
      ...(application ? { role: application.role, company: application.company } : {}),
    };
  }, [application, contact, mail.kind, mail.channel, savedId, profile, words]);

  // Both lints run in workers: the key press only updates the text. The instant checks follow a short pause
  // in typing, the proofreader a longer one.
  const [quick, setQuick] = useState<{ text: string; issues: LintIssue[] }>({ text: '', issues: [] });
  const [full, setFull] = useState<{ text: string; issues: LintIssue[] } | null>(null);
  const [proofreading, setProofreading] = useState<'idle' | 'working'>('idle');
  const body = mail.body;
  const latest = useRef(body);
  latest.current = body;
  useEffect(() => {
    const timer = window.setTimeout(() => {
      lintInWorker('quick', body, lintOptions).then((result) => {
        lintTimings.sync.push(result.ms);
        if (result.text === latest.current) setQuick(result);
      });
    }, 60);
    return () => window.clearTimeout(timer);
  }, [body, lintOptions]);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setProofreading('working');
      lintInWorker('full', body, lintOptions).then((result) => {
        lintTimings.full.push(result.ms);
        if (result.text === latest.current) {
          setFull(result);
          setProofreading('idle');
        }
      });
    }, 500);
    return () => window.clearTimeout(timer);
  }, [body, lintOptions]);
  const issues = full && full.text === body ? full.issues : quick.issues;

  const applySuggestion = (issue: LintIssue) => {
    if (issue.suggestion === null) return;
    const issueText = (full && full.text === body ? full.text : quick.text).slice(issue.start, issue.end);
    // The text may have moved on since the lint ran; only replace what is still there.
    if (body.slice(issue.start, issue.end) !== issueText) return;
    setMail({ ...mail, body: body.slice(0, issue.start) + issue.suggestion + body.slice(issue.end) });
  };
  const addToDictionary = async (issue: LintIssue) => {
    const word = body.slice(issue.start, issue.end).trim();
    if (!word) return;
    try {
      const me = await api.editDictionary({ add: [word] });
      setWords(me.dictionary ?? [...words, word]);
      notify(`“${word}” is in your dictionary: it will not be flagged again.`);
    } catch (e) {
      notify(`Could not add “${word}”: ${errorText(e)}`);
    }
  };
  const showIssue = (issue: LintIssue) => {
    textarea.current?.focus();
    textarea.current?.setSelectionRange(issue.start, issue.end);
  };

  const save = async (): Promise<string | null> => {
    setBusy(true);
    setError(null);
    try {
      const fields = {
        contactId: mail.contactId,
        channel: mail.channel,
        recipient: mail.to.trim() || null,
        subject: mail.subject.trim() || null,
        body: mail.body,
        threadRef: mail.threadRef,
      };
      if (savedId) {
        await api.updateMessage(savedId, fields);
        return savedId;
      }
      const created = await api.addMessage({
        ...fields,
        applicationId: application?.id ?? null,
        kind: (isDraftKind(mail.kind) ? mail.kind : 'other') as Message['kind'],
        dueAt: mail.dueAt,
        parentMessageId: props.parentMessageId ?? null,
      });
      setSavedId(created.id);
      return created.id;
    } catch (e) {
      setError(errorText(e));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const markSent = async () => {
    if (!mail.body.trim()) {
      setError('There is nothing to send yet: write the message first.');
      return;
    }
    const messageId = await save();
    if (!messageId) return;
    try {
      await api.markSent(messageId);
      forgetDraft(storageKey);
      notify(`${label(mail.kind)} marked as sent.`);
      navigate(application ? `/applications/${application.id}` : '/today');
    } catch (e) {
      setError(errorText(e));
    }
  };

  /** Sends through the user's own mailbox; on failure the draft is saved and stays, with the reason shown. */
  const send = async () => {
    setMailboxProblem(false);
    if (!mail.body.trim()) {
      setError('There is nothing to send yet: write the message first.');
      return;
    }
    if (!mail.to.trim()) {
      setError('Add the recipient’s email address in To before sending.');
      document.getElementById(`${id}-to`)?.focus();
      return;
    }
    const messageId = await save();
    if (!messageId) return;
    setBusy(true);
    setSending(true);
    try {
      await api.sendMessage(messageId);
      forgetDraft(storageKey);
      notify(`${label(mail.kind)} sent to ${mail.to.trim()}.`);
      navigate(application ? `/applications/${application.id}` : '/today');
    } catch (e) {
      setError(`Not sent: ${errorText(e)} Your message is saved as a draft.`);
      setMailboxProblem(e instanceof ApiError && e.code.startsWith('smtp_'));
    } finally {
      setBusy(false);
      setSending(false);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(mail.body);
      notify('Copied to the clipboard.');
    } catch {
      textarea.current?.select();
      notify('Selected: press Ctrl+C to copy.');
    }
  };

  const downloadEml = () => {
    const text = emlText(
      { to: mail.to || null, subject: mail.subject, body: mail.body, threadRef: mail.threadRef },
      new Date(),
    );
    const url = URL.createObjectURL(new Blob([text], { type: 'message/rfc822' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${(mail.subject || label(mail.kind)).replace(/[^\w -]+/g, '').slice(0, 60) || 'message'}.eml`;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const phone = mail.channel === 'phone';
  const email = mail.channel === 'email';
  // Only a draft can go out: a message already sent (or closed) keeps its other buttons.
  const canSend = mailbox !== null && email && (!existing || existing.status === 'draft');
  // Back to this message from the settings: once saved, by its id, so coming back does not draft it again.
  const here = savedId ? href('/compose', { messageId: savedId }) : href('/compose', { ...props });
  const settingsLink = href('/settings', { back: here.slice(1) });
  const title = `${label(mail.kind)}${contact ? ` to ${contact.name}` : ''}`;
  const counts = issues.length;

  return (
    <section>
      <ScreenTitle>{title}</ScreenTitle>
      {application && (
        <p className="lead">
          <a href={href(`/applications/${application.id}`)}>
            {application.company} — {application.role}
          </a>
          {existing && (
            <>
              {' '}
              · <span className="pill">{label(existing.status)}</span>
            </>
          )}
        </p>
      )}
      {draftError && (
        <p className="notice" role="alert">
          {draftError}
        </p>
      )}
      {!application && !existing && (
        <p className="notice">
          Messages are drafted from an application: open one from <a href={href('/applications')}>Applications</a> or
          from <a href={href('/today')}>Today</a>. You can still write one here by hand.
        </p>
      )}
      {application && !existing && <KindPicker application={application} props={props} />}

      <div
        className="grid"
        style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))', alignItems: 'start' }}
      >
        <div className="stack">
          {!phone && (
            <div className="row">
              <div className="field">
                <label htmlFor={`${id}-to`}>To</label>
                <input
                  id={`${id}-to`}
                  type="email"
                  value={mail.to}
                  onChange={(e) => setMail({ ...mail, to: e.target.value })}
                />
              </div>
              <div className="field" style={{ flexGrow: 2 }}>
                <label htmlFor={`${id}-subject`}>Subject</label>
                <input
                  id={`${id}-subject`}
                  value={mail.subject}
                  onChange={(e) => setMail({ ...mail, subject: e.target.value })}
                />
              </div>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-body`}>{phone ? 'Phone script' : 'Message'}</label>
            <LintedEditor
              id={`${id}-body`}
              value={mail.body}
              issues={issues}
              textareaRef={textarea}
              describedBy={`${id}-issues-h`}
              onChange={(value) => setMail({ ...mail, body: value })}
            />
          </div>
          <FormErrors error={error} />
          {mailboxProblem && (
            <p>
              <a href={settingsLink}>Check your mailbox settings</a>, or use one of the other ways to send it below.
            </p>
          )}
          {canSend && (
            <p className="muted" id={`${id}-send-note`}>
              Sends from {mailbox.from} through {mailbox.host}
              {mail.threadRef ? ', as a reply in the thread of their email' : ''}, and marks it sent.
            </p>
          )}
          <div className="screen-actions">
            {canSend && (
              <button type="button" disabled={busy} onClick={send} aria-describedby={`${id}-send-note`}>
                {sending ? 'Sending…' : 'Send'}
              </button>
            )}
            {!phone && (
              <>
                <button type="button" className={canSend ? 'secondary' : undefined} onClick={copy}>
                  Copy
                </button>
                <a
                  className="button secondary"
                  href={mailtoHref({ to: mail.to, subject: mail.subject, body: mail.body, threadRef: mail.threadRef })}
                >
                  Open in mail app
                </a>
                <button type="button" className="secondary" onClick={downloadEml}>
                  Download .eml
                </button>
              </>
            )}
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={async () => (await save()) && notify('Draft saved.')}
            >
              Save draft
            </button>
            <button type="button" className={canSend ? 'secondary' : undefined} disabled={busy} onClick={markSent}>
              {phone ? 'Mark as done' : 'Mark as sent'}
            </button>
            {!existing && suggested.body && mail.body !== suggested.body && (
              <button type="button" className="quiet" onClick={resetMail}>
                Start again from the suggestion
              </button>
            )}
          </div>
          {email && mailbox === null && (
            <p className="muted">
              <a href={settingsLink}>Send from your own mailbox</a> instead: set it up once, and Nextround sends for
              you, in the right thread.
            </p>
          )}
        </div>

        <aside className="stack" aria-label="Checks and reasons">
          <section className="card" aria-labelledby={`${id}-issues-h`}>
            <h2 id={`${id}-issues-h`} style={{ marginTop: 0 }}>
              {counts === 0 ? 'No problems found' : `${counts} thing${counts === 1 ? '' : 's'} to look at`}
            </h2>
            <p className="muted" aria-live="polite">
              {proofreading === 'working' ? 'Proofreading…' : full && full.text === body ? 'Proofread.' : ''}
            </p>
            <ul className="list">
              {issues.map((issue) => (
                <li key={`${issue.rule}-${issue.start}-${issue.end}`} data-rule={issue.rule}>
                  <div className="grow">
                    <span className={`issue-cat issue-${issue.category}`}>{label(issue.category)}</span>{' '}
                    <q>{body.slice(issue.start, issue.end)}</q>
                    <div>{issue.message}</div>
                  </div>
                  {issue.suggestion !== null && (
                    <button type="button" className="secondary" onClick={() => applySuggestion(issue)}>
                      {issue.suggestion.length > 60 ? 'Use the suggestion' : `Use “${issue.suggestion}”`}
                    </button>
                  )}
                  {issue.category === 'spelling' && (
                    <button type="button" className="quiet" onClick={() => addToDictionary(issue)}>
                      Add to dictionary
                    </button>
                  )}
                  <button type="button" className="quiet" onClick={() => showIssue(issue)}>
                    Show
                  </button>
                </li>
              ))}
            </ul>
          </section>
          {reasons.length > 0 && (
            <section className="card" aria-labelledby={`${id}-why-h`}>
              <h2 id={`${id}-why-h`} style={{ marginTop: 0 }}>
                Why it is written so
              </h2>
              <ul>
                {reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </section>
  );
}

/** Another kind of message, or another recipient, for the same application. */
function KindPicker({ application, props }: { application: ApplicationDetail; props: ComposeProps }) {
  const id = useId();
  return (
    <div className="row" style={{ marginBottom: '1rem' }}>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind of message</label>
        <select
          id={`${id}-kind`}
          value={props.kind ?? ''}
          onChange={(e) => navigate('/compose', { ...props, kind: e.target.value })}
        >
          {!props.kind && <option value="">Choose…</option>}
          {draftKinds.map((k) => (
            <option key={k} value={k}>
              {label(k)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-whom`}>To whom</label>
        <select
          id={`${id}-whom`}
          value={props.contactId ?? ''}
          onChange={(e) => navigate('/compose', { ...props, contactId: e.target.value || undefined })}
        >
          <option value="">Nextround’s choice</option>
          {application.contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({label(c.role)})
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
