import type { Debrief, DebriefQuestion, SelfRatingKey } from '../interviews/interviews.schema';
import { pick } from './drafting.seed';
import { inlinePhrase, isSentenceLike, quotedQuestion } from './drafting.text';

/** A weak point of the user's own debrief, from which a specific feedback question is made. */
export interface WeakPoint {
  source: 'concern' | 'question' | 'rating';
  /** What it is about, in a few words, for the reasons list. */
  label: string;
  /** Higher is weaker (or, for a concern, more certainly on their mind). */
  weight: number;
  debriefId: string;
  question?: DebriefQuestion;
  ratingKey?: SelfRatingKey;
  rating?: number;
  concern?: string;
}

const ratingLabels: Record<SelfRatingKey, string> = {
  punctuality: 'punctuality',
  introduction: 'my introduction',
  bodyLanguage: 'body language',
  rapport: 'rapport',
  listening: 'listening',
  handlingWeaknesses: 'how I handled questions about weaknesses',
  questionsForThem: 'my questions for them',
  close: 'the close of the interview',
  dress: 'presentation',
  companyResearch: 'company research',
};

/**
 * The weakest points of the user's debriefs, weakest first: concerns the interviewers raised (they said them
 * out loud), then the lowest-rated answers (hard ones first) and the lowest self-ratings. Ratings of 4 and 5
 * are not weak points; a hard question without a rating counts as a middling one.
 *
 * @example
 * weakestPoints(debriefs, 3).map((p) => p.label); // ['limited Kubernetes use', 'system design', 'my introduction']
 */
export function weakestPoints(debriefs: readonly Debrief[], max = 3): WeakPoint[] {
  const points: WeakPoint[] = [];
  debriefs.forEach((debrief, debriefIndex) => {
    // Later debriefs (later rounds) are closer to the decision: a small bonus breaks ties towards them.
    const recency = debriefIndex * 0.01;
    for (const concern of debrief.concernsRaised) {
      points.push({
        source: 'concern',
        label: inlinePhrase(concern),
        weight: 5 + recency,
        debriefId: debrief.id,
        concern,
      });
    }
    for (const question of debrief.questions) {
      const rating = question.rating ?? (question.hard ? 3 : null);
      if (rating === null || rating > 3) continue;
      points.push({
        source: 'question',
        label: question.probedFor ? inlinePhrase(question.probedFor) : quotedQuestion(question.question),
        weight: 6 - rating + (question.hard ? 0.5 : 0) + recency,
        debriefId: debrief.id,
        question,
        rating,
      });
    }
    for (const [key, value] of Object.entries(debrief.ratings) as [SelfRatingKey, number | undefined][]) {
      if (value === undefined || value > 3) continue;
      points.push({
        source: 'rating',
        label: ratingLabels[key],
        weight: 5.5 - value + recency,
        debriefId: debrief.id,
        ratingKey: key,
        rating: value,
      });
    }
  });
  points.sort((a, b) => b.weight - a.weight);
  const seen = new Set<string>();
  const chosen: WeakPoint[] = [];
  for (const point of points) {
    const key = point.label.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push(point);
    if (chosen.length === max) break;
  }
  return chosen;
}

/** `{panel}` is who heard the answer: "you" when writing to them, else "the panel", "the interviewer" or a name. */
const ratingQuestions: Record<SelfRatingKey, readonly string[]> = {
  punctuality: ['How did the start of the interview come across to {panel}?'],
  introduction: [
    'How did my introduction come across, and what would have made it more focused?',
    'What would have made the way I introduced myself and my background stronger?',
  ],
  bodyLanguage: [
    'How did my manner and body language come across during the interview?',
    'What did you notice about my presence in the room that I could work on?',
  ],
  rapport: [
    'What could I have done to build a better connection with {panel}?',
    'How did the conversation come across to {panel}, and what would have made it flow better?',
  ],
  listening: [
    'How well did my answers address the questions that were actually asked?',
    'Where could I have listened more closely to the questions before answering?',
  ],
  handlingWeaknesses: [
    'How could I have talked about my weaker areas more convincingly?',
    'What would have made my answer about my development areas stronger?',
  ],
  questionsForThem: [
    'What would have made my questions for {panel} more useful?',
    'Which questions would {panel} have liked me to ask about the role or the team?',
  ],
  close: [
    'How could I have closed the interview more strongly?',
    'What would have made the end of the interview more convincing?',
  ],
  dress: ['How did my overall presentation come across?'],
  companyResearch: [
    'How could I have shown a better understanding of {company} and the role?',
    'What would have shown more clearly that I had researched {company}?',
  ],
};

/**
 * One specific, open question for a weak point (never "why didn't I get it?"), phrased by the seed.
 *
 * @example
 * questionFor(point, { company: 'Acme', seed: 'contact-1' });
 * // 'When you asked about system design, what would a stronger answer have included?'
 */
export function questionFor(
  point: WeakPoint,
  options: { company: string; seed: string; audience?: QuestionAudience; panel?: string },
): string {
  const { seed } = options;
  if (options.audience === 'panel' && point.source !== 'rating') {
    return panelQuestionFor(point, { ...options, panel: options.panel ?? 'the panel' });
  }
  if (point.source === 'concern' && point.concern !== undefined) {
    if (isSentenceLike(point.concern)) {
      const noted = inlinePhrase(point.concern);
      const quoted = `"${noted.charAt(0).toUpperCase()}${noted.slice(1)}."`;
      return pick(
        [
          `I noted a concern you raised: ${quoted} What would have helped to address it?`,
          `One concern I took away was this: ${quoted} What could I have shown to address it?`,
        ],
        seed,
        `concern:${point.label}`,
      );
    }
    return pick(
      [
        `You mentioned a concern about ${point.label}. What would have helped to address it?`,
        `What could I have shown to address your concern about ${point.label}?`,
        `How could I have answered your concern about ${point.label} more convincingly?`,
      ],
      seed,
      `concern:${point.label}`,
    );
  }
  if (point.source === 'question' && point.question) {
    if (point.question.probedFor) {
      return pick(
        [
          `When you asked about ${point.label}, what would a stronger answer have included?`,
          `What would have made my answer on ${point.label} more convincing?`,
          `How could I have shown more depth on ${point.label}?`,
        ],
        seed,
        `question:${point.label}`,
      );
    }
    return pick(
      [
        `What would a stronger answer have included for the question ${point.label}`,
        `How could I have improved my answer to the question ${point.label}`,
      ],
      seed,
      `question:${point.label}`,
    ).replace(/"$/, (quote) => (point.label.endsWith('?"') ? quote : `${quote}?`));
  }
  if (point.ratingKey) {
    return pick(ratingQuestions[point.ratingKey], seed, `rating:${point.ratingKey}`)
      .replace('{company}', options.company)
      .replace('{panel}', options.audience === 'panel' ? (options.panel ?? 'the panel') : 'you');
  }
  return 'Which one area would you suggest I focus on first?';
}

/**
 * Who will read the questions: `direct` when the recipient sat in the interview ("you mentioned…"), `panel`
 * when they pass the question on (a recruiter who did not interview, the agency recruiter, the referrer).
 */
export type QuestionAudience = 'direct' | 'panel';

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `panel` names who asked: "the panel" (several interviewers), "the interviewer", or their name ("Priya"). */
function panelQuestionFor(point: WeakPoint, options: { company: string; seed: string; panel: string }): string {
  const { seed, panel } = options;
  if (point.source === 'concern' && point.concern !== undefined) {
    const about = isSentenceLike(point.concern)
      ? `the concern I noted as "${capitalised(inlinePhrase(point.concern))}"`
      : `the concern about ${point.label}`;
    return pick(
      [
        `${capitalised(panel)} raised ${about}. What would have helped to address it?`,
        `What could I have shown to address ${about}?`,
      ],
      seed,
      `concern:${point.label}`,
    );
  }
  if (point.source === 'question' && point.question) {
    if (point.question.probedFor) {
      return pick(
        [
          `When ${panel} asked about ${point.label}, what would a stronger answer have included?`,
          `What would have made my answer on ${point.label} more convincing to ${panel}?`,
          `How could I have shown more depth on ${point.label}?`,
        ],
        seed,
        `question:${point.label}`,
      );
    }
  }
  return questionFor(point, { company: options.company, seed, audience: 'direct' });
}

/** The user's own words turned to the reader: "I", "my", "me" written in a debrief become "you", "your". */
const secondPerson: Array<[RegExp, string]> = [
  [/\bI was\b/g, 'you were'],
  [/\bI am\b/g, 'you are'],
  [/\bI['’]m\b/g, 'you’re'],
  [/\bI['’](ve|d|ll)\b/g, 'you’$1'],
  [/\bI\b/g, 'you'],
  [/\bmyself\b/gi, 'yourself'],
  [/\bmine\b/gi, 'yours'],
  [/\bmy\b/gi, 'your'],
  [/\bme\b/gi, 'you'],
];

/**
 * A weak point as the reasons name it to the user: "your introduction", not "my introduction" ("how you handled
 * questions about weaknesses", not "how I handled…"), and a concern noted as a sentence in quotes rather than
 * run into the reason's own sentence.
 *
 * @example
 * reasonLabel({ label: 'how I handled questions about my weaknesses', … }); // 'how you handled questions about your weaknesses'
 */
export function reasonLabel(point: WeakPoint): string {
  if (point.source === 'concern' && point.concern !== undefined && isSentenceLike(point.concern)) {
    return `the concern you noted ("${capitalised(inlinePhrase(point.concern))}")`;
  }
  let label = point.label;
  for (const [pattern, replacement] of secondPerson) {
    label = label.replace(pattern, (found: string, ending?: string) => {
      const turned = replacement.replace('$1', typeof ending === 'string' ? ending : '');
      // "My notice period" keeps its capital; "I" never gives one ("how I handled" → "how you handled").
      return found.startsWith('M') ? capitalised(turned) : turned;
    });
  }
  return label;
}

/** Questions for when there is no debrief to draw on: still specific to the role, still open. */
export const fallbackQuestions: readonly string[] = [
  'Which one area would you suggest I work on first before applying for a similar role?',
  'How did my experience compare with what you need for the {role} role?',
  'What would have made my answers more convincing for this team?',
];

/** The same, for someone who passes them on to the employer. */
export const panelFallbackQuestions: readonly string[] = [
  'Which one area would {company} suggest I work on first before applying for a similar role?',
  'How did my experience compare with what {company} was looking for in the {role} role?',
];

/**
 * The 1–3 questions of a feedback request, from the weakest points of the user's own debriefs, with the reason
 * each was chosen.
 *
 * @example
 * feedbackQuestions(debriefs, { company: 'Acme', role: 'Data Analyst', seed: 'c-1' }).questions.length; // ≤ 3
 */
export function feedbackQuestions(
  debriefs: readonly Debrief[],
  options: {
    company: string;
    role: string;
    seed: string;
    max?: number;
    audience?: QuestionAudience;
    /**
     * Who reads each question, by the debrief it comes from: the recipient sat in that interview ("you
     * mentioned…") or passes it on to whoever did ("Priya raised…", "the panel raised…"). Overrides `audience`.
     */
    audienceOf?: (point: WeakPoint) => { audience: QuestionAudience; panel: string };
  },
): { questions: string[]; points: WeakPoint[]; reasons: string[] } {
  const max = Math.min(3, Math.max(1, options.max ?? 3));
  const points = weakestPoints(debriefs, max);
  if (points.length === 0) {
    // Someone passing the questions on (an agency recruiter, a referrer) did not decide: ask what the
    // employer was looking for, not what they need.
    const fallbacks = options.audience === 'panel' ? panelFallbackQuestions : fallbackQuestions;
    const questions = fallbacks
      .slice(0, Math.min(max, 2))
      .map((q) => q.replace('{role}', options.role).replace('{company}', options.company));
    return {
      questions,
      points,
      reasons: [
        'There is no debrief with weak points to draw on, so the questions ask for the one area to work on and how your experience compared; a debrief next time makes them sharper.',
      ],
    };
  }
  const questions = points.map((point) => {
    const reader = options.audienceOf?.(point) ?? (options.audience ? { audience: options.audience } : {});
    return questionFor(point, { company: options.company, seed: options.seed, ...reader });
  });
  const reasons = points.map((point) => {
    const label = reasonLabel(point);
    if (point.source === 'concern') return `Asks about ${label}: a concern they raised in the interview.`;
    if (point.source === 'question') {
      return `Asks about ${label}: you rated your answer ${point.rating} of 5${point.question?.hard ? ' and found it hard' : ''}.`;
    }
    return `Asks about ${label}: you rated yourself ${point.rating} of 5 on it.`;
  });
  return { questions, points, reasons };
}
