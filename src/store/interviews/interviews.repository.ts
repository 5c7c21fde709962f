import type { Kysely } from 'kysely';
import type { Debrief, Interview } from '../../core/interviews/interviews.schema';
import { json, OwnedRows, runShape } from '../store.rows';
import type { DB } from '../store.types';

export const interviewCodec = {
  toRow: (i: Interview): DB['interviews'] => ({ ...i, interviewerIds: json.write(i.interviewerIds) }),
  fromRow: (row: DB['interviews']): Interview => ({
    ...row,
    type: row.type as Interview['type'],
    format: row.format as Interview['format'],
    interviewerIds: json.read<string[]>(row.interviewerIds, []),
  }),
};

export const debriefCodec = {
  toRow: (d: Debrief): DB['debriefs'] => ({
    ...d,
    interviewersMet: json.write(d.interviewersMet),
    questions: json.write(d.questions),
    ratings: json.write(d.ratings),
    wentWell: json.write(d.wentWell),
    toChange: json.write(d.toChange),
    concernsRaised: json.write(d.concernsRaised),
  }),
  fromRow: (row: DB['debriefs']): Debrief => ({
    ...row,
    interviewersMet: json.read(row.interviewersMet, []),
    questions: json.read(row.questions, []),
    ratings: json.read(row.ratings, {}),
    wentWell: json.read(row.wentWell, []),
    toChange: json.read(row.toChange, []),
    concernsRaised: json.read(row.concernsRaised, []),
  }),
};

export class InterviewsRepository {
  readonly rows: OwnedRows<'interviews', Interview>;
  readonly debriefs: OwnedRows<'debriefs', Debrief>;

  constructor(private readonly db: Kysely<DB>) {
    this.rows = new OwnedRows(db, 'interviews', interviewCodec);
    this.debriefs = new OwnedRows(db, 'debriefs', debriefCodec);
  }

  ofApplication(userId: string, applicationId: string): Promise<Interview[]> {
    return this.rows.where(userId, 'applicationId', applicationId, 'startsAt');
  }

  async debriefOf(userId: string, interviewId: string): Promise<Debrief | undefined> {
    const row = await this.db
      .selectFrom('debriefs')
      .selectAll()
      .where('userId', '=', userId)
      .where('interviewId', '=', interviewId)
      .executeTakeFirst();
    return row ? debriefCodec.fromRow(row) : undefined;
  }

  /** The debriefs of the given interviews (by the unique interview id index). */
  async debriefsOfInterviews(userId: string, interviewIds: readonly string[]): Promise<Debrief[]> {
    if (interviewIds.length === 0) return [];
    const rows = await runShape(this.db, `debriefs.of.${interviewIds.length}`, [userId, ...interviewIds], () =>
      this.db
        .selectFrom('debriefs')
        .selectAll()
        .where('userId', '=', userId)
        .where('interviewId', 'in', interviewIds)
        .orderBy('createdAt'),
    );
    return rows.map(debriefCodec.fromRow);
  }

  /** Interviews that started at or after `since` (recent and upcoming: what the agenda needs). */
  async since(userId: string, since: string): Promise<Interview[]> {
    const rows = await this.db
      .selectFrom('interviews')
      .selectAll()
      .where('userId', '=', userId)
      .where('startsAt', '>=', since)
      .orderBy('startsAt')
      .execute();
    return rows.map(interviewCodec.fromRow);
  }

  /** Ids of the interviews among `ids` that already have a debrief. */
  async debriefedInterviewIds(userId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('debriefs')
      .select('interviewId')
      .where('userId', '=', userId)
      .where('interviewId', 'in', ids)
      .execute();
    return new Set(rows.map((r) => r.interviewId));
  }
}
