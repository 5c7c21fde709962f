import { type Stage, stages } from '../applications/applications.schema';
import { type FeedbackCategory, feedbackCategories } from '../feedback/feedback.schema';
import { type Instant, localDate, localDayNumber, MS_PER_DAY, toMs } from '../time/time.zone';
import { compareText, evidenceLimit, feedbackReceivedAt, inReceivedOrder, newestFirst, topThree } from './insights.top';
import type {
  FeedbackRequestStats,
  Insights,
  InsightsData,
  MonthInsights,
  SpecificCount,
  StageCount,
} from './insights.types';

export interface InsightsOptions {
  /** Months are the user's calendar months. */
  timeZone?: string;
  /** How many specifics to list (the most frequent first). */
  specificsLimit?: number;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}

function requestStats(data: InsightsData): FeedbackRequestStats {
  // Feedback logged for an application counts as the reply to its request when nobody marked the request.
  const firstFeedback = new Map<string, number>();
  for (const feedback of data.feedback) {
    if (!feedback.applicationId) continue;
    const at = toMs(feedback.receivedAt);
    const known = firstFeedback.get(feedback.applicationId);
    if (known === undefined || at < known) firstFeedback.set(feedback.applicationId, at);
  }
  let sent = 0;
  let replied = 0;
  const days: number[] = [];
  for (const request of data.feedbackRequests) {
    if (request.kind !== 'feedback-request' || !request.sentAt) continue;
    sent++;
    const sentMs = toMs(request.sentAt);
    let replyMs = request.repliedAt ? toMs(request.repliedAt) : undefined;
    if (replyMs === undefined && request.applicationId) {
      const feedbackMs = firstFeedback.get(request.applicationId);
      if (feedbackMs !== undefined && feedbackMs >= sentMs) replyMs = feedbackMs;
    }
    if (replyMs === undefined && request.status !== 'replied') continue;
    replied++;
    if (replyMs !== undefined) days.push(Math.max(0, replyMs - sentMs) / MS_PER_DAY);
  }
  return {
    sent,
    replied,
    responseRate: sent === 0 ? null : Math.round((replied / sent) * 1000) / 1000,
    medianDaysToReply: median(days),
  };
}

/**
 * What all the rejections say together: where in the process they happen, which feedback categories and
 * specifics recur (overall and by month), how often feedback requests are answered and how fast, and the top
 * three things standing between the user and an offer, with the evidence. One pass over each input.
 *
 * @example
 * const insights = buildInsights(await store.insightsData(userId), new Date(), { timeZone: 'Europe/London' });
 * insights.topThree[0]; // { title: 'Kubernetes (skills and technical depth)', feedbackIds: ['fb-1', 'fb-7'], … }
 */
export function buildInsights(input: InsightsData, now: Instant, options: InsightsOptions = {}): Insights {
  // The result depends on the rows, never on the order a database returned them in.
  const data: InsightsData = { ...input, feedback: inReceivedOrder(input.feedback) };
  const timeZone = options.timeZone ?? 'UTC';
  const months = new Map<string, MonthInsights>();
  // Month keys by local day: thousands of rows fall on a few hundred days.
  const monthOfDay = new Map<number, string>();
  const month = (instant: string): MonthInsights => {
    const day = localDayNumber(instant, timeZone);
    let key = monthOfDay.get(day);
    if (key === undefined) {
      key = localDate(instant, timeZone).slice(0, 7);
      monthOfDay.set(day, key);
    }
    let entry = months.get(key);
    if (!entry) {
      entry = { month: key, rejections: 0, feedback: 0, categories: {}, specifics: {} };
      months.set(key, entry);
    }
    return entry;
  };

  const byStage = new Map<Stage | 'unknown', number>();
  // One rejection per application: the latest event wins (at the same moment, the later stage). The stage comes
  // from the event, else from the application, and an application marked rejected without any event still
  // counts, at its current stage.
  const rejectedAt = new Map<string, { stage: Stage | null; at: string; atMs: number }>();
  const stageRank = (stage: Stage | null) => (stage === null ? -1 : stages.indexOf(stage));
  for (const event of data.rejections) {
    if (event.outcome !== 'rejected') continue;
    const atMs = toMs(event.occurredAt);
    const known = rejectedAt.get(event.applicationId);
    if (known && (known.atMs > atMs || (known.atMs === atMs && stageRank(known.stage) >= stageRank(event.stage))))
      continue;
    rejectedAt.set(event.applicationId, { stage: event.stage, at: event.occurredAt, atMs });
  }
  let offers = 0;
  let open = 0;
  const count = (stage: Stage | 'unknown') => byStage.set(stage, (byStage.get(stage) ?? 0) + 1);
  for (const application of data.applications) {
    if (application.outcome === 'offer_accepted' || application.outcome === 'offer_declined') offers++;
    if (application.outcome === 'open') open++;
    const rejection = rejectedAt.get(application.id);
    if (rejection) {
      count(rejection.stage ?? application.stage);
      month(rejection.at).rejections++;
      rejectedAt.delete(application.id);
    } else if (application.outcome === 'rejected') {
      count(application.stage);
    }
  }
  // Events whose application was not passed in still count, at their own stage.
  for (const rejection of rejectedAt.values()) {
    count(rejection.stage ?? 'unknown');
    month(rejection.at).rejections++;
  }
  const rejections = [...byStage.values()].reduce((sum, count) => sum + count, 0);

  const receivedAt = feedbackReceivedAt(data);
  const categoryCounts = new Map<FeedbackCategory, number>();
  const specifics = new Map<string, SpecificCount>();
  for (const feedback of data.feedback) {
    const entry = month(feedback.receivedAt);
    entry.feedback++;
    const analysis = feedback.analysis;
    if (!analysis) continue;
    for (const category of new Set(analysis.categories)) {
      categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
      entry.categories[category] = (entry.categories[category] ?? 0) + 1;
    }
    const seen = new Set<string>();
    for (const specific of analysis.specifics) {
      const key = specific.trim().toLowerCase();
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      let count = specifics.get(key);
      if (!count) {
        count = { specific: specific.trim(), count: 0, feedbackIds: [] };
        specifics.set(key, count);
      }
      count.count++;
      count.feedbackIds.push(feedback.id);
      entry.specifics[count.specific] = (entry.specifics[count.specific] ?? 0) + 1;
    }
  }

  const stageOrder: (Stage | 'unknown')[] = [...stages, 'unknown'];
  const rejectionsByStage: StageCount[] = stageOrder
    .map((stage) => ({ stage, count: byStage.get(stage) ?? 0 }))
    .filter((entry) => entry.count > 0);
  return {
    generatedAt: new Date(toMs(now)).toISOString(),
    totals: { applications: data.applications.length, rejections, feedback: data.feedback.length, offers, open },
    rejectionsByStage,
    categories: feedbackCategories
      .map((category) => ({ category, count: categoryCounts.get(category) ?? 0 }))
      .filter((entry) => entry.count > 0)
      .sort((a, b) => b.count - a.count),
    specifics: [...specifics.values()]
      .sort((a, b) => b.count - a.count || compareText(a.specific, b.specific))
      .slice(0, options.specificsLimit ?? 20)
      .map((entry) => ({ ...entry, feedbackIds: newestFirst(entry.feedbackIds, receivedAt).slice(0, evidenceLimit) })),
    byMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    feedbackRequests: requestStats(data),
    topThree: topThree(data, 3, receivedAt),
  };
}
