import { useId, useState } from 'react';
import type { Contact } from '../../core/contacts/contacts.schema';
import {
  type Debrief,
  type Interview,
  type SelfRatingKey,
  selfRatingKeys,
} from '../../core/interviews/interviews.schema';
import { api } from '../api/api.client';
import type { ApplicationDetail } from '../api/api.types';
import { href } from '../app/app.router';
import { formatWhen } from '../common/common.clock';
import { useLoad } from '../common/common.load';
import { forgetDraft, usePersistentState } from '../common/common.storage';
import { useToast } from '../common/common.toast';
import { errorText, FormErrors, label, ScreenTitle, Show } from '../common/common.ui';

interface QuestionDraft {
  question: string;
  answerSummary: string;
  rating: number | null;
  hard: boolean;
}

interface DebriefDraft {
  interviewersMet: string[];
  questions: QuestionDraft[];
  ratings: Partial<Record<SelfRatingKey, number>>;
  wentWell: string;
  toChange: string;
  concernsRaised: string;
  probedFor: string;
  salaryTalk: string;
  nextStep: string;
}

const ratingWords: Record<SelfRatingKey, string> = {
  punctuality: 'Punctuality',
  introduction: 'Introduction',
  bodyLanguage: 'Body language',
  rapport: 'Rapport',
  listening: 'Listening',
  handlingWeaknesses: 'Handling weaknesses',
  questionsForThem: 'My questions for them',
  close: 'The close',
  dress: 'Dress',
  companyResearch: 'Company research',
};

const emptyQuestion: QuestionDraft = { question: '', answerSummary: '', rating: null, hard: false };

function draftFrom(interview: Interview, saved: Debrief | null): DebriefDraft {
  const lines = (list: string[] | undefined) => (list ?? []).join('\n');
  return {
    interviewersMet: saved?.interviewersMet ?? interview.interviewerIds,
    questions: saved?.questions.length
      ? saved.questions.map((q) => ({
          question: q.question,
          answerSummary: q.answerSummary,
          rating: q.rating,
          hard: q.hard,
        }))
      : [{ ...emptyQuestion }],
    ratings: saved?.ratings ?? {},
    wentWell: lines(saved?.wentWell),
    toChange: lines(saved?.toChange),
    concernsRaised: lines(saved?.concernsRaised),
    probedFor: saved?.probedFor ?? '',
    salaryTalk: saved?.salaryTalk ?? '',
    nextStep: saved?.nextStep ?? '',
  };
}

export default function DebriefScreen({ interviewId }: { interviewId: string }) {
  const [loaded, reload] = useLoad(async () => {
    const interview = await api.interview(interviewId);
    const [application, saved] = await Promise.all([
      api.application(interview.applicationId),
      api.debrief(interviewId).catch(() => null),
    ]);
    return { interview, application, saved };
  }, [interviewId]);
  return (
    <Show loaded={loaded} what="the interview" retry={reload}>
      {(data) => <DebriefForm {...data} />}
    </Show>
  );
}

function DebriefForm({
  interview,
  application,
  saved,
}: {
  interview: Interview;
  application: ApplicationDetail;
  saved: Debrief | null;
}) {
  const id = useId();
  const notify = useToast();
  const key = `draft:debrief:${interview.id}`;
  const [draft, setDraft] = usePersistentState<DebriefDraft>(key, draftFrom(interview, saved));
  const [savedDebrief, setSavedDebrief] = useState<Debrief | null>(saved);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [storyFor, setStoryFor] = useState<number | null>(null);
  const people = application.contacts;

  const setQuestion = (index: number, patch: Partial<QuestionDraft>) =>
    setDraft({ ...draft, questions: draft.questions.map((q, i) => (i === index ? { ...q, ...patch } : q)) });
  const addQuestion = () => {
    setDraft({ ...draft, questions: [...draft.questions, { ...emptyQuestion }] });
    // Straight into the new question, so the whole debrief can be typed without the mouse.
    window.setTimeout(() => document.getElementById(`${id}-q-${draft.questions.length}`)?.focus(), 0);
  };

  const save = async (): Promise<Debrief | null> => {
    setBusy(true);
    setError(null);
    const list = (text: string) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    try {
      const result = await api.saveDebrief(interview.id, {
        interviewersMet: draft.interviewersMet,
        questions: draft.questions
          .filter((q) => q.question.trim())
          .map((q) => ({
            question: q.question.trim(),
            answerSummary: q.answerSummary,
            rating: q.rating,
            hard: q.hard,
          })),
        ratings: draft.ratings,
        wentWell: list(draft.wentWell),
        toChange: list(draft.toChange),
        concernsRaised: list(draft.concernsRaised),
        probedFor: draft.probedFor,
        salaryTalk: draft.salaryTalk,
        nextStep: draft.nextStep,
      });
      setSavedDebrief(result);
      forgetDraft(key);
      notify('Debrief saved. Next: a thank-you note to each interviewer.');
      return result;
    } catch (e) {
      setError(errorText(e));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void save();
  };

  const interviewers = interview.interviewerIds
    .map((cid) => people.find((p) => p.id === cid))
    .filter((p): p is Contact => Boolean(p));

  return (
    <section>
      <ScreenTitle>
        Debrief: {application.company}, round {interview.round}
      </ScreenTitle>
      <p className="lead">
        {label(interview.type)} · {formatWhen(interview.startsAt, interview.timeZone)}. Best written within 30 minutes;
        Ctrl+Enter saves from anywhere.
      </p>
      <form
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
        noValidate
      >
        <fieldset>
          <legend>Who you met</legend>
          {people.length === 0 && <p className="muted">No people on this application yet.</p>}
          {people.map((person) => (
            <div
              key={person.id}
              className="field"
              style={{ flexDirection: 'row', alignItems: 'center', gap: '0.5rem' }}
            >
              <input
                id={`${id}-met-${person.id}`}
                type="checkbox"
                checked={draft.interviewersMet.includes(person.id)}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    interviewersMet: e.target.checked
                      ? [...draft.interviewersMet, person.id]
                      : draft.interviewersMet.filter((x) => x !== person.id),
                  })
                }
              />
              <label htmlFor={`${id}-met-${person.id}`}>{person.name}</label>
            </div>
          ))}
        </fieldset>

        <fieldset>
          <legend>Questions they asked</legend>
          {draft.questions.map((q, index) => (
            <div key={index} className="card" style={{ marginBottom: '0.75rem' }}>
              <div className="field">
                <label htmlFor={`${id}-q-${index}`}>Question {index + 1}</label>
                <input
                  id={`${id}-q-${index}`}
                  value={q.question}
                  onChange={(e) => setQuestion(index, { question: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-a-${index}`}>What I answered</label>
                <textarea
                  id={`${id}-a-${index}`}
                  rows={2}
                  value={q.answerSummary}
                  onChange={(e) => setQuestion(index, { answerSummary: e.target.value })}
                />
              </div>
              <div className="row">
                <Rating
                  name={`${id}-r-${index}`}
                  legend={`How well I answered question ${index + 1}`}
                  value={q.rating}
                  onChange={(rating) => setQuestion(index, { rating })}
                />
                <div className="field" style={{ flexDirection: 'row', alignItems: 'center', gap: '0.5rem' }}>
                  <input
                    id={`${id}-h-${index}`}
                    type="checkbox"
                    checked={q.hard}
                    onChange={(e) => setQuestion(index, { hard: e.target.checked })}
                  />
                  <label htmlFor={`${id}-h-${index}`}>A hard one</label>
                </div>
              </div>
              {q.rating !== null && q.rating <= 2 && q.question.trim() && (
                <p>
                  <button type="button" className="secondary" onClick={() => setStoryFor(index)}>
                    Rewrite as a STAR story
                  </button>
                </p>
              )}
              {storyFor === index && (
                <StarStory
                  question={q.question}
                  answer={q.answerSummary}
                  ensureDebrief={async () => savedDebrief ?? (await save())}
                  onDone={() => setStoryFor(null)}
                />
              )}
            </div>
          ))}
          <button type="button" className="secondary" onClick={addQuestion}>
            Add another question
          </button>
        </fieldset>

        <fieldset>
          <legend>How it went (1 = poorly, 5 = very well)</legend>
          <div className="ratings">
            {selfRatingKeys.map((k) => (
              <Rating
                key={k}
                name={`${id}-self-${k}`}
                legend={ratingWords[k]}
                value={draft.ratings[k] ?? null}
                onChange={(value) => setDraft({ ...draft, ratings: { ...draft.ratings, [k]: value } })}
              />
            ))}
          </div>
        </fieldset>

        <div className="grid">
          <Lines
            id={`${id}-well`}
            label="Went well (one per line)"
            value={draft.wentWell}
            onChange={(v) => setDraft({ ...draft, wentWell: v })}
          />
          <Lines
            id={`${id}-change`}
            label="To change (one per line)"
            value={draft.toChange}
            onChange={(v) => setDraft({ ...draft, toChange: v })}
          />
          <Lines
            id={`${id}-concerns`}
            label="Concerns they raised (one per line)"
            value={draft.concernsRaised}
            onChange={(v) => setDraft({ ...draft, concernsRaised: v })}
          />
        </div>
        <div className="row">
          <div className="field">
            <label htmlFor={`${id}-probed`}>What they probed for</label>
            <input
              id={`${id}-probed`}
              value={draft.probedFor}
              onChange={(e) => setDraft({ ...draft, probedFor: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-salary`}>Salary talk</label>
            <input
              id={`${id}-salary`}
              value={draft.salaryTalk}
              onChange={(e) => setDraft({ ...draft, salaryTalk: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-next`}>Agreed next step</label>
            <input
              id={`${id}-next`}
              value={draft.nextStep}
              onChange={(e) => setDraft({ ...draft, nextStep: e.target.value })}
            />
          </div>
        </div>
        <FormErrors error={error} />
        <div className="screen-actions">
          <button type="submit" disabled={busy}>
            Save debrief
          </button>
          <a className="button secondary" href={href(`/applications/${application.id}`)}>
            Back to {application.company}
          </a>
        </div>
      </form>
      {savedDebrief && interviewers.length > 0 && (
        <section aria-labelledby={`${id}-next-h`} className="card" style={{ marginTop: '1rem' }}>
          <h2 id={`${id}-next-h`}>Next: thank each interviewer</h2>
          <p className="muted">One note each, within 24 hours; Nextround makes each one different.</p>
          <div className="screen-actions">
            {interviewers.map((person) => (
              <a
                key={person.id}
                className="button"
                href={href('/compose', {
                  kind: 'thank-you',
                  applicationId: application.id,
                  interviewId: interview.id,
                  contactId: person.id,
                })}
              >
                Thank {person.name}
              </a>
            ))}
          </div>
        </section>
      )}
    </section>
  );
}

function Lines(props: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea id={props.id} rows={3} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

/** Five radio buttons: arrow keys move between them, as a native radio group does. */
function Rating(props: { name: string; legend: string; value: number | null; onChange: (value: number) => void }) {
  return (
    <fieldset className="rating-group">
      <legend>{props.legend}</legend>
      <div className="choices">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n}>
            <input
              type="radio"
              name={props.name}
              value={n}
              checked={props.value === n}
              onChange={() => props.onChange(n)}
              aria-label={`${n} of 5`}
            />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A weak answer rewritten as Situation, Task, Action, Result, saved to the story bank. */
function StarStory(props: {
  question: string;
  answer: string;
  ensureDebrief: () => Promise<Debrief | null>;
  onDone: () => void;
}) {
  const id = useId();
  const notify = useToast();
  const [story, setStory] = usePersistentState(`draft:story:${props.question}`, {
    title: props.question.slice(0, 120),
    situation: props.answer,
    task: '',
    action: '',
    result: '',
  });
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!story.action.trim() || !story.result.trim()) {
      setError('A STAR story needs at least what you did (Action) and what came of it (Result).');
      return;
    }
    try {
      const debrief = await props.ensureDebrief();
      await api.addStory({ ...story, question: props.question, sourceDebriefId: debrief?.id ?? null });
      forgetDraft(`draft:story:${props.question}`);
      notify('Saved to your story bank (Prepare).');
      props.onDone();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const field = (key: 'title' | 'situation' | 'task' | 'action' | 'result', text: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{text}</label>
      <textarea
        id={`${id}-${key}`}
        rows={2}
        value={story[key]}
        onChange={(e) => setStory({ ...story, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <fieldset className="stack">
      <legend>STAR story</legend>
      {field('title', 'Story title')}
      {field('situation', 'Situation')}
      {field('task', 'Task')}
      {field('action', 'Action (what I did)')}
      {field('result', 'Result (with a number if you can)')}
      <FormErrors error={error} />
      <div className="screen-actions">
        <button type="button" onClick={save}>
          Save to story bank
        </button>
        <button type="button" className="quiet" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
