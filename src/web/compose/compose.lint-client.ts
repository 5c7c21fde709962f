import type { LintIssue, LintOptions } from '../../core/lint/lint.schema';
import type { LintDone, LintJob } from './compose.lint-worker';

type Mode = LintJob['mode'];

const workers = new Map<Mode, Worker>();
let nextId = 1;
const waiting = new Map<number, (done: LintDone) => void>();

/** Workers start on first use, so a page that never composes never loads the lint, let alone the proofreader. */
function workerFor(mode: Mode): Worker {
  const existing = workers.get(mode);
  if (existing) return existing;
  const worker = new Worker(new URL('./compose.lint-worker.ts', import.meta.url), {
    type: 'module',
    name: `lint-${mode}`,
  });
  worker.onmessage = (event: MessageEvent<LintDone>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  workers.set(mode, worker);
  return worker;
}

/**
 * Lints in a worker: `quick` runs the instant checks, `full` adds the proofreader. Resolves with the issues for
 * exactly the text sent; the caller drops answers for text that has since changed.
 */
export function lintInWorker(
  mode: Mode,
  text: string,
  options: LintOptions,
): Promise<{ text: string; issues: LintIssue[]; ms: number }> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    workerFor(mode).postMessage({ id, mode, text, options } satisfies LintJob);
  });
}
