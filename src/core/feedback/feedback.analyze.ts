import { type Findings, followUpQuestionFor, suggestActions } from './feedback.actions';
import { findLexiconTerms } from './feedback.lexicon';
import {
  boilerplate,
  type Cue,
  cues,
  fitEvidence,
  negativeJudgement,
  otherCandidate,
  positiveJudgement,
  reassurance,
  requirement,
  strengthEvent,
} from './feedback.rules';
import { type FeedbackAnalysis, type FeedbackCategory, feedbackCategories } from './feedback.schema';
import { extractSpecifics } from './feedback.specifics';
import { type Clause, toClauses } from './feedback.text';

/** Categories that say something concrete, so the feedback is not vague. */
const substantive = new Set<FeedbackCategory>([
  'skills',
  'experience',
  'answers',
  'communication',
  'preparation',
  'conduct',
  'logistics',
  'role_change',
]);
/** Categories the user can work on (DESIGN.md: experience partly, by targeting). */
const actionableCategories = new Set<FeedbackCategory>([
  'skills',
  'experience',
  'answers',
  'communication',
  'preparation',
  'conduct',
]);
/** Categories that describe the user's performance, so praise of them is a strength. */
const aboutTheUser = new Set<FeedbackCategory>(['skills', 'experience', 'answers', 'communication', 'preparation']);

// Greetings and sign-offs carry no feedback.
const pleasantry =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon)|kind regards|best regards|regards|best wishes|best|many thanks|thanks|thank you|cheers|sincerely|warm regards|all the best|please (?:do not hesitate|feel free|let me know)|do not hesitate|feel free|let me know if|if you have any (?:questions|queries))\b/;
// "experience" alone (not years, industry, leadership): about a skill when a skill is named with it.
const bareExperience = /\bexperience(?:d)?\b/;
const strongExperience =
  /\b(?:years?|seniority|senior|junior|track record|background|career|industry|sector|domain|in[- ]house|agency[- ]side|client[- ]side|b2b|b2c|enterprise (?:clients|customers|sales|accounts)|start-?ups?|scale-?up|corporate|public sector|private sector|regulated|leadership|leading|led|managed|managing|manage|people (?:management|manager|leader)|line management|team lead|direct reports|at scale|bigger scale|larger scale|millions of|qualifications?|tenure|done this|worked (?:in|at|for)|ten years|\d+\+? years|stakeholders?|relevant|direct experience|in the (?:role|sector|industry|field)|more experience|most experience)\b/;
const handsOn =
  /\bhands[- ]on\b|\b(?:administration|admin side|migrations?|deploy\w*|shipped|shipping|built|building)\b/;
const genericMatch =
  /\b(?:more )?closely (?:match\w*|align\w*)|closer match|better match|match (?:our|the) (?:needs|requirements)/;
const testReason =
  /\b(?:take[- ]home|assignment|exercise|tests?|assessment|challenge|case study|practical|coding (?:round|interview|test)|technical (?:round|test|interview)|psychometric|reasoning test)\b/;
const conductReasons: Array<[string, RegExp]> = [
  ['lateness', /\blate\b|lateness|punctual|missed (?:the|your|our|a)|no[- ]show/],
  ['phone', /\bphone|mobile|messages|camera|distracted|disengaged/],
  ['negativity', /negativ|blam|bad[- ]mouth|went wrong at/],
  [
    'consistency',
    /discrepanc|inconsisten|did not match|line up|tally|back up|overstat|oversold|exaggerat|embellish|honest|truthful|lied|misrepresent/,
  ],
  [
    'manner',
    /rude|dismissive|condescending|patronis|patroniz|arrogan|disrespect|aggressive|hostile|demanding|entitled|unprofessional|inappropriate|swear|swore|attitude|tone/,
  ],
];

interface ClauseReading {
  categories: Set<FeedbackCategory>;
  strength: boolean;
  specifics: Array<{ category: FeedbackCategory; name: string }>;
}

function matching(clause: string, kind: Cue['kind']): Cue[] {
  return cues.filter((c) => c.kind === kind && c.pattern.test(clause));
}

function readClause(clause: Clause, sentenceHasLanguage: boolean): ClauseReading {
  const n = clause.norm;
  const reading: ClauseReading = { categories: new Set(), strength: false, specifics: [] };
  if (pleasantry.test(n) && !negativeJudgement.test(n.replace(/\bdo not hesitate\b/, ''))) {
    if (strengthEvent.test(n)) reading.strength = true;
    return reading;
  }
  const reassured = reassurance.test(n);
  const judged = reassured ? n.replace(new RegExp(reassurance.source, 'g'), ' ') : n;
  const negative = negativeJudgement.test(judged.replace(boilerplate, ' '));
  const required = requirement.test(n);
  const positive = positiveJudgement.test(n) || strengthEvent.test(n);
  const aboutOther = otherCandidate.test(n);
  const critical = (negative || required) && !reassured;
  const purelyPositive = positive && !negative && !required;

  const issues = matching(n, 'issue');
  const topics = matching(n, 'topic');
  const weak = matching(n, 'weakTopic');
  const events = matching(n, 'event');
  const add = (category: FeedbackCategory) => reading.categories.add(category);

  for (const event of events) {
    if (event.category === 'logistics' && purelyPositive) continue;
    add(event.category);
  }
  const languageNamed = findLexiconTerms(clause.raw).some((hit) => hit.kind === 'language');
  if (
    languageNamed &&
    (required || /\b(?:fluent|fluency|native|speak\w*|level|c1|c2|b2|business[- ]level)\b/.test(n)) &&
    !purelyPositive
  )
    add('logistics');

  if (aboutOther) {
    add('competition');
    const experienceTopic = topics.some((t) => t.category === 'experience') || strongExperience.test(n);
    if (experienceTopic && !genericMatch.test(n)) add('experience');
    else if (!genericMatch.test(n) && (testReason.test(n) || /\btechnical\b/.test(n))) add('skills');
  } else if (reassured) {
    if (topics.some((t) => aboutTheUser.has(t.category)) || /\byour\b/.test(n)) reading.strength = true;
  } else {
    for (const issue of issues) {
      if (issue.category === 'fit' && purelyPositive) continue;
      add(issue.category);
    }
    if (critical) {
      const strongTopics = topics.filter((t) => t.category !== 'experience');
      for (const topic of strongTopics) add(topic.category);
      const lexicon = findLexiconTerms(clause.raw);
      const namedSkill = lexicon.some((hit) => hit.kind === 'tool' || hit.kind === 'knowledge');
      if (namedSkill) add('skills');
      if (lexicon.some((hit) => hit.kind === 'domain')) add('experience');
      const experienceCue = topics.some((t) => t.category === 'experience');
      if (experienceCue) {
        // "experience with Kubernetes" is a skill gap; "experience in healthcare" or "years" is experience.
        const onlyBare = !strongExperience.test(n) && bareExperience.test(n);
        const levelOfLanguage = sentenceHasLanguage && /\blevel\b/.test(n) && !bareExperience.test(n);
        if (levelOfLanguage) add('skills');
        else if (onlyBare && (namedSkill || handsOn.test(n))) add('skills');
        else if (onlyBare && !bareExperience.test(n) && !strongExperience.test(n)) {
          // Topic matched on a looser word ("level", "senior") without a stronger cue: still experience.
          add('experience');
        } else add('experience');
      }
      if (weak.length > 0 && reading.categories.size === 0) for (const w of weak) add(w.category);
    }
    if (positive && !critical) reading.strength = true;
    else if (strengthEvent.test(n) && !negative) reading.strength = true;
  }
  if (reading.categories.has('conduct') || reading.categories.has('skills')) {
    // Reasons are collected by the caller from the clause text.
  }
  return reading;
}

/**
 * Reads one piece of interview feedback: its categories (the taxonomy ids), whether it is vague, whether the
 * user can act on it, the named specifics, next steps and, when vague, one polite follow-up question.
 *
 * @example
 * analyzeFeedback('The panel liked you a lot, but your Kubernetes knowledge was thin.').categories
 * // ['skills', 'strength']
 */
export function analyzeFeedback(text: string): FeedbackAnalysis {
  const clauses = toClauses(text);
  const found = new Set<FeedbackCategory>();
  const specificsBy: Partial<Record<FeedbackCategory, string[]>> = {};
  const reasons = new Set<string>();
  const specifics: string[] = [];
  const seenSpecific = new Set<string>();
  let strength = false;
  let fitWithEvidence = false;
  const languageSentences = new Set<number>();
  for (const clause of clauses) {
    if (findLexiconTerms(clause.raw).some((hit) => hit.kind === 'language')) languageSentences.add(clause.sentence);
  }
  const fitSentences = new Set<number>();

  for (const clause of clauses) {
    const reading = readClause(clause, languageSentences.has(clause.sentence));
    if (reading.strength) strength = true;
    for (const category of reading.categories) found.add(category);
    if (reading.categories.has('fit')) fitSentences.add(clause.sentence);
    if (reading.categories.has('conduct')) {
      for (const [reason, pattern] of conductReasons) if (pattern.test(clause.norm)) reasons.add(reason);
    }
    if (reading.categories.has('skills') && testReason.test(clause.norm)) reasons.add('test');

    const gapCategories = [...reading.categories].filter((c) =>
      ['skills', 'experience', 'logistics', 'competition'].includes(c),
    );
    if (gapCategories.length === 0) continue;
    const named = extractSpecifics(clause.raw);
    for (const cue of cues) {
      if (
        cue.specific &&
        cue.category === 'logistics' &&
        reading.categories.has('logistics') &&
        cue.pattern.test(clause.norm)
      )
        named.push(cue.specific);
    }
    for (const name of named) {
      const kind = findLexiconTerms(name)[0]?.kind;
      const category: FeedbackCategory =
        cues.some((c) => c.specific === name && c.category === 'logistics') || kind === 'language'
          ? 'logistics'
          : reading.categories.has('skills') && kind !== 'domain'
            ? 'skills'
            : reading.categories.has('experience')
              ? 'experience'
              : reading.categories.has('skills')
                ? 'skills'
                : 'logistics';
      if (!reading.categories.has(category) && category === 'logistics') continue;
      const list = specificsBy[category] ?? [];
      if (!list.includes(name)) list.push(name);
      specificsBy[category] = list;
      const key = name.toLowerCase();
      if (!seenSpecific.has(key)) {
        seenSpecific.add(key);
        specifics.push(name);
      }
    }
  }
  for (const clause of clauses) {
    if (fitSentences.has(clause.sentence) && fitEvidence.test(clause.norm)) fitWithEvidence = true;
  }
  if (found.has('fit') && !fitWithEvidence) {
    // Evidence in a neighbouring sentence ("They are very collaborative. You said you prefer to work alone.").
    fitWithEvidence = clauses.some(
      (c) => fitEvidence.test(c.norm) && /\b(?:team|collaborat|independen|alone|meetings|style)\w*/.test(c.norm),
    );
  }

  const hasSubstance = [...found].some((c) => substantive.has(c));
  if (!hasSubstance && boilerplate.test(normalizedWhole(clauses))) found.add('no_feedback');
  if (strength) found.add('strength');
  if (found.size === 0) found.add('no_feedback');

  const categories = feedbackCategories.filter((c) => found.has(c));
  const vague = !hasSubstance && !(found.has('fit') && fitWithEvidence);
  const actionable = categories.some((c) => actionableCategories.has(c));
  const findings: Findings = { categories, specificsBy, reasons };
  return {
    categories,
    vague,
    actionable,
    specifics,
    actions: suggestActions(findings),
    followUpQuestion: vague ? followUpQuestionFor(categories) : null,
  };
}

function normalizedWhole(clauses: Clause[]): string {
  return clauses.map((c) => c.norm).join(' . ');
}
