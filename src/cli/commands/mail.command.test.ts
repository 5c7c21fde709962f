import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(root, 'src', 'mail', 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'nextround-mail-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'nextround.mjs'), 'mail', 'inspect', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  const lines = result.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, lines, stderr: result.stderr };
}

function asMboxMessage(file: string): string {
  const text = readFileSync(join(fixtures, file), 'utf8').replace(/\r\n/g, '\n');
  return `From MAILER-DAEMON Tue Nov 24 02:00:00 2026\n${text.replace(/^(>*From )/gm, '>$1')}\n`;
}

describe('nextround mail inspect --jsonl', () => {
  it('prints one line per message with the contract fields, for .eml, mbox and Maildir', () => {
    const mbox = join(work, 'Takeout.mbox');
    writeFileSync(
      mbox,
      asMboxMessage('r01-greenhouse-other-candidates.eml') + asMboxMessage('o04-thrilled-informal.eml'),
    );
    const maildir = join(work, 'Maildir');
    mkdirSync(join(maildir, 'cur'), { recursive: true });
    mkdirSync(join(maildir, 'new'), { recursive: true });
    writeFileSync(join(maildir, 'new', '1700000000.M1P1.host'), readFileSync(join(fixtures, 'i09-quick-chat.eml')));

    const eml = join(fixtures, 'a08-personal-ack.eml');
    const { status, lines } = run('--jsonl', eml, mbox, maildir);
    expect(status).toBe(0);
    expect(lines).toEqual([
      {
        file: eml,
        kind: 'acknowledgement',
        company: 'Bramble Foods',
        role: 'Operations Coordinator',
        from: 'omar@bramblefoods.com',
        date: expect.stringMatching(/^2026-\d\d-\d\dT/),
        confidence: expect.any(Number),
      },
      expect.objectContaining({ file: mbox, index: 0, kind: 'rejection', company: 'Northwind Traders' }),
      expect.objectContaining({ file: mbox, index: 1, kind: 'offer', company: 'Pixelforge' }),
      expect.objectContaining({ file: maildir, index: 0, kind: 'interview', company: 'Fintrail' }),
    ]);
  });

  it('reports a missing, binary or empty input on its own line, carries on and exits with 2', () => {
    const garbage = join(work, 'garbage.eml');
    writeFileSync(garbage, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 10, 10, 0]));
    const empty = join(work, 'empty.eml');
    writeFileSync(empty, '');
    const good = join(fixtures, 'r12-short-personal-cto.eml');
    const { status, lines, stderr } = run('--jsonl', join(work, 'missing.eml'), garbage, empty, good);
    expect(status).toBe(2);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ file: join(work, 'missing.eml'), error: 'no such file or directory' });
    expect(lines[1]).toMatchObject({ file: garbage, error: expect.stringContaining('not an email') });
    expect(lines[2]).toMatchObject({ file: empty, error: 'file is empty' });
    expect(lines[3]).toMatchObject({ file: good, kind: 'rejection', company: 'Quill Software' });
    expect(stderr).toContain('missing.eml');
  });

  it('refuses a message over the size limit without reading it', () => {
    const huge = join(work, 'huge.eml');
    writeFileSync(huge, `Subject: big\n\n${'x'.repeat(2 * 1024 * 1024)}`);
    const { status, lines } = run('--jsonl', '--max-size', '1', huge);
    expect(status).toBe(2);
    expect(lines[0]).toMatchObject({ file: huge, error: expect.stringContaining('over the 1 MB limit') });
  });
});
