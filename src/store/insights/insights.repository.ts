import type { Kysely } from 'kysely';
import type { FeedbackAnalysis } from '../../core/feedback/feedback.schema';
import type { InsightsData } from '../../core/insights/insights.types';
import type { Debrief } from '../../core/interviews/interviews.schema';
import { json } from '../store.rows';
import type { DB } from '../store.types';

/** The whole history insights read, archived applications included, in narrow columns. */
export class InsightsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async load(userId: string): Promise<InsightsData> {
    const db = this.db;
    const [applications, rejections, feedback, feedbackRequests, debriefs] = await Promise.all([
      db
        .selectFrom('applications')
        .select(['id', 'company', 'stage', 'outcome'])
        .where('userId', '=', userId)
        .execute(),
      db
        .selectFrom('stageEvents')
        .select(['applicationId', 'outcome', 'stage', 'occurredAt'])
        .where('userId', '=', userId)
        .where('outcome', '=', 'rejected')
        .execute(),
      db
        .selectFrom('feedback')
        .select(['id', 'applicationId', 'receivedAt', 'analysis'])
        .where('userId', '=', userId)
        .execute(),
      db
        .selectFrom('messages')
        .select(['id', 'applicationId', 'kind', 'status', 'sentAt', 'repliedAt'])
        .where('userId', '=', userId)
        .where('kind', '=', 'feedback-request')
        .execute(),
      // Which interview a debrief belongs to is not needed: no join.
      db
        .selectFrom('debriefs')
        .select(['id', 'createdAt', 'ratings', 'questions', 'concernsRaised'])
        .where('userId', '=', userId)
        .execute(),
    ]);
    return {
      applications: applications as InsightsData['applications'],
      rejections: rejections as InsightsData['rejections'],
      feedback: feedback.map((row) => ({ ...row, analysis: json.read<FeedbackAnalysis | null>(row.analysis, null) })),
      feedbackRequests: feedbackRequests as InsightsData['feedbackRequests'],
      debriefs: debriefs.map((row) => ({
        id: row.id,
        createdAt: row.createdAt,
        ratings: json.read<Debrief['ratings']>(row.ratings, {}),
        questions: json.read<Debrief['questions']>(row.questions, []),
        concernsRaised: json.read<string[]>(row.concernsRaised, []),
      })),
    };
  }
}
