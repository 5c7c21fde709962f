import type { Migration } from 'kysely';
import * as createTables from './0001-create-tables';
import * as addUserRevision from './0002-add-user-revision';
import * as addLookupIndexes from './0003-add-lookup-indexes';
import * as addInsightsIndexes from './0004-add-insights-indexes';
import * as addDebriefsRevision from './0005-add-debriefs-revision';
import * as addContactsGreetAs from './0006-add-contacts-greet-as';

/** Every migration in order. Landed migrations are never edited: add a new file instead. */
export const migrations: Record<string, Migration> = {
  '0001-create-tables': createTables,
  '0002-add-user-revision': addUserRevision,
  '0003-add-lookup-indexes': addLookupIndexes,
  '0004-add-insights-indexes': addInsightsIndexes,
  '0005-add-debriefs-revision': addDebriefsRevision,
  '0006-add-contacts-greet-as': addContactsGreetAs,
};
