import { wordTable } from '../tables';
import { RecentMap } from './lint.recent';
import type { ToneRule } from './lint.schema';
import type { PreparedSentence } from './lint.text';
import { toneModelWeights } from './lint.tone-model.weights';

/**
 * A statistical tone layer to union with the hand-written rules (lint.tone.ts). The rules match phrasings; this
 * scores each sentence with one regularised logistic regression per tone over features that carry meaning
 * beyond exact wording: stems, stem bigrams, negation scope, and structure (question, who is the subject, modal
 * requests, imperatives, deadlines, comparison with other candidates, decision words). Trained offline and
 * deterministically by scripts/train-tone-model.ts; the weights are a generated module, so this file does no I/O
 * and runs in Node and in the browser. Thresholds are set per tone for high precision, so a firing is meant to be
 * trusted on its own, and the rules remain the first line.
 */

/** The tones in the order of the weight vectors. */
export const modelTones: readonly ToneRule[] = [
  'tone.generic-why',
  'tone.second-chance',
  'tone.confrontational',
  'tone.defensive',
  'tone.pleading',
  'tone.pressure',
];

/**
 * Generated weights: a bias and a threshold per tone (in `modelTones` order), and a table with one line per
 * feature: its name, then one weight per tone, separated by spaces. A table rather than an object literal keeps
 * feature names that happen to be "then" or "constructor" from meeting Object.prototype, and keeps the module small.
 */
export interface ToneModelWeights {
  tones: readonly string[];
  bias: readonly number[];
  thresholds: readonly number[];
  table: string;
}

const parsedTables = new WeakMap<ToneModelWeights, Map<string, Float64Array>>();

/** The weights table as a map, parsed once per weights object. */
function featureWeights(weights: ToneModelWeights): Map<string, Float64Array> {
  let parsed = parsedTables.get(weights);
  if (!parsed) {
    parsed = new Map();
    for (const line of weights.table.split('\n')) {
      const [name, ...values] = line.trim().split(' ');
      if (name) parsed.set(name, Float64Array.from(values, Number));
    }
    parsedTables.set(weights, parsed);
  }
  return parsed;
}

/** One sentence the model flags. `start`/`end` are the sentence's offsets in the message text. */
export interface ToneModelFinding {
  rule: ToneRule;
  sentenceIndex: number;
  start: number;
  end: number;
  /** Probability-like score in [0, 1]; at least the tone's threshold. */
  score: number;
}

// ---- word normalisation ----

// Irregular forms whose stems would not meet their base form ("went" and "go" should be one feature).
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
  made: 'make',
  got: 'get',
  gotten: 'get',
  gave: 'give',
  given: 'give',
  took: 'take',
  taken: 'take',
  chose: 'choose',
  chosen: 'choose',
  told: 'tell',
  said: 'say',
  thought: 'think',
  felt: 'feel',
  lost: 'lose',
  knew: 'know',
  known: 'know',
  saw: 'see',
  seen: 'see',
  wrote: 'write',
  written: 'write',
  left: 'leave',
  paid: 'pay',
  kept: 'keep',
  spent: 'spend',
  sent: 'send',
  children: 'child',
  kids: 'child',
  mum: 'mother',
  mom: 'mother',
  dad: 'father',
  // "notes" would stem to "not" and read as a negation.
  note: 'note',
  notes: 'note',
  noted: 'note',
  wo: 'will',
  ca: 'can',
});

/**
 * A light suffix-stripping stemmer ("rejected", "rejecting", "rejection" → "reject"): enough to let one
 * training sentence stand for its inflections, without a dictionary that would make the module large.
 *
 * @example
 * stem('reconsidering'); // 'reconsider'
 */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const result = stemUncached(word);
  // Bounded, so a long-running server does not grow it without limit; the common words fit many times over.
  if (stemCache.size < 20_000) stemCache.set(word, result);
  return result;
}

// Stemming runs on every keystroke's sentences; the same few thousand words recur, so remember them.
const stemCache = new Map<string, string>();

function stemUncached(word: string): string {
  const lemma = lemmas[word];
  if (lemma) return lemma;
  let w = word.replace(/['’]/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ation|ition)$/.test(w) && w.length > 7) w = w.slice(0, -3);
  else if (w.endsWith('ness') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && w.length > 3) w = w.slice(0, -1);
  if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1); // "stopped" → "stopp" → "stop"
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1); // "hire", "hired", "hiring" → "hir"
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`; // "apply", "applies" → "appli"
  return w;
}

// ---- word classes behind the structural features ----

const negators = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'hardly']);
const clauseEnders = new Set([',', ';', ':', '(', ')', '-', '—', '–', '"', '.', '!', '?']);
const clauseBreakWords = new Set(['but', 'although', 'though', 'however', 'whereas', 'yet', 'so', 'because', 'and']);
const whWords = new Set(['why', 'what', 'how', 'where', 'which']);
const modals = new Set(['could', 'would', 'can', 'may', 'might', 'will', 'should', 'must', 'shall']);
const secondPerson = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
// Who else a message can point at: accusations name the panel or the interviewer rather than "you".
const otherParties = new Set([
  'panel',
  'interviewer',
  'interviewers',
  'recruiter',
  'manager',
  'company',
  'team',
  'process',
  'committee',
  'hr',
  'they',
  'people',
]);
const intensifiers = new Set([
  'really',
  'so',
  'very',
  'truly',
  'desperately',
  'absolutely',
  'completely',
  'totally',
  'extremely',
  'honestly',
  'frankly',
  'clearly',
  'obviously',
  'simply',
  'even',
  'just',
  'please',
]);
// Verbs that open a command ("Send me…", "Tell me why…"); a request or a demand, depending on the rest.
const imperativeVerbs = new Set([
  'tell',
  'explain',
  'send',
  'reply',
  'respond',
  'answer',
  'give',
  'let',
  'reconsider',
  'consider',
  'keep',
  'call',
  'get',
  'share',
  'forward',
  'review',
  'clarify',
  'provide',
  'confirm',
  'help',
]);
const greetings = new Set(['hi', 'hello', 'dear', 'hey', 'thanks', 'thank', 'best', 'regards', 'kind', 'cheers']);
const weekdays =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|noon|midday|eod|cob|asap';
// Deadlines and urgency: the core of pressure, and rare in patient messages except for the user's own promises.
const deadlinePattern = new RegExp(
  `\\b(by (the )?(end|close) of|no later than|at the latest|within \\d+|within (a|one|two|three|the next)|by (${weekdays}|\\d)|(${weekdays})\\b|immediately|urgent|urgently|right away|straight away|this week|end of (the )?(day|week)|\\d+ (hours|business days|working days|days))`,
);
// The other candidate: comparison with them is typical of generic-why and of "if the new hire falls through".
const comparePattern =
  /\b(other|another|successful|chosen|selected|preferred|new) (candidate|applicant|person|hire|choice)|someone else|first choice|the person (you|they) (hired|chose|picked|selected)|(internal|other) (person|candidate)/;
// Words about the decision and its outcome: most tones talk about it, in different ways.
const decisionPattern =
  /\b(decision|decide|decided|outcome|result|reject|rejected|rejection|unsuccessful|turned down|not selected|selected|chose|choose|chosen|pick|picked|hired|hire|offer|shortlisted|progress|the cut|candidacy|candidature|application)\b/;
// Asking for a repeat: again, once more, another / second round, re- verbs.
const repeatPattern =
  /\b(again|once more|one more|another (chance|go|try|shot|interview|round|look|opportunity|conversation)|second (chance|try|round|interview|look|time)|re-?(consider|take|do|submit|open|interview|visit|think|assess|evaluate|sit|try)\w*|change (your|their|his|her) mind|think of me)\b/;

// Word classes: a word no training sentence used still carries its class's weight ("evicted" is hardship like
// "rent"; "I suspect" hedges like "it seems"). Classes of meaning, not phrases of any one tone.
const hardshipPattern =
  /\b(rent|bills?|savings|debts?|loans?|mortgage|evict\w*|broke|afford\w*|income|earner|unemploy\w*|jobless|out of work|visa|permit|deport\w*|family|kids|child|parents|mother|father|wife|husband|sick|ill|illness|hospital|feed|survive|desperat\w*|lifeline|last hope|wits|struggl\w*|months without|years without)\b/;
const hedgePattern =
  /\b(it (seems|seemed|appears|appeared|felt|feels|looks|looked)|i (suspect|assume|can only assume|get the (feeling|impression|sense)|feel like|have a feeling|wonder (if|whether)|doubt|suppose|am not sure|am not convinced)|hard not to (feel|think|conclude)|apparently|one might think|i would hate to think)\b/;
const contrastPattern =
  /\b(but|however|actually|in fact|surely|on the contrary|to be fair|in fairness|respectfully|with respect|with all due respect|frankly|the truth is|the fact is)\b/;
// A cheerful opener over a grievance: "Great to know…", "So much for…", "Thanks for wasting…".
const sarcasmOpenPattern =
  /^ (?:(?:hi|hello|dear|hey|oh|well) (?:\w+ )?)?(great|nice|lovely|wonderful|brilliant|fantastic|good to know|glad to see|quite the|so much for|thanks for|thank you for|how nice|what a)\b/;
const grievancePattern =
  /\b(wast\w*|silence|ignor\w*|nothing|never|no (reply|response|answer|word|feedback)|weeks|months|ghost\w*|treat\w*|waiting|kept waiting|for show|already (filled|decided|chosen))\b/;
// Irony and insinuation carry confrontation without an accusing word: a stance of certainty or mock approval
// ("I suppose…", "naturally…", "glad to know…", "funny how…", "I'm left wondering whether…") laid over the
// reader's judgement. The frame alone is common in honest notes ("I suppose I rushed it"), so it is a class to
// combine with what it is aimed at.
const ironyFramePattern =
  /\b(i (suppose|guess|gather|imagine|presume|take it)|i would (imagine|guess|have thought)|i am (sure|certain|guessing)|no doubt|naturally|of course|(evidently|obviously|clearly) (the|they|you|your|their|someone|somebody|nobody|no one|it|this|that|whoever|experience|had|has|was|were|did|do|does|is|are)|apparently|presumably|needless to say|what a (surprise|coincidence|shock)|(funny|interesting|strange|odd|curious|telling|remarkable|amazing) (how|that)|(good|glad|nice|reassuring|comforting|great|lovely|refreshing|encouraging|useful|heartening) to (know|see|hear|learn|find out)|i am (left|beginning|starting) (wondering|to (think|wonder|suspect|see|feel))|can not help (notic|think|feel|wonder)\w*|makes? (me|one|you) wonder|so much for|at least (someone|somebody|they|you|the \w+)|must be nice|well done|ironic\w*|a bit rich|(pretty|quite|abundantly|plain|very) (clear|obvious)|reading between the lines|you will forgive me|forgive me (for|if))\b/;
// What an insinuation is aimed at: the reader's side, their judgement and how it was reached.
const judgementTargetPattern =
  /\b(panel|panels|interviewer\w*|recruiter\w*|assessor\w*|manager|hr|committee|board|company|team|they|them|their|you|your|someone|somebody|anyone|anybody|everyone|nobody|whoever|decision|decided|decide|judge\w*|judg\w*|assess\w*|conclu\w*|mind|minds|settled|shortlist\w*|scor\w*|advert\w*|role|process|interview|shortlist|selected|chosen|picked|hired|went to|fit)\b/;
// A verdict said to come from too little: minutes, one call, "by lunch", set against years of work.
const snapJudgementPattern =
  /\b((\d+|one|two|five|ten|fifteen|twenty|thirty|forty|a single|a quick|a short|a brief|half an?|an?)[- ](minute|minutes|min|hour|call|chat|phone call|video call|conversation|question|glance|look|afternoon|morning)|by lunch\w*|over coffee|coffee break|in passing|at a glance|first impressions?)\b/;
const judgingWordPattern =
  /\b(enough|plenty|all (it|you|they) (takes?|need)|everything|judge\w*|size (me|someone|them|a person|people)? ?up|sum \w+ up|tell (you|them|everything)|assess\w*|conclude\w*|decide\w*|know\w*|measure|read|years|career|decade)\b/;
// The outcome said to be settled in advance, or the process for show.
const predeterminedPattern =
  /\b(already (decided|chosen|picked|settled|made|in mind|lined up|earmarked|filled|promised|agreed)|before i (walked|arrived|sat|had|got|even|finished|opened|said|started)|made up (your|their|his|her) minds?|minds were made up|formality|for show|for appearances|box[- ]ticking|tick\w* (a|the) box\w*|(written|tailored|designed|built) (for|around|with) (someone|somebody|a particular|a specific|one|the internal|an internal)|particular person|who (knew|knows) (whom|who)|friend of|mates with|foregone|done deal|going through the motions|decided in advance|in advance|(make|made|making|makes) up (its|your|their|his|her) minds?|(was|is|were) (mostly|really|all|just|more|actually|only|simply) about|(polite|code|nice) (word|way of saying)|really means)\b/;
// The reader's care or competence doubted: "I hope someone at least glanced at…", "any good interviewer would…".
const doubtedCarePattern =
  /\b((at least|even|actually|ever|bother\w* to|take the time to) (glance\w*|look\w*|read|open\w*|listen\w*|notic\w*|check\w*|skim\w*)|(any|a|most) (good|competent|decent|experienced|reasonable|proper|fair|serious|half-decent) (interviewer|panel|recruiter|manager|assessor|employer|hiring manager|company|organi[sz]ation|process)|one (single )?question)\b/;
// Defensive frames: the writer's own account set against the feedback ("in fairness…", "I'd point out…", "for
// context…"), and weakness explained away by circumstance or by what anyone would have done.
const rebutFramePattern =
  /\b(in fairness|to be fair|for context|for the record|in my defen[cs]e|i would (just |gently |respectfully )?(point out|note|say|argue|add|stress|suggest|call it|describe it)|i should (point out|add|say|note)|just to (clarify|be clear)|the reality is|the truth is|to put it in context|i do not think (that is|it is|it was|this is|that was) (quite |entirely |really |a )?(right|fair|accurate|true|the case|representative)|(is|was) not (quite |entirely |really )?(right|accurate|true|representative|the case|a fair))\b/;
const circumstancePattern =
  /\b(only (arrived|came|reached me|got to me)|the night before|last minute|short notice|borrowed|(was|were) not (told|given|sent|warned|asked|in the brief|mentioned)|nobody (told|said|mentioned|asked)|no one (told|said|mentioned|asked)|(not|never) in (the brief|what i was sent|the pack|the job description)|(was|were) (really|just|simply|only) (me|my|nerves|a|the)|i was (just|simply|only|really) (being|trying|thinking|pausing)|because of the|due to the|given the|would have struggled|could have (done|managed|answered)|(was|were) (so|too) (vague|unclear|messy|broad|ambiguous)|anyone would|most people would|(any|most) ((decent|good|competent|experienced|capable|reasonable) )?\w+ (can|could|would|will) (have )?(pick|learn|switch|struggl|need|answer|see)\w*|nobody could have|no one could have|whether (it is|they are|it was) (labelled|called))\b/;
const ownRecordPattern =
  /\b((which|as|that) i (mentioned|said|explained|showed|covered|described|talked about|raised)|i did (give|mention|explain|show|cover|say|answer|talk|describe|provide|present)|my references|everyone i have worked|every \w+ i have worked|i have (been|done|run|led|built|managed) (this|that|it|exactly)|(twice|three times|several times|more than once)\b|single-handed\w*|exactly the same)\b/;
const theirViewPattern =
  /\b(you (say|said|felt|feel|thought|describe|described|suggest|mention\w*|call|called|noted|picked up)|(the|your) (panel|feedback|notes?|interviewers?|comment) (felt|says?|said|thought|suggest\w*|describ\w*|mention\w*|call\w*|noted)|the (concern|comment|point|note) (about|on|regarding))\b/;
// Asking for something: a question, a request or a wish to know (what "why" needs to be generic-why).
const askPattern =
  /\b(tell me|let me know|explain|wonder\w*|curious|like to (know|understand|hear)|help me understand|inform me|share|could you|would you|can you|please|any (insight|idea|light|clarity))\b/;

/**
 * The writer offering a reason or an account ("I'd be happy to explain why", "I can tell you what happened"): a why
 * the writer gives, not one asked of the reader.
 */
export const writerExplains =
  /\bi (?:(?:would|will|can|could|shall|am|be|happy|glad|pleased|keen|able|more|than|really|gladly|also|of|course|to|always) ){0,6}(?:explain|tell you|say|share|set out|walk you through|talk you through|expand on|go into|show you)(?: (?:more|a bit|a little|briefly|in person|at interview))?(?: about)? (?:why|what|how|the reasons?)\b/g;

/** Features of one sentence, each with why it is there. Names are plain strings so the weights stay readable. */
export function sentenceFeatures(sentence: PreparedSentence, kind: string | undefined): string[] {
  const features = new Set<string>();
  const norms = sentence.tokens.map((t) => t.norm);
  const words: string[] = [];
  const stems: string[] = [];
  const negated: boolean[] = [];
  let inNegation = false;
  for (const norm of norms) {
    if (clauseEnders.has(norm) || clauseBreakWords.has(norm)) inNegation = false;
    if (!/[\p{L}\p{N}]/u.test(norm)) continue;
    words.push(norm);
    stems.push(stem(norm));
    negated.push(inNegation);
    if (negators.has(norm)) inNegation = true;
  }
  const k =
    (kind ?? '')
      .trim()
      .toLowerCase()
      .replace(/[_\s]+/g, '-') || 'none';
  features.add('#bias');
  // The kind changes what a sentence means: rebutting is the problem in a feedback reply, asking for "another
  // conversation" is not a second-chance plea in a keep-in-touch note.
  features.add(`#kind=${k}`);

  // Stems carry the meaning across inflections; inside a negation's scope they get their own feature, since "not
  // fair" and "fair" say opposite things ("I don't need this job" is not pleading).
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i] ?? '';
    features.add(s);
    if (negated[i]) features.add(`NOT_${s}`);
  }
  // Stem bigrams keep short phrases ("owe me", "go wrong", "second chance") without listing them.
  const padded = ['<s>', ...stems, sentence.isQuestion ? '<q>' : '</s>'];
  for (let i = 0; i + 1 < padded.length; i++) features.add(`${padded[i]}_${padded[i + 1]}`);

  const first = words[0] ?? '';
  // First word of each clause, after any greeting ("Hi Tom, please tell me…"): where an imperative verb stands.
  const clauseFirsts = new Set<string>();
  let atClauseStart = true;
  for (const norm of norms) {
    if (clauseEnders.has(norm)) atClauseStart = true;
    else if (atClauseStart && /[\p{L}]/u.test(norm) && !greetings.has(norm)) {
      clauseFirsts.add(norm);
      atClauseStart = false;
    }
  }
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  const text = ` ${words.join(' ')} `;
  // Asking is read without the writer's own offers to explain ("happy to explain why"): that why is given, not asked.
  const askText = text.replace(writerExplains, ' ');

  // Questions: generic-why and second-chance are usually asked; confrontation and pleading are usually told.
  if (sentence.isQuestion) features.add('#question');
  if (whWords.has(first) || (first === 'so' && whWords.has(words[1] ?? ''))) features.add('#wh-start');
  if (/ (why|how come|what (was|is) the reason|for what reason|on what basis) /.test(askText)) features.add('#why');
  // Who does what: "you" as subject accuses or demands; "I" as subject pleads, rebuts or reflects.
  const youSubject =
    / (you|your (team|panel|company|interviewer|recruiter|process|feedback)) (did|do|have|had|are|were|made|make|must|should|owe|clearly|obviously|never|just|will|would|could|can|seem|seemed|wasted|ignored|treat|treated|got)\b/.test(
      text,
    );
  if (youSubject) features.add('#you-subject');
  if (/ (me|to me|for me) /.test(text)) features.add('#me-object');
  if (has(secondPerson)) features.add('#second-person');
  if (/ i (am|was|have|had|did|do|will|would|can|could|need|really|just|feel|think|believe|know) /.test(text))
    features.add('#i-subject');
  if (words.some((w) => otherParties.has(w))) features.add('#other-party');
  // Negation anywhere, and who is negated: "I was not selected" (outcome), "you did not listen" (accusation),
  // "that is not true" (rebuttal).
  const negation = words.some((w) => negators.has(w));
  if (negation) {
    features.add('#negation');
    if (/ (i|me|my \w+) (\w+ )?(did|was|were|have|had|do|am|could|would) not /.test(text)) features.add('#neg-i');
    if (/ (you|your \w+|they|the \w+) (\w+ )?(did|do|have|had|are|were|could|would|will) not /.test(text))
      features.add('#neg-you');
    if (/ (that|this|it) (is|was) (simply |just |really )?not /.test(text)) features.add('#neg-that');
  }
  // Modal requests ("could you", "would it be possible") soften a request; the request's object decides the tone.
  if (has(modals)) features.add('#modal');
  if (/ (could|would|can|will|may) (you|i|we|the \w+) /.test(text)) features.add('#modal-request');
  // Imperatives: a bare command ("Send me…", "Reply today") reads as a demand.
  if ([...clauseFirsts].some((w) => imperativeVerbs.has(w) || w === 'please')) features.add('#imperative');
  // Deadlines and time pressure.
  const deadline = deadlinePattern.test(text);
  if (deadline) features.add('#deadline');
  if (/ (if|unless|otherwise|or) /.test(text)) features.add('#conditional');
  if (has(intensifiers)) features.add('#intensifier');
  const compare = comparePattern.test(text);
  if (compare) features.add('#compare');
  const decision = decisionPattern.test(text);
  if (decision) features.add('#decision');
  const repeat = repeatPattern.test(text);
  if (repeat) features.add('#repeat');
  if (/ (need|needs|desperate|desperately|beg|begging|afford|depend|depends|depending) /.test(text))
    features.add('#need');
  if (/ (owe|owed|deserve|entitled|least you|the least) /.test(text)) features.add('#owed');
  if (/ (escalate|complain|complaint|report|lawyer|legal|tribunal|review|ceo|director|linkedin|glassdoor) /.test(text))
    features.add('#escalation');
  if (/ (thank|thanks|appreciate|grateful|welcome|value|enjoyed|pleasure) /.test(text)) features.add('#gratitude');
  if (/ (understand|accept|respect|fair|agree|right|makes sense|point taken) /.test(text)) features.add('#acceptance');
  // Word classes (see above) and how they combine with who is talked about.
  if (hardshipPattern.test(text)) features.add('#hardship');
  const hedge = hedgePattern.test(text);
  if (hedge) features.add('#hedge');
  if (hedge && (youSubject || words.some((w) => otherParties.has(w) || secondPerson.has(w))))
    features.add('#hedge&reader');
  const contrast = contrastPattern.test(text);
  if (contrast) features.add('#contrast');
  if (contrast && k === 'feedback-reply') features.add('#contrast&reply');
  if (sarcasmOpenPattern.test(text) && grievancePattern.test(text)) features.add('#sarcasm');
  // Irony, insinuation and rhetorical questions (see the patterns above), and what they are aimed at.
  const aimed = judgementTargetPattern.test(text);
  // "Funny, the recruiter told me…", "Right, so after two hours…": an ironic aside opening the sentence.
  if (
    ironyFramePattern.test(text) ||
    /^(?:funny|strange|odd|interesting|ironic|typical|right|ah well|oh well|well) ,/.test(sentence.norm)
  ) {
    // Only with what it is aimed at: alone it is as common in honest notes ("I suppose I rushed it").
    if (aimed) features.add('#irony&target');
    if (features.has('#i-subject') && !aimed) features.add('#irony&self');
  }
  if (sentence.isQuestion) {
    // "How exactly does a panel conclude…?", "Who on earth schedules…?", "Did anyone even read…?", "Was it ever
    // more than…?": a question put to make a point about the reader's side rather than to learn something.
    const rhetorical =
      /^ (?:(?:so|and|but|honestly|seriously|out of interest|just) )?(?:how (?:exactly|on earth|can|could|dare)|who (?:on earth|exactly|in their right mind|would|decides|schedules|thought|thinks)|what (?:exactly|on earth) (?:does|did|is|was)|since when|why (?:would|should|bother|even)|did (?:anyone|anybody|you|they|the \w+) (?:even|actually|ever|really|bother)|was (?:it|this|that|the \w+|anyone|there) (?:ever|really|actually|even)|is (?:it|this|that) (?:really|even|actually)|does (?:anyone|anybody|the \w+) (?:even|actually|really)|or was)\b/.test(
        text,
      ) || / or (?:was|is|were|did|am|do|does|are|had|have) (?:it|this|that|i|they|you|he|she|the \w+) /.test(text);
    if (rhetorical) {
      features.add('#rhetorical');
      if (aimed) features.add('#rhetorical&target');
    }
  }
  if (snapJudgementPattern.test(text) && judgingWordPattern.test(text)) features.add('#snap-judgement');
  if (predeterminedPattern.test(text)) features.add('#predetermined');
  if (doubtedCarePattern.test(text)) features.add('#doubted-care');
  const rebut = rebutFramePattern.test(text);
  if (rebut) features.add('#rebut-frame');
  if (circumstancePattern.test(text)) features.add('#circumstance');
  if (ownRecordPattern.test(text)) features.add('#own-record');
  const theirView = theirViewPattern.test(text);
  if (theirView) features.add('#their-view');
  if (theirView && (contrast || rebut || features.has('#negation'))) features.add('#their-view&turn');
  if ((rebut || features.has('#circumstance') || features.has('#own-record')) && k === 'feedback-reply')
    features.add('#rebuttal&reply');
  const asked = sentence.isQuestion || askPattern.test(askText);
  if (asked) features.add('#asked');
  if (asked && features.has('#why')) features.add('#why&asked');
  // Conjunctions a linear model cannot form on its own.
  if (sentence.isQuestion && decision) features.add('#question&decision');
  if (features.has('#why') && decision) features.add('#why&decision');
  if (features.has('#why') && features.has('#neg-i')) features.add('#why&neg-i');
  if (compare && features.has('#why')) features.add('#why&compare');
  if (repeat && (sentence.isQuestion || features.has('#modal-request') || features.has('#imperative')))
    features.add('#repeat&request');
  if (deadline && (features.has('#imperative') || features.has('#conditional') || /expect|require|need/.test(text)))
    features.add('#deadline&demand');
  if (negation && k === 'feedback-reply') features.add('#negation&reply');
  if (features.has('#i-subject') && k === 'feedback-reply') features.add('#i-subject&reply');
  if (features.has('#you-subject') && negation) features.add('#you-subject&negation');
  // Very short lines are greetings, sign-offs and names.
  features.add(words.length <= 3 ? '#short' : words.length <= 12 ? '#medium' : '#long');
  return [...features];
}

/**
 * Whether a tone can apply to a message kind at all. Every tone problem is reported in every kind where it is present
 * (a thank-you note that asks to redo the test, a keep-in-touch note that rebuts the feedback): what differs by kind
 * is what counts as the problem, and that is the rules' vetoes' business (lint.tone.ts). The one exception is a
 * formal subject access request, where the statutory deadline is the point rather than pressure.
 *
 * @example
 * toneApplies('tone.defensive', 'thank-you'); // true
 * toneApplies('tone.pressure', 'subject-access-request'); // false
 */
export function toneApplies(tone: ToneRule, kind: string | undefined): boolean {
  const k = (kind ?? '')
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-');
  return !(tone === 'tone.pressure' && k === 'subject-access-request');
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Scores one sentence for every tone (probabilities in `modelTones` order), without thresholds.
 *
 * @example
 * scoreSentence(prepareText('Please reply by Friday or I will escalate.')[0], 'nudge')[5]; // close to 1
 */
export function scoreSentence(
  sentence: PreparedSentence,
  kind: string | undefined,
  weights: ToneModelWeights = toneModelWeights,
): number[] {
  // While the user types only the sentence being edited changes: the others' scores are remembered. A sentence's
  // features come from its own text and the message kind alone.
  const key = weights === toneModelWeights ? `${kind ?? ''}\n${sentence.text}` : null;
  const known = key === null ? undefined : scoreCache.get(key);
  if (known) return known;
  const scores = computeScores(sentence, kind, weights);
  if (key !== null) scoreCache.set(key, scores);
  return scores;
}

const scoreCache = new RecentMap<string, number[]>(2000);

function computeScores(sentence: PreparedSentence, kind: string | undefined, weights: ToneModelWeights): number[] {
  // Typed arrays: this loop runs for every feature of every sentence while the user types.
  const sums = Float64Array.from(weights.bias);
  const table = featureWeights(weights);
  for (const feature of sentenceFeatures(sentence, kind)) {
    const w = table.get(feature);
    if (!w) continue;
    for (let t = 0; t < sums.length; t++) sums[t] = (sums[t] ?? 0) + (w[t] ?? 0);
  }
  return Array.from(sums, sigmoid);
}

/**
 * The tones the model finds, one finding per tone and sentence at or above that tone's threshold, for the lead
 * engine to union with the rules' issues.
 *
 * @example
 * toneModelFindings(prepareText('Is there any way my file could be looked at again?'), 'feedback-request');
 * // [{ rule: 'tone.second-chance', sentenceIndex: 0, start: 0, end: 50, score: 0.93 }]
 */
export function toneModelFindings(
  sentences: PreparedSentence[],
  kind: string | undefined,
  weights: ToneModelWeights = toneModelWeights,
): ToneModelFinding[] {
  const findings: ToneModelFinding[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    if (sentence.tokens.length === 0) return;
    const scores = scoreSentence(sentence, kind, weights);
    modelTones.forEach((rule, t) => {
      const score = scores[t] ?? 0;
      if (score < (weights.thresholds[t] ?? 1) || !toneApplies(rule, kind)) return;
      findings.push({ rule, sentenceIndex, start: sentence.start, end: sentence.end, score });
    });
  });
  return findings;
}
