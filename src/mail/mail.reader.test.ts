import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
});
