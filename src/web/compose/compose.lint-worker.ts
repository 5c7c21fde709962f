import { lintMessage, lintMessageSync } from '../../core/lint';
import type { LintIssue, LintOptions } from '../../core/lint/lint.schema';

/**
 * The lint, off the main thread, so typing never waits for it. Two of these run: a quick one (the instant
 * checks, tens of milliseconds on a long note) and a full one that also loads harper's 16 MB WebAssembly
 * proofreader on first use.
 */
export interface LintJob {
  id: number;
  mode: 'quick' | 'full';
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
  const { id, mode, text, options } = event.data;
  const started = performance.now();
  const issues = mode === 'quick' ? lintMessageSync(text, options) : await lintMessage(text, options);
  scope.postMessage({ id, text, issues, ms: Math.round(performance.now() - started) });
};
