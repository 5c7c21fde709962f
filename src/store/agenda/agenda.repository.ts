import type { Kysely } from 'kysely';
import type { AgendaData } from '../../core/agenda/agenda.types';
import { applicationCodec, stageEventCodec } from '../applications/applications.repository';
import { contactCodec } from '../contacts/contacts.repository';
import { interviewCodec } from '../interviews/interviews.repository';
import { messageCodec } from '../messages/messages.repository';
import { actionItemCodec } from '../plan/plan.repository';
import type { DB } from '../store.types';

/** IN lists are sent in chunks so no query exceeds a database's parameter limit. */
async function inChunks<T>(ids: readonly string[], query: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...(await query(ids.slice(i, i + 500))));
  return out;
}

/**
 * The rows the agenda needs, and no more: open applications (for the ghosted check), recent rejections,
 * interviews in a window around now with their people and messages, what is still waiting for a reply, and
 * plan items with due dates. Indexed reads only, so the
 * cost follows what is in play, not the size of the history.
 */
export class AgendaRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async load(userId: string, window: { since: string; until: string }): Promise<AgendaData> {
    const db = this.db;
    const [openApps, rejectionRows, interviewRows, draftsAndRequests, actionRows, cadenceRows] = await Promise.all([
      db
        .selectFrom('applications')
        .selectAll()
        .where('userId', '=', userId)
        .where('outcome', '=', 'open')
        .where('archived', '=', 0)
        .execute(),
      db
        .selectFrom('stageEvents')
        .selectAll()
        .where('userId', '=', userId)
        .where('occurredAt', '>=', window.since)
        .where('outcome', '=', 'rejected')
        .execute(),
      db
        .selectFrom('interviews')
        .selectAll()
        .where('userId', '=', userId)
        .where('startsAt', '>=', window.since)
        .where('startsAt', '<', window.until)
        .execute(),
      db
        .selectFrom('messages')
        .selectAll()
        .where('userId', '=', userId)
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'draft'), eb('dueAt', 'is not', null)]),
            eb.and([
              eb('status', '=', 'sent'),
              eb('kind', 'in', ['feedback-request', 'nudge']),
              eb('repliedAt', 'is', null),
            ]),
          ]),
        )
        .execute(),
      db
        .selectFrom('actionItems')
        .selectAll()
        .where('userId', '=', userId)
        .where('status', 'in', ['open', 'doing'])
        .where('dueAt', 'is not', null)
        .execute(),
      db
        .selectFrom('contacts')
        .selectAll()
        .where('userId', '=', userId)
        .where('keepInTouchDays', 'is not', null)
        .execute(),
    ]);

    const applications = new Map(openApps.map((row) => [row.id, applicationCodec.fromRow(row)]));
    const needed = new Set<string>([
      ...rejectionRows.map((r) => r.applicationId),
      ...interviewRows.map((r) => r.applicationId),
      ...draftsAndRequests.flatMap((m) => (m.applicationId ? [m.applicationId] : [])),
    ]);
    const missing = [...needed].filter((id) => !applications.has(id));
    for (const row of await inChunks(missing, (chunk) =>
      db.selectFrom('applications').selectAll().where('userId', '=', userId).where('id', 'in', chunk).execute(),
    )) {
      applications.set(row.id, applicationCodec.fromRow(row));
    }

    // Contacts and messages matter only where something is due about people: a recent interview (debrief,
    // thank-you notes), a recent rejection (whom to ask, whether a request went out) or a message awaiting a
    // reply (whom to nudge). Referrers count too.
    const inPlay = new Set([
      ...rejectionRows.map((r) => r.applicationId),
      ...interviewRows.map((r) => r.applicationId),
      ...draftsAndRequests.flatMap((m) => (m.applicationId ? [m.applicationId] : [])),
    ]);
    const appIds = [...inPlay];
    const referrerIds = appIds.flatMap((id) => {
      const referrer = applications.get(id)?.referrerContactId;
      return referrer ? [referrer] : [];
    });
    const interviewIds = interviewRows.map((r) => r.id);
    const [contactRows, referrerRows, messageRows, debriefRows] = await Promise.all([
      inChunks(appIds, (chunk) =>
        db
          .selectFrom('contacts')
          .selectAll()
          .where('userId', '=', userId)
          .where('applicationId', 'in', chunk)
          .execute(),
      ),
      inChunks(referrerIds, (chunk) =>
        db.selectFrom('contacts').selectAll().where('userId', '=', userId).where('id', 'in', chunk).execute(),
      ),
      inChunks(appIds, (chunk) =>
        db
          .selectFrom('messages')
          .selectAll()
          .where('userId', '=', userId)
          .where('applicationId', 'in', chunk)
          .execute(),
      ),
      inChunks(interviewIds, (chunk) =>
        db
          .selectFrom('debriefs')
          .select('interviewId')
          .where('userId', '=', userId)
          .where('interviewId', 'in', chunk)
          .execute(),
      ),
    ]);

    const contacts = new Map(
      [...contactRows, ...referrerRows, ...cadenceRows].map((row) => [row.id, contactCodec.fromRow(row)]),
    );
    const messages = new Map([...messageRows, ...draftsAndRequests].map((row) => [row.id, messageCodec.fromRow(row)]));
    return {
      applications: [...applications.values()],
      interviews: interviewRows.map(interviewCodec.fromRow),
      debriefs: debriefRows,
      contacts: [...contacts.values()],
      rejections: rejectionRows.map(stageEventCodec.fromRow),
      messages: [...messages.values()],
      actionItems: actionRows.map(actionItemCodec.fromRow),
    };
  }
}
