import type { FeedbackCategory } from './feedback.schema';

/**
 * Words that lean towards a category, for clauses that criticise the user in wording no cue covers
 * ("your last two answers were pretty short", "bit too quiet"). A fallback: single words generalise to
 * paraphrases better than phrases, but they are only trusted once the clause is known to be a criticism.
 */
const leanings: Array<[FeedbackCategory, RegExp]> = [
  [
    'communication',
    /\b(?:quiet\w*|loud\w*|voice|mumbl\w*|energy|energetic|flat|monotone|nerv\w*|anxi\w*|confiden\w*|shy|timid|hesita\w*|pause[sd]?|filler|rambl\w*|waffl\w*|talk\w*|spoke|speak\w*|interrupt\w*|listen\w*|eye(?! on\b)|posture|smil\w*|warmth|(?<!(?:went out|served|came out|gone|went|turned|got) )cold(?![- ]call)|rapport|engag\w*|presence|gravitas|articulat\w*|clarity|concise\w*|succinct|verbose|wordy|scattered|tangent\w*|pace|pacing|rushed|delivery|manner|demeanou?r|jargon|assertive\w*|intense|stiff|robotic|awkward\w*|uncomfortable|flustered|composure|calm|presentation|present\w*|convey\w*|explain\w* (?:simply|clearly)|communicat\w*)\b/g,
  ],
  [
    'answers',
    /\b(?:answer\w*|examples?|stor(?:y|ies)|star|results?|outcomes?|impact|metrics?|measur\w*|numbers|data-driven|evidence|specific\w*|details?|detailed|depth|concrete|vague|generic|high-level|hypothetical|theoretical|contribution|personally|situation|structur\w*|context|relevan\w*|elaborat\w*|expand\w*|convinc\w*|compelling|illustrat\w*|demonstrat\w*|substance|question (?:asked|itself)|(?:too|very|quite|fairly|rather|a bit) brief|superficial|surface|ownership|described|framed|decisions|decided|others)\b/g,
  ],
  [
    'conduct',
    /\b(?:late|lateness|punctual\w*|phone|watch|hurry|rude\w*|dismiss\w*|defensive|argu\w*|combative|disrespect\w*|arrogan\w*|cocky|entitled|badly|negativ\w*|badmouth\w*|complain\w*|blam\w*|honest(?!ly)\w*|dishonest\w*|lie[ds]?|lying|exaggerat\w*|inconsisten\w*|discrepanc\w*|unprofessional\w*|professionalism|attire|dress\w*|inappropriate\w*|swear\w*|chewing|camera|distracted|disengaged|sarcas\w*|confidential\w*|ghost\w*|no-show|reschedul\w*|attitude|behaviou?r\w*|respect\w*|courte\w*|polite\w*)\b/g,
  ],
  [
    'preparation',
    /\b(?:research\w*|prepar\w*|homework|mission|values|competitors|customers|revenue|business model|motivat\w*|interest\w*|excite\w*|enthusias\w*|passion\w*|commit\w*(?! to (?:the |a |an |our |that |this )?(?:[\w-]+ )?(?:rotation|rota|hours|shifts?|shift pattern|schedule|on-call|weekends|nights|evenings|hitch|roster|timetable|travel\w*|relocat\w*|move)\b)|curio\w*|website|annual report|product|cover letter|company|why (?:this|you|us|here)|questions for)\b/g,
  ],
  [
    'skills',
    /\b(?:skills?|technical\w*|coding|code|programming|algorithm\w*|design|system|architecture|tests?|exercise|case|assessment|knowledge|understanding|expertise|proficien\w*|fundamental\w*|strategic|strategy|tactical|analytic\w*|analysis|problem[- ]solving|quantitative|numera\w*|writing|pitch|modell?ing|spreadsheet|tools?|software|platform|hands-on|craft|technique\w*|methodolog\w*|debug\w*|math\w*|calculat\w*|accuracy|errors?|bugs?)\b/g,
  ],
  [
    'experience',
    /\b(?:experience[ds]?|years|seniority|senior|junior|level|background|track record|history|career|industry|sector|domain|network|exposure|leadership|led|managed|managing|management|scale|start-?up|corporate|enterprise|agency|in-house|client-facing|qualif\w*|overqualified|retention|bored|tenure|credentials|cpa|aca|acca|cima|cfa|pmp|mba|degree|certif\w*|chartered|licensed|jobs)\b/g,
  ],
  [
    'fit',
    /\b(?:fit|culture|cultural\w*|values|align\w*|gel|mesh|click|personality|style|dynamic|chemistry|suit\w*|environment|mindset|ethos|vibe)\b/g,
  ],
];

/**
 * The situation of a hypothetical task ("how you'd handle a customer complaint about a faulty boiler") is what the
 * user was asked about, not what they did: its words (a complaint, rudeness, lateness) lean nowhere.
 */
const scenarioObject =
  /\bhow (?:you would|you'd|you might|you could|to) (?:handle|deal with|respond to|manage|resolve|approach|tackle|defuse|de-escalate)\b[^.;]*/g;

/**
 * The categories whose words dominate a critical clause, or none when no category leans clearly.
 *
 * @example
 * leaningCategories('you were a bit too quiet on the call') // ['communication']
 */
export function leaningCategories(text: string): FeedbackCategory[] {
  const clause = text.replace(scenarioObject, ' ');
  let best = 0;
  let winners: FeedbackCategory[] = [];
  for (const [category, pattern] of leanings) {
    const score = clause.match(pattern)?.length ?? 0;
    if (score === 0) continue;
    if (score > best) {
      best = score;
      winners = [category];
    } else if (score === best) winners.push(category);
  }
  // A tie between several leanings is a guess; one clear winner is worth saying.
  return winners.length === 1 ? winners : [];
}
