import type { Kysely } from 'kysely';
import type { Feedback, FeedbackAnalysis } from '../../core/feedback/feedback.schema';
import { json, OwnedRows } from '../store.rows';
import type { DB } from '../store.types';

export const feedbackCodec = {
  toRow: (f: Feedback): DB['feedback'] => ({ ...f, analysis: f.analysis ? json.write(f.analysis) : null }),
  fromRow: (row: DB['feedback']): Feedback => ({
    ...row,
    channel: row.channel as Feedback['channel'],
    analysis: json.read<FeedbackAnalysis | null>(row.analysis, null),
  }),
};

export class FeedbackRepository {
  readonly rows: OwnedRows<'feedback', Feedback>;

  constructor(db: Kysely<DB>) {
    this.rows = new OwnedRows(db, 'feedback', feedbackCodec);
  }

  ofApplication(userId: string, applicationId: string): Promise<Feedback[]> {
    return this.rows.where(userId, 'applicationId', applicationId, 'receivedAt');
  }
}
