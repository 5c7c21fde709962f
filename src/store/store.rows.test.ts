import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../testing/test-stores';
import { localUserId, type Store } from './store';
import { runShape } from './store.rows';
import type { DB } from './store.types';

describe.each(await testBackends())('query shapes compiled once on $name', ({ open }) => {
  let store: Store;

  beforeAll(async () => {
    store = await open();
    const now = '2026-11-24T10:00:00.000Z';
    await store.db
      .insertInto('stories')
      .values(
        ['Outage', 'Migration', 'Hiring'].map((title, i) => ({
          id: `story-${i}`,
          userId: localUserId,
          title,
          tags: '[]',
          createdAt: now,
          updatedAt: now,
        })),
      )
      .execute();
  });
  afterAll(async () => {
    await store.close();
  });

  const byTitle = (title: string) =>
    runShape(store.db, 'test.stories.by-title', [localUserId, title], () =>
      store.db
        .selectFrom('stories')
        .select(['id', 'title'])
        .where('userId', '=', localUserId)
        .where('title', '=', title),
    );

  it('answers each call with its own values, the first and every later one', async () => {
    expect(await byTitle('Outage')).toEqual([{ id: 'story-0', title: 'Outage' }]);
    expect(await byTitle('Hiring')).toEqual([{ id: 'story-2', title: 'Hiring' }]);
    expect(await byTitle('Nothing')).toEqual([]);
  });

  it('never reuses a shape whose query carries values it was not given', async () => {
    // The builder adds a value of its own; reusing its SQL with only the given values would be wrong.
    const withHiddenValue = (title: string) =>
      runShape(store.db, 'test.stories.hidden', [localUserId], () =>
        store.db.selectFrom('stories').select('id').where('userId', '=', localUserId).where('title', '=', title),
      );
    expect(await withHiddenValue('Outage')).toEqual([{ id: 'story-0' }]);
    expect(await withHiddenValue('Migration')).toEqual([{ id: 'story-1' }]);
  });

  it('works inside a transaction too', async () => {
    const inside = await store.transaction((trx) =>
      runShape<DB, { id: string; title: string }>(trx, 'test.stories.by-title', [localUserId, 'Migration'], () =>
        trx
          .selectFrom('stories')
          .select(['id', 'title'])
          .where('userId', '=', localUserId)
          .where('title', '=', 'Migration'),
      ),
    );
    expect(inside).toEqual([{ id: 'story-1', title: 'Migration' }]);
  });
});
