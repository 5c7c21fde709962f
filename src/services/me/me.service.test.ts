import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/store';
import { localUserId } from '../../store/store';
import { make } from '../../testing/factories';
import { testBackends } from '../../testing/test-stores';
import { createServices, type Services } from '../services';

const me = { userId: localUserId };

describe.each(await testBackends())('the profile name on $name', ({ open }) => {
  let store: Store;
  let services: Services;

  beforeAll(async () => {
    store = await open();
    services = createServices(store, { clock: () => new Date('2026-11-24T10:00:00.000Z') });
  });
  afterAll(async () => {
    await store.close();
  });

  it('is not set until the user gives it, so drafts are not signed "Me"', async () => {
    expect((await services.me.get(me)).name).toBe('');
    const app = await services.applications.create(me, make.application());
    const sar = await services.advice.draft(me, { kind: 'subject-access-request', applicationId: app.id });
    expect(sar.body).toContain('Name: [your name]');
    expect(sar.body).not.toMatch(/\bMe\b/);
    expect(sar.reasons.join(' ')).toMatch(/name is not set/);
    const keepInTouch = await services.advice.draft(me, { kind: 'keep-in-touch', applicationId: app.id });
    expect(keepInTouch.body).not.toMatch(/\bMe\b|\[your name\]/);
    expect(keepInTouch.body).toMatch(/,$/); // the closing, with no name under it
  });

  it('signs the drafts once the user sets it', async () => {
    await services.me.update(me, { name: 'Alex Morgan' });
    expect((await services.me.get(me)).name).toBe('Alex Morgan');
    const app = await services.applications.create(me, make.application());
    const sar = await services.advice.draft(me, { kind: 'subject-access-request', applicationId: app.id });
    expect(sar.body).toContain('Name: Alex Morgan');
    expect(sar.reasons.join(' ')).not.toMatch(/name is not set/);
  });
});
