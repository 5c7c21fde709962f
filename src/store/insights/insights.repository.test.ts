import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { debriefEvidence } from '../../core/insights/insights.evidence';
import type { InsightsData } from '../../core/insights/insights.types';
import { createServices, type Services } from '../../services/services';
import { make } from '../../testing/factories';
import { testBackends } from '../../testing/test-stores';
import { localUserId, type Store } from '../store';
import { repositories } from '../store.repositories';
import { DebriefEvidenceCache } from './insights.repository';

const me = { userId: localUserId };

describe.each(await testBackends())('insights data on $name', ({ open }) => {
  let store: Store;
  let services: Services;
  let kept: DebriefEvidenceCache;

  beforeEach(async () => {
    store = await open();
    services = createServices(store, { clock: () => new Date('2026-11-24T16:00:00.000Z') });
    kept = new DebriefEvidenceCache();
  });
  afterEach(async () => {
    await store.close();
  });

  /** Loads with the kept evidence and checks it against every stored debrief, worked out afresh. */
  async function expectDebriefsCurrent(step: string): Promise<InsightsData> {
    const read = repositories(store.db);
    const data = await read.insights.load(me.userId, kept);
    const stored = await read.interviews.debriefs.all(me.userId);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...data.debriefs].sort(byId), step).toEqual(stored.map((d) => debriefEvidence(d)).sort(byId));
    return data;
  }

  async function interview(company: string) {
    const app = await services.applications.create(me, make.application({ company }));
    return { app, interview: await services.interviews.create(me, make.interview(app.id)) };
  }

  it('keeps debrief evidence exactly as stored through edits in the same millisecond and cascades', async () => {
    const first = await interview('Contoso');
    const second = await interview('Fabrikam');
    const third = await interview('Northwind');
    await expectDebriefsCurrent('no debriefs');
    await services.interviews.saveDebrief(me, first.interview.id, { ratings: { punctuality: 1 } });
    await services.interviews.saveDebrief(me, second.interview.id, {
      questions: [{ question: 'Design a rate limiter', rating: 2, probedFor: 'system design' }],
    });
    await services.interviews.saveDebrief(me, third.interview.id, { concernsRaised: ['No Kubernetes'] });
    const loaded = await expectDebriefsCurrent('three added');

    // Writes that touch no debrief leave the kept evidence as it was.
    await services.applications.update(me, first.app.id, { outcome: 'rejected' });
    expect((await expectDebriefsCurrent('an application changed')).debriefs).toBe(loaded.debriefs);

    // The same length, the same timestamp (the clock is fixed): only the content differs.
    await services.interviews.saveDebrief(me, first.interview.id, { ratings: { punctuality: 4 } });
    await expectDebriefsCurrent('a rating changed');
    await services.interviews.delete(me, second.interview.id);
    await expectDebriefsCurrent('an interview deleted');
    await services.applications.delete(me, third.app.id);
    await expectDebriefsCurrent('an application deleted');
    await store.db.deleteFrom('debriefs').where('userId', '=', me.userId).execute();
    await expectDebriefsCurrent('every debrief deleted in SQL');
  });
});
