import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type MboxSplitOptions, splitMbox } from './mbox.splitter';

async function split(text: string, chunkSize = 7, options: MboxSplitOptions = {}) {
  const buffer = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += chunkSize) chunks.push(buffer.subarray(i, i + chunkSize));
  const out = [];
  for await (const entry of splitMbox(Readable.from(chunks), options)) {
    out.push(
      entry.raw
        ? { index: entry.index, text: entry.raw.toString('utf8'), bytes: entry.bytes }
        : { index: entry.index, error: entry.error },
    );
  }
  return out;
}

const texts = (entries: Awaited<ReturnType<typeof split>>) =>
  entries.map((entry) => (entry.text === undefined ? entry : { index: entry.index, text: entry.text }));

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
    expect(texts(entries)).toEqual([
      { index: 0, text: 'Subject: one\n\nHello\nFrom the team\n>From nested\n' },
      { index: 1, text: 'Subject: two\n\nFrom here on, an unescaped body line stays in the message.\n' },
    ]);
  });

  it('handles CRLF line endings and a missing final newline', async () => {
    const entries = await split('From a@b Mon Nov  2 10:00:00 2026\r\nSubject: x\r\n\r\nBody', 3);
    expect(texts(entries)).toEqual([{ index: 0, text: 'Subject: x\r\n\r\nBody\n' }]);
  });

  it('skips a message over the size limit and keeps reading', async () => {
    const big = 'x'.repeat(200);
    const mbox = `From a@b Mon Nov  2 10:00:00 2026\nSubject: big\n\n${big}\n${big}\n\nFrom a@b Mon Nov  2 11:00:00 2026\nSubject: small\n\nok\n`;
    const entries = await split(mbox, 50, { maxMessageBytes: 300 });
    expect(entries[0]).toMatchObject({ index: 0, error: expect.stringContaining('larger than') });
    expect(entries[1]).toEqual({ index: 1, text: 'Subject: small\n\nok\n', bytes: 19 });
  });

  it('keeps the start of a message of any size, counts the rest, and finds the messages after it', async () => {
    const base64 = `${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0'}\n`.repeat(5_000);
    const oneLine = 'x'.repeat(300_000); // longer than any line the splitter holds, and no newline until the end
    const headers = 'Subject: big\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nHello\n--b\n\n';
    const mbox = [
      `From a@b Mon Nov  2 10:00:00 2026\n${headers}${base64}--b--\n`,
      `From a@b Mon Nov  2 11:00:00 2026\n${headers}${oneLine}\n--b--\n`,
      'From a@b Mon Nov  2 12:00:00 2026\nSubject: small\n\nok\n',
    ].join('\n');
    const entries = await split(mbox, 4096, { maxHeadBytes: 1000 });
    expect(entries.map((e) => (e.text === undefined ? e : [e.index, e.text.length, e.bytes]))).toEqual([
      [0, 1000, headers.length + base64.length + '--b--\n'.length],
      [1, 1000, headers.length + oneLine.length + '\n--b--\n'.length],
      [2, 19, 19],
    ]);
    expect(entries[0]).toMatchObject({ text: expect.stringMatching(/^Subject: big\n.*Hello\n.*QUJD/s) });
    expect(entries[2]).toMatchObject({ text: 'Subject: small\n\nok\n' });
  });
});
