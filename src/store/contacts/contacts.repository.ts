import type { Kysely } from 'kysely';
import type { Contact } from '../../core/contacts/contacts.schema';
import { bool, OwnedRows } from '../store.rows';
import type { DB } from '../store.types';

export const contactCodec = {
  toRow: (c: Contact): DB['contacts'] => ({ ...c, connectedWell: bool.write(c.connectedWell) }),
  fromRow: (row: DB['contacts']): Contact => ({
    ...row,
    role: row.role as Contact['role'],
    connectedWell: bool.read(row.connectedWell),
  }),
};

export class ContactsRepository {
  readonly rows: OwnedRows<'contacts', Contact>;

  constructor(private readonly db: Kysely<DB>) {
    this.rows = new OwnedRows(db, 'contacts', contactCodec);
  }

  ofApplication(userId: string, applicationId: string): Promise<Contact[]> {
    return this.rows.where(userId, 'applicationId', applicationId);
  }

  async list(userId: string, limit: number, offset: number): Promise<Contact[]> {
    const rows = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('userId', '=', userId)
      .orderBy('name')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map(contactCodec.fromRow);
  }

  /** Contacts with a keep-in-touch cadence (the agenda's keep-in-touch items). */
  async withCadence(userId: string): Promise<Contact[]> {
    const rows = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('userId', '=', userId)
      .where('keepInTouchDays', 'is not', null)
      .execute();
    return rows.map(contactCodec.fromRow);
  }
}
