import { wordTable } from '../tables';
import type { LexiconHit } from './feedback.lexicon';
import { findLexiconTerms } from './feedback.lexicon';
import { type FeedbackCategory, feedbackCategories } from './feedback.schema';
import { type Clause, toClauses } from './feedback.text';

/**
 * A statistical layer beside the hand-written rules (feedback.analyze.ts). The rules match phrasings; this scores
 * a whole text with one regularised logistic regression per category, plus one for `vague`, over features that
 * carry meaning beyond exact wording: word stems and stem bigrams, negation scope (NEG_ on the words after
 * not/never/no until the clause ends), hedges, who a clause is about (you, we, another candidate), whether it
 * follows a contrast ("but", "however"), and the kinds of named tools and skills. Its probabilities add to the
 * rules' reading, veto rule findings, and stand in where the rules read nothing. Trained offline and
 * deterministically by scripts/train-feedback-model.ts; the weights are a generated module, so this file does
 * no I/O and runs in Node and in the browser.
 */

/** What the weights score, in the order of each feature's weight vector: the categories, then `vague`. */
export const modelOutputs: readonly (FeedbackCategory | 'vague')[] = [...feedbackCategories, 'vague'];
export const vagueOutput = feedbackCategories.length;

/** The model's weights, decoded from the generated module (feedback.model.weights.ts). */
export interface FeedbackModelWeights {
  outputs: readonly string[];
  bias: readonly number[];
  /** Per category: the probability above which the model adds the category to the rules' reading. */
  thresholds: readonly number[];
  /**
   * Per category: the probability below which the model takes the category out of the rules' reading (0: never).
   * Rules fire on words ("skills", "timing", "merged") wherever they stand; the model reads the whole text.
   */
  vetoes: readonly number[];
  /**
   * When the rules read nothing at all, the model's best reason (not no_feedback, not praise) is taken at this
   * probability, lower than its thresholds for adding to what the rules found.
   */
  fallback: number;
  /** Feature name → weights, one per output. */
  features: ReadonlyMap<string, Float64Array>;
}

/** The generated module's form: the weights as text, one feature a line, in thousandths. */
export interface EncodedModelWeights extends Omit<FeedbackModelWeights, 'features'> {
  /** Lines of `feature w1 w2 …`, weights as integers in thousandths. */
  table: string;
}

/**
 * Decodes the generated weights once, at start-up.
 *
 * @example
 * decodeWeights({ outputs: [], bias: [], thresholds: [], vetoes: [], fallback: 1, table: 'w:sql 1500' })
 *   .features.get('w:sql') // Float64Array [1.5]
 */
export function decodeWeights(encoded: EncodedModelWeights): FeedbackModelWeights {
  const features = new Map<string, Float64Array>();
  for (const line of encoded.table.split('\n')) {
    const [name, ...values] = line.trim().split(' ');
    if (name === undefined || name === '') continue;
    features.set(
      name,
      Float64Array.from(values, (v) => Number(v) / 1000),
    );
  }
  const { table: _table, ...rest } = encoded;
  return { ...rest, features };
}

/**
 * Encodes weights as the generated module's text table (the inverse of `decodeWeights`).
 *
 * @example
 * encodeWeights(decodeWeights(encoded)).table === encoded.table // true
 */
export function encodeWeights(weights: FeedbackModelWeights): EncodedModelWeights {
  const lines = [...weights.features].map(
    ([name, w]) => `${name} ${Array.from(w, (v) => String(Math.round(v * 1000))).join(' ')}`,
  );
  const { features: _features, ...rest } = weights;
  return { ...rest, table: lines.join('\n') };
}

// ---- words ----

// Irregular forms whose stems would not meet their base form.
const lemmas: Record<string, string> = wordTable({
  was: 'be',
  were: 'be',
  is: 'be',
  am: 'be',
  are: 'be',
  been: 'be',
  being: 'be',
  did: 'do',
  does: 'do',
  done: 'do',
  had: 'have',
  has: 'have',
  went: 'go',
  gone: 'go',
  felt: 'feel',
  thought: 'think',
  found: 'find',
  came: 'come',
  gave: 'give',
  given: 'give',
  chose: 'choose',
  chosen: 'choose',
  spoke: 'speak',
  spoken: 'speak',
  knew: 'know',
  known: 'know',
  better: 'good',
  best: 'good',
  worse: 'bad',
  worst: 'bad',
  stronger: 'strong',
  strongest: 'strong',
  weaker: 'weak',
  your: 'you',
  yours: 'you',
  yourself: 'you',
  our: 'we',
  us: 'we',
  ours: 'we',
  n: 'not',
});

/** Words too common to mean anything alone (they still take part in bigrams). */
const stopwords = new Set(
  'the a an of to and in for on at with it its this that these those as by from or i me my so then there their them he she his her which who what be have do just'.split(
    ' ',
  ),
);

const negators = new Set(['not', 'never', 'no', 'nor', 'without', 'lack', 'lacked', 'lacking', 'nothing', 'none']);
const negatorPattern = /\b(?:not|never|no|nor|without|lack\w*|nothing|none)\b/;
const hedges =
  /\b(?:perhaps|maybe|might|may|possibly|a (?:bit|little|touch)|slightly|somewhat|fairly|quite|not quite|i think|we felt|seemed|appeared|sort of|kind of)\b/;
const otherCandidate =
  /\b(?:other|another|different|stronger|internal|successful) (?:candidate|applicant|person|individual)s?\b|\bsomeone (?:else|who|with)\b|\b(?:went|gone|go|proceed\w*|moving|move) (?:ahead |forward )?with\b/;
const besideOthers =
  /\b(?:while|whilst|as|when|during|in front of) (?:the |all the )?other (?:candidates|applicants|people|interviewees|attendees)\b/g;
const weSubject =
  /^(?:(?:and|but|so|unfortunately|sadly|overall|honestly),? )*(?:we|our|the (?:team|panel|client|hiring manager|manager|interviewers?|board|business|company)|they|he|she)\b/;
// Call notes speak of the user in the third person: "the candidate speaks very fast", "candidate is part-qualified".
const youSubject =
  /^(?:(?:and|but|so|unfortunately|sadly|overall|honestly|i think|we felt|they felt),? )*(?:you|your|(?:the )?candidate(?:'s)?(?! (?:who|that|with|whom|we|they)\b))\b/;

/** A light suffix-stripping stemmer: enough to make "struggled", "struggling" and "struggles" one feature. */
export function stem(word: string): string {
  const lemma = lemmas[word];
  if (lemma !== undefined) return lemma;
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ingly') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ness') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ment') && w.length > 6) w = w.slice(0, -4);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // "planned" → "plann" → "plan": doubled consonants left by -ed/-ing.
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1] ?? '')) w = w.slice(0, -1);
  return w;
}

const tokenPattern = /[a-z][a-z0-9+#]*|\d+/g;

/**
 * The features of one clause: stems (negated ones marked NEG_), stem bigrams, who it is about, hedges, contrast,
 * and the kinds of named terms.
 *
 * @example
 * clauseFeatures({ norm: 'you did not know kubernetes', raw: '', sentence: 0, afterContrast: false }, [])
 * // includes 'w:NEG_know' and '#subj:you'
 */
export function clauseFeatures(clause: Clause, lexicon: readonly LexiconHit[]): string[] {
  const out: string[] = [];
  const n = clause.norm;
  const words = n.match(tokenPattern) ?? [];
  let negated = false;
  let negations = 0;
  let previous = '^';
  for (const word of words) {
    const s = stem(word);
    if (negators.has(word)) {
      negated = true;
      negations++;
      out.push(`w:${s}`);
      out.push(`b:${previous}_${s}`);
      previous = s;
      continue;
    }
    const mark = negated ? 'NEG_' : '';
    if (!stopwords.has(s)) out.push(`w:${mark}${s}`);
    // A word's first letters carry its family past what the stemmer joins ("communicator", "communication").
    if (word.length > 6) out.push(`p:${mark}${word.slice(0, 5)}`);
    out.push(`b:${mark}${previous}_${s}`);
    previous = s;
  }
  const you = youSubject.test(n);
  const mentionsYou = /\byou(?:r|rs|rself)?\b/.test(n);
  const we = weSubject.test(n);
  // Others present while the user did something ("while the other candidates presented") are the setting, not rivals.
  const other = otherCandidate.exec(n.includes(' other ') ? n.replace(besideOthers, ' ') : n);
  // "nothing to do with the other applicants": another candidate named inside a negation is ruled out.
  const firstNegation = negatorPattern.exec(n)?.index ?? -1;
  const otherRuledOut = other !== null && firstNegation >= 0 && firstNegation < other.index;
  const subject =
    other !== null
      ? otherRuledOut
        ? 'other-ruled-out'
        : 'other'
      : you
        ? 'you'
        : we
          ? 'we'
          : mentionsYou
            ? 'you-object'
            : 'none';
  out.push(`#subj:${subject}`);
  // The same word means different things about the user and about another candidate ("stronger", "experience").
  if (subject === 'you' || subject === 'other')
    for (const word of words) if (!stopwords.has(word) && word.length > 2) out.push(`s:${subject}:${stem(word)}`);
  if (negations > 0) out.push('#neg', `#neg:${subject}`);
  if (hedges.test(n)) out.push('#hedge');
  if (clause.afterContrast) out.push('#contrast', `#contrast:${subject}`, `#contrast:${negations > 0 ? 'neg' : 'pos'}`);
  for (const hit of lexicon) {
    out.push(`#lex:${hit.kind}`, `#lex:${hit.kind}:${subject}`, `#lex:${hit.kind}:${negations > 0 ? 'neg' : 'pos'}`);
  }
  if (words.length <= 4) out.push('#short-clause');
  return out;
}

/**
 * Features of a whole text: the union of its clauses' features plus its shape (how many sentences, whether any
 * clause turns on a contrast). A set, because the model reads presence, not counts.
 *
 * @example
 * textFeatures('Your SQL was weak.').has('w:sql') // true
 */
export function textFeatures(
  text: string,
  clauses: readonly Clause[] = toClauses(text),
  lexiconByClause: readonly (readonly LexiconHit[])[] = clauses.map((c) => findLexiconTerms(c.raw)),
): Set<string> {
  const features = new Set<string>();
  let sentences = 0;
  let contrast = false;
  for (const [i, clause] of clauses.entries()) {
    for (const f of clauseFeatures(clause, lexiconByClause[i] ?? [])) features.add(f);
    sentences = Math.max(sentences, clause.sentence + 1);
    contrast ||= clause.afterContrast;
  }
  features.add(`#sentences:${Math.min(sentences, 4)}`);
  features.add(`#clauses:${Math.min(clauses.length, 6)}`);
  if (contrast) features.add('#has-contrast');
  return features;
}

/** The model's probabilities, one per output (`modelOutputs` order). */
export function scoreFeatures(features: Iterable<string>, weights: FeedbackModelWeights): number[] {
  const sums = [...weights.bias];
  for (const f of features) {
    const w = weights.features.get(f);
    if (w === undefined) continue;
    for (let k = 0; k < sums.length; k++) sums[k] = (sums[k] ?? 0) + (w[k] ?? 0);
  }
  return sums.map((s) => 1 / (1 + Math.exp(-s)));
}

/** What the model adds to, or changes in, the rules' reading. */
export interface ModelReading {
  /** Categories the model is confident of. */
  categories: FeedbackCategory[];
  /** Categories the model is confident are absent (below their veto threshold). */
  absent: FeedbackCategory[];
  /** Its most likely reason for the decision, when above the fallback bar (for texts the rules could not read). */
  fallbackReason: FeedbackCategory | undefined;
  probabilities: number[];
}

/** Reasons a decision can rest on: every category but a refusal and praise. */
const reasons = feedbackCategories.filter((c) => c !== 'no_feedback' && c !== 'strength');

/**
 * The most likely reason for the decision, if its probability reaches `bar` and it is likelier than a refusal to
 * give one (no_feedback).
 *
 * @example
 * bestReason(probabilities, 0.3) // 'fit' when fit is the likeliest reason, at ≥ 0.3 and above no_feedback
 */
export function bestReason(probabilities: readonly number[], bar: number): FeedbackCategory | undefined {
  let best: FeedbackCategory | undefined;
  let top = Math.max(bar, probabilities[feedbackCategories.indexOf('no_feedback')] ?? 0);
  for (const category of reasons) {
    const p = probabilities[feedbackCategories.indexOf(category)] ?? 0;
    if (p >= top) {
      best = category;
      top = p;
    }
  }
  return best;
}

/**
 * Reads a text with the model alone, at its cross-validated thresholds.
 *
 * @example
 * readWithModel('Your SQL fundamentals were shaky.', weights).categories // ['skills']
 */
export function readWithModel(
  text: string,
  weights: FeedbackModelWeights,
  clauses?: readonly Clause[],
  lexiconByClause?: readonly (readonly LexiconHit[])[],
): ModelReading {
  const probabilities = scoreFeatures(textFeatures(text, clauses, lexiconByClause), weights);
  const categories = feedbackCategories.filter((_, k) => (probabilities[k] ?? 0) >= (weights.thresholds[k] ?? 1));
  const absent = feedbackCategories.filter((_, k) => (probabilities[k] ?? 1) < (weights.vetoes[k] ?? 0));
  return { categories, absent, fallbackReason: bestReason(probabilities, weights.fallback), probabilities };
}
