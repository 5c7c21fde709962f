import { DomainError } from '../core/errors';

/** Exit codes: 0 done, 1 unexpected failure, 2 bad input, 3 not found, 4 conflict, 5 forbidden. */
export const exitCodes = { failure: 1, badInput: 2, notFound: 3, conflict: 4, forbidden: 5 } as const;

/** Maps an error to the CLI's exit code: domain errors by their status, anything else as a failure. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof DomainError) {
    if (error.status === 404) return exitCodes.notFound;
    if (error.status === 409) return exitCodes.conflict;
    if (error.status === 403 || error.status === 401) return exitCodes.forbidden;
    return exitCodes.badInput;
  }
  return exitCodes.failure;
}

/**
 * Wraps a command's action so that any error becomes one readable line on stderr and an exit code.
 *
 * @example
 * program.command('list').action(cliAction(async (opts) => { … }));
 */
export function cliAction<A extends unknown[]>(fn: (...args: A) => Promise<void> | void) {
  return async (...args: A): Promise<void> => {
    try {
      await fn(...args);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`nextround: ${message}\n`);
      if (error instanceof DomainError && error.details !== undefined && process.env.NEXTROUND_DEBUG) {
        process.stderr.write(`${JSON.stringify(error.details)}\n`);
      }
      process.exitCode = exitCodeFor(error);
    }
  };
}

/** Writes one JSON value per line (JSON Lines). */
export function writeJsonLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Reads JSON Lines from a stream, one parsed value per non-empty line; a bad line throws with its number. */
export async function* readJsonLines(input: NodeJS.ReadableStream): AsyncGenerator<{ line: number; value: unknown }> {
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = { __invalid: `line ${line} is not valid JSON` };
    }
    yield { line, value };
  }
}
