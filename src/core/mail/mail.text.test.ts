import { describe, expect, it } from 'vitest';
import { quotedSpans, replyWithoutHistory } from './mail.text';

describe('replyWithoutHistory', () => {
  it('drops the quoted thread under an attribution line, wrapped or not, and "> " lines', () => {
    const own = 'Hi Alex,\n\nThe panel felt your system design answer stayed high level.\n\nBest,\nTom';
    for (const attribution of [
      'On Mon, 7 Dec 2026 at 09:12, Alex Morgan <alex@example.com> wrote:',
      'On Mon, 7 Dec 2026 at 09:12, Alex Morgan\n<alex@example.com> wrote:',
      'Am Mo., 7. Dez. 2026 um 09:12 Uhr schrieb Alex Morgan <alex@example.com>:',
      '-----Original Message-----',
      'From: Alex Morgan <alex@example.com>\nSent: Monday, 7 December 2026 09:12',
    ]) {
      const pasted = `${own}\n\n${attribution}\n> Was it my lack of Kubernetes experience, or my salary expectations?`;
      expect(replyWithoutHistory(pasted), attribution).toBe(own);
    }
    expect(replyWithoutHistory(`${own}\n\n> Was it my salary?\n> Alex`)).toBe(own);
  });

  it('keeps feedback that merely mentions writing, and a text that is all quotation', () => {
    const feedback = 'On the take-home you wrote clean code, but the tests missed the edge cases wrote: none.';
    expect(replyWithoutHistory(feedback)).toBe(feedback);
    const onLine = 'Thanks for waiting.\nOn reflection, the team wrote:\nwe need more depth in SQL.';
    expect(replyWithoutHistory(onLine)).toBe(onLine);
    expect(replyWithoutHistory('> only a quote')).toBe('> only a quote');
  });

  it('drops the signature after "-- " and a confidentiality footer', () => {
    const own = 'Dear Alex, we received a high volume of applications and will not be progressing yours.';
    expect(replyWithoutHistory(`${own}\n-- \nTom Okafor | Talent Partner`)).toBe(own);
    expect(
      replyWithoutHistory(
        `${own}\n\nThis email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, delete it.`,
      ),
    ).toBe(own);
  });
});

describe('quotedSpans', () => {
  const quoted = (text: string) => quotedSpans(text).map((span) => text.slice(span.start, span.end));

  it('marks the history from its header line to the end, and "> " lines above it, by offsets into the text', () => {
    const text =
      'Thanks, Dana.\n> Is the role still open?\nIt is, yes.\n\nOn Mon, 7 Dec 2026, Dana <d@acme.example> wrote:\n> No.';
    expect(quoted(text)).toEqual([
      '> Is the role still open?\n',
      'On Mon, 7 Dec 2026, Dana <d@acme.example> wrote:\n> No.',
    ]);
    // Windows line ends: the same spans, "\r" included.
    expect(quoted(text.replace(/\n/g, '\r\n'))).toEqual([
      '> Is the role still open?\r\n',
      'On Mon, 7 Dec 2026, Dana <d@acme.example> wrote:\r\n> No.',
    ]);
  });

  it('marks nothing in a message that only mentions writing, or that opens with its own header lines', () => {
    expect(quotedSpans('On the take-home you wrote clean code.\nOn reflection, the team wrote:\nwell done.')).toEqual(
      [],
    );
    expect(quotedSpans('From: Sam Lee <sam@example.com>\nDate: 7 December 2026\n\nDear Ms Ito,')).toEqual([]);
    expect(quotedSpans('A price > cost is fine.')).toEqual([]);
  });
});
