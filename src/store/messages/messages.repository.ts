import type { Kysely } from 'kysely';
import type { Message } from '../../core/messages/messages.schema';
import { OwnedRows } from '../store.rows';
import type { DB } from '../store.types';

export const messageCodec = {
  toRow: (m: Message): DB['messages'] => m,
  fromRow: (row: DB['messages']): Message => ({
    ...row,
    kind: row.kind as Message['kind'],
    channel: row.channel as Message['channel'],
    status: row.status as Message['status'],
  }),
};

export class MessagesRepository {
  readonly rows: OwnedRows<'messages', Message>;

  constructor(private readonly db: Kysely<DB>) {
    this.rows = new OwnedRows(db, 'messages', messageCodec);
  }

  ofApplication(userId: string, applicationId: string): Promise<Message[]> {
    return this.rows.where(userId, 'applicationId', applicationId);
  }

  /** Drafts and sent messages still waiting for a reply: what the agenda looks at. */
  async pending(userId: string): Promise<Message[]> {
    const rows = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('userId', '=', userId)
      .where('status', 'in', ['draft', 'sent'])
      .execute();
    return rows.map(messageCodec.fromRow);
  }

  async list(
    userId: string,
    filter: { status?: Message['status']; kind?: Message['kind'] },
    limit: number,
    offset: number,
  ) {
    let query = this.db.selectFrom('messages').selectAll().where('userId', '=', userId);
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    const rows = await query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
    return rows.map(messageCodec.fromRow);
  }
}
