import { describe, expect, it } from 'vitest';
import {
  makeActionItem,
  makeApplication,
  makeContact,
  makeDebrief,
  makeInterview,
  makeMessage,
  makeRejection,
} from '../decisions/decisions.factories';
import { buildAgenda } from './agenda.build';
import type { AgendaData } from './agenda.types';

// Wednesday 25 November 2026, 10:00 in London; the week ends at midnight on Sunday.
const now = '2026-11-25T10:00:00.000Z';
const zone = 'Europe/London';

function data(overrides: Partial<AgendaData> = {}): AgendaData {
  return {
    applications: [],
    interviews: [],
    debriefs: [],
    contacts: [],
    rejections: [],
    messages: [],
    actionItems: [],
    ...overrides,
  };
}

const kindsOf = (items: { kind: string }[]) => items.map((item) => item.kind);

describe('the agenda', () => {
  const acme = makeApplication({ id: 'acme', company: 'Acme', updatedAt: '2026-11-24T15:00:00.000Z' });
  const priya = makeContact({ id: 'c-priya', applicationId: 'acme', name: 'Priya Shah' });
  const tom = makeContact({ id: 'c-tom', applicationId: 'acme', name: 'Tom Berg' });
  const yesterday = makeInterview({
    id: 'int-1',
    applicationId: 'acme',
    startsAt: '2026-11-24T14:00:00.000Z',
    interviewerIds: ['c-priya', 'c-tom'],
  });

  it('lists the debrief and one thank-you note per interviewer not yet thanked, due today', () => {
    const agenda = buildAgenda(
      data({
        applications: [acme],
        interviews: [yesterday],
        contacts: [priya, tom],
        messages: [
          makeMessage({
            id: 'ty-priya',
            applicationId: 'acme',
            kind: 'thank-you',
            contactId: 'c-priya',
            status: 'sent',
          }),
        ],
      }),
      now,
      zone,
    );
    expect(agenda.overdue).toEqual([]);
    expect(kindsOf(agenda.dueToday)).toEqual(['debrief', 'thank-you']);
    expect(agenda.dueToday[1]).toMatchObject({
      title: 'Thank Tom Berg for the technical interview (Acme)',
      dueAt: '2026-11-25T15:00:00.000Z',
      applicationId: 'acme',
      contactId: 'c-tom',
      interviewId: 'int-1',
    });
    expect(agenda.dueToday[0]?.reason).toMatch(/30 minutes/);
  });

  it('drops the debrief once written, and stale thank-you notes after three days', () => {
    const lastWeek = makeInterview({
      id: 'int-0',
      applicationId: 'acme',
      startsAt: '2026-11-19T10:00:00.000Z',
      interviewerIds: ['c-priya'],
    });
    const agenda = buildAgenda(
      data({
        applications: [acme],
        interviews: [yesterday, lastWeek],
        debriefs: [makeDebrief({ interviewId: 'int-1' })],
        contacts: [priya, tom],
      }),
      now,
      zone,
    );
    expect(agenda.dueToday.filter((item) => item.kind === 'debrief')).toEqual([]);
    expect(agenda.overdue.map((item) => item.id)).toEqual(['debrief:int-0']);
    expect(agenda.dueToday.filter((item) => item.kind === 'thank-you')).toHaveLength(2);
  });

  it('schedules the feedback request within two business days of a rejection, not after an automated screen', () => {
    const rejected = makeApplication({ id: 'globex', company: 'Globex', outcome: 'rejected' });
    const screened = makeApplication({ id: 'initech', company: 'Initech', outcome: 'rejected', stage: 'applied' });
    const sam = makeContact({
      id: 'c-sam',
      applicationId: 'globex',
      name: 'Sam Taylor',
      role: 'recruiter',
      email: 'sam.taylor@acme.com',
    });
    const agenda = buildAgenda(
      data({
        applications: [rejected, screened],
        contacts: [sam],
        interviews: [
          makeInterview({
            id: 'int-g',
            applicationId: 'globex',
            startsAt: '2026-11-18T10:00:00.000Z',
            interviewerIds: [],
          }),
        ],
        debriefs: [makeDebrief({ interviewId: 'int-g' })],
        rejections: [
          makeRejection({ applicationId: 'globex', occurredAt: '2026-11-24T10:00:00.000Z' }),
          makeRejection({
            applicationId: 'initech',
            stage: 'applied',
            channel: 'automated',
            email: { from: 'no-reply@initech.com', noReply: true },
            occurredAt: '2026-11-24T10:00:00.000Z',
          }),
        ],
      }),
      now,
      zone,
    );
    expect(agenda.thisWeek).toHaveLength(1);
    expect(agenda.thisWeek[0]).toMatchObject({
      kind: 'feedback-request',
      title: 'Ask Sam Taylor for feedback (Globex, Backend Engineer)',
      dueAt: '2026-11-26T10:00:00.000Z',
      contactId: 'c-sam',
    });
    expect(agenda.thisWeek[0]?.reason).toMatch(/sent the rejection/);
    expect([...agenda.overdue, ...agenda.dueToday]).toEqual([]);
  });

  it('nudges once after five business days, then offers to close the request as no reply', () => {
    const agenda = buildAgenda(
      data({
        applications: [acme],
        contacts: [priya],
        messages: [
          makeMessage({
            id: 'req-new',
            applicationId: 'acme',
            contactId: 'c-priya',
            sentAt: '2026-11-16T12:00:00.000Z',
          }),
          makeMessage({
            id: 'req-old',
            applicationId: 'acme',
            contactId: 'c-priya',
            sentAt: '2026-11-02T12:00:00.000Z',
          }),
          makeMessage({
            id: 'nudge-old',
            applicationId: 'acme',
            kind: 'nudge',
            parentMessageId: 'req-old',
            sentAt: '2026-11-10T12:00:00.000Z',
          }),
          makeMessage({
            id: 'req-answered',
            applicationId: 'acme',
            sentAt: '2026-11-02T12:00:00.000Z',
            status: 'replied',
            repliedAt: '2026-11-04T12:00:00.000Z',
          }),
        ],
      }),
      now,
      zone,
    );
    expect(agenda.overdue.map((item) => [item.kind, item.messageId, item.dueAt])).toEqual([
      ['close-no-reply', 'req-old', '2026-11-17T12:00:00.000Z'],
      ['nudge', 'req-new', '2026-11-23T12:00:00.000Z'],
    ]);
    expect(agenda.overdue[0]?.title).toMatch(/no reply/);
    expect(agenda.overdue[0]?.reason).toMatch(/other openings/);
  });

  it('adds keep-in-touch messages, plan steps, ghosted checks and scheduled drafts', () => {
    const silent = {
      ...makeApplication({ id: 'umbrella', company: 'Umbrella' }),
      lastActivityAt: '2026-11-01T09:00:00.000Z',
    };
    const agenda = buildAgenda(
      data({
        applications: [silent, makeApplication({ id: 'old', archived: true, updatedAt: '2026-01-01T09:00:00.000Z' })],
        contacts: [
          makeContact({
            id: 'c-kit',
            applicationId: null,
            name: 'Ana Lopez',
            keepInTouchDays: 90,
            lastContactedAt: '2026-08-29T09:00:00.000Z',
          }),
          makeContact({
            id: 'c-later',
            applicationId: null,
            keepInTouchDays: 90,
            lastContactedAt: '2026-11-01T09:00:00.000Z',
          }),
        ],
        actionItems: [
          makeActionItem({ id: 'a-today', dueAt: '2026-11-25T17:00:00.000Z', applicationId: null }),
          makeActionItem({ id: 'a-done', dueAt: '2026-11-25T17:00:00.000Z', status: 'done' }),
          makeActionItem({ id: 'a-later', dueAt: '2026-12-20T17:00:00.000Z' }),
        ],
        messages: [
          makeMessage({
            id: 'letter',
            applicationId: 'umbrella',
            kind: 'influence-letter',
            status: 'draft',
            sentAt: null,
            dueAt: '2026-11-27T09:00:00.000Z',
          }),
        ],
      }),
      now,
      zone,
    );
    expect(agenda.overdue.map((item) => item.id)).toEqual(['ghosted-check:umbrella']);
    expect(agenda.overdue[0]?.title).toMatch(/No word from Umbrella .* for 24 days/);
    expect(agenda.dueToday.map((item) => [item.id, item.title])).toEqual([
      ['plan-step:a-today', 'Build and deploy one small service'],
    ]);
    expect(agenda.thisWeek.map((item) => item.id)).toEqual(['keep-in-touch:c-kit', 'message:letter']);
  });

  it('uses the user zone for today and this week', () => {
    const item = makeActionItem({ id: 'late-evening', dueAt: '2026-11-26T04:30:00.000Z', applicationId: null });
    // 23:30 on Wednesday in New York is Thursday in UTC: still today for the user.
    const ny = buildAgenda(data({ actionItems: [item] }), '2026-11-25T15:00:00.000Z', 'America/New_York');
    expect(ny.dueToday.map((i) => i.id)).toEqual(['plan-step:late-evening']);
    const london = buildAgenda(data({ actionItems: [item] }), '2026-11-25T15:00:00.000Z', zone);
    expect(london.thisWeek.map((i) => i.id)).toEqual(['plan-step:late-evening']);
    expect(london.today).toEqual({ start: '2026-11-25T00:00:00.000Z', end: '2026-11-26T00:00:00.000Z' });
    expect(london.weekEnd).toBe('2026-11-30T00:00:00.000Z');
  });

  it('skips a row with an unreadable date instead of failing the whole agenda', () => {
    const agenda = buildAgenda(
      data({
        actionItems: [
          makeActionItem({ id: 'bad', dueAt: 'soon' }),
          makeActionItem({ id: 'ok', dueAt: '2026-11-25T17:00:00.000Z' }),
        ],
      }),
      now,
      zone,
    );
    expect(agenda.dueToday.map((item) => item.id)).toEqual(['plan-step:ok']);
  });

  it('caps each list but still counts everything', () => {
    const items = Array.from({ length: 30 }, (_, i) =>
      makeActionItem({
        id: `a-${String(i).padStart(2, '0')}`,
        dueAt: `2026-11-${String(1 + (i % 20)).padStart(2, '0')}T09:00:00.000Z`,
        applicationId: null,
      }),
    );
    const agenda = buildAgenda(data({ actionItems: items }), now, zone, { limit: 5 });
    expect(agenda.counts.overdue).toBe(30);
    expect(agenda.overdue.map((item) => item.id)).toEqual([
      'plan-step:a-00',
      'plan-step:a-20',
      'plan-step:a-01',
      'plan-step:a-21',
      'plan-step:a-02',
    ]);
  });
});
