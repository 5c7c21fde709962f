import { loadProofreader } from './lint.harper';
import { lintPersonalisation } from './lint.personalisation';
import { proofreadSync, wordAcceptance } from './lint.proofread';
import type { LintIssue, LintOptions } from './lint.schema';
import { ownWriting, type PreparedSentence, prepareText } from './lint.text';
import { lintTone } from './lint.tone';

/**
 * The message lint: tone, proofreading and personalisation for anything the user writes after an interview.
 * Only the user's own words are linted: a reply's quoted thread history is someone else's writing.
 * `lintMessageSync` is instant (pure JavaScript) for live feedback while typing; `lintMessage` adds the
 * WebAssembly proofreader, loaded once on first use.
 */

interface Prepared {
  sentences: PreparedSentence[];
  acceptance: ReturnType<typeof wordAcceptance>;
  issues: LintIssue[];
}

/** The instant checks, on a text already reduced to the user's own writing (`ownWriting`). */
function runSync(text: string, options: LintOptions): Prepared {
  const sentences = prepareText(text);
  // The name they like to be greeted by ("Mr Wang") is a name like theirs, never a spelling mistake.
  const greetAs = options.greetAs?.trim();
  const acceptance = wordAcceptance(
    sentences,
    greetAs ? { ...options, dictionary: [...(options.dictionary ?? []), greetAs] } : options,
  );
  const issues = [
    ...lintTone(sentences, options.kind, text),
    ...proofreadSync(text, acceptance, sentences),
    ...lintPersonalisation(text, sentences, options),
  ];
  return { sentences, acceptance, issues };
}

const overlaps = (a: LintIssue, b: LintIssue) => a.start < b.end && b.start < a.end;
const isProofreading = (issue: LintIssue) => issue.category === 'spelling' || issue.category === 'grammar';

/** Issues in reading order; for the same place, tone before proofreading before personalisation. */
function ordered(issues: LintIssue[]): LintIssue[] {
  const weight = { tone: 0, spelling: 1, grammar: 1, personalisation: 2 } as const;
  return issues.sort((a, b) => a.start - b.start || weight[a.category] - weight[b.category] || a.end - b.end);
}

/** Drops proofreading issues that overlap one already kept (two checkers flagging the same words). */
function withoutDuplicates(issues: LintIssue[]): LintIssue[] {
  const kept: LintIssue[] = [];
  for (const issue of issues) {
    if (isProofreading(issue) && kept.some((k) => isProofreading(k) && overlaps(k, issue))) continue;
    kept.push(issue);
  }
  return kept;
}

/**
 * Lints a message instantly, without the WebAssembly proofreader: tone, frequent spelling and grammar
 * mistakes, personalisation. For live feedback while the user types.
 *
 * @example
 * lintMessageSync("Why didn't I get the job?", { kind: 'feedback-request' }).map((i) => i.rule);
 * // ['tone.generic-why']
 */
export function lintMessageSync(text: string, options: LintOptions = {}): LintIssue[] {
  return ordered(withoutDuplicates(runSync(ownWriting(text), options).issues));
}

/**
 * Lints a message fully: everything `lintMessageSync` finds plus harper's spelling and grammar checks. If the
 * proofreader cannot load (e.g. the browser could not fetch the WebAssembly), the instant results are returned.
 *
 * @example
 * const issues = await lintMessage('I would of liked to discuss the role further.', { kind: 'thank-you' });
 * issues[0]; // { rule: 'grammar.word-choice', start: 2, end: 10, suggestion: 'would have', … }
 */
export async function lintMessage(given: string, options: LintOptions = {}): Promise<LintIssue[]> {
  const text = ownWriting(given);
  const { sentences, acceptance, issues } = runSync(text, options);
  let proofread: LintIssue[] = [];
  try {
    const proofreader = await loadProofreader();
    proofread = await proofreader.lint(text, sentences, acceptance);
  } catch {
    // The instant checks still stand; the proofreader is an addition, not a precondition.
  }
  return ordered(withoutDuplicates([...ordered(issues), ...proofread]));
}
