import type { Readable } from 'node:stream';

/**
 * One message cut out of an mbox: its 0-based position and the first bytes of it (`raw`, at most `maxHeadBytes`),
 * with `bytes` its full size; or why it was skipped.
 */
export type MboxEntry =
  | { index: number; raw: Buffer; bytes: number; error?: undefined }
  | { index: number; raw?: undefined; error: string; bytes: number };

export interface MboxSplitOptions {
  /** Bytes kept of each message; the rest is counted and dropped as it streams past (default 1 MB). */
  maxHeadBytes?: number;
  /** A message larger than this is reported as an error entry instead (default: none, any size is read). */
  maxMessageBytes?: number;
}

/**
 * Bytes of a message kept for reading it. Headers and the text parts come before attachments, and the parser
 * converts at most 1,000,000 characters of HTML, so the first megabyte holds everything classification uses.
 */
export const defaultMaxHeadBytes = 1024 * 1024;

/** An unfinished line longer than this cannot be a separator or a blank line: it is passed on as it streams. */
const maxHeldLine = 64 * 1024;

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
 * Splits an mbox stream into messages in bounded memory, whatever the size of the file or of one message:
 * only the first `maxHeadBytes` of each message are kept, the rest (attachments, mostly) is counted as it
 * streams past.
 *
 * @example
 * for await (const entry of splitMbox(createReadStream('All mail.mbox'))) {
 *   if (entry.raw) console.log(entry.index, entry.bytes, entry.raw.length);
 * }
 */
export async function* splitMbox(input: Readable, options: MboxSplitOptions = {}): AsyncGenerator<MboxEntry> {
  const maxHead = options.maxHeadBytes ?? defaultMaxHeadBytes;
  const maxBytes = options.maxMessageBytes ?? Number.POSITIVE_INFINITY;
  let head: Buffer[] = [];
  let headBytes = 0;
  let bytes = 0;
  let started = false;
  let index = -1;
  let previousWasBlank = true;
  let pendingBlank: Buffer | null = null;
  // The start of a line whose newline has not been read yet (short), or, once it grew past `maxHeldLine`,
  // `inLongLine`: its start was passed on and the rest goes straight to the message up to its newline.
  let carry: Buffer | null = null;
  let inLongLine = false;

  const finish = (): MboxEntry | null => {
    if (!started) return null;
    const entry: MboxEntry =
      bytes > maxBytes
        ? { index, error: `message ${index} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; skipped`, bytes }
        : { index, raw: Buffer.concat(head), bytes };
    head = [];
    headBytes = 0;
    bytes = 0;
    return entry;
  };

  const append = (piece: Buffer) => {
    bytes += piece.length;
    if (headBytes >= maxHead || bytes > maxBytes) return;
    // Views into the read chunk, newline included: no copy until the message is joined.
    const take = Math.min(piece.length, maxHead - headBytes);
    head.push(take === piece.length ? piece : piece.subarray(0, take));
    headBytes += take;
  };

  const startMessageIfNeeded = () => {
    // Text before the first separator: the file is read as one message.
    if (started) return;
    started = true;
    index = 0;
  };

  const addContentLineStart = (line: Buffer) => {
    startMessageIfNeeded();
    if (pendingBlank) {
      append(pendingBlank);
      pendingBlank = null;
    }
    append(unescapeFromLine(line));
    previousWasBlank = false;
  };

  const addLine = (line: Buffer): MboxEntry | null => {
    if (isSeparator(line, previousWasBlank)) {
      // The blank line before a separator belongs to the mbox format, not to the message.
      pendingBlank = null;
      const emitted = finish();
      started = true;
      index++;
      previousWasBlank = false;
      return emitted;
    }
    if (!isBlank(line)) {
      addContentLineStart(line);
      return null;
    }
    // Leading blank lines before any message are tolerated and dropped.
    if (!started) return null;
    if (pendingBlank) append(pendingBlank);
    pendingBlank = line;
    previousWasBlank = true;
    return null;
  };

  for await (const chunk of input) {
    const data: Buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : (chunk as Buffer);
    let start = 0;
    const first = data.indexOf(NEWLINE);
    if (inLongLine) {
      if (first === -1) {
        append(data);
        continue;
      }
      append(data.subarray(0, first + 1));
      inLongLine = false;
      start = first + 1;
    } else if (carry) {
      if (first === -1) {
        if (carry.length + data.length > maxHeldLine) {
          addContentLineStart(carry);
          append(data);
          carry = null;
          inLongLine = true;
        } else carry = Buffer.concat([carry, data]);
        continue;
      }
      const entry = addLine(Buffer.concat([carry, data.subarray(0, first + 1)]));
      carry = null;
      if (entry) yield entry;
      start = first + 1;
    }
    for (;;) {
      const end = data.indexOf(NEWLINE, start);
      if (end === -1) break;
      const entry = addLine(data.subarray(start, end + 1));
      if (entry) yield entry;
      start = end + 1;
    }
    if (start < data.length) {
      const rest = data.subarray(start);
      if (rest.length > maxHeldLine) {
        addContentLineStart(rest);
        inLongLine = true;
      } else carry = Buffer.from(rest); // a copy, so the chunk it came from can be freed
    }
  }
  if (carry && carry.length > 0) {
    // The last line has no newline in the file; give it one, as every other line of the message has.
    const entry = addLine(Buffer.concat([carry, Buffer.from('\n')]));
    if (entry) yield entry;
  }
  const last = finish();
  if (last) yield last;
}
