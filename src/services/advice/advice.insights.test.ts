import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildInsights, type Insights } from '../../core/insights';
import type { Debrief } from '../../core/interviews/interviews.schema';
import { localUserId, type Store } from '../../store/store';
import { repositories } from '../../store/store.repositories';
import { make } from '../../testing/factories';
import { testBackends } from '../../testing/test-stores';
import { createServices, type Services } from '../services';

const me = { userId: localUserId };
const now = new Date('2026-11-24T16:00:00.000Z');
const timeZone = 'Europe/London';

/**
 * Insights from scratch, from every row as the export reads it: no kept debrief evidence, none of the narrow
 * insights queries, rows in the export's order rather than the insights loader's.
 */
async function fromScratch(store: Store): Promise<Insights> {
  const read = repositories(store.db);
  const [applications, events, feedback, messages, debriefs] = await Promise.all([
    read.applications.rows.all(me.userId),
    read.applications.events.all(me.userId),
    read.feedback.rows.all(me.userId),
    read.messages.rows.all(me.userId),
    read.interviews.debriefs.all(me.userId),
  ]);
  return buildInsights(
    {
      applications,
      rejections: events.filter((event) => event.outcome === 'rejected'),
      feedback,
      feedbackRequests: messages.filter((message) => message.kind === 'feedback-request'),
      debriefs,
    },
    now,
    { timeZone },
  );
}

describe.each(await testBackends())('insights after writes on $name', ({ open }) => {
  let store: Store;
  let services: Services;
  let other: Services;

  beforeEach(async () => {
    store = await open();
    services = createServices(store, { clock: () => now });
    // Another process (the CLI, a second app server) writing to the same database.
    other = createServices(store, { clock: () => now });
    await services.me.update(me, { timeZone });
  });
  afterEach(async () => {
    await store.close();
  });

  /** The served insights must be what a build from scratch gives, at once after every write. */
  async function expectCurrent(step: string) {
    const served = await services.advice.insights(me);
    expect(served, step).toEqual(await fromScratch(store));
    return served;
  }

  async function someDebrief(predicate: (debrief: Debrief) => boolean = () => true): Promise<Debrief> {
    const debrief = (await repositories(store.db).interviews.debriefs.all(me.userId)).find(predicate);
    if (!debrief) throw new Error('the seed made no such debrief');
    return debrief;
  }

  // Seeds whose top three hold a category backed by low self-ratings and a specific that recurs in feedback.
  it.each([4, 13])('stay identical to a build from scratch through every kind of write (seed %i)', async (seed) => {
    await services.seed.run(me, { count: 90, seed });
    const first = await expectCurrent('seeded');
    expect(first.totals.applications).toBe(90);

    // Self-ratings raised in place, written in the same millisecond as before (the clock is fixed): only the
    // content tells the debrief apart, and it no longer backs up the category its low ratings pointed to.
    const byRatings = first.topThree.find(
      (thing) => thing.specific === null && thing.category !== 'answers' && thing.debriefIds.length > 0,
    );
    if (!byRatings) throw new Error('the seed backs no category with low self-ratings');
    const rated = await someDebrief((debrief) => debrief.id === byRatings.debriefIds[0]);
    const { id: _id, userId: _user, interviewId, createdAt: _c, updatedAt: _u, ...values } = rated;
    const high = Object.fromEntries(Object.keys(rated.ratings).map((key) => [key, 5]));
    await other.interviews.saveDebrief(me, interviewId, { ...values, ratings: high });
    const raised = await expectCurrent('self-ratings raised');
    expect(raised.topThree.find((thing) => thing.key === byRatings.key)?.debriefCount).toBe(byRatings.debriefCount - 1);

    // A new debrief whose weak answer names the specific that recurs most in the feedback backs it up.
    const specific = first.specifics[0]?.specific ?? 'Kubernetes';
    const named = (insights: Insights) =>
      insights.topThree.find((thing) => thing.specific?.toLowerCase() === specific.toLowerCase());
    const before = named(raised);
    if (!before) throw new Error('the seed has no recurring specific among the top three');
    const interviews = await repositories(store.db).interviews.rows.all(me.userId);
    const debriefed = new Set(
      (await repositories(store.db).interviews.debriefs.all(me.userId)).map((d) => d.interviewId),
    );
    const bare = interviews.find((interview) => !debriefed.has(interview.id));
    if (!bare) throw new Error('every interview of the seed has a debrief');
    await other.interviews.saveDebrief(me, bare.id, {
      questions: [{ question: `Walk me through your ${specific} work`, answerSummary: 'Vague', rating: 1 }],
      ratings: { companyResearch: 1 },
      concernsRaised: [`Not enough ${specific}`],
    });
    expect(named(await expectCurrent('a debrief added'))?.debriefCount).toBe(before.debriefCount + 1);

    // Cascades: an interview with its debrief, then an application with everything under it.
    const doomed = await someDebrief();
    await other.interviews.delete(me, doomed.interviewId);
    await expectCurrent('an interview deleted');
    const [application] = await repositories(store.db).applications.rows.all(me.userId);
    if (!application) throw new Error('no application');
    await other.applications.delete(me, application.id);
    await expectCurrent('an application deleted');

    // Feedback, a rejection and an outcome change.
    const rejected = await other.applications.create(me, make.application({ company: 'Initrode' }));
    await other.applications.recordEvent(me, rejected.id, { outcome: 'rejected', channel: 'email' });
    await expectCurrent('a rejection recorded');
    await other.feedback.create(me, {
      applicationId: rejected.id,
      text: `We went with someone with more hands-on ${specific}; your system design answer lacked depth.`,
    });
    await expectCurrent('feedback added');
    await other.applications.update(me, rejected.id, { outcome: 'offer_accepted' });
    await expectCurrent('an outcome changed');

    // Everything replaced by an import of the same ids and timestamps, where one debrief gained a weak answer on
    // the recurring specific: only its questions differ from what was there.
    const lastBefore = await expectCurrent('before the import');
    const exported = await other.portability.exportAll(me);
    const mentions = (debrief: Debrief) =>
      JSON.stringify([debrief.questions, debrief.concernsRaised]).toLowerCase().includes(specific.toLowerCase());
    const changed = exported.debriefs.find((debrief) => debrief.questions.length > 0 && !mentions(debrief));
    if (!changed) throw new Error('every debrief of the seed mentions the specific');
    changed.questions = [
      ...changed.questions,
      { question: `How did you use ${specific}?`, answerSummary: '', rating: 1, hard: false, probedFor: null },
    ];
    await other.portability.importAll(me, exported, { replace: true });
    const imported = await expectCurrent('an import replaced everything');
    expect(named(imported)?.debriefCount).toBe((named(lastBefore)?.debriefCount ?? 0) + 1);
  });

  it('shows a debrief written by another process at once', async () => {
    const app = await services.applications.create(me, make.application());
    const interview = await services.interviews.create(me, make.interview(app.id));
    expect((await services.advice.insights(me)).topThree).toEqual([]);

    await other.interviews.saveDebrief(me, interview.id, { ratings: { punctuality: 1 } });
    await other.interviews.saveDebrief(me, interview.id, { ratings: { punctuality: 1, dress: 2 } });
    const [conduct] = (await services.advice.insights(me)).topThree;
    expect(conduct?.category).toBe('conduct');
    expect(conduct?.evidence).toMatch(/low self-ratings on (dress and punctuality|punctuality and dress)/);

    await other.interviews.saveDebrief(me, interview.id, { ratings: { punctuality: 5 } });
    expect((await services.advice.insights(me)).topThree).toEqual([]);
  });
});
