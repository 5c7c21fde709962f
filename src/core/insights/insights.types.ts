import type { Application, Stage, StageEvent } from '../applications/applications.schema';
import type { Feedback, FeedbackCategory } from '../feedback/feedback.schema';
import type { Debrief, SelfRatingKey } from '../interviews/interviews.schema';
import type { Message } from '../messages/messages.schema';

/**
 * The rows insights read, narrowed to the columns needed so a store can load them in a few queries
 * (archived applications included: archiving hides a rejection from the daily view, not from what was learned).
 */
export interface InsightsData {
  applications: readonly Pick<Application, 'id' | 'company' | 'stage' | 'outcome'>[];
  /** Stage events with outcome `rejected` (the stage it happened at and when). */
  rejections: readonly Pick<StageEvent, 'applicationId' | 'outcome' | 'stage' | 'occurredAt'>[];
  /** Feedback received, with the analysis stored beside it. */
  feedback: readonly Pick<Feedback, 'id' | 'applicationId' | 'receivedAt' | 'analysis'>[];
  /** Messages of kind `feedback-request`. */
  feedbackRequests: readonly Pick<Message, 'id' | 'applicationId' | 'kind' | 'status' | 'sentAt' | 'repliedAt'>[];
  /**
   * Debriefs, or what each says (`debriefEvidence`, which a store can keep between rebuilds): low self-ratings,
   * weak answers and concerns raised back feedback up.
   */
  debriefs: readonly (InsightsDebrief | DebriefEvidence)[];
}

/** A debrief, narrowed to what insights read. */
export type InsightsDebrief = Pick<Debrief, 'id' | 'createdAt' | 'ratings' | 'questions' | 'concernsRaised'>;

/**
 * What one debrief contributes to insights, worked out once per debrief (`debriefEvidence`) so that a rebuild
 * after a write need not read every debrief's questions again; the store keeps it while the debrief is unchanged.
 */
export interface DebriefEvidence {
  id: string;
  /** Orders the evidence: the most recent debriefs are the ones listed. */
  createdAt: string;
  /** Self-ratings of 2 or below, in `selfRatingKeys` order. */
  lowRatings: readonly SelfRatingKey[];
  /** How many answers were rated 2 or below. */
  weakAnswers: number;
  /**
   * The lower-cased words of each weak answer's question (after what it probed for) and of each concern raised:
   * where a recurring specific such as "kubernetes" or "system design" is looked for.
   */
  texts: readonly (readonly string[])[];
}

export interface StageCount {
  stage: Stage | 'unknown';
  count: number;
}

export interface CategoryCount {
  category: FeedbackCategory;
  count: number;
}

export interface SpecificCount {
  specific: string;
  count: number;
  /** The feedback that names it, most recent first, up to 25 of `count`. */
  feedbackIds: string[];
}

export interface MonthInsights {
  /** `YYYY-MM` in the user's zone. */
  month: string;
  rejections: number;
  feedback: number;
  categories: Partial<Record<FeedbackCategory, number>>;
  specifics: Record<string, number>;
}

export interface FeedbackRequestStats {
  sent: number;
  replied: number;
  /** replied / sent, 0–1; null when none was sent. */
  responseRate: number | null;
  /** Median time from request to reply, in days (one decimal); null without replies. */
  medianDaysToReply: number | null;
}

/** One of the top three things standing between the user and an offer. */
export interface TopThing {
  key: string;
  category: FeedbackCategory;
  /**
   * The recurring specific ("Kubernetes"). For a category as a whole, the specific named most often within it
   * when one recurs ("Experience and level, above all people management"), else null.
   */
  specific: string | null;
  title: string;
  /** A concrete next step. */
  advice: string;
  score: number;
  /** Which feedback says so: the most recent, up to 25 (`feedbackCount` has them all). */
  feedbackIds: string[];
  feedbackCount: number;
  /** Which debriefs back it up (low self-ratings, weak answers, concerns raised): the most recent, up to 25 of `debriefCount`. */
  debriefIds: string[];
  debriefCount: number;
  /** The evidence in one sentence. */
  evidence: string;
}

export interface Insights {
  generatedAt: string;
  totals: { applications: number; rejections: number; feedback: number; offers: number; open: number };
  rejectionsByStage: StageCount[];
  categories: CategoryCount[];
  specifics: SpecificCount[];
  byMonth: MonthInsights[];
  feedbackRequests: FeedbackRequestStats;
  topThree: TopThing[];
}
