import { z } from 'zod';
import type { Application } from '../../core/applications/applications.schema';
import { applicationInput } from '../../core/applications/applications.schema';
import { ConflictError, ValidationError } from '../../core/errors';
import { newId } from '../../core/ids';
import { insertUserRows, repositories, type UserRows } from '../../store/store.repositories';
import { type Actor, parseInput, type ServiceDeps, write } from '../services.context';
import { csvRows, toCsv } from './portability.csv';

export const exportFormat = 'nextround-export';
export const exportVersion = 1;

export interface ExportDocument extends UserRows {
  format: typeof exportFormat;
  version: typeof exportVersion;
  exportedAt: string;
}

const collections = [
  'applications',
  'stageEvents',
  'contacts',
  'interviews',
  'debriefs',
  'messages',
  'feedback',
  'actionItems',
  'stories',
] as const;

// The document is checked for shape here; each row's own fields were checked when it was first written and
// are written back exactly, so an import of an export gives back the same data.
const exportDocumentSchema = z.object({
  format: z.literal(exportFormat),
  version: z.literal(exportVersion),
  exportedAt: z.string(),
  ...Object.fromEntries(
    collections.map((name) => [name, z.array(z.looseObject({ id: z.string().min(1), createdAt: z.string() }))]),
  ),
});

export const applicationCsvColumns = [
  'id',
  'company',
  'role',
  'link',
  'source',
  'agency',
  'location',
  'stage',
  'outcome',
  'appliedAt',
  'archived',
  'notes',
  'createdAt',
  'updatedAt',
] as const;

export function portabilityService({ store, clock }: ServiceDeps) {
  const read = repositories(store.db);
  return {
    /** Everything the user owns, as one JSON document. */
    async exportAll(actor: Actor): Promise<ExportDocument> {
      const id = actor.userId;
      const [applications, stageEvents, contacts, interviews, debriefs, messages, feedback, actionItems, stories] =
        await Promise.all([
          read.applications.rows.all(id),
          read.applications.events.all(id),
          read.contacts.rows.all(id),
          read.interviews.rows.all(id),
          read.interviews.debriefs.all(id),
          read.messages.rows.all(id),
          read.feedback.rows.all(id),
          read.plan.rows.all(id),
          read.stories.rows.all(id),
        ]);
      return {
        format: exportFormat,
        version: exportVersion,
        exportedAt: clock().toISOString(),
        applications,
        stageEvents,
        contacts,
        interviews,
        debriefs,
        messages,
        feedback,
        actionItems,
        stories,
      };
    },

    /**
     * Imports an export in one transaction: all of it or, on any problem, none of it. Rows whose id already
     * exists are a conflict unless `replace` is set, which first clears the user's data.
     */
    async importAll(
      actor: Actor,
      input: unknown,
      options: { replace?: boolean } = {},
    ): Promise<Record<string, number>> {
      const parsed = parseInput(exportDocumentSchema, input) as unknown as ExportDocument;
      const owned = <T extends { userId: string }>(rows: T[]) => rows.map((row) => ({ ...row, userId: actor.userId }));
      await write({ store }, actor, async (repos) => {
        if (options.replace) {
          // Children first, so that nothing points at a row that is gone.
          await repos.stories.rows.deleteAllOfUser(actor.userId);
          await repos.plan.rows.deleteAllOfUser(actor.userId);
          await repos.feedback.rows.deleteAllOfUser(actor.userId);
          await repos.messages.rows.deleteAllOfUser(actor.userId);
          await repos.interviews.debriefs.deleteAllOfUser(actor.userId);
          await repos.interviews.rows.deleteAllOfUser(actor.userId);
          await repos.applications.events.deleteAllOfUser(actor.userId);
          await repos.contacts.rows.deleteAllOfUser(actor.userId);
          await repos.applications.rows.deleteAllOfUser(actor.userId);
        }
        try {
          await insertUserRows(repos, {
            applications: owned(parsed.applications),
            contacts: owned(parsed.contacts),
            stageEvents: owned(parsed.stageEvents),
            interviews: owned(parsed.interviews),
            debriefs: owned(parsed.debriefs),
            messages: owned(parsed.messages),
            feedback: owned(parsed.feedback),
            actionItems: owned(parsed.actionItems),
            stories: owned(parsed.stories),
          });
        } catch (error) {
          const text = error instanceof Error ? error.message : String(error);
          if (/unique|duplicate|primary key/i.test(text)) {
            throw new ConflictError(
              'Some of these rows are already here; import with --replace to overwrite everything.',
            );
          }
          if (/foreign key|violates|not null|null value/i.test(text)) {
            throw new ValidationError(`The export is not consistent: ${text}`);
          }
          throw error;
        }
      });
      return Object.fromEntries(collections.map((name) => [name, parsed[name].length]));
    },

    /** Applications as CSV (one row each, a header first). */
    async exportApplicationsCsv(actor: Actor): Promise<string> {
      const rows = await read.applications.rows.all(actor.userId);
      return toCsv(
        applicationCsvColumns,
        rows.map((row) => applicationCsvColumns.map((column) => row[column])),
      );
    },

    /**
     * Imports applications from CSV with at least `company` and `role` columns. A row with the id of an
     * existing application updates it; otherwise it is added (with its own id when the CSV has one).
     */
    async importApplicationsCsv(actor: Actor, text: string): Promise<{ added: number; updated: number }> {
      const rows = csvRows(text);
      const header = rows.shift();
      if (!header) throw new ValidationError('The CSV file is empty.');
      for (const needed of ['company', 'role']) {
        if (!header.includes(needed)) throw new ValidationError(`The CSV needs a "${needed}" column.`);
      }
      const now = clock().toISOString();
      let added = 0;
      let updated = 0;
      await write({ store }, actor, async (repos) => {
        for (const [index, cells] of rows.entries()) {
          const record = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
          const values = parseCsvApplication(record, index + 2);
          const id = record.id || newId();
          const existing = record.id ? await repos.applications.rows.get(actor.userId, record.id) : undefined;
          const application: Application = {
            ...values,
            id,
            userId: actor.userId,
            createdAt: record.createdAt || existing?.createdAt || now,
            updatedAt: record.updatedAt || now,
          };
          if (existing) {
            await repos.applications.rows.replace({ ...application, referrerContactId: existing.referrerContactId });
            updated++;
          } else {
            await repos.applications.rows.insert(application);
            added++;
          }
        }
      });
      return { added, updated };
    },
  };
}

function parseCsvApplication(record: Record<string, string>, line: number) {
  const blankToNull = (value: string | undefined) => (value === undefined || value === '' ? null : value);
  try {
    return parseInput(applicationInput, {
      company: record.company,
      role: record.role,
      link: blankToNull(record.link),
      source: blankToNull(record.source),
      agency: blankToNull(record.agency),
      location: blankToNull(record.location),
      stage: record.stage || undefined,
      outcome: record.outcome || undefined,
      appliedAt: blankToNull(record.appliedAt),
      archived: record.archived === 'true',
      notes: blankToNull(record.notes),
    });
  } catch (error) {
    throw new ValidationError(`CSV line ${line}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
