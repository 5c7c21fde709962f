/**
 * The authored labelled sets (lint.tone.fixtures.jsonl, lint.proofread.fixtures.jsonl), for tests and
 * `npm run eval`. Tone: `expect` lists the tone rules that must fire (empty = a clean message). Proofreading:
 * `errors` lists the substrings that must be flagged (empty = clean text full of names and technical words).
 * Parsing only: the callers read the files, so nothing in core does I/O.
 */
export interface ToneExample {
  id: string;
  kind?: string;
  text: string;
  expect: string[];
}

export interface ProofreadExample {
  id: string;
  kind?: string;
  text: string;
  errors: string[];
}

/** File names of the authored sets, next to this module. */
export const authoredToneFile = 'lint.tone.fixtures.jsonl';
export const authoredProofreadFile = 'lint.proofread.fixtures.jsonl';

/**
 * Parses JSON Lines of examples.
 *
 * @example
 * parseExamples<ToneExample>('{"id":"a","text":"Why?","expect":["tone.generic-why"]}\n')[0]?.id; // 'a'
 */
export function parseExamples<T>(jsonl: string): T[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
