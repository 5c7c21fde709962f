import type { LintIssue, LintOptions } from '../../core/lint/lint.schema';
import type { LintDone, LintJob } from './compose.lint-worker';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (done: LintDone) => void>();

/** The worker starts on the first full lint, so a page that never composes never loads the proofreader. */
function ensureWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./compose.lint-worker.ts', import.meta.url), { type: 'module', name: 'proofreader' });
  worker.onmessage = (event: MessageEvent<LintDone>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  return worker;
}

/** Lints in the worker; resolves with the issues for exactly this text (the caller drops stale answers). */
export function fullLint(
  text: string,
  options: LintOptions,
): Promise<{ text: string; issues: LintIssue[]; ms: number }> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    ensureWorker().postMessage({ id, text, options } satisfies LintJob);
  });
}
