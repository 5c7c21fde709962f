import { useId, useState } from 'react';
import type { Story } from '../../core/stories/stories.schema';
import { api } from '../api/api.client';
import { loadProfile } from '../common/common.clock';
import { useLoad } from '../common/common.load';
import { forgetDraft, usePersistentState } from '../common/common.storage';
import { useToast } from '../common/common.toast';
import { EmptyState, errorText, FormErrors, ScreenTitle, Show } from '../common/common.ui';

export default function PrepareScreen() {
  return (
    <section>
      <ScreenTitle>Prepare</ScreenTitle>
      <p className="lead">Your stories, your research and your questions, ready for the next interview.</p>
      <div className="stack">
        <StoryBank />
        <div className="grid">
          <ResearchNotes />
          <QuestionsToAsk />
        </div>
        <AboutYou />
        <Dictionary />
        <CalendarFeed />
      </div>
    </section>
  );
}

const emptyStory = { title: '', question: '', situation: '', task: '', action: '', result: '', tags: '' };

function StoryBank() {
  const id = useId();
  const notify = useToast();
  const [loaded, reload] = useLoad(() => api.stories({ limit: 200 }), []);
  const [draft, setDraft, clear] = usePersistentState('draft:story:new', emptyStory);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!draft.title.trim()) {
      setError('Give the story a short title.');
      return;
    }
    try {
      await api.addStory({
        ...draft,
        tags: draft.tags
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      });
      clear();
      forgetDraft('draft:story:new');
      setOpen(false);
      setError(null);
      reload();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const remove = async (story: Story) => {
    await api.deleteStory(story.id);
    reload();
    notify('Story deleted.', async () => {
      const { id: _id, userId: _u, createdAt: _c, updatedAt: _up, ...rest } = story;
      await api.addStory(rest);
      reload();
    });
  };
  const field = (key: keyof typeof emptyStory, text: string, multi = true) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{text}</label>
      {multi ? (
        <textarea
          id={`${id}-${key}`}
          rows={2}
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
      ) : (
        <input id={`${id}-${key}`} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
      )}
    </div>
  );
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} style={{ marginTop: 0 }}>
        Story bank
      </h2>
      <Show loaded={loaded} what="stories" retry={reload}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title="No stories yet.">
              <p>
                Write one STAR story (Situation, Task, Action, Result) for each thing you want them to remember. Weak
                answers in a debrief can be rewritten straight into here.
              </p>
            </EmptyState>
          ) : (
            <ul className="list">
              {page.items.map((story: Story) => (
                <li key={story.id}>
                  <details className="grow">
                    <summary>
                      <strong>{story.title}</strong>
                      {story.question ? <span className="muted"> — {story.question}</span> : null}
                    </summary>
                    <dl className="facts">
                      <dt>Situation</dt>
                      <dd>{story.situation}</dd>
                      <dt>Task</dt>
                      <dd>{story.task}</dd>
                      <dt>Action</dt>
                      <dd>{story.action}</dd>
                      <dt>Result</dt>
                      <dd>{story.result}</dd>
                    </dl>
                  </details>
                  {story.tags.map((t) => (
                    <span key={t} className="pill">
                      {t}
                    </span>
                  ))}
                  <button
                    type="button"
                    className="quiet"
                    onClick={() => remove(story)}
                    aria-label={`Delete story: ${story.title}`}
                  >
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Show>
      {open ? (
        <form onSubmit={submit} noValidate className="stack" style={{ marginTop: '1rem' }}>
          {field('title', 'Title', false)}
          {field('question', 'Questions it answers', false)}
          {field('situation', 'Situation')}
          {field('task', 'Task')}
          {field('action', 'Action (what I did)')}
          {field('result', 'Result')}
          {field('tags', 'Tags (comma-separated)', false)}
          <FormErrors error={error} />
          <div className="screen-actions">
            <button type="submit">Save story</button>
            <button type="button" className="quiet" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p>
          <button type="button" className="secondary" onClick={() => setOpen(true)}>
            Write a story
          </button>
        </p>
      )}
    </section>
  );
}

/** Research notes live in the application's own notes, so they show wherever the application does. */
function ResearchNotes() {
  const id = useId();
  const notify = useToast();
  const [apps] = useLoad(() => api.applications({ limit: 100, outcome: 'open' }), []);
  const [applicationId, setApplicationId] = usePersistentState('prepare:application', '');
  const [loaded] = useLoad(
    () => (applicationId ? api.application(applicationId) : Promise.resolve(null)),
    [applicationId],
  );
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} style={{ marginTop: 0 }}>
        Company research
      </h2>
      <Show loaded={apps} what="applications">
        {(page) =>
          page.items.length === 0 ? (
            <p className="muted">Add an application first; research notes are kept with it.</p>
          ) : (
            <div className="field">
              <label htmlFor={`${id}-app`}>For</label>
              <select id={`${id}-app`} value={applicationId} onChange={(e) => setApplicationId(e.target.value)}>
                <option value="">Choose an application…</option>
                {page.items.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.company} — {a.role}
                  </option>
                ))}
              </select>
            </div>
          )
        }
      </Show>
      {applicationId && loaded.state === 'ready' && loaded.data && (
        <NotesEditor
          key={applicationId}
          applicationId={applicationId}
          initial={loaded.data.notes ?? ''}
          onSaved={() => notify('Research notes saved.')}
        />
      )}
    </section>
  );
}

function NotesEditor(props: { applicationId: string; initial: string; onSaved: () => void }) {
  const id = useId();
  const key = `draft:research:${props.applicationId}`;
  const [notes, setNotes] = usePersistentState(key, props.initial);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      await api.updateApplication(props.applicationId, { notes });
      forgetDraft(key);
      props.onSaved();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-notes`}>Notes: products, news, values, the team, why this role</label>
        <textarea id={`${id}-notes`} rows={6} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <FormErrors error={error} />
      <button type="button" onClick={save}>
        Save notes
      </button>
    </>
  );
}

const starterQuestions = [
  'What would success look like in the first six months?',
  'What is the hardest problem the team is working on right now?',
  'How do you give feedback to each other on the team?',
  'What made the last person in this role successful?',
];

/** Kept in this browser: the API has no place for them yet. */
function QuestionsToAsk() {
  const id = useId();
  const [questions, setQuestions] = usePersistentState<string[]>('prepare:questions', starterQuestions);
  const [next, setNext] = usePersistentState('draft:question', '');
  const add = (event: React.FormEvent) => {
    event.preventDefault();
    if (!next.trim()) return;
    setQuestions([...questions, next.trim()]);
    setNext('');
  };
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} style={{ marginTop: 0 }}>
        Questions to ask them
      </h2>
      <ul className="list">
        {questions.map((q) => (
          <li key={q}>
            <span className="grow">{q}</span>
            <button
              type="button"
              className="quiet"
              aria-label={`Remove question: ${q}`}
              onClick={() => setQuestions(questions.filter((x) => x !== q))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="row" style={{ marginTop: '0.5rem' }}>
        <div className="field">
          <label htmlFor={`${id}-q`}>Another question</label>
          <input id={`${id}-q`} value={next} onChange={(e) => setNext(e.target.value)} />
        </div>
        <div className="field" style={{ flex: '0 0 auto' }}>
          <button type="submit">Add</button>
        </div>
      </form>
    </section>
  );
}

/** The name signs the drafts; the time zone decides what "today" and "within 24 hours" mean. */
function AboutYou() {
  const id = useId();
  const notify = useToast();
  const [loaded, reload] = useLoad(loadProfile, []);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} style={{ marginTop: 0 }}>
        About you
      </h2>
      <Show loaded={loaded} what="your details">
        {(profile) => (
          <form
            className="row"
            noValidate
            onSubmit={async (event) => {
              event.preventDefault();
              const data = new FormData(event.currentTarget);
              try {
                await api.updateMe({
                  name: String(data.get('name') ?? '').trim(),
                  timeZone: String(data.get('zone') ?? ''),
                });
                setError(null);
                notify('Saved. Drafts are signed with this name.');
                reload();
              } catch (e) {
                setError(errorText(e));
              }
            }}
          >
            <div className="field">
              <label htmlFor={`${id}-name`}>Your name</label>
              <input id={`${id}-name`} name="name" defaultValue={profile.name} autoComplete="name" />
            </div>
            <div className="field">
              <label htmlFor={`${id}-zone`}>Time zone</label>
              <input id={`${id}-zone`} name="zone" defaultValue={profile.timeZone} placeholder="Europe/London" />
            </div>
            <div className="field" style={{ flex: '0 0 auto' }}>
              <button type="submit">Save</button>
            </div>
            <FormErrors error={error} />
          </form>
        )}
      </Show>
    </section>
  );
}

/** The words the proofreader accepts: names and technical terms the user added, here or from a flagged word. */
function Dictionary() {
  const id = useId();
  const notify = useToast();
  const [loaded, reload] = useLoad(loadProfile, []);
  const [word, setWord] = useState('');
  const [error, setError] = useState<string | null>(null);
  const edit = async (change: { add?: string[]; remove?: string[] }, done: string) => {
    try {
      await api.editDictionary(change);
      setError(null);
      notify(done);
      reload();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} style={{ marginTop: 0 }}>
        Your dictionary
      </h2>
      <p className="muted">
        Names and technical words the proofreader should never flag as misspelt, such as Kubernetes or a company's name.
      </p>
      <Show loaded={loaded} what="your dictionary">
        {(profile) => (
          <>
            {profile.dictionary.length === 0 ? (
              <p>No words yet. Add one here, or from a flagged word while you write.</p>
            ) : (
              <ul className="list" aria-label="Words in your dictionary">
                {profile.dictionary.map((w) => (
                  <li key={w}>
                    <span className="grow">{w}</span>
                    <button
                      type="button"
                      className="quiet"
                      aria-label={`Remove ${w}`}
                      onClick={() => edit({ remove: [w] }, `“${w}” is out of your dictionary.`)}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <form
              className="row"
              noValidate
              onSubmit={async (event) => {
                event.preventDefault();
                const added = word.trim();
                if (!added) {
                  setError('Type the word to add.');
                  return;
                }
                if (await edit({ add: [added] }, `“${added}” is in your dictionary.`)) setWord('');
              }}
            >
              <div className="field">
                <label htmlFor={`${id}-word`}>Word to add</label>
                <input id={`${id}-word`} value={word} onChange={(e) => setWord(e.target.value)} autoComplete="off" />
              </div>
              <div className="field" style={{ flex: '0 0 auto' }}>
                <button type="submit">Add</button>
              </div>
            </form>
          </>
        )}
      </Show>
      <FormErrors error={error} />
    </section>
  );
}

/** The agenda as a calendar subscription: the address is private, so it is shown only when asked for. */
function CalendarFeed() {
  const id = useId();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} style={{ marginTop: 0 }}>
        Your agenda in your calendar
      </h2>
      <p className="muted">
        Subscribe to this private address in your calendar app to see debriefs, notes and nudges there. Anyone with the
        address can read your agenda, so keep it to yourself.
      </p>
      {url ? (
        <div className="field">
          <label htmlFor={`${id}-url`}>Calendar address</label>
          <input id={`${id}-url`} readOnly value={url} onFocus={(e) => e.target.select()} />
        </div>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            try {
              setUrl((await api.calendarFeed()).url);
            } catch (e) {
              setError(errorText(e));
            }
          }}
        >
          Show the address
        </button>
      )}
      <FormErrors error={error} />
    </section>
  );
}
