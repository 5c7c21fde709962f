import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The authored labelled sets, for tests and `npm run eval` (Node only: the lint itself never reads files).
 * Tone: `expect` lists the tone rules that must fire (empty = a clean message). Proofreading: `errors` lists
 * the substrings that must be flagged (empty = clean text full of names and technical words).
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

/**
 * Reads a JSON Lines file of examples.
 *
 * @example
 * readExamples<ToneExample>(authoredTonePath).length; // ≥ 120
 */
export function readExamples<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export const authoredTonePath = join(import.meta.dirname, 'lint.tone.fixtures.jsonl');
export const authoredProofreadPath = join(import.meta.dirname, 'lint.proofread.fixtures.jsonl');
