import { useEffect, useId, useRef, useState } from 'react';
import type { Application } from '../../core/applications/applications.schema';
import { outcomes, stages } from '../../core/applications/applications.schema';
import { ApiError, type ApplicationQuery, api } from '../api/api.client';
import { href, navigate } from '../app/app.router';
import { boardColumns, columnOf, statusText } from '../common/common.labels';
import { pendingDeletes } from '../common/common.pending';
import { forgetDraft, usePersistentState } from '../common/common.storage';
import { useToast } from '../common/common.toast';
import { EmptyState, ErrorNote, errorText, FormErrors, Loading, label, ScreenTitle } from '../common/common.ui';

const pageSize = 200;

interface Filters {
  q: string;
  stage: string;
  outcome: string;
  archived: 'false' | 'true' | 'all';
}

const noFilters: Filters = { q: '', stage: '', outcome: '', archived: 'false' };

export default function ApplicationsScreen() {
  const notify = useToast();
  const [view, setView] = usePersistentState<'board' | 'list'>('applications:view', 'board');
  const [filters, setFilters] = usePersistentState<Filters>('applications:filters', noFilters);
  const [search, setSearch] = useState(filters.q);
  const [items, setItems] = useState<Application[]>([]);
  const [total, setTotal] = useState(0);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState<ApiError | null>(null);
  const [tick, setTick] = useState(0);

  // Searching waits for a pause in typing so each key press does not start a request.
  useEffect(() => {
    const timer = window.setTimeout(() => setFilters((f) => (f.q === search ? f : { ...f, q: search })), 250);
    return () => window.clearTimeout(timer);
  }, [search, setFilters]);

  useEffect(() => {
    let live = true;
    const query: ApplicationQuery = { limit: pageSize, offset: 0, archived: filters.archived };
    if (filters.q.trim()) query.q = filters.q.trim();
    if (filters.stage) query.stage = filters.stage;
    if (filters.outcome) query.outcome = filters.outcome;
    api.applications(query).then(
      (page) => {
        if (!live) return;
        const hidden = page.items.filter((a) => pendingDeletes.has(a.id)).length;
        setItems(page.items.filter((a) => !pendingDeletes.has(a.id)));
        setTotal(page.total - hidden);
        setState('ready');
      },
      (e: unknown) => {
        if (!live) return;
        setError(e instanceof ApiError ? e : new ApiError(0, 'client', String(e)));
        setState('error');
      },
    );
    return () => {
      live = false;
    };
  }, [filters, tick]);

  const reload = () => setTick((t) => t + 1);

  const loadMore = async () => {
    const query: ApplicationQuery = { limit: pageSize, offset: items.length, archived: filters.archived };
    if (filters.q.trim()) query.q = filters.q.trim();
    if (filters.stage) query.stage = filters.stage;
    if (filters.outcome) query.outcome = filters.outcome;
    const page = await api.applications(query);
    setItems((list) => [...list, ...page.items]);
    setTotal(page.total);
  };

  const setArchived = async (targets: Application[], archived: boolean) => {
    await Promise.all(targets.map((a) => api.updateApplication(a.id, { archived })));
    reload();
  };

  const archive = async (targets: Application[]) => {
    try {
      await setArchived(targets, true);
      const what =
        targets.length === 1
          ? `${targets[0]?.company ?? 'The application'} archived`
          : `${targets.length} rejections archived`;
      notify(`${what}. What you learned from it stays in Insights.`, () => setArchived(targets, false));
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e));
    }
  };

  const rejections = items.filter((a) => a.outcome === 'rejected' && !a.archived);
  const filtered = filters.q !== '' || filters.stage !== '' || filters.outcome !== '' || filters.archived !== 'false';

  return (
    <section>
      <ScreenTitle>Applications</ScreenTitle>
      <QuickAdd onAdded={(application) => navigate(`/applications/${application.id}`)} />

      <search className="card" style={{ marginTop: '1rem' }} aria-label="Find applications">
        <div className="row">
          <div className="field">
            <label htmlFor="app-search">Search</label>
            <input
              id="app-search"
              type="search"
              value={search}
              placeholder="Company, role or notes"
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="app-stage">Stage</label>
            <select
              id="app-stage"
              value={filters.stage}
              onChange={(e) => setFilters({ ...filters, stage: e.target.value })}
            >
              <option value="">Any stage</option>
              {stages.map((s) => (
                <option key={s} value={s}>
                  {label(s)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="app-outcome">Outcome</label>
            <select
              id="app-outcome"
              value={filters.outcome}
              onChange={(e) => setFilters({ ...filters, outcome: e.target.value })}
            >
              <option value="">Any outcome</option>
              {outcomes.map((o) => (
                <option key={o} value={o}>
                  {label(o)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="app-archived">Showing</label>
            <select
              id="app-archived"
              value={filters.archived}
              onChange={(e) => setFilters({ ...filters, archived: e.target.value as Filters['archived'] })}
            >
              <option value="false">Active</option>
              <option value="true">Archived</option>
              <option value="all">All</option>
            </select>
          </div>
        </div>
      </search>

      <div className="screen-head" style={{ marginTop: '1rem' }}>
        <p className="muted" aria-live="polite" style={{ margin: 0 }}>
          {state === 'ready' ? `${total} application${total === 1 ? '' : 's'}${filtered ? ' match' : ''}` : ''}
        </p>
        <div className="screen-actions">
          {rejections.length > 1 && (
            <button type="button" className="secondary" onClick={() => archive(rejections)}>
              Archive {rejections.length} rejections
            </button>
          )}
          <fieldset className="tabs" style={{ border: 'none', padding: 0, margin: 0 }}>
            <legend className="sr-only">View</legend>
            <button type="button" aria-pressed={view === 'board'} onClick={() => setView('board')}>
              Board
            </button>
            <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
              List
            </button>
          </fieldset>
        </div>
      </div>

      {state === 'loading' && <Loading what="applications" />}
      {state === 'error' && error && <ErrorNote error={error} retry={reload} />}
      {state === 'ready' &&
        items.length === 0 &&
        (filtered ? (
          <EmptyState title="Nothing matches.">
            <p>
              Try fewer words, or{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setSearch('');
                  setFilters(noFilters);
                }}
              >
                clear the filters
              </button>
              .
            </p>
          </EmptyState>
        ) : (
          <EmptyState title="No applications yet.">
            <p>
              Add the first one above: a company and a role are enough. Later you can add interviews, contacts and what
              happened, and Nextround will tell you what to do next.
            </p>
          </EmptyState>
        ))}
      {state === 'ready' && items.length > 0 && (
        <>
          {view === 'board' ? <Board items={items} onArchive={archive} /> : <List items={items} onArchive={archive} />}
          {items.length < total && (
            <p>
              <button type="button" className="secondary" onClick={loadMore}>
                Show more ({total - items.length} left)
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function ArchiveButton({
  application,
  onArchive,
}: {
  application: Application;
  onArchive: (a: Application[]) => void;
}) {
  if (application.archived || application.outcome !== 'rejected') return null;
  return (
    <button
      type="button"
      className="quiet"
      onClick={() => onArchive([application])}
      aria-label={`Archive ${application.company}, ${application.role}`}
    >
      Archive
    </button>
  );
}

function Board({ items, onArchive }: { items: Application[]; onArchive: (a: Application[]) => void }) {
  const groups = new Map<string, Application[]>();
  for (const application of items) {
    const key = columnOf(application);
    const list = groups.get(key) ?? [];
    list.push(application);
    groups.set(key, list);
  }
  return (
    <div className="board">
      {boardColumns.map((column) => {
        const list = groups.get(column.key) ?? [];
        const headingId = `col-${column.key}`;
        return (
          <section key={column.key} className="board-column" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {column.label} <span className="pill">{list.length}</span>
            </h2>
            <ul className="board-list">
              {/* A column shows its first 100 cards; the list view and search reach the rest. */}
              {list.slice(0, 100).map((application) => (
                <li key={application.id} className="card">
                  <a href={href(`/applications/${application.id}`)}>
                    <strong>{application.company}</strong>
                  </a>
                  <div>{application.role}</div>
                  {application.archived && <span className="pill">archived</span>}
                  <ArchiveButton application={application} onArchive={onArchive} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function List({ items, onArchive }: { items: Application[]; onArchive: (a: Application[]) => void }) {
  return (
    <ul className="list">
      {items.map((application) => (
        <li key={application.id}>
          <div className="grow">
            <a href={href(`/applications/${application.id}`)}>
              <strong>{application.company}</strong> — {application.role}
            </a>
          </div>
          <span className="pill">{statusText(application)}</span>
          {application.archived && <span className="pill">archived</span>}
          <ArchiveButton application={application} onArchive={onArchive} />
        </li>
      ))}
    </ul>
  );
}

interface QuickAddDraft {
  company: string;
  role: string;
  link: string;
}

/** Company and role are all it takes; the rest can come later on the application's own page. */
function QuickAdd({ onAdded }: { onAdded: (application: Application) => void }) {
  const [draft, setDraft, clear] = usePersistentState<QuickAddDraft>('draft:quick-add', {
    company: '',
    role: '',
    link: '',
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const companyRef = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    if (window.location.hash.includes('add=1')) companyRef.current?.focus();
  }, []);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!draft.company.trim() || !draft.role.trim()) {
      setError('Give both the company and the role.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await api.addApplication({
        company: draft.company.trim(),
        role: draft.role.trim(),
        link: draft.link.trim() || null,
        appliedAt: new Date().toISOString(),
      });
      clear();
      forgetDraft('draft:quick-add');
      onAdded(created);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`} style={{ marginTop: 0 }}>
        Add an application
      </h2>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-company`}>Company</label>
          <input
            id={`${id}-company`}
            ref={companyRef}
            value={draft.company}
            maxLength={200}
            autoComplete="organization"
            onChange={(e) => setDraft({ ...draft, company: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <input
            id={`${id}-role`}
            value={draft.role}
            maxLength={200}
            onChange={(e) => setDraft({ ...draft, role: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-link`}>
            Link <span className="hint">(optional)</span>
          </label>
          <input
            id={`${id}-link`}
            type="url"
            value={draft.link}
            placeholder="https://…"
            onChange={(e) => setDraft({ ...draft, link: e.target.value })}
          />
        </div>
        <div className="field" style={{ flex: '0 0 auto' }}>
          <button type="submit" disabled={busy}>
            Add
          </button>
        </div>
      </div>
      <FormErrors error={error} />
    </form>
  );
}
