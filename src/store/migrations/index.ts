import type { Migration } from 'kysely';
import * as createTables from './0001-create-tables';

/** Every migration in order. Landed migrations are never edited: add a new file instead. */
export const migrations: Record<string, Migration> = {
  '0001-create-tables': createTables,
};
