import { describe, expect, it } from 'vitest';
import { runCli } from '../../testing/cli-process';

/** Runs the real CLI with real stdin, split mid-line on purpose: lines must be reassembled across chunks. */
async function run(args: string[], input: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const result = await runCli(['analyze-feedback', ...args], { input, splitInput: true });
  return { status: result.code, stdout: result.stdout, stderr: result.stderr };
}

const parse = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('nextround analyze-feedback --jsonl', () => {
  it('writes one result per input line, in order, with the contract fields', async () => {
    const input = [
      { id: 'k8s', text: 'We felt your Kubernetes knowledge was not deep enough for the platform team.' },
      { id: 'fit', text: "We just didn't think it was the right fit." },
      { id: 7, text: 'The role has been put on hold due to budget changes.' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const { status, stdout } = await run(['--jsonl'], `${input}\n`);
    expect(status).toBe(0);
    const lines = parse(stdout);
    expect(lines.map((l) => l.id)).toEqual(['k8s', 'fit', 7]);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(
        ['actionable', 'actions', 'categories', 'followUpQuestion', 'id', 'specifics', 'vague'].sort(),
      );
    }
    expect(lines[0]).toMatchObject({ categories: ['skills'], vague: false, actionable: true, followUpQuestion: null });
    expect(lines[0]?.specifics).toContain('Kubernetes');
    expect(lines[1]).toMatchObject({ categories: ['fit'], vague: true, actionable: false });
    expect(typeof lines[1]?.followUpQuestion).toBe('string');
    expect(lines[2]).toMatchObject({ categories: ['role_change'], vague: false });
  });

  it('answers a bad line with an error line, keeps going, and exits 2 at the end', async () => {
    const input = [
      '{"id":"a","text":"You arrived twenty minutes late."}',
      '{"id":"b","text": not json',
      '{"id":"c"}',
      '[1,2]',
      '{"id":"d","text":"   "}',
      '{"id":"e","text":"Your salary expectations were above our range."}',
    ].join('\r\n');
    const { status, stdout, stderr } = await run(['--jsonl'], input);
    expect(status).toBe(2);
    const lines = parse(stdout);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ id: 'a', categories: ['conduct'] });
    expect(lines[1]).toMatchObject({ id: 'b', error: expect.any(String) });
    expect(lines[2]).toMatchObject({ id: 'c', error: expect.any(String) });
    expect(lines[3]).toMatchObject({ id: null, error: expect.any(String) });
    expect(lines[4]).toMatchObject({ id: 'd', error: expect.any(String) });
    expect(lines[5]).toMatchObject({ id: 'e', categories: ['logistics'] });
    expect(stderr).toMatch(/4 line/);
  });

  it('analyses a single text given as an argument', async () => {
    const { status, stdout } = await run(
      ['The panel liked you a lot, but you spoke over two of the interviewers.'],
      '',
    );
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as { categories: string[] };
    expect(result.categories).toEqual(['communication', 'strength']);
  });
});
