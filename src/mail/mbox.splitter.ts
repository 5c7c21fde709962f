import type { Readable } from 'node:stream';

/** One message cut out of an mbox: its 0-based position, its raw bytes, or why it was skipped. */
export type MboxEntry =
  | { index: number; raw: Buffer; error?: undefined }
  | { index: number; raw?: undefined; error: string; bytes: number };

export interface MboxSplitOptions {
  /** A message larger than this is skipped with an error entry instead of being held in memory. */
  maxMessageBytes?: number;
}

export const defaultMaxMessageBytes = 50 * 1024 * 1024;

const NEWLINE = 0x0a;
const FROM_ = Buffer.from('From ');

/**
 * A "From " line as written by mail programs: "From sender date". Gmail Takeout writes
 * `From 1780…@xxx Tue Nov 24 02:00:00 +0000 2026`, Thunderbird `From - Tue Nov 24 02:00:00 2026`,
 * classic MTAs `From MAILER-DAEMON Fri Jul  8 12:08:34 2011`. Requiring a time and a year keeps
 * an unescaped "From here on…" body line (mboxo) from starting a new message.
 */
const separatorPattern = /^From \S*\s.*\b\d{1,2}:\d{2}(?::\d{2})?\b.*\b\d{4}\b/;

function isSeparator(line: Buffer, previousWasBlank: boolean): boolean {
  if (line.length < 5 || line.compare(FROM_, 0, 5, 0, 5) !== 0) return false;
  const text = line.toString('latin1', 0, Math.min(line.length, 200)).trimEnd();
  if (separatorPattern.test(text)) return true;
  // Some writers omit the date; accept a bare "From sender@host" only where a message can end (after a blank line).
  return previousWasBlank && /^From (?:\S+@\S+|-)\s*$/.test(text);
}

/** Lines keep their "\n"; a blank line is "\n", "\r\n" or (at the end of the file) empty. */
function isBlank(line: Buffer): boolean {
  const length = line.length - (line[line.length - 1] === NEWLINE ? 1 : 0);
  return length === 0 || (length === 1 && line[0] === 0x0d);
}

/** mboxrd and mboxo escape body lines starting with "From " as ">From "; undo one level of quoting. */
function unescapeFromLine(line: Buffer): Buffer {
  if (line[0] !== 0x3e) return line; // '>'
  let i = 0;
  while (i < line.length && line[i] === 0x3e) i++;
  if (line.length - i >= 5 && line.compare(FROM_, 0, 5, i, i + 5) === 0) return line.subarray(1);
  return line;
}

/**
 * Splits an mbox stream into messages without reading the whole file: only the current message is held,
 * and a message over `maxMessageBytes` is skipped (reported as an error entry) rather than buffered.
 *
 * @example
 * for await (const entry of splitMbox(createReadStream('All mail.mbox'))) {
 *   if (entry.raw) console.log(entry.index, entry.raw.length);
 * }
 */
export async function* splitMbox(input: Readable, options: MboxSplitOptions = {}): AsyncGenerator<MboxEntry> {
  const maxBytes = options.maxMessageBytes ?? defaultMaxMessageBytes;
  let lines: Buffer[] = [];
  let bytes = 0;
  let oversized = false;
  let started = false;
  let index = -1;
  let previousWasBlank = true;
  let pendingBlank: Buffer | null = null;
  let carry: Buffer | null = null;

  const finish = (): MboxEntry | null => {
    if (!started) return null;
    const entry: MboxEntry = oversized
      ? {
          index,
          error: `message ${index} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; skipped`,
          bytes,
        }
      : { index, raw: Buffer.concat(lines) };
    lines = [];
    bytes = 0;
    oversized = false;
    return entry;
  };

  const addLine = (line: Buffer): MboxEntry | null => {
    let emitted: MboxEntry | null = null;
    if (isSeparator(line, previousWasBlank)) {
      // The blank line before a separator belongs to the mbox format, not to the message.
      pendingBlank = null;
      emitted = finish();
      started = true;
      index++;
      previousWasBlank = false;
      return emitted;
    }
    const blank = isBlank(line);
    if (!started) {
      // Text before the first separator: tolerate leading blank lines, otherwise treat the file as one message.
      if (blank) return null;
      started = true;
      index = 0;
    }
    if (pendingBlank) {
      append(pendingBlank);
      pendingBlank = null;
    }
    if (blank) pendingBlank = line;
    else append(unescapeFromLine(line));
    previousWasBlank = blank;
    return emitted;
  };

  const append = (line: Buffer) => {
    bytes += line.length;
    if (oversized) return;
    if (bytes > maxBytes) {
      oversized = true;
      lines = [];
      return;
    }
    // `line` is a view into the read chunk, newline included: no copy until the message is joined.
    lines.push(line);
  };

  for await (const chunk of input) {
    let data: Buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : (chunk as Buffer);
    if (carry) {
      data = Buffer.concat([carry, data]);
      carry = null;
    }
    let start = 0;
    for (;;) {
      const end = data.indexOf(NEWLINE, start);
      if (end === -1) break;
      const entry = addLine(data.subarray(start, end + 1));
      if (entry) yield entry;
      start = end + 1;
    }
    if (start < data.length) {
      const rest = data.subarray(start);
      // A single line longer than the limit cannot be held; count it and move on.
      if (rest.length > maxBytes) {
        bytes += rest.length;
        if (started) {
          oversized = true;
          lines = [];
        }
      } else carry = Buffer.from(rest);
    }
  }
  if (carry && (carry as Buffer).length > 0) {
    // The last line has no newline in the file; give it one, as every other line of the message has.
    const entry = addLine(Buffer.concat([carry, Buffer.from('\n')]));
    if (entry) yield entry;
  }
  const last = finish();
  if (last) yield last;
}
