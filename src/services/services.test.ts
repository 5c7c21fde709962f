import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../core/errors';
import type { Store } from '../store/store';
import { localUserId } from '../store/store';
import { make } from '../testing/factories';
import { testBackends } from '../testing/test-stores';
import { createServices, type Services } from './services';
import { keepRecent } from './services.context';

const me = { userId: localUserId };

describe.each(await testBackends())('services on $name', ({ open }) => {
  let store: Store;
  let services: Services;
  let now = new Date('2026-11-24T10:00:00.000Z');

  beforeAll(async () => {
    store = await open();
    services = createServices(store, { clock: () => now });
  });
  afterAll(async () => {
    await store.close();
  });

  it('adds an application with its first stage event and lists it', async () => {
    const created = await services.applications.create(me, make.application({ company: 'Acme Rockets' }));
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ company: 'Acme Rockets', stage: 'applied', outcome: 'open', archived: false });
    const detail = await services.applications.detail(me, created.id);
    expect(detail.events).toHaveLength(1);
    expect(detail.events[0]).toMatchObject({ stage: 'applied' });
    const page = await services.applications.list(me, { q: 'rocket' });
    expect(page.items.map((a) => a.id)).toContain(created.id);
  });

  it('keeps stage history: every change is a new event, never an overwrite', async () => {
    const app = await services.applications.create(me, make.application());
    now = new Date('2026-11-25T10:00:00.000Z');
    await services.applications.update(me, app.id, { stage: 'screen' });
    now = new Date('2026-11-26T10:00:00.000Z');
    await services.applications.update(me, app.id, { stage: 'interview' });
    await services.applications.recordEvent(me, app.id, {
      outcome: 'rejected',
      channel: 'email',
      note: 'Not moving forward',
      email: { from: 'no-reply@greenhouse.io', subject: 'Your application', noReply: true },
    });
    const events = await services.applications.events(me, app.id);
    expect(events.map((e) => e.outcome ?? e.stage)).toEqual(['applied', 'screen', 'interview', 'rejected']);
    expect(events[3]?.stage).toBe('interview');
    expect(events[3]?.email).toEqual({ from: 'no-reply@greenhouse.io', subject: 'Your application', noReply: true });
    const after = await services.applications.get(me, app.id);
    expect(after).toMatchObject({ stage: 'interview', outcome: 'rejected' });
  });

  it('ties contacts, interviews and a debrief to an application', async () => {
    const app = await services.applications.create(me, make.application());
    const dana = await services.contacts.create(me, make.contact({ applicationId: app.id, connectedWell: true }));
    const lee = await services.contacts.create(
      me,
      make.contact({ applicationId: app.id, name: 'Lee Park', role: 'hiring_manager' }),
    );
    expect(dana.company).toBe('Northwind Traders');
    expect(dana.greetAs).toBeNull();
    const wang = await services.contacts.create(
      me,
      make.contact({ applicationId: app.id, name: 'Wang Wei', greetAs: ' Mr Wang ' }),
    );
    expect((await services.contacts.get(me, wang.id)).greetAs).toBe('Mr Wang');
    expect((await services.contacts.update(me, wang.id, { greetAs: null })).greetAs).toBeNull();
    const interview = await services.interviews.create(
      me,
      make.interview(app.id, { interviewerIds: [dana.id, lee.id] }),
    );
    const first = await services.interviews.saveDebrief(me, interview.id, {
      questions: [{ question: 'Tell me about a conflict', answerSummary: 'Rambled', rating: 2, hard: true }],
      ratings: { listening: 4, close: 2 },
      concernsRaised: ['No Kubernetes experience'],
    });
    const second = await services.interviews.saveDebrief(me, interview.id, { ratings: { listening: 5 } });
    expect(second.id).toBe(first.id);
    expect(second.ratings).toEqual({ listening: 5 });
    const detail = await services.applications.detail(me, app.id);
    expect(detail.contacts.map((c) => c.name).sort()).toEqual(['Dana Whitfield', 'Lee Park', 'Wang Wei']);
    expect(detail.interviews[0]?.interviewerIds).toEqual([dana.id, lee.id]);
    expect(detail.debriefs).toHaveLength(1);
  });

  it('places an interview given without a time zone where the user is, and keeps one that is given', async () => {
    await services.me.update(me, { timeZone: 'Asia/Tokyo' });
    const app = await services.applications.create(me, make.application());
    const { timeZone: _left, ...withoutZone } = make.interview(app.id);
    expect((await services.interviews.create(me, withoutZone)).timeZone).toBe('Asia/Tokyo');
    const given = await services.interviews.create(me, make.interview(app.id, { timeZone: 'America/Chicago' }));
    expect((await services.interviews.get(me, given.id)).timeZone).toBe('America/Chicago');
  });

  it("reads a start time without an offset on the clock of the interview's zone, or the user's", async () => {
    await services.me.update(me, { timeZone: 'Asia/Tokyo' });
    const app = await services.applications.create(me, make.application());
    const { timeZone: _left, ...withoutZone } = make.interview(app.id, { startsAt: '2026-07-03T14:00' });
    expect((await services.interviews.create(me, withoutZone)).startsAt).toBe('2026-07-03T05:00:00.000Z');
    const london = await services.interviews.create(
      me,
      make.interview(app.id, { startsAt: '2026-07-03T14:00', timeZone: 'Europe/London' }),
    );
    expect(london.startsAt).toBe('2026-07-03T13:00:00.000Z'); // British Summer Time
    const withOffset = make.interview(app.id, { startsAt: '2026-07-03T14:00:00+02:00', timeZone: 'Europe/London' });
    expect((await services.interviews.create(me, withOffset)).startsAt).toBe('2026-07-03T12:00:00.000Z');
    // Moved to 9:30 on the same clock; a change of zone alone keeps the instant.
    const moved = await services.interviews.update(me, london.id, { startsAt: '2026-12-03 09:30' });
    expect(moved.startsAt).toBe('2026-12-03T09:30:00.000Z'); // GMT
    const rezoned = await services.interviews.update(me, london.id, { timeZone: 'America/Chicago' });
    expect(rezoned.startsAt).toBe('2026-12-03T09:30:00.000Z');
    for (const startsAt of ['2026-02-30T10:00', '2026-07-03T25:00', 'next Tuesday', '2026-07-03']) {
      await expect(services.interviews.create(me, make.interview(app.id, { startsAt })), startsAt).rejects.toThrow(
        ValidationError,
      );
    }
  });

  it('refuses an interviewer that is not one of my contacts', async () => {
    const app = await services.applications.create(me, make.application());
    await expect(services.interviews.create(me, make.interview(app.id, { interviewerIds: ['nope'] }))).rejects.toThrow(
      ValidationError,
    );
    expect((await services.applications.detail(me, app.id)).interviews).toEqual([]);
  });

  it('stamps sent and done times and keeps fields a patch leaves out', async () => {
    const app = await services.applications.create(me, make.application());
    const draft = await services.messages.create(me, { applicationId: app.id, kind: 'thank-you', body: 'Thank you' });
    expect(draft.status).toBe('draft');
    const sent = await services.messages.markSent(me, draft.id);
    expect(sent.sentAt).toBe(now.toISOString());
    const item = await services.plan.create(me, { text: 'Build one service on Kubernetes', category: 'skills' });
    const done = await services.plan.update(me, item.id, { status: 'done' });
    expect(done.doneAt).toBe(now.toISOString());
    const story = await services.stories.create(me, { title: 'The outage', tags: ['incident'] });
    const renamed = await services.stories.update(me, story.id, { title: 'The Friday outage' });
    expect(renamed.tags).toEqual(['incident']);
  });

  it('stores feedback with its analysis', async () => {
    const analyzed = createServices(store, {
      clock: () => now,
      analyzeFeedback: () => ({
        categories: ['skills'],
        vague: false,
        actionable: true,
        specifics: ['Kubernetes'],
        actions: [],
        followUpQuestion: null,
      }),
    });
    const app = await analyzed.applications.create(me, make.application());
    const feedback = await analyzed.feedback.create(me, { applicationId: app.id, text: 'More Kubernetes depth' });
    expect((await analyzed.feedback.get(me, feedback.id)).analysis?.specifics).toEqual(['Kubernetes']);
  });

  it("never shows or changes another user's rows", async () => {
    const app = await services.applications.create(me, make.application());
    await store.db
      .insertInto('users')
      .values({
        id: 'other',
        name: 'Other',
        email: null,
        timeZone: 'UTC',
        settings: '{}',
        revision: 0,
        createdAt: now.toISOString(),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    const other = { userId: 'other' };
    await expect(services.applications.get(other, app.id)).rejects.toThrow(NotFoundError);
    await expect(services.applications.update(other, app.id, { role: 'x' })).rejects.toThrow(NotFoundError);
    await expect(services.contacts.create(other, make.contact({ applicationId: app.id }))).rejects.toThrow(
      NotFoundError,
    );
    expect((await services.applications.list(other, {})).total).toBe(0);
  });

  it('pages, filters archived rejections out of the daily view, and deletes with everything attached', async () => {
    const before = (await services.applications.list(me, {})).total;
    const archived = await services.applications.create(me, make.application({ archived: true, outcome: 'rejected' }));
    expect((await services.applications.list(me, {})).total).toBe(before);
    expect((await services.applications.list(me, { archived: 'true' })).items.map((a) => a.id)).toEqual([archived.id]);
    const page = await services.applications.list(me, { limit: 2, offset: 0, archived: 'all' });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(before + 1);

    const contact = await services.contacts.create(me, make.contact({ applicationId: archived.id }));
    await services.interviews.create(me, make.interview(archived.id, { interviewerIds: [contact.id] }));
    await services.applications.delete(me, archived.id);
    await expect(services.applications.detail(me, archived.id)).rejects.toThrow(NotFoundError);
    expect((await services.contacts.get(me, contact.id)).applicationId).toBeNull();
  });

  it('keeps list totals right after every write, also one made through another server on the same data', async () => {
    const other = createServices(store, { clock: () => now });
    const total = async (query: Record<string, string> = {}) => (await services.applications.list(me, query)).total;
    const before = await total();
    const rejectedBefore = await total({ outcome: 'rejected' });
    const created = await other.applications.create(me, make.application({ company: 'Totals Ltd' }));
    expect(await total()).toBe(before + 1);
    // The page itself is fresh too, not a copy kept from before the write.
    expect((await services.applications.list(me, {})).items[0]?.id).toBe(created.id);
    await other.applications.update(me, created.id, { company: 'Totals Group' });
    expect((await services.applications.list(me, {})).items[0]?.company).toBe('Totals Group');
    await other.applications.recordEvent(me, created.id, { outcome: 'rejected', channel: 'email' });
    expect(await total({ outcome: 'rejected' })).toBe(rejectedBefore + 1);
    await other.applications.delete(me, created.id);
    expect(await total()).toBe(before);
    expect(await total({ outcome: 'rejected' })).toBe(rejectedBefore);
  });

  it('finds the debriefs of an application with many interviews', async () => {
    const application = await services.applications.create(me, make.application());
    const interviews = [];
    for (let round = 1; round <= 6; round++) {
      const interview = await services.interviews.create(me, make.interview(application.id, { round }));
      await services.interviews.saveDebrief(me, interview.id, { notes: `round ${round}` });
      interviews.push(interview);
    }
    const detail = await services.applications.detail(me, application.id);
    expect(detail.debriefs.map((d) => d.interviewId).sort()).toEqual(interviews.map((i) => i.id).sort());
    expect(detail.debriefs.map((d) => d.notes).sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `round ${n}`));
  });

  it('puts the person asked for feedback on a keep-in-touch cadence once the request ends, keeping any set', async () => {
    const application = await services.applications.create(me, make.application({ company: 'Cadence Co' }));
    const asked = await services.contacts.create(me, make.contact({ applicationId: application.id, name: 'Ria Sen' }));
    const own = await services.contacts.create(
      me,
      make.contact({ applicationId: application.id, name: 'Ola Berg', keepInTouchDays: 30 }),
    );
    const request = (contactId: string) =>
      services.messages.create(me, {
        applicationId: application.id,
        contactId,
        kind: 'feedback-request',
        channel: 'email',
        subject: 'Feedback',
        body: 'Could you share what would have made me a stronger candidate?',
        status: 'sent',
      });
    const toRia = await request(asked.id);
    expect((await services.contacts.get(me, asked.id)).keepInTouchDays).toBeNull();
    await services.messages.update(me, toRia.id, { status: 'closed' });
    expect(await services.contacts.get(me, asked.id)).toMatchObject({
      keepInTouchDays: 90,
      lastContactedAt: now.toISOString(),
    });
    const toOla = await request(own.id);
    await services.messages.update(me, toOla.id, { status: 'replied' });
    expect((await services.contacts.get(me, own.id)).keepInTouchDays).toBe(30);
  });

  it('rejects bad input with a validation error that names the field', async () => {
    await expect(services.applications.create(me, { company: '' })).rejects.toThrow(/company/);
    await expect(services.applications.create(me, { company: 'A', role: 'B', stage: 'nope' })).rejects.toThrow(
      ValidationError,
    );
    await expect(services.interviews.create(me, { applicationId: 'x', startsAt: 'yesterday' })).rejects.toThrow(
      /startsAt/,
    );
  });
});

describe('per-user caches', () => {
  it('keep the most recently served users, up to the limit, and refresh a user served again', () => {
    const cache = new Map<string, number>();
    for (const [user, value] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const)
      keepRecent(cache, user, value, 3);
    keepRecent(cache, 'a', 10, 3);
    keepRecent(cache, 'd', 4, 3);
    expect([...cache]).toEqual([
      ['c', 3],
      ['a', 10],
      ['d', 4],
    ]);
    for (let i = 0; i < 50; i++) keepRecent(cache, `u${i}`, i, 3);
    expect(cache.size).toBe(3);
  });
});
