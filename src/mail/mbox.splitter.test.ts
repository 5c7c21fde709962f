import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { splitMbox } from './mbox.splitter';

async function split(text: string, chunkSize = 7, maxMessageBytes?: number) {
  const buffer = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += chunkSize) chunks.push(buffer.subarray(i, i + chunkSize));
  const out = [];
  for await (const entry of splitMbox(Readable.from(chunks), { maxMessageBytes })) {
    out.push(
      entry.raw ? { index: entry.index, text: entry.raw.toString('utf8') } : { index: entry.index, error: entry.error },
    );
  }
  return out;
}

describe('splitMbox', () => {
  it('splits Gmail Takeout and Thunderbird mboxes and undoes >From quoting', async () => {
    const mbox = [
      'From 1780000000000000001@xxx Tue Nov 24 02:00:00 +0000 2026',
      'Subject: one',
      '',
      'Hello',
      '>From the team',
      '>>From nested',
      '',
      'From - Tue Nov 24 03:00:00 2026',
      'Subject: two',
      '',
      'From here on, an unescaped body line stays in the message.',
      '',
    ].join('\n');
    const entries = await split(mbox);
    expect(entries).toEqual([
      { index: 0, text: 'Subject: one\n\nHello\nFrom the team\n>From nested\n' },
      { index: 1, text: 'Subject: two\n\nFrom here on, an unescaped body line stays in the message.\n' },
    ]);
  });

  it('handles CRLF line endings and a missing final newline', async () => {
    const entries = await split('From a@b Mon Nov  2 10:00:00 2026\r\nSubject: x\r\n\r\nBody', 3);
    expect(entries).toEqual([{ index: 0, text: 'Subject: x\r\n\r\nBody\n' }]);
  });

  it('skips a message over the size limit and keeps reading', async () => {
    const big = 'x'.repeat(200);
    const mbox = `From a@b Mon Nov  2 10:00:00 2026\nSubject: big\n\n${big}\n${big}\n\nFrom a@b Mon Nov  2 11:00:00 2026\nSubject: small\n\nok\n`;
    const entries = await split(mbox, 50, 300);
    expect(entries[0]).toMatchObject({ index: 0, error: expect.stringContaining('larger than') });
    expect(entries[1]).toEqual({ index: 1, text: 'Subject: small\n\nok\n' });
  });
});
