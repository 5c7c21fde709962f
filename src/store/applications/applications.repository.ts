import { type Kysely, sql } from 'kysely';
import type { Application, ApplicationListQuery, StageEvent } from '../../core/applications/applications.schema';
import { bool, json, OwnedRows } from '../store.rows';
import type { DB } from '../store.types';

export const applicationCodec = {
  toRow: (a: Application): DB['applications'] => ({ ...a, archived: bool.write(a.archived) }),
  fromRow: (row: DB['applications']): Application => ({
    ...row,
    source: row.source as Application['source'],
    stage: row.stage as Application['stage'],
    outcome: row.outcome as Application['outcome'],
    archived: bool.read(row.archived),
  }),
};

export const stageEventCodec = {
  toRow: (e: StageEvent): DB['stageEvents'] => ({ ...e, email: e.email ? json.write(e.email) : null }),
  fromRow: (row: DB['stageEvents']): StageEvent => ({
    ...row,
    stage: row.stage as StageEvent['stage'],
    outcome: row.outcome as StageEvent['outcome'],
    channel: row.channel as StageEvent['channel'],
    email: json.read<StageEvent['email']>(row.email, null),
  }),
};

/** Applications and their stage history. */
export class ApplicationsRepository {
  readonly rows: OwnedRows<'applications', Application>;
  readonly events: OwnedRows<'stageEvents', StageEvent>;

  constructor(private readonly db: Kysely<DB>) {
    this.rows = new OwnedRows(db, 'applications', applicationCodec);
    this.events = new OwnedRows(db, 'stageEvents', stageEventCodec);
  }

  /** A page of applications, most recently changed first, with optional search and filters. */
  async page(userId: string, query: ApplicationListQuery): Promise<Application[]> {
    const rows = await this.matching(userId, query)
      .selectAll()
      .orderBy('updatedAt', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    return rows.map(applicationCodec.fromRow);
  }

  /** How many applications match the search and filters (limit and offset aside). */
  async count(userId: string, query: ApplicationListQuery): Promise<number> {
    const row = await this.matching(userId, query)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private matching(userId: string, query: ApplicationListQuery) {
    let base = this.db.selectFrom('applications').where('userId', '=', userId);
    if (query.archived !== undefined) base = base.where('archived', '=', bool.write(query.archived));
    if (query.stage) base = base.where('stage', '=', query.stage);
    if (query.outcome) base = base.where('outcome', '=', query.outcome);
    if (query.q) {
      const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      base = base.where((eb) =>
        eb.or([
          eb(sql`lower(company)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(role)`, 'like', sql`${pattern} escape '\\'`),
        ]),
      );
    }
    return base;
  }

  async eventsOf(userId: string, applicationId: string): Promise<StageEvent[]> {
    return this.events.where(userId, 'applicationId', applicationId, 'occurredAt');
  }

  /** Applications that are still open (the agenda and ghosting checks look only at these). */
  async open(userId: string): Promise<Application[]> {
    const rows = await this.db
      .selectFrom('applications')
      .selectAll()
      .where('userId', '=', userId)
      .where('outcome', '=', 'open')
      .execute();
    return rows.map(applicationCodec.fromRow);
  }

  async touch(userId: string, id: string, now: string): Promise<void> {
    await this.db
      .updateTable('applications')
      .set({ updatedAt: now })
      .where('id', '=', id)
      .where('userId', '=', userId)
      .execute();
  }
}
