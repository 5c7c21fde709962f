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

describe.each(await testBackends())('the dictionary on $name', ({ open }) => {
  let store: Store;
  let services: Services;

  beforeAll(async () => {
    store = await open();
    services = createServices(store, { clock: () => new Date('2026-11-24T10:00:00.000Z') });
  });
  afterAll(async () => {
    await store.close();
  });

  it('adds a word once in any capitalisation, takes words out whatever their case, and keeps the rest', async () => {
    await services.me.editDictionary(me, { add: ['Kubernetes', 'Terraform'] });
    const again = await services.me.editDictionary(me, { add: ['kubernetes', 'Ngāti Porou'] });
    expect(again.dictionary).toEqual(['Kubernetes', 'Terraform', 'Ngāti Porou']);
    const removed = await services.me.editDictionary(me, { remove: ['TERRAFORM'], add: ['Xero'] });
    expect(removed.dictionary).toEqual(['Kubernetes', 'Ngāti Porou', 'Xero']);
    expect((await services.me.get(me)).dictionary).toEqual(removed.dictionary);
  });

  it('keeps every word when many edits arrive at the same moment (no edit overwrites another)', async () => {
    const words = Array.from({ length: 12 }, (_, i) => `Word${i}`);
    await Promise.all(words.map((word) => services.me.editDictionary(me, { add: [word] })));
    expect((await services.me.get(me)).dictionary).toEqual(expect.arrayContaining(words));
    // Other settings edited at the same time survive too.
    await Promise.all([
      services.me.editDictionary(me, { add: ['Grafana'] }),
      services.me.update(me, { ghostedAfterDays: 30 }),
      services.me.editDictionary(me, { remove: ['Word0'] }),
    ]);
    const after = await services.me.get(me);
    expect(after.ghostedAfterDays).toBe(30);
    expect(after.dictionary).toContain('Grafana');
    expect(after.dictionary).not.toContain('Word0');
  });

  it('refuses an empty word or a dictionary over its limit with a clear error, changing nothing', async () => {
    const before = (await services.me.get(me)).dictionary;
    await expect(services.me.editDictionary(me, { add: ['  '] })).rejects.toMatchObject({ status: 400 });
    const many = Array.from({ length: 2000 }, (_, i) => `Term${i}`);
    await expect(services.me.editDictionary(me, { add: many })).rejects.toThrow(/up to 2000 words/);
    expect((await services.me.get(me)).dictionary).toEqual(before);
  });
});
