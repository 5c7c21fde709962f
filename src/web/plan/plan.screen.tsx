import { useId, useState } from 'react';
import { type ActionItem, type ActionStatus, actionStatuses } from '../../core/plan/plan.schema';
import { api } from '../api/api.client';
import { href } from '../app/app.router';
import { formatWhen, fromLocalInput, loadProfile } from '../common/common.clock';
import { useLoad } from '../common/common.load';
import { forgetDraft, usePersistentState } from '../common/common.storage';
import { useToast } from '../common/common.toast';
import { EmptyState, errorText, FormErrors, label, ScreenTitle, Show } from '../common/common.ui';

const statusOrder: Record<ActionStatus, number> = { doing: 0, open: 1, done: 2, dropped: 3 };

export default function PlanScreen() {
  const [loaded, reload] = useLoad(async () => {
    const [page, profile] = await Promise.all([api.plan({ limit: 500 }), loadProfile()]);
    return { items: page.items, timeZone: profile.timeZone };
  }, []);
  return (
    <section>
      <ScreenTitle>Plan</ScreenTitle>
      <p className="lead">
        What you are working on because of feedback and debriefs. Make a start today: one small step.
      </p>
      <AddItem onAdded={reload} />
      <Show loaded={loaded} what="your plan" retry={reload}>
        {({ items, timeZone }) => <Items items={items} timeZone={timeZone} reload={reload} />}
      </Show>
    </section>
  );
}

function Items({ items, timeZone, reload }: { items: ActionItem[]; timeZone: string; reload: () => void }) {
  const notify = useToast();
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const visible = items.filter((i) => !hidden.has(i.id)).sort((a, b) => statusOrder[a.status] - statusOrder[b.status]);
  if (visible.length === 0) {
    return (
      <EmptyState title="Your plan is empty.">
        <p>
          Paste feedback on the <a href={href('/feedback')}>Feedback</a> screen and Nextround proposes concrete steps,
          or add one yourself above.
        </p>
      </EmptyState>
    );
  }
  const counted = visible.filter((i) => i.status !== 'dropped');
  const done = counted.filter((i) => i.status === 'done').length;
  const setStatus = async (item: ActionItem, status: ActionStatus) => {
    try {
      await api.updatePlanItem(item.id, { status });
      notify(status === 'done' ? 'Done. Well done.' : `Marked as ${label(status).toLowerCase()}.`, async () => {
        await api.updatePlanItem(item.id, { status: item.status });
        reload();
      });
      reload();
    } catch (e) {
      notify(errorText(e));
    }
  };
  // Deleting waits for an Undo before it reaches the server.
  const remove = (item: ActionItem) => {
    setHidden((h) => new Set(h).add(item.id));
    const timer = window.setTimeout(() => void api.deletePlanItem(item.id), 8_000);
    notify('Plan item deleted.', () => {
      window.clearTimeout(timer);
      setHidden((h) => {
        const next = new Set(h);
        next.delete(item.id);
        return next;
      });
    });
  };
  return (
    <>
      <p>
        <label htmlFor="plan-progress">
          Progress: {done} of {counted.length} done
        </label>{' '}
        <progress id="plan-progress" max={Math.max(counted.length, 1)} value={done} />
      </p>
      <ul className="list">
        {visible.map((item) => (
          <li key={item.id} data-status={item.status}>
            <div className="grow">
              <strong style={item.status === 'done' ? { textDecoration: 'line-through' } : undefined}>
                {item.text}
              </strong>
              <div className="muted">
                {item.category ? `${label(item.category)} · ` : ''}
                {item.dueAt ? `due ${formatWhen(item.dueAt, timeZone, false)} · ` : ''}
                from {item.sourceType}
                {item.applicationId && (
                  <>
                    {' · '}
                    <a href={href(`/applications/${item.applicationId}`)}>application</a>
                  </>
                )}
              </div>
              {item.nextStep && <div>Next step: {item.nextStep}</div>}
            </div>
            <span className="pill">{label(item.status)}</span>
            {item.status === 'open' && (
              <button type="button" className="secondary" onClick={() => setStatus(item, 'doing')}>
                Start
              </button>
            )}
            {(item.status === 'open' || item.status === 'doing') && (
              <button type="button" onClick={() => setStatus(item, 'done')} aria-label={`Mark done: ${item.text}`}>
                Done
              </button>
            )}
            <button type="button" className="quiet" onClick={() => remove(item)} aria-label={`Delete: ${item.text}`}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function AddItem({ onAdded }: { onAdded: () => void }) {
  const id = useId();
  const key = 'draft:plan-item';
  const [draft, setDraft, clear] = usePersistentState(key, {
    text: '',
    nextStep: '',
    dueAt: '',
    status: 'open' as ActionStatus,
  });
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!draft.text.trim()) {
      setError('Say what you will work on.');
      return;
    }
    try {
      await api.addPlanItem({
        text: draft.text.trim(),
        nextStep: draft.nextStep.trim() || null,
        dueAt: draft.dueAt ? fromLocalInput(`${draft.dueAt}T17:00`) : null,
        status: draft.status,
      });
      clear();
      forgetDraft(key);
      setError(null);
      onAdded();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`} style={{ marginTop: 0 }}>
        Add a plan item
      </h2>
      <div className="row">
        <div className="field" style={{ flexGrow: 2 }}>
          <label htmlFor={`${id}-text`}>What to work on</label>
          <input id={`${id}-text`} value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-next`}>First step</label>
          <input
            id={`${id}-next`}
            value={draft.nextStep}
            onChange={(e) => setDraft({ ...draft, nextStep: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Due</label>
          <input
            id={`${id}-due`}
            type="date"
            value={draft.dueAt}
            onChange={(e) => setDraft({ ...draft, dueAt: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value as ActionStatus })}
          >
            {actionStatuses.map((s) => (
              <option key={s} value={s}>
                {label(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field" style={{ flex: '0 0 auto' }}>
          <button type="submit">Add</button>
        </div>
      </div>
      <FormErrors error={error} />
    </form>
  );
}
