import type { Kysely } from 'kysely';
import type { FeedbackAnalysis } from '../../core/feedback/feedback.schema';
import { debriefEvidence } from '../../core/insights/insights.evidence';
import type { DebriefEvidence, InsightsData } from '../../core/insights/insights.types';
import type { Debrief } from '../../core/interviews/interviews.schema';
import { json } from '../store.rows';
import type { DB } from '../store.types';

/** A debrief's row as insights read it: the JSON columns still as stored text. */
interface StoredDebrief {
  id: string;
  createdAt: string;
  ratings: string;
  questions: string;
  concernsRaised: string;
}

interface KeptDebrief extends StoredDebrief {
  evidence: DebriefEvidence;
}

/**
 * What insights took from one user's debriefs, kept between loads. While the user's debriefs revision (bumped by
 * the database on every debrief write, migration 0005) is unchanged, a load reads no debrief at all: reading and
 * parsing them (4.3 MB of JSON at 10,000 applications) was most of a rebuild. When it moved, each row's text is
 * compared with the kept one and only new or changed debriefs are parsed again. Keyed by the revision and the
 * content, never by `updated_at`, so an edit within the same millisecond, from another process, by an import or
 * a cascade is never missed. It holds about as much memory as the user's debrief text.
 *
 * @example
 * const kept = new DebriefEvidenceCache();
 * await read.insights.load(userId, kept); // reads and parses every debrief
 * await read.insights.load(userId, kept); // reads none
 */
export class DebriefEvidenceCache {
  #byId = new Map<string, KeptDebrief>();
  /** Every word of the kept evidence, once (see `debriefEvidence`). */
  #vocabulary = new Map<string, string>();
  /** The debriefs revision `evidence` was read at; null before the first load. */
  revision: number | null = null;
  evidence: readonly DebriefEvidence[] = [];

  /** How many debriefs are kept. */
  get size(): number {
    return this.#byId.size;
  }

  /** The evidence for these rows, reusing what was kept; afterwards only these rows are kept. */
  evidenceFor(rows: readonly StoredDebrief[]): DebriefEvidence[] {
    const next = new Map<string, KeptDebrief>();
    const evidence = rows.map((row) => {
      let kept = this.#byId.get(row.id);
      if (
        !kept ||
        kept.ratings !== row.ratings ||
        kept.questions !== row.questions ||
        kept.concernsRaised !== row.concernsRaised ||
        kept.createdAt !== row.createdAt
      ) {
        kept = { ...row, evidence: evidenceOfRow(row, this.#vocabulary) };
      }
      next.set(row.id, kept);
      return kept.evidence;
    });
    this.#byId = next;
    return evidence;
  }
}

function evidenceOfRow(row: StoredDebrief, vocabulary: Map<string, string>): DebriefEvidence {
  return debriefEvidence(
    {
      id: row.id,
      createdAt: row.createdAt,
      ratings: json.read<Debrief['ratings']>(row.ratings, {}),
      questions: json.read<Debrief['questions']>(row.questions, []),
      concernsRaised: json.read<string[]>(row.concernsRaised, []),
    },
    vocabulary,
  );
}

/** The whole history insights read, archived applications included, in narrow columns. */
export class InsightsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Everything insights are built from. The applications, rejections and feedback requests come from covering
   * indexes (migration 0004); debriefs are worked out afresh only where `kept` has not seen their text.
   *
   * @example
   * buildInsights(await read.insights.load(userId, kept), now, { timeZone });
   */
  async load(userId: string, kept: DebriefEvidenceCache = new DebriefEvidenceCache()): Promise<InsightsData> {
    const db = this.db;
    // Read first: a debrief written after it moves the revision again, so the next load reads the debriefs anew.
    const user = await db.selectFrom('users').select('debriefsRevision').where('id', '=', userId).executeTakeFirst();
    const debriefsRevision = Number(user?.debriefsRevision ?? 0);
    const debriefsUnchanged = kept.revision === debriefsRevision;
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
      debriefsUnchanged
        ? null
        : db
            .selectFrom('debriefs')
            .select(['id', 'createdAt', 'ratings', 'questions', 'concernsRaised'])
            .where('userId', '=', userId)
            .execute(),
    ]);
    if (debriefs) {
      kept.evidence = kept.evidenceFor(debriefs);
      kept.revision = debriefsRevision;
    }
    return {
      applications: applications as InsightsData['applications'],
      rejections: rejections as InsightsData['rejections'],
      feedback: feedback.map((row) => ({ ...row, analysis: json.read<FeedbackAnalysis | null>(row.analysis, null) })),
      feedbackRequests: feedbackRequests as InsightsData['feedbackRequests'],
      debriefs: kept.evidence,
    };
  }
}
