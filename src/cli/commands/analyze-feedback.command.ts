import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { ValidationError } from '../../core/errors';
import { analyzeFeedback } from '../../core/feedback/feedback.analyze';
import type { FeedbackAnalysis } from '../../core/feedback/feedback.schema';
import { cliAction, exitCodes } from '../cli.action';

type JsonlResult = ({ id: unknown } & FeedbackAnalysis) | { id: unknown; error: string };

/**
 * Analyses one line of JSON Lines input. A line that is not JSON still keeps its id when one can be read
 * from it, so the caller can match the error to its input.
 *
 * @example
 * analyzeLine('{"id":"a","text":"Too junior."}').categories // ['experience']
 * analyzeLine('{"id":"b","text":') // { id: 'b', error: 'line is not valid JSON' }
 */
export function analyzeLine(line: string): JsonlResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    const id = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line)?.[1];
    let recovered: unknown = null;
    try {
      recovered = id === undefined ? null : JSON.parse(id);
    } catch {
      recovered = null;
    }
    return { id: recovered, error: 'line is not valid JSON' };
  }
  return analyzeRecord(value);
}

/**
 * Analyses one JSON Lines record `{ "id", "text" }`; a record without usable text becomes an error line,
 * so one bad line never stops a batch.
 *
 * @example
 * analyzeRecord({ id: 'a', text: 'We need fluent German.' }) // { id: 'a', categories: ['logistics'], … }
 * analyzeRecord({ id: 'b' }) // { id: 'b', error: 'line has no "text" string' }
 */
export function analyzeRecord(value: unknown): JsonlResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { id: null, error: 'line is not a JSON object' };
  const record = value as Record<string, unknown>;
  // The id is echoed back as given, so callers can match results however they number their lines.
  const id = record.id === undefined ? null : record.id;
  if (typeof record.text !== 'string') return { id, error: 'line has no "text" string' };
  if (record.text.trim() === '') return { id, error: '"text" is empty' };
  return { id, ...analyzeFeedback(record.text) };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes a batch of lines and waits when the pipe is full, so large inputs stream in constant memory. */
function flush(lines: string[]): Promise<void> {
  if (lines.length === 0) return Promise.resolve();
  const ok = process.stdout.write(`${lines.join('\n')}\n`);
  lines.length = 0;
  return ok ? Promise.resolve() : new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

export function registerAnalyzeFeedback(program: Command): void {
  program
    .command('analyze-feedback')
    .description('Read interview feedback: categories, vague or not, specifics, next steps and a follow-up question')
    .argument('[text]', 'the feedback text (default: standard input)')
    .option('--jsonl', 'read {"id","text"} lines on standard input and write one result line per input line')
    .action(
      cliAction(async (text: string | undefined, options: { jsonl?: boolean }) => {
        if (options.jsonl) {
          let bad = 0;
          const pending: string[] = [];
          const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
          for await (const line of lines) {
            if (line.trim() === '') continue;
            const result = analyzeLine(line.replace(/^\uFEFF/, ''));
            if ('error' in result) bad++;
            pending.push(JSON.stringify(result));
            if (pending.length >= 256) await flush(pending);
          }
          await flush(pending);
          if (bad > 0) {
            process.stderr.write(`nextround: ${bad} line(s) could not be analysed (see the "error" lines)\n`);
            process.exitCode = exitCodes.badInput;
          }
          return;
        }
        const input = text ?? (process.stdin.isTTY ? '' : await readAll(process.stdin));
        if (input.trim() === '')
          throw new ValidationError('Give the feedback text as an argument or on standard input.');
        process.stdout.write(`${JSON.stringify(analyzeFeedback(input), null, 2)}\n`);
      }),
    );
}
