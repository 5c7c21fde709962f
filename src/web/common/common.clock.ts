import { api } from '../api/api.client';

export interface Profile {
  name: string;
  timeZone: string;
  /** Words the proofreader accepts (names, technical terms). */
  dictionary: string[];
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * "Now" as the server sees it. The server's clock is the one the agenda and the due dates use (and the one
 * tests move), so the browser's clock is only a fallback for a server that does not report it.
 */
export async function serverNow(): Promise<string> {
  try {
    const health = await api.health();
    return typeof health.now === 'string' ? health.now : new Date().toISOString();
  } catch {
    return new Date().toISOString();
  }
}

/** The user's name and time zone, from the server when it knows them. */
export async function loadProfile(): Promise<Profile> {
  try {
    const me = await api.me();
    return { name: me.name ?? '', timeZone: me.timeZone || browserZone(), dictionary: me.dictionary ?? [] };
  } catch {
    return { name: '', timeZone: browserZone(), dictionary: [] };
  }
}

// Making an Intl.DateTimeFormat costs far more than using one; a list of hundreds of dates reuses a few.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "Tue 24 Nov, 09:30" in the user's zone. */
export function formatWhen(iso: string | null | undefined, timeZone: string, withTime = true): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${timeZone}|${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
      });
    } catch {
      return formatWhen(iso, 'UTC', withTime);
    }
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

/** A `datetime-local` value ("2026-11-24T09:30") for an instant, in the browser's zone (what the input shows). */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant a `datetime-local` value means, or null when it is empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
