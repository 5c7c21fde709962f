import { useId, useState } from 'react';
import {
  type NewsChannel,
  newsChannels,
  type Outcome,
  outcomes,
  type Stage,
  stages,
} from '../../core/applications/applications.schema';
import type { Contact } from '../../core/contacts/contacts.schema';
import { contactRoles } from '../../core/contacts/contacts.schema';
import {
  type InterviewFormat,
  type InterviewType,
  interviewFormats,
  interviewTypes,
} from '../../core/interviews/interviews.schema';
import { api } from '../api/api.client';
import type { ApplicationDetail } from '../api/api.types';
import { fromLocalInput } from '../common/common.clock';
import { forgetDraft, usePersistentState } from '../common/common.storage';
import { errorText, FormErrors, label } from '../common/common.ui';

/** Runs a form submission with a busy flag and an error line, the same way in every form. */
function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
  return { busy, error, setError, run };
}

interface NewsDraft {
  stage: string;
  outcome: string;
  channel: string;
  note: string;
}

/** "What happened?": a stage reached or an outcome, kept in the history as an event. */
export function NewsForm({ application, onSaved }: { application: ApplicationDetail; onSaved: () => void }) {
  const id = useId();
  const key = `draft:news:${application.id}`;
  const [draft, setDraft, clear] = usePersistentState<NewsDraft>(key, {
    stage: '',
    outcome: '',
    channel: '',
    note: '',
  });
  const { busy, error, setError, run } = useSubmit();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!draft.stage && !draft.outcome && !draft.note.trim()) {
      setError('Choose a stage or an outcome, or write a note.');
      return;
    }
    run(async () => {
      await api.recordNews(application.id, {
        stage: (draft.stage || null) as Stage | null,
        outcome: (draft.outcome || null) as Outcome | null,
        channel: (draft.channel || null) as NewsChannel | null,
        note: draft.note.trim() || null,
      });
      clear();
      forgetDraft(key);
      onSaved();
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-t`} noValidate>
      <h3 id={`${id}-t`}>Record what happened</h3>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-stage`}>Stage reached</label>
          <select
            id={`${id}-stage`}
            value={draft.stage}
            onChange={(e) => setDraft({ ...draft, stage: e.target.value })}
          >
            <option value="">(unchanged)</option>
            {stages.map((s) => (
              <option key={s} value={s}>
                {label(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>Outcome</label>
          <select
            id={`${id}-outcome`}
            value={draft.outcome}
            onChange={(e) => setDraft({ ...draft, outcome: e.target.value })}
          >
            <option value="">(unchanged)</option>
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {label(o)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-channel`}>How the news came</label>
          <select
            id={`${id}-channel`}
            value={draft.channel}
            onChange={(e) => setDraft({ ...draft, channel: e.target.value })}
          >
            <option value="">(not said)</option>
            {newsChannels.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea
          id={`${id}-note`}
          value={draft.note}
          rows={2}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
        />
      </div>
      <FormErrors error={error} />
      <button type="submit" disabled={busy}>
        Save to the timeline
      </button>
    </form>
  );
}

interface ContactDraft {
  name: string;
  /** Absent from drafts kept before the field existed. */
  greetAs?: string;
  role: string;
  title: string;
  email: string;
  connectedWell: boolean;
}

const emptyContact: ContactDraft = {
  name: '',
  greetAs: '',
  role: 'interviewer',
  title: '',
  email: '',
  connectedWell: false,
};

export function ContactForm({ applicationId, onSaved }: { applicationId: string; onSaved: () => void }) {
  const id = useId();
  const key = `draft:contact:${applicationId}`;
  const [draft, setDraft, clear] = usePersistentState<ContactDraft>(key, emptyContact);
  const { busy, error, setError, run } = useSubmit();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim()) {
      setError('Give the person’s name.');
      return;
    }
    run(async () => {
      await api.addContact({
        applicationId,
        name: draft.name.trim(),
        greetAs: draft.greetAs?.trim() || null,
        role: draft.role as Contact['role'],
        title: draft.title.trim() || null,
        email: draft.email.trim() || null,
        connectedWell: draft.connectedWell,
      });
      clear();
      forgetDraft(key);
      onSaved();
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-t`} noValidate>
      <h3 id={`${id}-t`}>Add a person</h3>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-greet`}>
            Greet as <span className="hint">(optional: “Mr Wang” for Wang Wei)</span>
          </label>
          <input
            id={`${id}-greet`}
            value={draft.greetAs ?? ''}
            onChange={(e) => setDraft({ ...draft, greetAs: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role in the process</label>
          <select id={`${id}-role`} value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value })}>
            {contactRoles.map((r) => (
              <option key={r} value={r}>
                {label(r)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-title`}>
            Job title <span className="hint">(optional)</span>
          </label>
          <input
            id={`${id}-title`}
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>
            Email <span className="hint">(optional)</span>
          </label>
          <input
            id={`${id}-email`}
            type="email"
            value={draft.email}
            onChange={(e) => setDraft({ ...draft, email: e.target.value })}
          />
        </div>
      </div>
      <div className="field" style={{ flexDirection: 'row', alignItems: 'center', gap: '0.5rem' }}>
        <input
          id={`${id}-well`}
          type="checkbox"
          checked={draft.connectedWell}
          onChange={(e) => setDraft({ ...draft, connectedWell: e.target.checked })}
        />
        <label htmlFor={`${id}-well`}>We connected well</label>
      </div>
      <FormErrors error={error} />
      <button type="submit" disabled={busy}>
        Add person
      </button>
    </form>
  );
}

interface InterviewDraft {
  round: string;
  type: string;
  format: string;
  startsAt: string;
  interviewerIds: string[];
  notes: string;
}

export function InterviewForm(props: { application: ApplicationDetail; timeZone: string; onSaved: () => void }) {
  const { application } = props;
  const id = useId();
  const key = `draft:interview:${application.id}`;
  const [draft, setDraft, clear] = usePersistentState<InterviewDraft>(key, {
    round: String(application.interviews.length + 1),
    type: 'technical',
    format: 'video',
    startsAt: '',
    interviewerIds: [],
    notes: '',
  });
  const { busy, error, setError, run } = useSubmit();
  const people = application.contacts;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!fromLocalInput(draft.startsAt)) {
      setError('Give the date and time of the interview.');
      return;
    }
    // The time on the clock where the interview happens: the server reads it in the interview's zone, which
    // need not be the zone this browser runs in.
    const startsAt = draft.startsAt;
    run(async () => {
      await api.addInterview({
        applicationId: application.id,
        round: Number(draft.round) || 1,
        type: draft.type as InterviewType,
        format: draft.format as InterviewFormat,
        startsAt,
        timeZone: props.timeZone,
        interviewerIds: draft.interviewerIds,
        notes: draft.notes.trim() || null,
      });
      clear();
      forgetDraft(key);
      props.onSaved();
    });
  };
  const toggle = (contactId: string, on: boolean) =>
    setDraft({
      ...draft,
      interviewerIds: on ? [...draft.interviewerIds, contactId] : draft.interviewerIds.filter((x) => x !== contactId),
    });
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-t`} noValidate>
      <h3 id={`${id}-t`}>Add an interview</h3>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-when`}>Date and time</label>
          <input
            id={`${id}-when`}
            type="datetime-local"
            value={draft.startsAt}
            onChange={(e) => setDraft({ ...draft, startsAt: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-round`}>Round</label>
          <input
            id={`${id}-round`}
            type="number"
            min={1}
            max={20}
            value={draft.round}
            onChange={(e) => setDraft({ ...draft, round: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>Type</label>
          <select id={`${id}-type`} value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value })}>
            {interviewTypes.map((t) => (
              <option key={t} value={t}>
                {label(t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>Format</label>
          <select
            id={`${id}-format`}
            value={draft.format}
            onChange={(e) => setDraft({ ...draft, format: e.target.value })}
          >
            {interviewFormats.map((f) => (
              <option key={f} value={f}>
                {label(f)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset>
        <legend>Interviewers</legend>
        {people.length === 0 ? (
          <p className="muted">Add the people you will meet first (above), then tick them here.</p>
        ) : (
          people.map((person) => (
            <div
              key={person.id}
              className="field"
              style={{ flexDirection: 'row', alignItems: 'center', gap: '0.5rem' }}
            >
              <input
                id={`${id}-p-${person.id}`}
                type="checkbox"
                checked={draft.interviewerIds.includes(person.id)}
                onChange={(e) => toggle(person.id, e.target.checked)}
              />
              <label htmlFor={`${id}-p-${person.id}`}>
                {person.name} <span className="hint">({label(person.role)})</span>
              </label>
            </div>
          ))
        )}
      </fieldset>
      <FormErrors error={error} />
      <button type="submit" disabled={busy}>
        Add interview
      </button>
    </form>
  );
}
