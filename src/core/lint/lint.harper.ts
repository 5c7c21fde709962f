import type { LocalLinter } from 'harper.js';
import {
  acceptedWhateverSuggested,
  isAcceptedWord,
  isObjectPronoun,
  overlapsKnownName,
  type WordAcceptance,
} from './lint.proofread';
import { RecentMap } from './lint.recent';
import type { LintIssue } from './lint.schema';
import type { Sentence } from './lint.text';
import { clauseTakers, personPlural, techTerms } from './lint.words';

/**
 * The WebAssembly proofreader (harper.js), loaded once and lazily: importing it costs ~16 MB of WebAssembly and
 * building its dictionary grows the process by ~230–300 MB (measured by `npm run eval`), so nothing loads it
 * until the first full lint asks. Sentences are linted one by one and remembered, so re-linting a message while
 * the user types only pays for the sentence that changed.
 */

/** A harper finding, already in plain data (offsets relative to the sentence or piece of text it was found in). */
export interface SentenceLint {
  kind: string;
  start: number;
  end: number;
  problem: string;
  message: string;
  suggestions: string[];
}

/** Harper lint kinds that are advice on style, not mistakes: they would be false alarms on good English. */
const adviceKinds = new Set(['Style', 'Enhancement', 'Readability', 'Redundancy', 'Regionalism', 'Formatting']);

/**
 * Which of harper's ~900 rules run. The rules are most of harper's cost once a message's words are parsed: on
 * realistic 150-word messages the ~340 rules of harper's spelling, grammar, pronoun, phrase and miscellaneous
 * groups took about as long again as the parse itself (bench/lint.bench.ts). Over every error in the authored,
 * development and blind proofreading sets only 21 rules ever caught one that the instant checks had not, and
 * none of harper's idiom rules ("champ at the bit", "foam at the mouth") did. So the rules kept are the general
 * ones, by family: the spelling checker, agreement and verb forms, pronouns and possessives, confusable words,
 * articles, doubled or missing words, and the fixed phrases job seekers get wrong in writing.
 */
export const harperRules = [
  // Spelling, and words spelt as other words.
  'SpellCheck',
  'Misspell',
  'ToLoseTooLoose',
  'ExitedExcitedContext',
  'RegularIrregulars',
  'SeamToSeem',
  'Payed',
  'WorseOrWorst',
  'ExtendOrExtent',
  'DoesOrDose',
  'RelayOnForRely',
  'PrincipleToPrincipalRoleNoun',
  'ThoughThought',
  'ThingThink',
  'ThesesThese',
  'AllReady',
  'AllThough',
  'APart',
  'Cant',
  'Didnt',
  'LetsConfusion',
  // Pronouns and possessives: their/there/they're, its/it's, your/you're, I am/I is.
  'HavePronoun',
  'IAm',
  'IAmAgreement',
  'IDo',
  'HeDos',
  'ItsContraction',
  'ItsPossessive',
  'PossessiveYour',
  'PronounAre',
  'PronounContraction',
  'PronounInflectionBe',
  'PronounKnew',
  'PronounVerbAgreement',
  'SubjectPronoun',
  'TheirToThere',
  'TheirToTheyre',
  'ThereToTheir',
  'TheyreConfusions',
  'TheyreToTheir',
  'TheyToThem',
  'Theres',
  'ThereOwn',
  'YourOutClauseAgreement',
  'YourPredicateAdjective',
  'Yourself',
  'MultipleSequentialPronouns',
  'MayOfPronoun',
  // Verb forms and agreement: "would of", "have went", "did went", "to went", "is been".
  'ModalOf',
  'HadOf',
  'DoubleModal',
  'DoubleNegative',
  'DontCan',
  'IfWouldve',
  'InflectedVerbAfterTo',
  'IsBeenAuxSequence',
  'ModalSeem',
  'NounVerbConfusion',
  'SimplePastToPastParticiple',
  'SingleBe',
  'WouldNeverHave',
  'WrongNegative',
  'ProgressiveNeedsBe',
  'HelpedPast',
  'WantBe',
  'NeedToNoun',
  'LetToDo',
  'DidPast',
  'UseToUsedTo',
  'GetUsedTo',
  'HavePassed',
  'NominalWants',
  'AdjectiveDoubleDegree',
  // Confusable function words: then/than, that/than, too/to.
  'ThenThan',
  'ThatThan',
  'ThatThis',
  'TooTo',
  'ToTooIdioms',
  'AfterLater',
  // Articles and determiners.
  'AnA',
  'DefiniteArticle',
  'TheAnother',
  'AnotherOnes',
  'AnotherThings',
  'SomeOfThe',
  'QuantifierNeedsOf',
  // Doubled words and words run together or split.
  'RepeatedWords',
  'TheTheToThatThe',
  'ToTo',
  'OpenCompounds',
  'ItCan',
  'LooksLikes',
  'NotIn',
  'IveGotTo',
  'GoingTo',
  // Fixed phrases of professional writing: "look forward to hear", "discuss about", "interested about".
  'LookingForwardTo',
  'BestRegards',
  'KindRegards',
  'PleasRequestVerb',
  'Discuss',
  'CuriousAbout',
  'AskNoPreposition',
  'AspireTo',
  'CommitmentTo',
  'ResponsibilityFor',
  'InvestIn',
  'HowItLooksLike',
  'RiseTheQuestion',
  'AwaitFor',
  'DespiteOf',
  'ReasonForDoing',
  'ForSameReason',
  'SameAs',
  'GetPassGoPass',
  'AllIntentsAndPurposes',
];

/**
 * Rules switched off because they flag correct professional English (found by linting clean messages full of
 * names and technical words, the authored clean set): e.g. "roadmap" → "road map", or a name's capitalisation
 * compared with an acronym.
 */
export const disabledHarperRules = [
  'OrthographicConsistency',
  'RoadMap',
  'SplitWords',
  'AvoidCurses',
  // Found on employers' well-written feedback: "a sales team" → "sale's", "too surface-level" → "to",
  // "your expected salary" → "to", "the examples were" → "where", "one of the best we received" → "bests".
  'PossessiveNoun',
  'ToTwoToo',
  'MissingTo',
  'Copyright',
  'WereWhere',
  'DisjointPrefixes',
  'MissingPreposition',
  'OneOfTheSingular',
  'ThereIsAgreement',
];

/**
 * The flat rule configuration: `harperRules` on, every other rule (and the disabled ones) off.
 *
 * @example
 * await linter.setLintConfig(selectHarperRules(await linter.getLintConfig()));
 */
export function selectHarperRules(flat: Record<string, boolean | null>): Record<string, boolean> {
  const enabled = new Set(harperRules);
  for (const rule of disabledHarperRules) enabled.delete(rule);
  return Object.fromEntries(Object.keys(flat).map((rule) => [rule, enabled.has(rule)]));
}

// Harper's `lint()` (several times faster than `organizedLints()`) does not say which rule fired, so a few
// well-known families are recognised by the words they flag.
const confusables =
  /^(?:their|there|they're|they’re|its|it's|it’s|your|you're|you’re|then|than|affect|effect|affects|effects|lose|loose|to|too|two|weather|whether|hear|here|were|where|we're|accept|except|advice|advise)$/i;
const kindIds: Record<string, string> = {
  Spelling: 'spelling.misspelling',
  Typo: 'spelling.typo',
  BoundaryError: 'spelling.boundary',
  Capitalization: 'spelling.capitalization',
  Agreement: 'grammar.agreement',
  Repetition: 'grammar.repetition',
  WordChoice: 'grammar.word-choice',
  Eggcorn: 'grammar.word-choice',
  Malapropism: 'grammar.word-choice',
  Punctuation: 'grammar.punctuation',
  Usage: 'grammar.usage',
  WordOrder: 'grammar.word-order',
  Nonstandard: 'grammar.nonstandard',
  Grammar: 'grammar.general',
  Miscellaneous: 'grammar.general',
};

/**
 * The lint id for a harper finding, from harper's kind and the words it flags (null for style advice).
 *
 * @example
 * harperRuleId('Miscellaneous', 'an'); // 'grammar.article'
 */
export function harperRuleId(kind: string, problem: string): string | null {
  if (adviceKinds.has(kind)) return null;
  if (kind === 'Spelling' || kind === 'Typo' || kind === 'BoundaryError' || kind === 'Capitalization')
    return kindIds[kind] ?? 'spelling.misspelling';
  const flagged = problem.trim();
  if (/^an?$/i.test(flagged)) return 'grammar.article';
  if (kind === 'Repetition') return 'grammar.repetition';
  if (confusables.test(flagged) || /\b(?:could|would|should|must|might) of$/i.test(flagged))
    return 'grammar.word-choice';
  return kindIds[kind] ?? 'grammar.general';
}

const nameStarter = /(?:^|\s)(?:to|at|for|with|from|by|joining|join|joined)\s+$/i;

/**
 * Whether harper's grammar finding misreads correct text: a name, an object pronoun, a hyphenated compound, an
 * adjective read as a verb, a clause that ends in "did", or "it's" starting a clause ("I know it's budget season").
 *
 * @example
 * misreadsCorrectText('Whenever suits you is fine.', 19, 21); // true
 */
export function misreadsCorrectText(text: string, start: number, end: number): boolean {
  return (
    misreadsAnObject(text, start, end) ||
    misreadsACompound(text, start, end) ||
    misreadsAnAdjective(text, start, end) ||
    misreadsAClauseEnd(text, start, end) ||
    misreadsAName(text, start, end) ||
    misreadsAPossessive(text, start, end) ||
    misreadsAPreposition(text, start, end) ||
    // "It's Thursday.", "It's late, I know": "it is" before a word or two that end the clause; a possessive
    // "its" would need a verb after its noun.
    (/^it['’]s$/i.test(text.slice(start, end)) &&
      /^(?:[ \t]+[\p{L}-]+){1,2}[ \t]*(?:[.!?,;:]|$)/u.test(text.slice(end, end + 40))) ||
    // "I know it's budget season": after "know", "think", "hope"… a clause begins, and "it's" is "it is" unless
    // a verb follows its noun ("I think it's team is strong" is the possessive).
    (/^it['’]s$/i.test(text.slice(start, end)) &&
      clauseTakers.has(
        /([\p{L}]+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase() ?? '',
      ) &&
      !/^(?:[ \t]+[\p{L}-]+){1,3}?[ \t]+(?:is|are|was|were|has|have|had|seems|looks)\b/iu.test(
        text.slice(end, end + 60),
      )) ||
    // "I know you're experts": "you are" before a plural noun for people, not the possessive.
    (/^(?:you|they)['’]re$/i.test(text.slice(start, end)) &&
      personPlural.test(/^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1]?.toLowerCase() ?? '')) ||
    // "what you yourself had built": a pronoun with its emphatic reflexive, not a possessive.
    (/^(?:you|they|we|he|she|it|I)$/i.test(text.slice(start, end)) &&
      /^[ \t]+(?:yourself|yourselves|themselves|ourselves|himself|herself|itself|myself)\b/i.test(
        text.slice(end, end + 14),
      )) ||
    misreadsAQuestion(text, start, end)
  );
}

/**
 * Whether harper reads a question's opening "Were" as "We're": "Were the other finalists asked the same
 * questions?" is a question in the past, not "we are"; the sentence it opens ends with a question mark.
 *
 * @example
 * misreadsAQuestion('Were the other finalists asked the same questions?', 0, 4); // true
 * misreadsAQuestion('Were going to the office next week.', 0, 4); // false
 */
export function misreadsAQuestion(text: string, start: number, end: number): boolean {
  if (!/^were$/i.test(text.slice(start, end))) return false;
  const opensSentence = /(?:^|[.!?]["”’)]?\s+|\n)$/.test(text.slice(Math.max(0, start - 4), start));
  const sentence = /^[^.!?]*[.!?]?/.exec(text.slice(end))?.[0] ?? '';
  return opensSentence && sentence.endsWith('?');
}

/** Words after which "your" is an object's possessive, never "you are": "thank you for your kind words". */
const beforePossessive =
  /\b(?:for|with|to|of|about|on|in|by|from|at|into|after|before|over|through|like|appreciated|appreciate|enjoyed|read|received|got|valued|value)[ \t]+$/i;
/**
 * What the word after "you're" goes on with, where "your" cannot stand: "You're right about that", "you're
 * welcome to", "your doing well", "your making the right call".
 */
const predicateFollowers =
  /^(?:to|for|about|of|with|and|or|but|that|in|at|on|as|if|when|because|so|too|enough|well|fine|great|ok|okay|now|today|soon|here|there|really|better|again|the|a|an|my|our|this|it|me|us|them)$/i;

/**
 * Whether harper reads a possessive "your" as "you're" because an adjective follows: "thank you for your kind
 * words", "I appreciated your patient answers". After a preposition or a verb that takes an object "your" is a
 * possessive, and so it is when the adjective goes on to its noun; "Your welcome." and "your right about that"
 * (the adjective ends the clause or takes a preposition) stay flagged.
 *
 * @example
 * misreadsAPossessive('Thank you for your kind words.', 14, 18); // true
 */
export function misreadsAPossessive(text: string, start: number, end: number): boolean {
  if (!/^your$/i.test(text.slice(start, end))) return false;
  if (beforePossessive.test(text.slice(Math.max(0, start - 24), start))) return true;
  const next = /^[ \t]+(?:(?:very|so|really|most|extremely|incredibly)[ \t]+)?\p{L}+[ \t]+(\p{L}+)/u.exec(
    text.slice(end, end + 60),
  );
  return next?.[1] !== undefined && !predicateFollowers.test(next[1]);
}

/**
 * Whether harper reads "like" after a verb of seeming as a verb that disagrees with its subject: in "it felt a
 * lot more like a conversation" it is a preposition. So are the letters of an abbreviation with "&" ("a busy
 * A&E") that harper reads as the article "A".
 *
 * @example
 * misreadsAPreposition('It felt a lot more like a conversation.', 19, 23); // true
 */
export function misreadsAPreposition(text: string, start: number, end: number): boolean {
  const flagged = text.slice(start, end);
  if (/^\p{Lu}$/u.test(flagged) && text[end] === '&') return true;
  if (!/^like$/i.test(flagged)) return false;
  return /\b(?:felt|feel|feels|feeling|looked|look|looks|seemed|seem|seems|sounded|sound|sounds|smelled|tasted)\b(?:[ \t]+[\p{L}'’-]+){0,4}[ \t]+$/iu.test(
    text.slice(Math.max(0, start - 50), start),
  );
}

/**
 * Whether a grammar finding misreads a name as ordinary words: "to Consolidated Messenger" read as the verb
 * "to Consolidate", "the Data Analyst role" as a possessive, or a piece of a word harper split ("García" read
 * as "Garc" and the article "a"). A name is a capitalised word inside the sentence that stands next to another
 * capitalised word, or after "to", "at", "for", "with", "from".
 *
 * @example
 * misreadsAName('I would bring it to Consolidated Messenger.', 16, 31); // true
 */
export function misreadsAName(text: string, start: number, end: number): boolean {
  if (/\p{L}/u.test(text[start - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) return true;
  // "explaining how Octopus Energy's platform works": a name after a question word is not a verb missing its "to".
  if (
    /^(?:how|what|where|why|when|who)$/i.test(text.slice(start, end)) &&
    /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))
  )
    return true;
  // "Will walked me through…": the name Will, not the modal.
  if (/^(?:Will|May)\s+\p{Ll}+(?:ed|ew|ave|ook|ent|old|ent|aid)\b/u.test(text.slice(start, end + 12))) return true;
  for (const word of text.slice(start, end).matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
    const at = start + (word.index ?? 0);
    const before = text.slice(Math.max(0, at - 30), at);
    if (word[0] === 'I' || /(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(0, at))) continue;
    const after = text.slice(at + word[0].length);
    const previousCapitalised =
      /\p{Lu}[\p{L}'’-]*\s+$/u.test(before) && !/(?:^|[.!?]\s+|\n\s*)\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(0, at));
    if (/^[ \t]+\p{Lu}/u.test(after) || previousCapitalised || nameStarter.test(before)) return true;
  }
  return false;
}

/**
 * Whether harper asks a verb to agree with a pronoun that is the object of the verb before it, not the subject:
 * in "Whenever suits you is fine" the subject of "is" is "whenever suits you", and "you" belongs to "suits".
 *
 * @example
 * misreadsAnObject('Whenever suits you is fine.', 19, 21); // true
 */
export function misreadsAnObject(text: string, start: number, end: number): boolean {
  if (!/^(?:is|was|has|does|isn't|wasn't|hasn't|doesn't|\p{Ll}+s)$/u.test(text.slice(start, end))) return false;
  const pronoun = /(?:you|they|we|them|us|me)[ \t]+$/u.exec(text.slice(Math.max(0, start - 8), start));
  return pronoun !== null && isObjectPronoun(text, start - pronoun[0].length);
}

/**
 * Whether harper reads a possessive before a hyphenated compound as another word: "their on-call rotation" is
 * not "there on", nor "your follow-up" "you're follow".
 *
 * @example
 * misreadsACompound('their on-call rotation', 0, 5); // true
 */
export function misreadsACompound(text: string, start: number, end: number): boolean {
  if (!/^(?:their|your|its|whose)$/i.test(text.slice(start, end))) return false;
  return /^[ \t]+\p{L}+-\p{L}/u.test(text.slice(end, end + 30));
}

/**
 * Whether harper reads an adjective as a verb: after the preposition "to" ("from manual to automated testing",
 * "introduced to distributed systems": a noun follows, unlike "to talked through it"), or after the modal of a
 * question ("how will automated tests…").
 *
 * @example
 * misreadsAnAdjective('We moved to automated testing.', 9, 21); // true
 */
export function misreadsAnAdjective(text: string, start: number, end: number): boolean {
  const flagged = text.slice(start, end);
  // "How will automated tests…": a question puts the subject (with its adjective) after the modal.
  if (/^(?:will|can|could|would|should|might|may|must)[ \t]+\p{Ll}+ed$/iu.test(flagged))
    return /\b(?:what|which|how|why|when|where|who|whether)[ \t]+$/i.test(text.slice(Math.max(0, start - 12), start));
  if (!/^to[ \t]+\p{Ll}+ed$/u.test(flagged)) return false;
  const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && !objectStarters.test(next);
}
const objectStarters =
  /^(?:a|an|the|my|your|our|their|his|her|its|this|these|those|any|some|me|you|him|us|them|it|with|through|about|on|in|up|out|back|over|for|from|into|at|by|to|of|what|which|how|whether|why|when|where|who|if|more)$/i;

/**
 * Whether harper reads a clause that ends in "did" as the auxiliary of the next verb: in "What we did helped the
 * team", "helped" is the main verb of the sentence.
 *
 * @example
 * misreadsAClauseEnd('What we did helped the team.', 12, 18); // true
 */
export function misreadsAClauseEnd(text: string, start: number, end: number): boolean {
  if (!/^\p{Ll}+$/u.test(text.slice(start, end))) return false;
  return /\b(?:what|whatever|everything|all|anything|something|nothing|which|that|how)[ \t]+(?:\p{L}+[ \t]+){1,2}(?:did|does|do)[ \t]+$/iu.test(
    text.slice(Math.max(0, start - 50), start),
  );
}

/** Load cost of the proofreader, for the eval report and the README. */
export interface ProofreaderLoadStats {
  loadMs: number;
  rssBeforeMb: number | null;
  rssAfterMb: number | null;
}

/** Harper itself: its raw findings for pieces of text. */
export interface HarperEngine {
  readonly stats: ProofreaderLoadStats;
  /** Harper's findings for each piece, with offsets relative to the piece. */
  findings(pieces: string[]): Promise<SentenceLint[][]>;
}

export interface Proofreader {
  /** Proofreading issues for the sentences of a text, with offsets into that text. */
  lint(text: string, sentences: Sentence[], acceptance: WordAcceptance): Promise<LintIssue[]>;
  readonly stats: ProofreaderLoadStats;
}

const cacheLimit = 2000;

/** Resident memory in MB where the runtime can tell (Node), else null (browser). */
function residentMb(): number | null {
  const proc = (globalThis as { process?: { memoryUsage?: () => { rss: number } } }).process;
  return proc?.memoryUsage ? Math.round(proc.memoryUsage().rss / 1e6) : null;
}

/**
 * In Node, compile the WebAssembly with V8's optimising compiler from the start. By default V8 first compiles it
 * with its quick baseline compiler and optimises hot functions later on background threads, so the first lints
 * after loading are slow: on a busy 2-core machine, 150-word messages linted in full took CPU p50 36–45 ms (p95
 * 124 ms) over the first 50 calls, 15–20 ms (p95 29 ms) with this; from about the 50th call on both run at
 * ~14 ms (p95 ~21 ms). It does not change steady-state speed. Browsers (the web app's worker) are left alone.
 */
async function compileWasmOptimised(): Promise<void> {
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  if (!proc?.versions?.node) return;
  try {
    // A computed specifier so bundlers for the browser leave it alone.
    const specifier = ['node', 'v8'].join(':');
    const v8 = (await import(/* @vite-ignore */ specifier)) as { setFlagsFromString(flags: string): void };
    v8.setFlagsFromString('--no-liftoff');
  } catch {
    // Not Node after all: the default compilation still works, only slower at first.
  }
}

/**
 * Loads harper in this thread (or worker) with the selected rules.
 *
 * @example
 * const engine = await createHarperEngine();
 * await engine.findings(['I would of liked that.']); // [[{ kind: 'WordChoice', start: 2, end: 10, … }]]
 */
export async function createHarperEngine(): Promise<HarperEngine> {
  const rssBeforeMb = residentMb();
  const started = performance.now();
  await compileWasmOptimised();
  // The slim binary is one WebAssembly module; the full one loads the slim module *and* its own (~20 MB more).
  const [{ LocalLinter, Dialect }, { slimBinary }] = await Promise.all([
    import('harper.js'),
    import('harper.js/slimBinary'),
  ]);
  const linter: LocalLinter = new LocalLinter({ binary: slimBinary, dialect: Dialect.British });
  await linter.setup();
  await linter.setLintConfig(selectHarperRules(await linter.getLintConfig()));
  // Technical words ("kubectl", "grafana", "sre") are never mistakes, but harper does not know them, and for each
  // word it does not know it searches its dictionary for suggestions (10–15 ms on first sight), only for the
  // finding to be dropped. Lower-case words are not masked (a technical term may be an English word too), so
  // harper is taught them instead: ~60 ms once, at load.
  await linter.importWords([...techTerms]);
  const stats: ProofreaderLoadStats = {
    loadMs: Math.round(performance.now() - started),
    rssBeforeMb,
    rssAfterMb: residentMb(),
  };

  /** Runs harper on a piece of text; offsets come back as JavaScript string offsets into that piece. */
  async function run(text: string): Promise<SentenceLint[]> {
    const lints = await linter.lint(text, { language: 'plaintext' });
    const toUtf16 = codePointToUtf16(text);
    const found: SentenceLint[] = [];
    for (const lint of lints) {
      const span = lint.span();
      const suggestions = lint.suggestions();
      found.push({
        kind: lint.lint_kind(),
        start: toUtf16(span.start),
        end: toUtf16(span.end),
        problem: lint.get_problem_text(),
        message: lint.message(),
        suggestions: suggestions.slice(0, 3).map((s) => s.get_replacement_text()),
      });
      // Free the WebAssembly-side objects now rather than whenever the garbage collector gets to them.
      for (const suggestion of suggestions) suggestion.free();
      span.free();
      lint.free();
    }
    return found;
  }

  return {
    stats,
    async findings(pieces) {
      const found: SentenceLint[][] = [];
      for (const piece of pieces) found.push(await run(piece));
      return found;
    },
  };
}

/**
 * A sentence as harper is given it: each word the proofreader accepts whatever harper would suggest (a name, an
 * acronym, a code-like token, a word of the user's dictionary) replaced by a short name harper knows. Harper
 * searches its dictionary for suggestions for every word it does not know, which costs 20–90 ms for each new
 * one ("Odhiambo", "LaunchDarkly", "Villeurbanne") and seconds for a long one ("OpenTelemetry"), only for us to
 * drop the finding; a stand-in costs nothing and reads to harper's grammar rules as the name did.
 */
export interface MaskedSentence {
  text: string;
  /** Each replacement: where its stand-in is in `text`, and where the word it replaces is in the sentence. */
  standIns: Array<{ at: number; end: number; from: number; to: number }>;
}

const standInNames = ['Sam', 'Tom', 'Ben', 'Max'];
/** Titles and words harper knows well, left as they are: "Dear Ms Ito", "the UK", "OK". */
const keptAsWritten = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dear|hi|hello|i|a|an|the|ok|uk|us|eu|ai|hr|it|tv|cv)$/i;

/**
 * The sentence with the capitalised or code-like words the proofreader accepts anyway replaced by stand-ins
 * (different neighbours, so "Ngozi Okafor" never reads as a doubled word). A word after "a" or "an" is kept, so
 * harper still judges the article by its sound, and so is a piece of a compound ("Jean-Luc", "Next.js").
 *
 * @example
 * maskAcceptedWords('Dear Mr Odhiambo, thank you.', acceptance).text; // 'Dear Mr Sam, thank you.'
 */
export function maskAcceptedWords(sentence: string, acceptance: WordAcceptance): MaskedSentence {
  const standIns: MaskedSentence['standIns'] = [];
  let text = '';
  let copied = 0;
  for (const match of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    const from = match.index ?? 0;
    const to = from + word.length;
    // Lower-case words stay: a technical term may be an English word too ("how you react", "a rust stain").
    if (word.length < 2 || !/^\p{Lu}|\p{N}/u.test(word) || /^\p{N}+$/u.test(word) || keptAsWritten.test(word)) continue;
    if (/[-./_@#+&'’\p{L}\p{N}]$/u.test(sentence.slice(0, from))) continue;
    if (/^(?:[-./_@#+&][\p{L}\p{N}]|['’](?!s\b))/u.test(sentence.slice(to))) continue;
    if (/(?:^|\s)an?\s+$/i.test(sentence.slice(Math.max(0, from - 4), from))) continue;
    if (!acceptedWhateverSuggested(word, { text: sentence, start: from }, acceptance)) continue;
    const name = standInNames[standIns.length % standInNames.length] as string;
    text += sentence.slice(copied, from);
    standIns.push({ at: text.length, end: text.length + name.length, from, to });
    text += name;
    copied = to;
  }
  return { text: text + sentence.slice(copied), standIns };
}

/**
 * Harper's findings on a masked sentence, placed back in the sentence as written. A finding on a stand-in is
 * about the stand-in, not the user's word, and is dropped.
 */
function unmasked(found: SentenceLint[], masked: MaskedSentence, sentence: string): SentenceLint[] {
  if (masked.standIns.length === 0) return found;
  const place = (at: number): number => {
    let shift = 0;
    for (const standIn of masked.standIns) {
      if (standIn.end > at) break;
      shift = standIn.to - standIn.end;
    }
    return at + shift;
  };
  return found
    .filter((f) => !masked.standIns.some((s) => f.start < s.end && s.at < f.end))
    .map((f) => {
      const start = place(f.start);
      const end = place(f.end);
      return { ...f, start, end, problem: sentence.slice(start, end) };
    });
}

/** Sentences to lint together: their masked text, joined as in the message where they are neighbours. */
interface Piece {
  text: string;
  /** Where each sentence starts in `text`. */
  offsets: number[];
  keys: string[];
}

function pieceOf(text: string, group: Array<{ sentence: Sentence; index: number; key: string }>): Piece {
  let joined = '';
  const offsets: number[] = [];
  group.forEach(({ sentence, index, key }, k) => {
    const previous = group[k - 1];
    if (previous) joined += previous.index === index - 1 ? text.slice(previous.sentence.end, sentence.start) : '\n\n';
    offsets.push(joined.length);
    joined += key;
  });
  return { text: joined, offsets, keys: group.map((g) => g.key) };
}

/**
 * A proofreader over a harper engine: remembers harper's findings per sentence, so re-linting a message while
 * the user types only pays for the sentences that changed, and turns findings into lint issues (filtering what
 * harper gets wrong on names, technical words and the user's own words).
 *
 * @example
 * const proofreader = proofreaderOver(await createHarperEngine());
 * await proofreader.lint(text, prepareText(text), wordAcceptance(prepareText(text), {}));
 */
export function proofreaderOver(engine: HarperEngine): Proofreader {
  const cache = new RecentMap<string, SentenceLint[]>(cacheLimit);

  /**
   * Harper's findings per sentence, on the sentences as masked (so a sentence that differs only in a name is
   * one harper has seen). Sentences seen before come from the cache. One or two new sentences (typing) are
   * linted alone; more are linted together in one piece (as they stand in the message where they are
   * neighbours), which costs less than sentence by sentence.
   */
  async function findingsBySentence(
    text: string,
    sentences: Sentence[],
    acceptance: WordAcceptance,
  ): Promise<SentenceLint[][]> {
    const masked = sentences.map((sentence) => maskAcceptedWords(sentence.text, acceptance));
    const seen = new Set<string>();
    const missing = sentences
      .map((sentence, index) => ({ sentence, index, key: masked[index]?.text ?? sentence.text }))
      .filter(({ key }) => !cache.has(key) && !seen.has(key) && seen.add(key));
    if (missing.length > 0) {
      const groups = missing.length <= 2 ? missing.map((m) => [m]) : [missing];
      const pieces = groups.map((group) => pieceOf(text, group));
      const found = await engine.findings(pieces.map((piece) => piece.text));
      pieces.forEach((piece, k) => {
        const buckets = piece.keys.map((): SentenceLint[] => []);
        for (const finding of found[k] ?? []) {
          const index = piece.offsets.findLastIndex((offset) => offset <= finding.start);
          const offset = piece.offsets[index];
          const key = piece.keys[index];
          if (offset === undefined || key === undefined || finding.start >= offset + key.length) continue;
          buckets[index]?.push({ ...finding, start: finding.start - offset, end: finding.end - offset });
        }
        piece.keys.forEach((key, index) => {
          cache.set(key, buckets[index] ?? []);
        });
      });
    }
    return sentences.map((sentence, index) => {
      const mask = masked[index] ?? { text: sentence.text, standIns: [] };
      // Reading it refreshes its place, so the cache keeps what the user is still editing.
      const found = cache.get(mask.text) ?? [];
      return unmasked(found, mask, sentence.text);
    });
  }

  return {
    stats: engine.stats,
    async lint(text, sentences, acceptance) {
      const issues: LintIssue[] = [];
      const findings = await findingsBySentence(text, sentences, acceptance);
      sentences.forEach((sentence, index) => {
        for (const found of findings[index] ?? []) {
          const rule = harperRuleId(found.kind, found.problem);
          if (!rule) continue;
          const start = sentence.start + found.start;
          const end = sentence.start + found.end;
          // "an H-1B", "an SQL query": letters read by name, which harper's article rule gets wrong.
          if (rule === 'grammar.article' && /^\s*[A-Z][A-Z0-9-]/.test(text.slice(end, end + 4))) continue;
          // "the FP&A interview", "M&A": a letter joined to the word before it is part of that word, not an article.
          if (rule === 'grammar.article' && /[\p{L}\p{N}&/+-]$/u.test(text.slice(Math.max(0, start - 1), start)))
            continue;
          // "Year 10's practical": harper splits the "s" off a number's possessive and reads it as a word.
          if (rule.startsWith('spelling.') && /\d['’]$/.test(text.slice(Math.max(0, start - 2), start))) continue;
          if (rule.startsWith('spelling.') && rule !== 'spelling.boundary') {
            const where = { text, start, suggestions: found.suggestions };
            if (isAcceptedWord(text.slice(start, end), where, acceptance)) continue;
          } else if (overlapsKnownName(text, start, end, acceptance) || misreadsCorrectText(text, start, end)) continue;
          issues.push({
            rule,
            category: rule.startsWith('spelling.') ? 'spelling' : 'grammar',
            message: found.message,
            start,
            end,
            suggestion: found.suggestions[0] ?? null,
          });
        }
      });
      return issues;
    },
  };
}

/** Harper counts Unicode code points; JavaScript strings count UTF-16 units. Identity for most text. */
function codePointToUtf16(text: string): (index: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (index) => index;
  const offsets: number[] = [];
  let unit = 0;
  for (const char of text) {
    offsets.push(unit);
    unit += char.length;
  }
  offsets.push(unit);
  return (index) => offsets[index] ?? unit;
}

let loading: Promise<Proofreader> | null = null;

/**
 * The shared proofreader, loaded on first use (once per process or page).
 *
 * @example
 * const proofreader = await loadProofreader();
 * console.log(proofreader.stats.loadMs);
 */
export function loadProofreader(): Promise<Proofreader> {
  loading ??= createHarperEngine()
    .then(proofreaderOver)
    .catch((error: unknown) => {
      // Let a later call try again (e.g. the browser was offline when the WebAssembly was first fetched).
      loading = null;
      throw error;
    });
  return loading;
}

/**
 * Whether the proofreader has already been asked to load (it may still be loading).
 *
 * @example
 * if (!isProofreaderRequested()) void loadProofreader(); // warm it up while the user reads
 */
export function isProofreaderRequested(): boolean {
  return loading !== null;
}
