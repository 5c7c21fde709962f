import type { LocalLinter } from 'harper.js';
import { isAcceptedWord, type WordAcceptance } from './lint.proofread';
import type { LintIssue } from './lint.schema';
import type { Sentence } from './lint.text';

/**
 * The WebAssembly proofreader (harper.js), loaded once and lazily: importing it costs ~16 MB of WebAssembly and
 * building its dictionary grows the process by ~230–300 MB (measured by `npm run eval`), so nothing loads it
 * until the first full lint asks. Sentences are linted one by one and remembered, so re-linting a message while
 * the user types only pays for the sentence that changed.
 */

/** A harper finding for one sentence, already in plain data (offsets relative to the sentence). */
interface SentenceLint {
  ruleName: string;
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
 * Harper rules switched off because they flag correct professional English (found by linting clean messages
 * full of names and technical words; see lint.harper.test.ts): e.g. "roadmap" → "road map", or a name's
 * capitalisation compared with an acronym.
 */
export const disabledHarperRules = [
  'OrthographicConsistency',
  'RoadMap',
  'CompoundNouns',
  'SplitWords',
  'SentenceCapitalization',
  'Spaces',
  'LongSentences',
  'UnclosedQuotes',
  'CorrectNumberSuffix',
  'PhrasalVerbAsCompoundNoun',
  'BoringWords',
  'ExpandTimeShorthands',
  'Dashes',
  'EllipsisLength',
  'NoOxfordComma',
  'OxfordComma',
  'AvoidCurses',
  'InflectedVerbAfterTo',
];

const ruleIdOverrides: Array<[RegExp, string]> = [
  [/^AnA$/, 'grammar.article'],
  [/^SpellCheck$/, 'spelling.misspelling'],
  [/^RepeatedWords$/, 'grammar.repetition'],
  [
    /(?:Their|There|Its|Your|Then|Than|Affect|Effect|Lose|Loose|ToTwoToo|Weather|Whether|Hear|Here|ModalOf)/,
    'grammar.word-choice',
  ],
  [/(?:PastParticiple|LookingForwardTo|Ing$)/, 'grammar.verb-form'],
];

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
 * The lint id for a harper finding: a few well-known rules by name, the rest by harper's kind.
 *
 * @example
 * harperRuleId('AnA', 'Miscellaneous'); // 'grammar.article'
 */
export function harperRuleId(ruleName: string, kind: string): string | null {
  if (adviceKinds.has(kind)) return null;
  for (const [pattern, id] of ruleIdOverrides) if (pattern.test(ruleName)) return id;
  return kindIds[kind] ?? 'grammar.general';
}

/** Load cost of the proofreader, for the eval report and the README. */
export interface ProofreaderLoadStats {
  loadMs: number;
  rssBeforeMb: number | null;
  rssAfterMb: number | null;
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

async function createProofreader(): Promise<Proofreader> {
  const rssBeforeMb = residentMb();
  const started = performance.now();
  // The slim binary is one WebAssembly module; the full one loads the slim module *and* its own (~20 MB more).
  const [{ LocalLinter, Dialect }, { slimBinary }] = await Promise.all([
    import('harper.js'),
    import('harper.js/slimBinary'),
  ]);
  const linter: LocalLinter = new LocalLinter({ binary: slimBinary, dialect: Dialect.British });
  await linter.setup();
  const config = await linter.getLintConfig();
  for (const rule of disabledHarperRules) if (rule in config) config[rule] = false;
  await linter.setLintConfig(config);
  const stats: ProofreaderLoadStats = {
    loadMs: Math.round(performance.now() - started),
    rssBeforeMb,
    rssAfterMb: residentMb(),
  };
  const cache = new Map<string, SentenceLint[]>();

  async function lintSentence(text: string): Promise<SentenceLint[]> {
    const cached = cache.get(text);
    if (cached) {
      // Refresh its place so the cache keeps what the user is still editing.
      cache.delete(text);
      cache.set(text, cached);
      return cached;
    }
    const organised = await linter.organizedLints(text, { language: 'plaintext' });
    const toUtf16 = codePointToUtf16(text);
    const found: SentenceLint[] = [];
    for (const [ruleName, lints] of Object.entries(organised)) {
      for (const lint of lints) {
        const span = lint.span();
        const suggestions = lint.suggestions();
        found.push({
          ruleName,
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
    }
    cache.set(text, found);
    if (cache.size > cacheLimit) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    return found;
  }

  return {
    stats,
    async lint(text, sentences, acceptance) {
      const issues: LintIssue[] = [];
      for (const sentence of sentences) {
        for (const found of await lintSentence(sentence.text)) {
          const rule = harperRuleId(found.ruleName, found.kind);
          if (!rule) continue;
          const start = sentence.start + found.start;
          const end = sentence.start + found.end;
          if (rule.startsWith('spelling.') && rule !== 'spelling.boundary') {
            const where = { text, start, suggestions: found.suggestions };
            if (isAcceptedWord(text.slice(start, end), where, acceptance)) continue;
          }
          issues.push({
            rule,
            category: rule.startsWith('spelling.') ? 'spelling' : 'grammar',
            message: found.message,
            start,
            end,
            suggestion: found.suggestions[0] ?? null,
          });
        }
      }
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
  loading ??= createProofreader().catch((error: unknown) => {
    // Let a later call try again (e.g. the browser was offline when the WebAssembly was first fetched).
    loading = null;
    throw error;
  });
  return loading;
}

/** Whether the proofreader has already been asked to load (it may still be loading). */
export function isProofreaderRequested(): boolean {
  return loading !== null;
}
