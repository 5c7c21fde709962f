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

  /**
   * Reads the user to change their settings, inside a write transaction: on PostgreSQL the row is locked first
   * (an update that changes nothing), so two edits of the settings at the same moment (the CLI and a browser
   * tab adding a word each) run one after the other and neither is lost. SQLite's write transactions already
   * run one at a time (BEGIN IMMEDIATE).
   */
  async getForUpdate(id: string): Promise<User | undefined> {
    await this.db.updateTable('users').set({ revision: sql<number>`revision` }).where('id', '=', id).execute();
    return this.get(id);
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
