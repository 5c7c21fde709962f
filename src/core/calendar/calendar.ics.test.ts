import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaToIcs, type CalendarItem, escapeText, foldLine } from './calendar.ics';

const now = new Date('2026-11-24T02:30:00Z');
const items: CalendarItem[] = [
  {
    id: 'thank-you:int-1:c-2',
    kind: 'thank-you',
    title: 'Thank-you note to Priya Shah, Contoso; Senior Support Engineer',
    dueAt: '2026-11-24T14:00:00.000Z',
    description:
      'Due within 24 h of the interview.\nMention the escalation-process question, and say what you would bring — “naïve” café résumé 🎉 '.repeat(
        3,
      ),
    url: 'https://nextround.example/interviews/int-1?tab=notes&x=1',
  },
  {
    id: 'debrief:int-2',
    kind: 'debrief',
    title: 'Debrief: Northwind, Data Analyst',
    dueAt: '2026-11-25T09:30:00Z',
    reason: 'Best within 30 min',
  },
  { id: 'broken', kind: 'nudge', title: 'Bad date', dueAt: 'not a date' },
];

function parse(ics: string) {
  return new ICAL.Component(ICAL.parse(ics));
}

describe('agendaToIcs', () => {
  it('writes a calendar an independent parser reads back exactly, with reminders', () => {
    const ics = agendaToIcs(items, { now });
    const calendar = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    const [first, second] = events.map((e) => new ICAL.Event(e));
    expect(first?.uid).toBe('thank-you-3aint-1-3ac-2@nextround.app');
    expect(first?.summary).toBe(items[0]?.title);
    expect(first?.description).toBe(items[0]?.description);
    expect(first?.endDate.toJSDate().toISOString()).toBe('2026-11-24T14:00:00.000Z');
    expect(first?.startDate.toJSDate().toISOString()).toBe('2026-11-24T13:30:00.000Z');
    expect(events[0]?.getFirstPropertyValue('url')).toBe(items[0]?.url);
    expect(second?.description).toBe('Best within 30 min');
    const stamp = events[0]?.getFirstPropertyValue('dtstamp');
    expect(stamp instanceof ICAL.Time ? stamp.toJSDate().toISOString() : null).toBe(now.toISOString());
    const alarms = events[0]?.getAllSubcomponents('valarm') ?? [];
    expect(alarms.map((a) => String(a.getFirstPropertyValue('trigger')))).toEqual(['-P1D', '-PT1H']);
    expect(alarms[0]?.getFirstProperty('trigger')?.getParameter('related')).toBe('END');
  });

  it('folds at 75 octets with CRLF, never splitting a UTF-8 character', () => {
    const ics = agendaToIcs(items, { now });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n ');
    expect(ics).not.toContain('\uFFFD');
  });

  it('keeps UIDs stable across exports so a refreshed feed updates instead of duplicating', () => {
    const uids = (ics: string) =>
      parse(ics)
        .getAllSubcomponents('vevent')
        .map((e) => e.getFirstPropertyValue('uid'));
    expect(uids(agendaToIcs(items, { now }))).toEqual(uids(agendaToIcs(items, { now: new Date() })));
  });

  it('can write to-dos due at the item time', () => {
    const calendar = parse(agendaToIcs(items.slice(0, 1), { now, component: 'VTODO', remindersMinutesBefore: [90] }));
    const todo = calendar.getFirstSubcomponent('vtodo');
    const due = todo?.getFirstPropertyValue('due');
    expect(due instanceof ICAL.Time ? due.toJSDate().toISOString() : null).toBe('2026-11-24T14:00:00.000Z');
    expect(String(todo?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger'))).toBe('-PT1H30M');
  });

  it('escapes text and folds long lines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    expect(folded.split('\r\n ').every((part) => new TextEncoder().encode(part).length <= 74)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });
});
