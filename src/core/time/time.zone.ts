import { ValidationError } from '../errors';

/**
 * Wall-clock arithmetic in an IANA time zone with nothing but `Intl` (no libraries, so it runs in the browser).
 *
 * `Intl.DateTimeFormat#formatToParts` costs several microseconds a call, far too slow for an agenda over
 * thousands of rows, so the zone's UTC offset is cached per UTC day: zones change offset at most once on any
 * day, and a day whose two ends disagree is resolved exactly on each call.
 */

/** An instant as the core receives it: a `Date`, epoch milliseconds or an ISO 8601 string. */
export type Instant = Date | number | string;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/**
 * Epoch milliseconds of an instant.
 *
 * @example
 * toMs('2026-11-24T10:00:00.000Z'); // 1795514400000
 */
export function toMs(instant: Instant): number {
  if (typeof instant === 'number') return instant;
  if (typeof instant === 'string') return parseCanonicalIso(instant) ?? Date.parse(instant);
  return instant.getTime();
}

const pad2 = (value: number) => (value < 10 ? `0${value}` : `${value}`);

/**
 * An instant as the stored ISO form (`2026-11-24T10:00:00.000Z`), the same as `Date#toISOString` for years
 * 0–9999 but several times faster: the agenda formats thousands of due dates per request.
 *
 * @example
 * toIso(1795514400000); // '2026-11-24T10:00:00.000Z'
 */
export function toIso(ms: number): string {
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY;
  if (!Number.isFinite(ms) || days < -719_468 || days > 2_932_896) return new Date(ms).toISOString();
  // Civil date from days (Howard Hinnant's algorithm).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  const msText = millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : `${millis}`;
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${msText}Z`;
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const twoDigits = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1);

/**
 * The stored form `YYYY-MM-DDTHH:MM:SS.sssZ` parsed by hand: `Date.parse` costs several hundred nanoseconds a
 * call and the agenda parses tens of thousands of these. Anything else returns undefined for `Date.parse`.
 */
function parseCanonicalIso(text: string): number | undefined {
  if (text.length !== 24 || text.charCodeAt(23) !== 90 /* Z */ || text.charCodeAt(10) !== 84 /* T */) return undefined;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const ms =
    twoDigits(text, 11) * 3_600_000 +
    twoDigits(text, 14) * 60_000 +
    twoDigits(text, 17) * 1000 +
    digit(text, 20) * 100 +
    twoDigits(text, 21);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && ms >= 0 && ms < MS_PER_DAY)) return undefined;
  // Days from the civil date (Howard Hinnant's algorithm), exact for the proleptic Gregorian calendar.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) * MS_PER_DAY + ms;
}

interface ZoneCache {
  format: Intl.DateTimeFormat;
  /** UTC day number → offset in ms valid for the whole day, or NaN when the offset changes that day. */
  byDay: Map<number, number>;
}

const zones = new Map<string, ZoneCache>();
const MAX_CACHED_DAYS = 20_000;

function zoneCache(timeZone: string): ZoneCache {
  let cache = zones.get(timeZone);
  if (!cache) {
    cache = {
      format: formatterFor(timeZone),
      byDay: new Map(),
    };
    zones.set(timeZone, cache);
  }
  return cache;
}

/** A formatter for the zone; an unknown zone is bad input (a 400), not a crash. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new ValidationError(`Unknown time zone "${timeZone}": use an IANA name such as Europe/London.`, {
      timeZone,
    });
  }
}

function exactOffset(format: Intl.DateTimeFormat, ms: number): number {
  const fields: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  // Whole seconds only: the formatter drops the milliseconds.
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The zone's offset from UTC at an instant, in milliseconds (`+3_600_000` for BST).
 *
 * @example
 * zoneOffsetMs(Date.parse('2026-07-01T12:00:00Z'), 'Europe/London'); // 3_600_000
 */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const cache = zoneCache(timeZone);
  // An unreadable instant stays unreadable (NaN flows through) rather than throwing from Intl.
  if (!Number.isFinite(ms)) return 0;
  const day = Math.floor(ms / MS_PER_DAY);
  let offset = cache.byDay.get(day);
  if (offset === undefined) {
    const start = exactOffset(cache.format, day * MS_PER_DAY);
    const end = exactOffset(cache.format, (day + 1) * MS_PER_DAY - 1000);
    offset = start === end ? start : Number.NaN;
    if (cache.byDay.size >= MAX_CACHED_DAYS) cache.byDay.clear();
    cache.byDay.set(day, offset);
  }
  return Number.isNaN(offset) ? exactOffset(cache.format, ms) : offset;
}

/**
 * The local calendar day of an instant as a day number (days since 1970-01-01 on the local calendar).
 *
 * @example
 * localDayNumber('1970-01-02T01:00:00Z', 'UTC'); // 1
 */
export function localDayNumber(instant: Instant, timeZone: string): number {
  const ms = toMs(instant);
  return Math.floor((ms + zoneOffsetMs(ms, timeZone)) / MS_PER_DAY);
}

/**
 * Day of the week of a local day number: 0 = Sunday … 6 = Saturday.
 *
 * @example
 * weekdayOfDayNumber(0); // 4 (1970-01-01 was a Thursday)
 */
export function weekdayOfDayNumber(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/**
 * The wall-clock fields of an instant in a zone.
 *
 * @example
 * localParts('2026-11-24T02:30:00Z', 'America/New_York'); // { year: 2026, month: 11, day: 23, hour: 21, … }
 */
export function localParts(instant: Instant, timeZone: string): LocalParts {
  const ms = toMs(instant);
  const local = new Date(ms + zoneOffsetMs(ms, timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
  };
}

/**
 * The local date (`YYYY-MM-DD`) of an instant in a zone.
 *
 * @example
 * localDate('2026-11-24T02:30:00Z', 'America/Los_Angeles'); // '2026-11-23'
 */
export function localDate(instant: Instant, timeZone: string): string {
  const { year, month, day } = localParts(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The instant (epoch ms) at which a local wall-clock time, given as "local epoch" milliseconds, happens in a
 * zone. A time skipped by a spring-forward change moves forward past the gap; an ambiguous autumn time resolves
 * to one of its two occurrences.
 *
 * @example
 * localMsToInstant(Date.UTC(2026, 6, 1, 9, 0), 'Europe/London'); // Date.parse('2026-07-01T08:00:00Z')
 */
export function localMsToInstant(localMs: number, timeZone: string): number {
  const firstOffset = zoneOffsetMs(localMs, timeZone);
  let candidate = localMs - firstOffset;
  const secondOffset = zoneOffsetMs(candidate, timeZone);
  if (secondOffset !== firstOffset) {
    const retry = localMs - secondOffset;
    candidate = zoneOffsetMs(retry, timeZone) === secondOffset ? retry : Math.max(candidate, retry);
  }
  return candidate;
}

/**
 * The instant of a local date and time in a zone.
 *
 * @example
 * zonedTime('2026-03-30', 9, 0, 'Europe/London'); // Date 2026-03-30T08:00:00.000Z (BST)
 */
export function zonedTime(date: string, hour: number, minute: number, timeZone: string): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(localMsToInstant(Date.UTC(year, month - 1, day, hour, minute), timeZone));
}

/** The instant at which a local day number starts (its first wall-clock moment) in a zone. */
export function startOfDayNumber(day: number, timeZone: string): number {
  return localMsToInstant(day * MS_PER_DAY, timeZone);
}

/**
 * The first instant of the user's local day containing `instant`.
 *
 * @example
 * startOfLocalDay('2026-11-24T02:30:00Z', 'Europe/Berlin'); // Date 2026-11-23T23:00:00.000Z
 */
export function startOfLocalDay(instant: Instant, timeZone: string): Date {
  return new Date(startOfDayNumber(localDayNumber(instant, timeZone), timeZone));
}

/** The end (exclusive: the first instant of the next local day) of the user's local day containing `instant`. */
export function endOfLocalDay(instant: Instant, timeZone: string): Date {
  return new Date(startOfDayNumber(localDayNumber(instant, timeZone) + 1, timeZone));
}

/**
 * The first instant of the user's local week (Monday by default; pass 0 for Sunday).
 *
 * @example
 * startOfLocalWeek('2026-11-26T10:00:00Z', 'Europe/London'); // Date 2026-11-23T00:00:00.000Z (Monday)
 */
export function startOfLocalWeek(instant: Instant, timeZone: string, weekStartsOn: 0 | 1 = 1): Date {
  const day = localDayNumber(instant, timeZone);
  const back = (weekdayOfDayNumber(day) - weekStartsOn + 7) % 7;
  return new Date(startOfDayNumber(day - back, timeZone));
}

/** The end (exclusive) of the user's local week containing `instant`. */
export function endOfLocalWeek(instant: Instant, timeZone: string, weekStartsOn: 0 | 1 = 1): Date {
  const day = localDayNumber(instant, timeZone);
  const back = (weekdayOfDayNumber(day) - weekStartsOn + 7) % 7;
  return new Date(startOfDayNumber(day - back + 7, timeZone));
}

/**
 * The same wall-clock time `days` calendar days later in the zone (so 09:00 stays 09:00 across a DST change).
 *
 * @example
 * addLocalDays('2026-03-28T09:00:00Z', 1, 'Europe/London'); // Date 2026-03-29T08:00:00.000Z (09:00 BST)
 */
export function addLocalDays(instant: Instant, days: number, timeZone: string): Date {
  const ms = toMs(instant);
  const localMs = ms + zoneOffsetMs(ms, timeZone);
  return new Date(localMsToInstant(localMs + days * MS_PER_DAY, timeZone));
}

/**
 * Whether `now` is no more than `hours` after `since` (and not before it).
 *
 * @example
 * isWithinHours('2026-11-23T10:00:00Z', '2026-11-24T09:59:00Z', 24); // true
 */
export function isWithinHours(since: Instant, now: Instant, hours = 24): boolean {
  const elapsed = toMs(now) - toMs(since);
  return elapsed >= 0 && elapsed <= hours * MS_PER_HOUR;
}

/** Short English weekday names, Sunday first (drafts say "on Tuesday"). */
export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * The English weekday name of an instant in a zone.
 *
 * @example
 * localWeekdayName('2026-11-24T10:00:00Z', 'Europe/London'); // 'Tuesday'
 */
export function localWeekdayName(instant: Instant, timeZone: string): string {
  return weekdayNames[weekdayOfDayNumber(localDayNumber(instant, timeZone))] ?? 'Monday';
}
