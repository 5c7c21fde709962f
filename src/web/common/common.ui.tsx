import { type ReactNode, useEffect, useRef } from 'react';
import { ApiError } from '../api/api.client';
import type { Loaded } from './common.load';

/** Words for the stored ids, so no screen ever shows `no_response` or `hiring_manager`. */
export function label(id: string | null | undefined): string {
  if (!id) return '';
  const special: Record<string, string> = {
    no_response: 'No response',
    offer_accepted: 'Offer accepted',
    offer_declined: 'Offer declined',
    hr: 'HR',
    in_person: 'In person',
    role_change: 'Role change',
    no_feedback: 'No feedback',
    'thank-you': 'Thank-you note',
    'feedback-request': 'Feedback request',
    'feedback-reply': 'Thanks for feedback',
    'subject-access-request': 'Subject access request',
  };
  const text = special[id] ?? id.replace(/[_-]+/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// The first screen of a page load keeps the browser's own focus order (skip link first); later ones move it.
let firstScreen = true;

/**
 * A screen's heading. It takes focus when the user navigates to the screen, so keyboard and screen-reader
 * users land on the new content rather than on the link they pressed.
 */
export function ScreenTitle({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!firstScreen) ref.current?.focus({ preventScroll: false });
    // Later, not now: React's strict mode runs this effect twice on mount in development.
    else window.setTimeout(() => (firstScreen = false), 0);
  }, []);
  return (
    <header className="screen-head">
      <h1 tabIndex={-1} ref={ref}>
        {children}
      </h1>
      {actions && <div className="screen-actions">{actions}</div>}
    </header>
  );
}

export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      <div>{children}</div>
    </div>
  );
}

export function ErrorNote({ error, retry }: { error: ApiError | string; retry?: () => void }) {
  const message = typeof error === 'string' ? error : error.message;
  return (
    <div className="error-note" role="alert">
      <p>{message}</p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** Renders loading, error or the data, so every screen treats the three the same way. */
export function Show<T>({
  loaded,
  what,
  retry,
  children,
}: {
  loaded: Loaded<T>;
  what: string;
  retry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (loaded.state === 'loading') return <Loading what={what} />;
  if (loaded.state === 'error') return <ErrorNote error={loaded.error} {...(retry ? { retry } : {})} />;
  return <>{children(loaded.data)}</>;
}

/** A field-level error list for a form, from an API validation error. */
export function FormErrors({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {error}
    </p>
  );
}

/** Any error as one sentence for the user; a 400 names the field and what is wrong with it. */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const details = error.details;
  if (error.status !== 400 || !Array.isArray(details) || details.length === 0) return error.message;
  return details
    .map((issue: { path?: unknown; message?: string }) => {
      const field = Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path ?? '');
      if (field === 'link') return 'The link must be a full web address, starting with https://.';
      if (field === 'email') return 'The email address does not look right.';
      return field ? `${label(field)}: ${issue.message ?? 'not valid'}.` : (issue.message ?? 'Not valid.');
    })
    .join(' ');
}
