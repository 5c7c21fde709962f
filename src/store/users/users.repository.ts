import { type Kysely, sql } from 'kysely';
import { json, runShape } from '../store.rows';
import type { DB } from '../store.types';

export interface User {
  id: string;
  name: string;
  email: string | null;
  timeZone: string;
  settings: Record<string, unknown>;
  revision: number;
  createdAt: string;
}

export class UsersRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async get(id: string): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? { ...row, settings: json.read<Record<string, unknown>>(row.settings, {}) } : undefined;
  }

  /** Marks that the user's data changed (called inside every write transaction). */
  async bumpRevision(id: string): Promise<void> {
    await this.db.updateTable('users').set({ revision: sql<number>`revision + 1` }).where('id', '=', id).execute();
  }

  async revision(id: string): Promise<number> {
    const [row] = await runShape(this.db, 'users.revision', [id], () =>
      this.db.selectFrom('users').select('revision').where('id', '=', id),
    );
    return Number(row?.revision ?? 0);
  }

  async update(id: string, patch: { name?: string; timeZone?: string; settings?: Record<string, unknown> }) {
    const { settings, ...rest } = patch;
    await this.db
      .updateTable('users')
      .set({ ...rest, ...(settings ? { settings: json.write(settings) } : {}) })
      .where('id', '=', id)
      .execute();
  }
}
