import type { Kysely } from 'kysely';

/**
 * Indexes for "these ids of this user" lookups (`user_id = ? and id in (…)`). Without table statistics SQLite
 * guesses that an index on `user_id` alone narrows to a handful of rows, so from four ids up it scanned every
 * debrief of the user instead of looking the four up: 2.9 ms instead of 0.05 ms for an application's debriefs
 * with 8,470 debriefs stored. With `user_id` leading and the looked-up column next, one index serves both.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('debriefs_user_interview')
    .ifNotExists()
    .on('debriefs')
    .columns(['user_id', 'interview_id'])
    .execute();
  // The new index starts with user_id, so it serves everything the old one did.
  await db.schema.dropIndex('debriefs_user').ifExists().execute();
  await db.schema
    .createIndex('applications_user_id')
    .ifNotExists()
    .on('applications')
    .columns(['user_id', 'id'])
    .execute();
  await db.schema.createIndex('contacts_user_id').ifNotExists().on('contacts').columns(['user_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('contacts_user_id').ifExists().execute();
  await db.schema.dropIndex('applications_user_id').ifExists().execute();
  await db.schema.createIndex('debriefs_user').ifNotExists().on('debriefs').column('user_id').execute();
  await db.schema.dropIndex('debriefs_user_interview').ifExists().execute();
}
