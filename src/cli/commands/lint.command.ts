import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { ValidationError } from '../../core/errors';
import { lintMessage, lintMessageSync } from '../../core/lint';
import { type LintIssue, type LintOptions, lintOptionsSchema } from '../../core/lint/lint.schema';
import { cliAction, exitCodes } from '../cli.action';
import { cliActor, storeConfigFrom, withServices } from '../cli.context';

type JsonlResult = { id: unknown; issues: LintIssue[] } | { id: unknown; error: string };

interface LintRun {
  /** Skip the WebAssembly proofreader (instant checks only). */
  instant: boolean;
  /** The user's own words (their profile's dictionary), never spelling mistakes, added to each record's own. */
  dictionary?: string[];
}

/**
 * The dictionary in the user's profile, as the web app's proofreader uses it, so a name or technical word the
 * user added is not flagged here either. Linting needs no data: with no data folder it creates none and uses
 * no dictionary, and a store it cannot read is reported and linted without.
 */
async function profileDictionary(options: { data?: string }): Promise<string[]> {
  const config = storeConfigFrom(options);
  if (config.kind === 'sqlite' && !existsSync(config.file)) return [];
  try {
    return await withServices(options, async (services) => (await services.me.get(cliActor)).dictionary);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`nextround: could not read your dictionary (${reason}); linting without it\n`);
    return [];
  }
}

const withDictionary = (options: LintOptions, words: string[] | undefined): LintOptions =>
  words && words.length > 0 ? { ...options, dictionary: [...words, ...(options.dictionary ?? [])] } : options;

function idOf(record: Record<string, unknown>): unknown {
  return typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
}

/** Reads the id from a line that is not valid JSON, so the error line can still be matched to its input. */
function recoverId(line: string): unknown {
  const raw = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line)?.[1];
  if (raw === undefined) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/**
 * Lints one JSON Lines record `{ "id", "text", "kind"? }` (plus the optional lint options). A record without a
 * text string becomes an error line; a missing, null or unknown kind is linted with the general rules.
 *
 * @example
 * await lintRecord({ id: 'a', text: "Why didn't I get the job?", kind: 'feedback-request' }, { instant: false });
 * // { id: 'a', issues: [{ rule: 'tone.generic-why', … }] }
 */
export async function lintRecord(value: unknown, run: LintRun): Promise<JsonlResult> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { id: null, error: 'line is not a JSON object' };
  const record = value as Record<string, unknown>;
  const id = idOf(record);
  if (typeof record.text !== 'string') return { id, error: 'line has no "text" string' };
  const parsed = lintOptionsSchema.safeParse({
    ...record,
    // The kind is advice to the lint, never a reason to refuse: anything that is not a string is "unknown".
    kind: typeof record.kind === 'string' ? record.kind : undefined,
    channel: typeof record.channel === 'string' && record.channel.length <= 40 ? record.channel : undefined,
  });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { id, error: `invalid ${first?.path.join('.') || 'options'}: ${first?.message ?? 'bad value'}` };
  }
  const options = withDictionary(parsed.data, run.dictionary);
  const issues = run.instant ? lintMessageSync(record.text, options) : await lintMessage(record.text, options);
  return { id, issues };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function write(line: string): Promise<void> {
  const ok = process.stdout.write(`${line}\n`);
  return ok ? Promise.resolve() : new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

/** One readable line per issue: where, which rule, what to do. */
function describeIssue(text: string, issue: LintIssue): string {
  const flagged = text.slice(issue.start, issue.end).replace(/\s+/g, ' ');
  const shown = flagged.length > 60 ? `${flagged.slice(0, 57)}…` : flagged;
  const fix = issue.suggestion === null ? '' : `\n    → ${issue.suggestion}`;
  return `${issue.start}-${issue.end} ${issue.rule}: "${shown}"\n    ${issue.message}${fix}`;
}

/**
 * Registers `nextround lint` (one message, or `--jsonl` batches: the contract used to check the lint).
 *
 * @example
 * registerLint(program); // then: echo '{"id":1,"text":"…","kind":"nudge"}' | nextround lint --jsonl
 */
export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('Check a message for tone, spelling, grammar and personalisation before it is sent')
    .argument('[text]', 'the message (default: standard input)')
    .option('--jsonl', 'read {"id","text","kind"} lines on standard input and write one {"id","issues"} line per input')
    .option('--kind <kind>', 'the message kind: thank-you, feedback-request, feedback-reply, nudge, …')
    .option('--channel <channel>', 'how it goes out: email (the default), letter or phone (a script to say)')
    .option('--json', 'print the issues as JSON')
    .option('--instant', 'skip the WebAssembly proofreader (tone, personalisation and common mistakes only)')
    .option('--data <dir>', 'data folder whose profile dictionary (nextround me --add-word) the proofreader accepts')
    .action(
      cliAction(
        async (
          text: string | undefined,
          options: {
            jsonl?: boolean;
            kind?: string;
            channel?: string;
            json?: boolean;
            instant?: boolean;
            data?: string;
          },
        ) => {
          const run: LintRun = { instant: options.instant === true, dictionary: await profileDictionary(options) };
          if (options.jsonl) {
            let bad = 0;
            const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
            for await (const line of lines) {
              if (line.trim() === '') continue;
              let value: unknown;
              let result: JsonlResult;
              try {
                value = JSON.parse(line);
                result = await lintRecord(value, run);
              } catch (error) {
                result =
                  value === undefined
                    ? { id: recoverId(line), error: 'line is not valid JSON' }
                    : {
                        id: typeof value === 'object' && value !== null ? idOf(value as Record<string, unknown>) : null,
                        error: error instanceof Error ? error.message : String(error),
                      };
              }
              if ('error' in result) bad++;
              await write(JSON.stringify(result));
            }
            if (bad > 0) {
              process.stderr.write(`nextround: ${bad} line(s) could not be linted (see the "error" lines)\n`);
              process.exitCode = exitCodes.badInput;
            }
            return;
          }
          const input = text ?? (process.stdin.isTTY ? '' : await readAll(process.stdin));
          if (input.trim() === '') throw new ValidationError('Give the message as an argument or on standard input.');
          const lintOptions = withDictionary(
            {
              ...(options.kind ? { kind: options.kind } : {}),
              ...(options.channel ? { channel: options.channel } : {}),
            },
            run.dictionary,
          );
          const issues = run.instant ? lintMessageSync(input, lintOptions) : await lintMessage(input, lintOptions);
          if (options.json) {
            process.stdout.write(`${JSON.stringify(issues, null, 2)}\n`);
            return;
          }
          process.stdout.write(
            issues.length === 0
              ? 'No issues found.\n'
              : `${issues.map((issue) => describeIssue(input, issue)).join('\n')}\n`,
          );
        },
      ),
    );
}
