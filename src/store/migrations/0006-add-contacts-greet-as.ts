import type { Kysely } from 'kysely';

/**
 * How to greet a contact when the name alone does not say: "Mr Wang" for "Wang Wei", written family name first,
 * or a preferred name. Null keeps greeting by the first name, as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('contacts').addColumn('greet_as', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('contacts').dropColumn('greet_as').execute();
}
