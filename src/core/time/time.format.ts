import { type Instant, localParts, weekdayNames } from './time.zone';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A local day as people say it in a reason or a letter: "Tuesday 24 November".
 *
 * @example
 * formatLocalDay('2026-11-24T10:00:00Z', 'Europe/London'); // 'Tuesday 24 November'
 */
export function formatLocalDay(instant: Instant, timeZone: string): string {
  const parts = localParts(instant, timeZone);
  return `${weekdayNames[parts.weekday]} ${parts.day} ${monthNames[parts.month - 1]}`;
}

/**
 * A local day and time for reasons on the agenda: "Tuesday 24 November, 14:05".
 *
 * @example
 * formatLocalDateTime('2026-11-24T14:05:00Z', 'Europe/London'); // 'Tuesday 24 November, 14:05'
 */
export function formatLocalDateTime(instant: Instant, timeZone: string): string {
  return `${formatLocalDay(instant, timeZone)}, ${formatLocalClock(instant, timeZone)}`;
}

/**
 * The time on the local clock: "14:05".
 *
 * @example
 * formatLocalClock('2026-11-24T14:05:00Z', 'Europe/London'); // '14:05'
 */
export function formatLocalClock(instant: Instant, timeZone: string): string {
  const { hour, minute } = localParts(instant, timeZone);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * A calendar date as written at the top of a letter: "24 November 2026".
 *
 * @example
 * formatLetterDate('2026-11-24T10:00:00Z', 'Europe/London'); // '24 November 2026'
 */
export function formatLetterDate(instant: Instant, timeZone: string): string {
  const parts = localParts(instant, timeZone);
  return `${parts.day} ${monthNames[parts.month - 1]} ${parts.year}`;
}
