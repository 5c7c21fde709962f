import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { addBusinessDays, businessDaysBetween, isBusinessDay } from './time.business';
import {
  addLocalDays,
  endOfLocalDay,
  endOfLocalWeek,
  isWithinHours,
  localDate,
  localParts,
  localWeekdayName,
  startOfLocalDay,
  startOfLocalWeek,
  toIso,
  toMs,
  zonedTime,
  zoneOffsetMs,
} from './time.zone';

const iso = (d: Date) => d.toISOString();

describe('local dates in the user zone', () => {
  it('gives the local date of an instant, not the UTC one', () => {
    expect(localDate('2026-11-24T02:30:00Z', 'America/Los_Angeles')).toBe('2026-11-23');
    expect(localDate('2026-11-24T23:30:00Z', 'Asia/Tokyo')).toBe('2026-11-25');
    expect(localDate('2026-11-24T23:30:00Z', 'UTC')).toBe('2026-11-24');
  });

  it('knows summer and winter offsets', () => {
    expect(zoneOffsetMs(Date.parse('2026-07-01T12:00:00Z'), 'Europe/London')).toBe(3_600_000);
    expect(zoneOffsetMs(Date.parse('2026-12-01T12:00:00Z'), 'Europe/London')).toBe(0);
    expect(zoneOffsetMs(Date.parse('2026-12-01T12:00:00Z'), 'Asia/Kolkata')).toBe(19_800_000);
    expect(zoneOffsetMs(Date.parse('2026-12-01T12:00:00Z'), 'Asia/Kathmandu')).toBe(20_700_000);
  });

  it('reads the right hour on the morning of a DST change', () => {
    // London springs forward at 01:00 UTC on 29 March 2026.
    expect(localParts('2026-03-29T00:59:00Z', 'Europe/London').hour).toBe(0);
    expect(localParts('2026-03-29T01:00:00Z', 'Europe/London').hour).toBe(2);
    // New York falls back at 06:00 UTC on 1 November 2026.
    expect(localParts('2026-11-01T05:59:00Z', 'America/New_York').hour).toBe(1);
    expect(localParts('2026-11-01T06:00:00Z', 'America/New_York').hour).toBe(1);
    expect(localParts('2026-11-01T07:00:00Z', 'America/New_York').hour).toBe(2);
  });

  it('turns a local wall time into the right instant, moving a skipped time past the gap', () => {
    expect(iso(zonedTime('2026-03-30', 9, 0, 'Europe/London'))).toBe('2026-03-30T08:00:00.000Z');
    expect(iso(zonedTime('2026-03-27', 9, 0, 'Europe/London'))).toBe('2026-03-27T09:00:00.000Z');
    expect(iso(zonedTime('2026-03-29', 1, 30, 'Europe/London'))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('finds the start and end of today, including a 23-hour and a 25-hour day', () => {
    expect(iso(startOfLocalDay('2026-11-24T02:30:00Z', 'Europe/Berlin'))).toBe('2026-11-23T23:00:00.000Z');
    expect(iso(endOfLocalDay('2026-11-24T02:30:00Z', 'Europe/Berlin'))).toBe('2026-11-24T23:00:00.000Z');
    const springStart = startOfLocalDay('2026-03-29T12:00:00Z', 'Europe/London');
    const springEnd = endOfLocalDay('2026-03-29T12:00:00Z', 'Europe/London');
    expect(springEnd.getTime() - springStart.getTime()).toBe(23 * 3_600_000);
    const autumnStart = startOfLocalDay('2026-11-01T12:00:00Z', 'America/New_York');
    const autumnEnd = endOfLocalDay('2026-11-01T12:00:00Z', 'America/New_York');
    expect(autumnEnd.getTime() - autumnStart.getTime()).toBe(25 * 3_600_000);
    expect(iso(autumnStart)).toBe('2026-11-01T04:00:00.000Z');
  });

  it('finds this week from Monday (or Sunday) to the next', () => {
    // Thursday 26 November 2026.
    expect(iso(startOfLocalWeek('2026-11-26T10:00:00Z', 'Europe/London'))).toBe('2026-11-23T00:00:00.000Z');
    expect(iso(endOfLocalWeek('2026-11-26T10:00:00Z', 'Europe/London'))).toBe('2026-11-30T00:00:00.000Z');
    expect(iso(startOfLocalWeek('2026-11-26T10:00:00Z', 'America/New_York', 0))).toBe('2026-11-22T05:00:00.000Z');
    // Sunday evening in New York is already Monday in UTC; the week is still the local one.
    expect(iso(startOfLocalWeek('2026-11-30T02:00:00Z', 'America/New_York'))).toBe('2026-11-23T05:00:00.000Z');
  });

  it('keeps the wall-clock time when adding calendar days across DST', () => {
    expect(iso(addLocalDays('2026-03-28T09:00:00Z', 1, 'Europe/London'))).toBe('2026-03-29T08:00:00.000Z');
    expect(iso(addLocalDays('2026-10-31T13:00:00Z', 1, 'America/New_York'))).toBe('2026-11-01T14:00:00.000Z');
  });

  it('refuses an unknown time zone as bad input', () => {
    expect(() => localDate('2026-11-24T10:00:00Z', 'Mars/Olympus_Mons')).toThrow(ValidationError);
  });

  it('names the local weekday', () => {
    expect(localWeekdayName('2026-11-24T10:00:00Z', 'Europe/London')).toBe('Tuesday');
    expect(localWeekdayName('2026-11-24T02:00:00Z', 'America/Chicago')).toBe('Monday');
  });
});

describe('business days', () => {
  const zone = 'Europe/London';

  it('skips the weekend', () => {
    expect(iso(addBusinessDays('2026-11-27T15:00:00Z', 1, zone))).toBe('2026-11-30T15:00:00.000Z');
    expect(iso(addBusinessDays('2026-11-26T15:00:00Z', 2, zone))).toBe('2026-11-30T15:00:00.000Z');
    expect(iso(addBusinessDays('2026-11-28T10:00:00Z', 1, zone))).toBe('2026-11-30T10:00:00.000Z');
    expect(iso(addBusinessDays('2026-11-23T10:00:00Z', 5, zone))).toBe('2026-11-30T10:00:00.000Z');
    expect(iso(addBusinessDays('2026-11-30T10:00:00Z', -1, zone))).toBe('2026-11-27T10:00:00.000Z');
    expect(iso(addBusinessDays('2026-11-28T10:00:00Z', 0, zone))).toBe('2026-11-28T10:00:00.000Z');
  });

  it('keeps 15:00 at 15:00 local across a DST change', () => {
    // Friday 27 March 2026 15:00 GMT → Monday 30 March 15:00 BST.
    expect(iso(addBusinessDays('2026-03-27T15:00:00Z', 1, zone))).toBe('2026-03-30T14:00:00.000Z');
    // Friday 30 October 2026 15:00 EDT → Monday 2 November 15:00 EST.
    expect(iso(addBusinessDays('2026-10-30T19:00:00Z', 1, 'America/New_York'))).toBe('2026-11-02T20:00:00.000Z');
  });

  it('uses the user zone to decide which day it is', () => {
    // Friday 23:30 in Los Angeles is Saturday in UTC: still a business day for the user.
    expect(isBusinessDay('2026-11-28T07:30:00Z', 'America/Los_Angeles')).toBe(true);
    expect(isBusinessDay('2026-11-28T07:30:00Z', 'UTC')).toBe(false);
    expect(iso(addBusinessDays('2026-11-28T07:30:00Z', 1, 'America/Los_Angeles'))).toBe('2026-12-01T07:30:00.000Z');
  });

  it('counts business days between two instants as the inverse of adding them', () => {
    expect(businessDaysBetween('2026-11-27T10:00:00Z', '2026-11-30T10:00:00Z', zone)).toBe(1);
    expect(businessDaysBetween('2026-11-23T10:00:00Z', '2026-11-23T18:00:00Z', zone)).toBe(0);
    expect(businessDaysBetween('2026-11-28T10:00:00Z', '2026-11-29T10:00:00Z', zone)).toBe(0);
    expect(businessDaysBetween('2026-11-30T10:00:00Z', '2026-11-23T10:00:00Z', zone)).toBe(-5);
    expect(businessDaysBetween('2026-01-01T10:00:00Z', '2026-12-31T10:00:00Z', zone)).toBe(260);
    for (let start = 0; start < 14; start++) {
      const from = Date.parse('2026-03-20T09:00:00Z') + start * 86_400_000;
      for (let n = 0; n <= 12; n++) {
        expect(businessDaysBetween(from, addBusinessDays(from, n, zone), zone)).toBe(n);
      }
    }
  });

  it('says whether something is still within 24 hours', () => {
    expect(isWithinHours('2026-11-23T10:00:00Z', '2026-11-24T09:59:00Z')).toBe(true);
    expect(isWithinHours('2026-11-23T10:00:00Z', '2026-11-24T10:01:00Z')).toBe(false);
    expect(isWithinHours('2026-11-23T10:00:00Z', '2026-11-23T09:00:00Z')).toBe(false);
    expect(isWithinHours('2026-11-23T10:00:00Z', '2026-11-23T10:20:00Z', 0.5)).toBe(true);
  });
});

describe('parsing stored instants', () => {
  it('reads the stored ISO form exactly like Date.parse, and anything else through it', () => {
    for (
      let ms = Date.parse('1999-12-31T23:59:59.999Z');
      ms < Date.parse('2031-01-01T00:00:00Z');
      ms += 86_400_000 * 3.7 + 12_345
    ) {
      const text = new Date(Math.floor(ms)).toISOString();
      expect(toMs(text)).toBe(Date.parse(text));
      expect(toIso(Math.floor(ms))).toBe(text);
    }
    expect(toMs('2026-11-24T10:00:00+01:00')).toBe(Date.parse('2026-11-24T09:00:00Z'));
    expect(toMs('2024-02-29T12:00:00.000Z')).toBe(Date.parse('2024-02-29T12:00:00.000Z'));
    expect(Number.isNaN(toMs('not a date'))).toBe(true);
    expect(toIso(Date.parse('1969-12-31T23:59:59.999Z'))).toBe('1969-12-31T23:59:59.999Z');
    expect(toIso(Date.parse('2024-02-29T00:00:00.000Z'))).toBe('2024-02-29T00:00:00.000Z');
  });
});
