import type { Kysely } from 'kysely';

/**
 * A per-user revision, bumped by every write, so that derived views (agenda data, insights) can be cached
 * and known to be current with one indexed read — across processes and app servers alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('revision').execute();
}
