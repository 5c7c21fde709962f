import { useEffect, useState } from 'react';

/**
 * A tiny hash router: `#/applications/abc?tab=x`. Hash routes need no server help and survive reloads; the
 * app has a dozen screens, so a routing library would cost more than it gives.
 */
export interface Route {
  /** The path without the leading `#`, e.g. `/applications/abc`. */
  path: string;
  segments: string[];
  query: URLSearchParams;
}

function current(): Route {
  const raw = window.location.hash.replace(/^#/, '') || '/';
  const [pathPart = '/', queryPart = ''] = raw.split('?');
  const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  return {
    path,
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(queryPart),
  };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const onChange = () => setRoute(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The href of a screen, with an optional query (`href('/compose', { kind: 'nudge' })`). */
export function href(path: string, params: Record<string, string | null | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

export function navigate(path: string, params: Record<string, string | null | undefined> = {}): void {
  window.location.hash = href(path, params).slice(1);
}
