import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/cli-process';
import { readMailSources } from './mail.reader';

const dir = mkdtempSync(join(tmpdir(), 'nextround-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const message = (subject: string) => `From: a@b.example\r\nSubject: ${subject}\r\n\r\nHello\r\n`;

async function read(paths: string[]) {
  const out = [];
  for await (const entry of readMailSources(paths)) {
    out.push({
      file: entry.file.slice(dir.length + 1),
      index: entry.index,
      subject: entry.raw?.toString().match(/Subject: (.*)\r/)?.[1],
      error: entry.error,
    });
  }
  return out;
}

const MB = 1024 * 1024;

/** A message whose file is `size` bytes: the headers and text, then a sparse tail (no disk space, no time). */
function writeHugeMessage(file: string, subject: string, size: number): void {
  writeFileSync(file, message(subject));
  truncateSync(file, size);
}

/** An interview invitation carrying a base64 attachment of `attachmentBytes`, written as a stream. */
async function writeMboxWithAttachments(file: string, count: number, attachmentBytes: number): Promise<void> {
  const out = createWriteStream(file);
  const write = (text: string) =>
    new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', () => resolve())));
  const lines = Buffer.alloc(57 * 1000, 'portfolio page ')
    .toString('base64')
    .replace(/.{76}/g, '$&\n');
  for (let i = 0; i < count; i++) {
    await write(
      [
        `From priya.raman@proseware.example Tue Nov 24 0${i}:00:00 2026`,
        'From: Priya Raman <priya.raman@proseware.example>',
        'To: alex@example.org',
        `Subject: Interview invitation: Backend Engineer at Proseware (${i + 1})`,
        `Date: Tue, 24 Nov 2026 0${i}:00:00 +0000`,
        `Message-ID: <invite-${i}@proseware.example>`,
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="part"',
        '',
        '--part',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Hi Alex,',
        '',
        'Thanks for applying for the Backend Engineer role at Proseware. We would like to invite you to a',
        '45-minute video interview with the team next week. Please pick a time that suits you.',
        '',
        'Priya',
        '--part',
        'Content-Type: application/pdf; name="portfolio.pdf"',
        'Content-Transfer-Encoding: base64',
        'Content-Disposition: attachment; filename="portfolio.pdf"',
        '',
        '',
      ].join('\n'),
    );
    for (let written = 0; written < attachmentBytes; written += lines.length) await write(lines);
    await write('--part--\n\n');
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

describe('readMailSources', () => {
  it('reads a Maildir (cur/ and new/) and its Maildir++ subfolders', async () => {
    const md = join(dir, 'Maildir');
    for (const sub of ['cur', 'new', '.Jobs/cur', '.Jobs/new', 'tmp']) mkdirSync(join(md, sub), { recursive: true });
    writeFileSync(join(md, 'cur', '1700000001.a:2,S'), message('one'));
    writeFileSync(join(md, 'new', '1700000002.b'), message('two'));
    writeFileSync(join(md, 'tmp', 'partial'), message('being delivered'));
    writeFileSync(join(md, '.Jobs', 'new', '1700000003.c'), message('three'));
    expect(await read([md])).toEqual([
      { file: 'Maildir', index: 0, subject: 'one', error: undefined },
      { file: 'Maildir', index: 1, subject: 'two', error: undefined },
      { file: 'Maildir/.Jobs', index: 0, subject: 'three', error: undefined },
    ]);
  });

  it('reads Thunderbird local folders: mbox files without an extension, skipping .msf indexes', async () => {
    const local = join(dir, 'Local Folders');
    mkdirSync(local);
    writeFileSync(
      join(local, 'Inbox'),
      `From - Tue Nov 24 02:00:00 2026\r\n${message('tb one')}\r\nFrom - Tue Nov 24 03:00:00 2026\r\n${message('tb two')}`,
    );
    writeFileSync(join(local, 'Inbox.msf'), '// mork index');
    writeFileSync(join(local, 'single.eml'), message('eml'));
    expect(await read([local])).toEqual([
      { file: 'Local Folders/Inbox', index: 0, subject: 'tb one', error: undefined },
      { file: 'Local Folders/Inbox', index: 1, subject: 'tb two', error: undefined },
      { file: 'Local Folders/single.eml', index: undefined, subject: 'eml', error: undefined },
    ]);
  });

  it('strips a leading mbox "From " line from a single .eml', async () => {
    const file = join(dir, 'saved.eml');
    writeFileSync(file, `From a@b.example Tue Nov 24 02:00:00 2026\n${message('saved')}`);
    expect(await read([file])).toEqual([{ file: 'saved.eml', index: undefined, subject: 'saved', error: undefined }]);
  });

  it('reads a .eml or Maildir message of any size: its start is kept, the rest is never read', async () => {
    const eml = join(dir, 'with-attachment.eml');
    writeHugeMessage(eml, 'big eml', 60 * MB);
    const md = join(dir, 'BigMaildir');
    for (const sub of ['cur', 'new']) mkdirSync(join(md, sub), { recursive: true });
    writeHugeMessage(join(md, 'new', '1700000009.big'), 'big maildir', 60 * MB);
    const entries = [];
    for await (const entry of readMailSources([eml, md])) entries.push(entry);
    expect(
      entries.map((e) => (e.raw ? [e.bytes, e.raw.length, e.raw.toString().match(/Subject: (.*)\r/)?.[1]] : e.error)),
    ).toEqual([
      [60 * MB, MB, 'big eml'],
      [60 * MB, MB, 'big maildir'],
    ]);
  });
});

describe('mail inspect on an mbox of very large messages', () => {
  it('classifies every message and stays within bounded memory', async () => {
    const mbox = join(dir, 'attachments.mbox');
    await writeMboxWithAttachments(mbox, 2, 55 * MB);
    // The child records its own peak resident memory (VmHWM) as it exits.
    const peakFile = join(dir, 'peak.txt');
    const hook = join(dir, 'record-peak.mjs');
    writeFileSync(
      hook,
      `import { readFileSync, writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(${JSON.stringify(peakFile)}, readFileSync('/proc/self/status', 'utf8')));\n`,
    );
    const { code, stdout } = await runCli(['mail', 'inspect', '--jsonl', mbox], {
      env: { NODE_OPTIONS: `--import=${pathToFileURL(hook).href}` },
    });
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      expect.objectContaining({ index: 0, kind: 'interview', company: 'Proseware', role: 'Backend Engineer' }),
      expect.objectContaining({ index: 1, kind: 'interview', company: 'Proseware', role: 'Backend Engineer' }),
    ]);
    const peakKb = Number(readFileSync(peakFile, 'utf8').match(/^VmHWM:\s+(\d+) kB/m)?.[1]);
    // The budget is 300 MB for a whole 10,000-message mbox; two messages must stay well under it, whatever their size.
    expect(peakKb / 1024).toBeLessThan(250);
  }, 120_000);
});
