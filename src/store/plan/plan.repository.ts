import type { Kysely } from 'kysely';
import type { ActionItem } from '../../core/plan/plan.schema';
import { OwnedRows } from '../store.rows';
import type { DB } from '../store.types';

export const actionItemCodec = {
  toRow: (a: ActionItem): DB['actionItems'] => a,
  fromRow: (row: DB['actionItems']): ActionItem => ({
    ...row,
    sourceType: row.sourceType as ActionItem['sourceType'],
    category: row.category as ActionItem['category'],
    status: row.status as ActionItem['status'],
  }),
};

export class PlanRepository {
  readonly rows: OwnedRows<'actionItems', ActionItem>;

  constructor(private readonly db: Kysely<DB>) {
    this.rows = new OwnedRows(db, 'actionItems', actionItemCodec);
  }

  ofApplication(userId: string, applicationId: string): Promise<ActionItem[]> {
    return this.rows.where(userId, 'applicationId', applicationId);
  }

  async list(userId: string, status?: ActionItem['status']): Promise<ActionItem[]> {
    let query = this.db.selectFrom('actionItems').selectAll().where('userId', '=', userId);
    if (status) query = query.where('status', '=', status);
    const rows = await query.orderBy('createdAt').orderBy('id').execute();
    return rows.map(actionItemCodec.fromRow);
  }
}
