import {
  type Instant,
  localDayNumber,
  localMsToInstant,
  MS_PER_DAY,
  toMs,
  weekdayOfDayNumber,
  zoneOffsetMs,
} from './time.zone';

/**
 * Business days are Monday to Friday in the user's own time zone. Public holidays differ by country and
 * year; they are not counted as days off here, which at worst makes a reminder show up one day early.
 *
 * @example
 * isBusinessDayNumber(localDayNumber('2026-11-28T12:00:00Z', 'UTC')); // false (a Saturday)
 */
export function isBusinessDayNumber(day: number): boolean {
  const weekday = weekdayOfDayNumber(day);
  return weekday !== 0 && weekday !== 6;
}

/**
 * Whether the local day of an instant is a business day (Monday to Friday) in the zone.
 *
 * @example
 * isBusinessDay('2026-11-28T12:00:00Z', 'Europe/London'); // false (a Saturday)
 */
export function isBusinessDay(instant: Instant, timeZone: string): boolean {
  return isBusinessDayNumber(localDayNumber(instant, timeZone));
}

/**
 * The same wall-clock time `days` business days later (or earlier, when negative). Weekend days are skipped,
 * so Friday 15:00 + 1 is Monday 15:00 and Saturday 10:00 + 1 is Monday 10:00. The time of day is kept across
 * DST changes.
 *
 * @example
 * addBusinessDays('2026-11-27T15:00:00Z', 1, 'Europe/London'); // Date 2026-11-30T15:00:00.000Z
 */
export function addBusinessDays(instant: Instant, days: number, timeZone: string): Date {
  return new Date(addBusinessDaysMs(instant, days, timeZone));
}

/** `addBusinessDays` as epoch milliseconds, for hot loops that should not allocate a `Date`. */
export function addBusinessDaysMs(instant: Instant, days: number, timeZone: string): number {
  const ms = toMs(instant);
  const localMs = ms + zoneOffsetMs(ms, timeZone);
  const startDay = Math.floor(localMs / MS_PER_DAY);
  const timeOfDay = localMs - startDay * MS_PER_DAY;
  const step = days < 0 ? -1 : 1;
  let day = startDay;
  for (let counted = 0; counted < Math.abs(days); ) {
    day += step;
    if (isBusinessDayNumber(day)) counted++;
  }
  // Resolved on the target day's own offset, so a DST change in between keeps 15:00 at 15:00.
  return localMsToInstant(day * MS_PER_DAY + timeOfDay, timeZone);
}

function businessDaysUpTo(day: number): number {
  // Business days in (epochDay0, day], computed in whole weeks plus a short remainder so long spans stay O(1).
  const weeks = Math.floor(day / 7);
  let count = weeks * 5;
  for (let d = weeks * 7 + 1; d <= day; d++) if (isBusinessDayNumber(d)) count++;
  return count;
}

/**
 * Business days from the local day of `from` to the local day of `to`: the business days after `from`'s day up
 * to and including `to`'s day (negative when `to` is earlier). It is the inverse of `addBusinessDays`.
 *
 * @example
 * businessDaysBetween('2026-11-27T10:00:00Z', '2026-11-30T10:00:00Z', 'Europe/London'); // 1 (Fri → Mon)
 */
export function businessDaysBetween(from: Instant, to: Instant, timeZone: string): number {
  const a = localDayNumber(from, timeZone);
  const b = localDayNumber(to, timeZone);
  return businessDaysUpTo(b) - businessDaysUpTo(a);
}
