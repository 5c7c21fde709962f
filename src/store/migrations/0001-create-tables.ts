import type { Kysely } from 'kysely';

/**
 * The first schema. Portable types only (text, integer) so that SQLite and PostgreSQL hold the same data
 * the same way; every row carries its owner's user id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('source', 'text')
    .addColumn('referrer_contact_id', 'text')
    .addColumn('agency', 'text')
    .addColumn('location', 'text')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('applications_user_updated')
    .on('applications')
    .columns(['user_id', 'archived', 'updated_at', 'id'])
    .execute();
  await db.schema.createIndex('applications_user_outcome').on('applications').columns(['user_id', 'outcome']).execute();

  await db.schema
    .createTable('stage_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('stage', 'text')
    .addColumn('outcome', 'text')
    .addColumn('channel', 'text')
    .addColumn('note', 'text')
    .addColumn('email', 'text')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stage_events_application')
    .on('stage_events')
    .columns(['application_id', 'user_id', 'occurred_at'])
    .execute();
  await db.schema.createIndex('stage_events_user').on('stage_events').columns(['user_id', 'occurred_at']).execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.references('applications.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('company', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('connected_well', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('keep_in_touch_days', 'integer')
    .addColumn('last_contacted_at', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contacts_application')
    .on('contacts')
    .columns(['application_id', 'user_id', 'created_at'])
    .execute();
  await db.schema.createIndex('contacts_user').on('contacts').columns(['user_id', 'name']).execute();

  await db.schema
    .createTable('interviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('interviewer_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('interviews_application')
    .on('interviews')
    .columns(['application_id', 'user_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('interviews_user_starts').on('interviews').columns(['user_id', 'starts_at']).execute();

  await db.schema
    .createTable('debriefs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (c) => c.notNull().unique().references('interviews.id').onDelete('cascade'))
    .addColumn('interviewers_met', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('questions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('ratings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('went_well', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('to_change', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('concerns_raised', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('probed_for', 'text')
    .addColumn('salary_talk', 'text')
    .addColumn('next_step', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('debriefs_user').on('debriefs').column('user_id').execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.references('applications.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text')
    .addColumn('subject', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('replied_at', 'text')
    .addColumn('closed_reason', 'text')
    .addColumn('thread_ref', 'text')
    .addColumn('parent_message_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('messages_application')
    .on('messages')
    .columns(['application_id', 'user_id', 'created_at'])
    .execute();
  await db.schema.createIndex('messages_user_status').on('messages').columns(['user_id', 'status', 'due_at']).execute();

  await db.schema
    .createTable('feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.references('applications.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('from_name', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('analysis', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('feedback_application')
    .on('feedback')
    .columns(['application_id', 'user_id', 'received_at'])
    .execute();
  await db.schema.createIndex('feedback_user').on('feedback').columns(['user_id', 'received_at']).execute();

  await db.schema
    .createTable('action_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.references('applications.id').onDelete('set null'))
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text')
    .addColumn('category', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('next_step', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text')
    .addColumn('evidence', 'text')
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_items_user_status').on('action_items').columns(['user_id', 'status']).execute();
  await db.schema
    .createIndex('action_items_application')
    .on('action_items')
    .columns(['application_id', 'user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('question', 'text')
    .addColumn('situation', 'text')
    .addColumn('task', 'text')
    .addColumn('action', 'text')
    .addColumn('result', 'text')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('source_debrief_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stories_user').on('stories').columns(['user_id', 'updated_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'stories',
    'action_items',
    'feedback',
    'messages',
    'debriefs',
    'interviews',
    'contacts',
    'stage_events',
    'applications',
    'users',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
