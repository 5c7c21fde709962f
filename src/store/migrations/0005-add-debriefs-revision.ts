import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * A per-user revision of the debriefs alone, bumped by the database itself on every insert, update and delete
 * of a debrief (cascades from a deleted interview or application included), so insights can tell with one
 * indexed read that no debrief changed and keep what they took from them: reading and parsing every debrief
 * (4.3 MB of JSON at 10,000 applications) was most of an insights rebuild after any write. Triggers rather
 * than the services, so that no writer — another process, an import, a cascade — can forget it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('debriefs_revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`
      create or replace function bump_debriefs_revision() returns trigger language plpgsql as $$
      begin
        update users set debriefs_revision = debriefs_revision + 1 where id = coalesce(new.user_id, old.user_id);
        return null;
      end
      $$`.execute(db);
    await sql`
      create trigger debriefs_revision after insert or update or delete on debriefs
      for each row execute function bump_debriefs_revision()`.execute(db);
    return;
  }
  await sql`
    create trigger if not exists debriefs_revision_insert after insert on debriefs begin
      update users set debriefs_revision = debriefs_revision + 1 where id = new.user_id;
    end`.execute(db);
  await sql`
    create trigger if not exists debriefs_revision_update after update on debriefs begin
      update users set debriefs_revision = debriefs_revision + 1 where id in (old.user_id, new.user_id);
    end`.execute(db);
  await sql`
    create trigger if not exists debriefs_revision_delete after delete on debriefs begin
      update users set debriefs_revision = debriefs_revision + 1 where id = old.user_id;
    end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop trigger if exists debriefs_revision on debriefs`.execute(db);
    await sql`drop function if exists bump_debriefs_revision()`.execute(db);
  } else {
    for (const name of ['debriefs_revision_insert', 'debriefs_revision_update', 'debriefs_revision_delete']) {
      await sql`drop trigger if exists ${sql.id(name)}`.execute(db);
    }
  }
  await db.schema.alterTable('users').dropColumn('debriefs_revision').execute();
}
