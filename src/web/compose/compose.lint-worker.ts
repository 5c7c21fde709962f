import { lintMessage } from '../../core/lint';
import type { LintIssue, LintOptions } from '../../core/lint/lint.schema';

/**
 * The full lint, harper's WebAssembly proofreader included, off the main thread: it is 16 MB to load and takes
 * a few milliseconds per sentence, and typing must never wait for it.
 */
export interface LintJob {
  id: number;
  text: string;
  options: LintOptions;
}
export interface LintDone {
  id: number;
  text: string;
  issues: LintIssue[];
  ms: number;
}

/** The worker's global scope, as far as this file uses it (the project's types are the DOM's, not a worker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<LintJob>) => void) | null;
  postMessage(message: LintDone): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const { id, text, options } = event.data;
  const started = performance.now();
  const issues = await lintMessage(text, options);
  scope.postMessage({ id, text, issues, ms: Math.round(performance.now() - started) });
};
