import type { Kysely } from 'kysely';
import type { Story } from '../../core/stories/stories.schema';
import { json, OwnedRows } from '../store.rows';
import type { DB } from '../store.types';

export const storyCodec = {
  toRow: (s: Story): DB['stories'] => ({ ...s, tags: json.write(s.tags) }),
  fromRow: (row: DB['stories']): Story => ({ ...row, tags: json.read<string[]>(row.tags, []) }),
};

export class StoriesRepository {
  readonly rows: OwnedRows<'stories', Story>;

  constructor(db: Kysely<DB>) {
    this.rows = new OwnedRows(db, 'stories', storyCodec);
  }
}
