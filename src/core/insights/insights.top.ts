import type { FeedbackCategory } from '../feedback/feedback.schema';
import type { SelfRatingKey } from '../interviews/interviews.schema';
import { evidenceOf, words } from './insights.evidence';
import type { DebriefEvidence, InsightsData, TopThing } from './insights.types';

/**
 * How much a category says about what the user can change. Actionable ones count fully (conduct more: it is
 * urgent); experience and fit only partly; a lost close call or a pay mismatch barely; role changes and
 * "no feedback" not at all, since they are not about the user.
 */
export const categoryWeights: Record<FeedbackCategory, number> = {
  skills: 1,
  answers: 1,
  communication: 1,
  preparation: 1,
  conduct: 1.3,
  experience: 0.6,
  fit: 0.4,
  logistics: 0.3,
  competition: 0.25,
  strength: 0,
  role_change: 0,
  no_feedback: 0,
};

const categoryTitles: Record<FeedbackCategory, string> = {
  skills: 'Skills and technical depth',
  experience: 'Experience and level',
  answers: 'Answer quality',
  communication: 'Communication and delivery',
  preparation: 'Preparation and research',
  fit: 'Team and culture fit',
  competition: 'Close calls with a stronger candidate',
  role_change: 'Role changes',
  logistics: 'Logistics mismatches',
  conduct: 'Conduct on the day',
  no_feedback: 'No feedback',
  strength: 'Strengths',
};

/** What each self-rating is evidence of, in taxonomy terms. */
const ratingCategory: Record<SelfRatingKey, FeedbackCategory> = {
  punctuality: 'conduct',
  introduction: 'answers',
  bodyLanguage: 'communication',
  rapport: 'communication',
  listening: 'communication',
  handlingWeaknesses: 'answers',
  questionsForThem: 'preparation',
  close: 'communication',
  dress: 'conduct',
  companyResearch: 'preparation',
};

/** Self-ratings in words, and what to do about a low one when the user's own debriefs are the only evidence. */
const ratingWords: Record<SelfRatingKey, { label: string; advice: string }> = {
  punctuality: { label: 'punctuality', advice: 'plan the journey or the call set-up to be ready ten minutes early' },
  introduction: { label: 'your introduction', advice: 'write and rehearse a 60-second introduction tied to the role' },
  bodyLanguage: {
    label: 'body language',
    advice: 'rehearse on video and watch for eye contact, posture and fidgeting',
  },
  rapport: { label: 'rapport', advice: 'open with a little small talk and use the interviewers’ names' },
  listening: { label: 'listening', advice: 'pause before answering and check you answered the question asked' },
  handlingWeaknesses: {
    label: 'handling weaknesses',
    advice: 'prepare one honest weakness with what you are doing about it',
  },
  questionsForThem: { label: 'your questions for them', advice: 'prepare three questions about the team and the work' },
  close: { label: 'the close', advice: 'end by restating your interest and asking about next steps' },
  dress: { label: 'dress', advice: 'check the dress code beforehand and dress a step above it' },
  companyResearch: { label: 'company research', advice: 'spend an hour on the company, its product and its news' },
};

/** "punctuality and dress", from the ratings most often low first. */
function lowRatingsInWords(counts: ReadonlyMap<SelfRatingKey, number>, max = 2): SelfRatingKey[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([key]) => key);
}

function adviceFor(category: FeedbackCategory, specific: string | null): string {
  switch (category) {
    case 'skills':
      return specific
        ? `Get hands-on with ${specific}: build one small project with it and be ready to walk through it.`
        : 'Pick the gap named most often and build one small, demonstrable project around it.';
    case 'answers':
      return specific
        ? `Rewrite your answers on ${specific} in STAR form, with a clear result and numbers, and add them to your story bank.`
        : 'Rewrite your weakest answers in STAR form, with a clear result and numbers, and add them to your story bank.';
    case 'communication':
      return 'Rehearse aloud with a timer: two-minute answers, a pause before answering, and a check that you answered the question asked.';
    case 'preparation':
      return 'Before each interview, spend an hour on the company and the role, and prepare three questions for them.';
    case 'experience':
      return specific
        ? `Target roles where ${specific} is not a hard requirement, or lead with the results closest to it.`
        : 'Target roles that match your level, and lead with the results closest to their domain.';
    case 'fit':
      return 'Ask one follow-up to learn what "fit" meant, and research the team and its way of working before applying.';
    case 'conduct':
      return 'Fix this first: arrive early, put the phone away, and speak positively about past employers.';
    case 'logistics':
      return 'Check pay, location and hours before applying, so mismatches stop costing you interviews.';
    case 'competition':
      return 'You were close: keep in touch and ask about the next opening.';
    default:
      return 'Keep doing what works.';
  }
}

/**
 * Evidence ids kept per item: enough to show and link to, while the counts carry the totals (with years of
 * debriefs a broad category can be backed by thousands, which no screen shows and every answer would carry).
 */
export const evidenceLimit = 25;

/**
 * Feedback in the order it was received (the same moment: by id). Which spelling of a specific is shown comes
 * from the first mention, so the result must not depend on the order a database returned the rows in.
 */
export function inReceivedOrder<T extends { id: string; receivedAt: string }>(feedback: readonly T[]): T[] {
  return [...feedback].sort((a, b) =>
    a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/** When each piece of feedback was received, by id. */
export function feedbackReceivedAt(data: InsightsData): Map<string, string> {
  return new Map(data.feedback.map((feedback) => [feedback.id, feedback.receivedAt]));
}

/** `localeCompare` as one collator: the same order, without setting up a comparison on every call. */
export const compareText = new Intl.Collator().compare;

/** Feedback ids, most recently received first (the same moment: by id), whatever order they came in. */
export function newestFirst(ids: Iterable<string>, receivedAt: ReadonlyMap<string, string>): string[] {
  return [...ids].sort(
    (a, b) => compareText(receivedAt.get(b) ?? '', receivedAt.get(a) ?? '') || (a < b ? -1 : a > b ? 1 : 0),
  );
}

/** Whether debrief `a` is listed before `b`: the more recent first, then by id. */
function listedBefore(a: DebriefEvidence, b: DebriefEvidence): boolean {
  return a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);
}

/**
 * The ids of the most recent `limit` of these debriefs, most recent first: one pass that keeps a short sorted
 * list, so a category backed by thousands of debriefs is not sorted whole.
 */
function mostRecentDebriefs(indices: readonly number[], debriefs: readonly DebriefEvidence[], limit: number): string[] {
  const kept: DebriefEvidence[] = [];
  for (const index of indices) {
    const debrief = debriefs[index];
    if (!debrief) continue;
    const last = kept[kept.length - 1];
    if (kept.length === limit && last && !listedBefore(debrief, last)) continue;
    let at = kept.length;
    while (at > 0 && listedBefore(debrief, kept[at - 1] as DebriefEvidence)) at--;
    kept.splice(at, 0, debrief);
    if (kept.length > limit) kept.pop();
  }
  return kept.map((debrief) => debrief.id);
}

interface Candidate {
  key: string;
  /** For a specific, the category most of its mentions were under, weighted (set once all feedback is read). */
  category: FeedbackCategory;
  specific: string | null;
  /** For a specific, how many pieces of feedback named it under each category. */
  votes: Map<FeedbackCategory, number>;
  feedbackIds: Set<string>;
  /** Positions in `data.debriefs`, each once: `lastDebrief` is the last one added. */
  debriefs: number[];
  lastDebrief: number;
  companies: Set<string>;
  /** How many debriefs rated each of these low: the evidence, in words, when there is no feedback. */
  lowRatings: Map<SelfRatingKey, number>;
  weakAnswers: number;
}

function normal(text: string): string {
  return text.trim().toLowerCase();
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Which of two equally scored candidates goes first: a specific before a whole category, then by key. */
function ahead(entry: Candidate, other: Candidate): boolean {
  if ((entry.specific === null) !== (other.specific === null)) return entry.specific !== null;
  return entry.key < other.key;
}

function score(candidate: Candidate, covered: ReadonlySet<string>): number {
  const weight = categoryWeights[candidate.category];
  let fresh = 0;
  for (const id of candidate.feedbackIds) if (!covered.has(id)) fresh++;
  // A specific named again and again outweighs one mention of a broad category.
  const recurrence = candidate.specific && fresh > 1 ? 0.5 * (fresh - 1) : 0;
  const debriefs = candidate.debriefs.length;
  // Debriefs back feedback up (at most half again as much). On their own they are the user's view of
  // themselves, not the employer's: they score below 0.1, under any feedback of any weight, and a single debrief
  // is no pattern. The last term (under 0.01) orders debrief-only items by how often they recur.
  if (fresh > 0) return weight * (fresh + recurrence + 0.5 * Math.min(debriefs, fresh));
  return weight * (0.03 * Math.min(Math.max(0, debriefs - 1), 2) + 0.01 * (debriefs / (debriefs + 100)));
}

/**
 * Takes the specifics of a category just chosen as a whole out of the running, and returns the one named most
 * often when it recurs (more feedback, then more debriefs, then by key), to be named within the category.
 */
function foldSpecifics(category: Candidate, remaining: Set<Candidate>): Candidate | null {
  let top: Candidate | null = null;
  for (const entry of remaining) {
    if (entry.specific === null || entry.category !== category.category) continue;
    remaining.delete(entry);
    if (entry.feedbackIds.size < 2) continue;
    const better =
      !top ||
      entry.feedbackIds.size > top.feedbackIds.size ||
      (entry.feedbackIds.size === top.feedbackIds.size &&
        (entry.debriefs.length > top.debriefs.length ||
          (entry.debriefs.length === top.debriefs.length && entry.key < top.key)));
    if (better) top = entry;
  }
  return top;
}

/**
 * The top three things standing between the user and an offer, each with its evidence: actionable categories
 * weigh most, recurring specifics more than one-off mentions, and low debrief self-ratings, weak answers and
 * concerns raised back them up. Role changes and "no feedback" never count.
 *
 * @example
 * topThree(data).map((thing) => thing.title); // ['Kubernetes (skills)', 'Answer quality', 'System design (skills)']
 */
export function topThree(
  data: InsightsData,
  max = 3,
  receivedAt: ReadonlyMap<string, string> = feedbackReceivedAt(data),
): TopThing[] {
  // Company names only for applications that have feedback: a set lookup per application, not a map of all.
  const withFeedback = new Set<string>();
  for (const feedback of data.feedback) if (feedback.applicationId) withFeedback.add(feedback.applicationId);
  const companyOf = new Map<string, string>();
  for (const application of data.applications) {
    if (withFeedback.has(application.id)) companyOf.set(application.id, application.company);
  }
  const candidates = new Map<string, Candidate>();
  const displayName = new Map<string, string>();
  // A specific is one thing whichever category a piece of feedback put it under ("deeper Kubernetes experience"
  // as skills, "had run Kubernetes in production" as experience): named twice, it recurs.
  const candidate = (category: FeedbackCategory, specific: string | null): Candidate => {
    const key = specific ? `specific:${normal(specific)}` : category;
    let found = candidates.get(key);
    if (!found) {
      found = {
        key,
        category,
        specific,
        votes: new Map(),
        feedbackIds: new Set(),
        debriefs: [],
        lastDebrief: -1,
        companies: new Set(),
        lowRatings: new Map(),
        weakAnswers: 0,
      };
      candidates.set(key, found);
    }
    if (specific) found.votes.set(category, (found.votes.get(category) ?? 0) + 1);
    return found;
  };

  for (const feedback of inReceivedOrder(data.feedback)) {
    const analysis = feedback.analysis;
    if (!analysis) continue;
    const company = feedback.applicationId ? companyOf.get(feedback.applicationId) : undefined;
    const counted = analysis.categories.filter((category) => categoryWeights[category] > 0);
    for (const category of counted) {
      const entry = candidate(category, null);
      entry.feedbackIds.add(feedback.id);
      if (company) entry.companies.add(company);
    }
    // Specifics go to the category their action names, else to the weightiest category of the feedback.
    const placed = new Set<string>();
    for (const action of analysis.actions) {
      if (categoryWeights[action.category] === 0) continue;
      for (const specific of action.specifics) {
        const entry = candidate(action.category, specific);
        entry.feedbackIds.add(feedback.id);
        if (company) entry.companies.add(company);
        placed.add(normal(specific));
        if (!displayName.has(normal(specific))) displayName.set(normal(specific), specific.trim());
      }
    }
    const home = [...counted].sort((a, b) => categoryWeights[b] - categoryWeights[a])[0];
    if (!home) continue;
    for (const specific of analysis.specifics) {
      if (placed.has(normal(specific))) continue;
      const entry = candidate(home, specific);
      entry.feedbackIds.add(feedback.id);
      if (company) entry.companies.add(company);
      if (!displayName.has(normal(specific))) displayName.set(normal(specific), specific.trim());
    }
  }

  for (const entry of candidates.values()) {
    let weightiest = 0;
    for (const [category, count] of entry.votes) {
      const weight = categoryWeights[category] * count;
      if (weight > weightiest) {
        weightiest = weight;
        entry.category = category;
      }
    }
  }

  // Specifics looked up by their words (up to three), so matching debrief text stays linear in its length; a
  // word that starts no specific is passed over without building the two- and three-word phrases from it.
  const bySpecific = new Map<string, Candidate[]>();
  const firstWords = new Set<string>();
  for (const entry of candidates.values()) {
    if (!entry.specific) continue;
    const specificWords = words(entry.specific);
    const key = specificWords.join(' ');
    const list = bySpecific.get(key);
    if (list) list.push(entry);
    else bySpecific.set(key, [entry]);
    if (specificWords[0] !== undefined) firstWords.add(specificWords[0]);
  }
  const debriefs = evidenceOf(data.debriefs);
  for (let index = 0; index < debriefs.length; index++) {
    const debrief = debriefs[index] as DebriefEvidence;
    const back = (entry: Candidate) => {
      if (entry.lastDebrief === index) return;
      entry.lastDebrief = index;
      entry.debriefs.push(index);
    };
    for (const key of debrief.lowRatings) {
      const entry = candidate(ratingCategory[key], null);
      back(entry);
      entry.lowRatings.set(key, (entry.lowRatings.get(key) ?? 0) + 1);
    }
    if (debrief.weakAnswers > 0) {
      const answers = candidate('answers', null);
      back(answers);
      answers.weakAnswers += debrief.weakAnswers;
    }
    if (firstWords.size === 0) continue;
    for (const tokens of debrief.texts) {
      for (let i = 0; i < tokens.length; i++) {
        let gram = tokens[i] as string;
        if (!firstWords.has(gram)) continue;
        for (let n = 0; n < 3 && i + n < tokens.length; n++) {
          if (n > 0) gram = `${gram} ${tokens[i + n]}`;
          const hit = bySpecific.get(gram);
          if (hit) for (const entry of hit) back(entry);
        }
      }
    }
  }

  const chosen: TopThing[] = [];
  const coveredByCategory = new Map<FeedbackCategory, Set<string>>();
  const remaining = new Set(candidates.values());
  while (chosen.length < max && remaining.size > 0) {
    let best: Candidate | undefined;
    let bestScore = 0;
    for (const entry of remaining) {
      // Once a specific in a category is chosen, its feedback no longer counts again for the category as a whole.
      const covered =
        entry.specific === null ? (coveredByCategory.get(entry.category) ?? new Set<string>()) : new Set<string>();
      const value = score(entry, covered);
      // At equal weight a named specific beats its whole category: "Kubernetes" says what to do next.
      if (value > bestScore || (value === bestScore && best && ahead(entry, best))) {
        best = entry;
        bestScore = value;
      }
    }
    if (!best || bestScore <= 0) break;
    remaining.delete(best);
    if (best.specific) {
      // Every category the specific was named under: "Kubernetes" chosen under skills also speaks for the
      // feedback that named it as experience, which is not counted again for experience as a whole.
      for (const category of new Set([best.category, ...best.votes.keys()])) {
        const covered = coveredByCategory.get(category) ?? new Set<string>();
        for (const id of best.feedbackIds) covered.add(id);
        coveredByCategory.set(category, covered);
      }
    }
    // A whole category says it all once: its specifics are not listed again after it. The one named most often
    // (twice or more) is folded in, so "Experience and level" says what about it comes up ("people management").
    const within = best.specific === null ? foldSpecifics(best, remaining) : null;
    const specificName = best.specific ?? within?.specific ?? null;
    const specific = specificName ? (displayName.get(normal(specificName)) ?? specificName) : null;
    // The debriefs that back the folded specific up back its category too.
    const backing = within ? [...new Set([...best.debriefs, ...within.debriefs])] : best.debriefs;
    const feedbackCount = best.feedbackIds.size;
    const companies = [...best.companies].sort();
    const evidenceParts: string[] = [];
    if (feedbackCount > 0) {
      const about = within && specific ? `, ${within.feedbackIds.size} of them about ${specific}` : '';
      evidenceParts.push(
        `Named in ${feedbackCount} ${feedbackCount === 1 ? 'piece' : 'pieces'} of feedback${companies.length > 0 ? ` (${companies.slice(0, 4).join(', ')}${companies.length > 4 ? ' and others' : ''})` : ''}${about}`,
      );
    }
    if (backing.length > 0) {
      const why: string[] = [];
      const low = lowRatingsInWords(best.lowRatings);
      if (low.length > 0) why.push(`low self-ratings on ${low.map((key) => ratingWords[key].label).join(' and ')}`);
      if (best.weakAnswers > 0) why.push(`${best.weakAnswers} answers you rated weak`);
      if (why.length === 0) why.push('concerns raised or weak answers on it');
      evidenceParts.push(
        `${feedbackCount > 0 ? 'backed up by' : 'Seen in'} ${backing.length} of your debriefs (${why.join('; ')})`,
      );
    }
    // Without feedback the user's own low ratings are the evidence, so the advice follows them.
    const lowOnly = feedbackCount === 0 ? lowRatingsInWords(best.lowRatings) : [];
    chosen.push({
      key: best.key,
      category: best.category,
      specific,
      title: within
        ? `${categoryTitles[best.category]}, above all ${specific}`
        : specific
          ? `${capitalised(specific)} (${categoryTitles[best.category].toLowerCase()})`
          : categoryTitles[best.category],
      advice:
        lowOnly.length > 0
          ? `${lowOnly.map((key, i) => (i === 0 ? capitalised(ratingWords[key].advice) : ratingWords[key].advice)).join('; and ')}.`
          : adviceFor(best.category, specific),
      score: Math.round(bestScore * 100) / 100,
      feedbackIds: newestFirst(best.feedbackIds, receivedAt).slice(0, evidenceLimit),
      feedbackCount,
      debriefIds: mostRecentDebriefs(backing, debriefs, evidenceLimit),
      debriefCount: backing.length,
      evidence: `${evidenceParts.join(', ')}.`,
    });
  }
  return chosen;
}
