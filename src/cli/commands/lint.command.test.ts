import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../testing/cli-process';

/** Runs the real CLI with real stdin, split mid-line on purpose: lines must be reassembled across chunks. */
async function run(args: string[], input: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const result = await runCli(['lint', ...args], { input, splitInput: true });
  return { status: result.code, stdout: result.stdout, stderr: result.stderr };
}

const parse = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: unknown; issues?: Array<Record<string, unknown>>; error?: string });

describe('nextround lint --jsonl', () => {
  it('writes one result per input line, in order, with issues in the contract shape', async () => {
    const input = [
      { id: 'why', text: "Hi Dana, thanks for letting me know. Why didn't I get the job?", kind: 'feedback-request' },
      { id: 'typo', text: 'I would of liked to discuss the role further.', kind: 'thank-you' },
      { id: 3, text: 'Thank you for meeting with me on Tuesday about the analyst role.', kind: 'thank-you' },
      { id: 'no-kind', text: 'I really need this job.' },
      { id: 'odd-kind', text: 'Please reply within 24 hours.', kind: 'carrier-pigeon' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const { status, stdout } = await run(['--jsonl'], `${input}\n`);
    expect(status).toBe(0);
    const lines = parse(stdout);
    expect(lines.map((l) => l.id)).toEqual(['why', 'typo', 3, 'no-kind', 'odd-kind']);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['id', 'issues']);
      for (const issue of line.issues ?? []) {
        expect(Object.keys(issue).sort()).toEqual(['category', 'end', 'message', 'rule', 'start', 'suggestion']);
      }
    }
    expect(lines[0]?.issues?.map((i) => i.rule)).toEqual(['tone.generic-why']);
    expect(lines[1]?.issues).toEqual([expect.objectContaining({ start: 2, end: 10, suggestion: 'would have' })]);
    expect(lines[2]?.issues).toEqual([]);
    expect(lines[3]?.issues?.map((i) => i.rule)).toEqual(['tone.pleading']);
    expect(lines[4]?.issues?.map((i) => i.rule)).toEqual(['tone.pressure']);
  });

  it('reads a phone script as spoken when told its channel, and never refuses an odd channel', async () => {
    const script =
      'Phone script: call Nadia Khan.\n\nOpening: "Hello Nadia, this is Alex. Thank you for letting me know about the analyst role. Do you have five minutes for a question about my case study?"';
    const input = [
      { id: 'as-email', text: script, kind: 'feedback-request' },
      { id: 'as-phone', text: script, kind: 'feedback-request', channel: 'phone' },
      { id: 'odd', text: 'Thanks again for your time.', kind: 'thank-you', channel: 42 },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const { status, stdout } = await run(['--jsonl', '--instant'], `${input}\n`);
    expect(status).toBe(0);
    const [email, phone, odd] = parse(stdout);
    expect(email?.issues?.map((i) => i.rule)).toEqual(['personalisation.missing-name']);
    expect(phone?.issues).toEqual([]);
    expect(odd?.issues).toEqual([]);
  });

  it('stops quietly when the reader closes the pipe early, as `| head -1` does', async () => {
    const bin = fileURLToPath(new URL('../../../bin/nextround.mjs', import.meta.url));
    const child = spawn(process.execPath, [bin, 'lint', '--jsonl', '--instant'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.stdin.on('error', () => {}); // the CLI stops reading once it stops: the rest of the input is unwanted
    const line = JSON.stringify({ id: 'x', text: 'I would of liked to discuss the role further.', kind: 'thank-you' });
    child.stdin.end(`${`${line}\n`.repeat(20_000)}`);
    const first = await new Promise<string>((resolve) =>
      child.stdout.once('data', (chunk: Buffer) => resolve(`${chunk}`)),
    );
    child.stdout.destroy(); // the reader has what it wanted
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toMatch(/^\{"id":"x"/);
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });

  it('answers a bad line with an error line, keeps going and exits 2 at the end', async () => {
    const input = [
      '{"id":"ok","text":"Thanks again for your time.","kind":"thank-you"}',
      '{"id":"broken","text":',
      '{"id":"no-text"}',
      '[1,2]',
      '{"id":"after","text":"What went wrong?","kind":"feedback-request"}',
    ].join('\n');
    const { status, stdout, stderr } = await run(['--jsonl'], `${input}\n`);
    expect(status).toBe(2);
    expect(stderr).toMatch(/3 line\(s\) could not be linted/);
    const lines = parse(stdout);
    expect(lines.map((l) => l.id)).toEqual(['ok', 'broken', 'no-text', null, 'after']);
    expect(lines[1]?.error).toMatch(/not valid JSON/);
    expect(lines[2]?.error).toMatch(/text/);
    expect(lines[3]?.error).toMatch(/object/);
    expect(lines[4]?.issues?.map((i) => i.rule)).toEqual(['tone.generic-why']);
  });

  describe("the user's dictionary", () => {
    const folders: string[] = [];
    const folder = () => {
      const dir = mkdtempSync(join(tmpdir(), 'nextround-lint-'));
      folders.push(dir);
      return dir;
    };
    afterAll(() => {
      for (const dir of folders) rmSync(dir, { recursive: true, force: true });
    });
    const line = JSON.stringify({
      id: 'words',
      text: 'I enjoyed our talk about the frobnicator pipeline and the zorbulated queue.',
      kind: 'thank-you',
    });
    const flaggedWords = (stdout: string) => {
      const text = JSON.parse(line).text as string;
      return (parse(stdout)[0]?.issues ?? [])
        .filter((i) => i.category === 'spelling')
        .map((i) => text.slice(Number(i.start), Number(i.end)));
    };

    it('accepts the words in the profile of the data folder, as the web app does, and nothing else', async () => {
      const data = folder();
      const added = await runCli(['me', '--data', data, '--add-word', 'frobnicator']);
      expect(added.code).toBe(0);
      const { status, stdout } = await run(['--jsonl', '--data', data], `${line}\n`);
      expect(status).toBe(0);
      expect(flaggedWords(stdout)).toEqual(['zorbulated']);
      // One message given as an argument reads the same dictionary.
      const single = await runCli(['lint', '--data', data, '--json', 'Our frobnicator work went well.']);
      expect(JSON.parse(single.stdout)).toEqual([]);
    });

    it('creates no data folder just to lint, and flags the words when there is no profile', async () => {
      const empty = folder();
      const { status, stdout } = await run(['--jsonl', '--data', empty], `${line}\n`);
      expect(status).toBe(0);
      expect(flaggedWords(stdout)).toEqual(['frobnicator', 'zorbulated']);
      expect(existsSync(join(empty, 'nextround.sqlite'))).toBe(false);
    });

    it('says so and lints without a dictionary when the data cannot be read', async () => {
      const broken = folder();
      writeFileSync(join(broken, 'nextround.sqlite'), 'this is not a database');
      const { status, stdout, stderr } = await run(['--jsonl', '--data', broken], `${line}\n`);
      expect(status).toBe(0);
      expect(stderr).toMatch(/could not read your dictionary/);
      expect(flaggedWords(stdout)).toEqual(['frobnicator', 'zorbulated']);
    });
  });
});
