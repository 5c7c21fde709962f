import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { defaultMaxHeadBytes, splitMbox } from './mbox.splitter';

/**
 * One message found in an input: where it came from and its first bytes (`raw`, headers and text parts; at most
 * `maxHeadBytes`), with `bytes` its full size; or why it could not be read.
 */
export type MailSourceEntry = { file: string; index?: number } & (
  | { raw: Buffer; bytes: number; error?: undefined }
  | { raw?: undefined; error: string }
);

export interface ReadMailOptions {
  /** Bytes kept of each message; the rest (attachments) is skipped without being held (default 1 MB). */
  maxHeadBytes?: number;
  /** A message larger than this is reported as an error instead of being read (default: none, any size is read). */
  maxMessageBytes?: number;
}

interface Limits {
  maxHead: number;
  maxBytes: number;
}

async function startsWithFromLine(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(5);
    const { bytesRead } = await handle.read(buffer, 0, 5, 0);
    return bytesRead === 5 && buffer.toString('latin1') === 'From ';
  } finally {
    await handle.close();
  }
}

async function isMaildir(path: string): Promise<boolean> {
  for (const sub of ['cur', 'new']) {
    const info = await stat(join(path, sub)).catch(() => null);
    if (info?.isDirectory()) return true;
  }
  return false;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    if (error.code === 'ENOENT') return 'no such file or directory';
    if (error.code === 'EACCES') return 'permission denied';
    if (error.code === 'EISDIR') return 'is a directory';
  }
  return error instanceof Error ? error.message : String(error);
}

async function* readSingle(path: string, { maxHead, maxBytes }: Limits): AsyncGenerator<MailSourceEntry> {
  const info = await stat(path);
  if (info.size > maxBytes) {
    yield {
      file: path,
      error: `file is ${Math.round(info.size / 1024 / 1024)} MB, over the ${Math.round(maxBytes / 1024 / 1024)} MB limit for one message`,
    };
    return;
  }
  if (info.size === 0) {
    yield { file: path, error: 'file is empty' };
    return;
  }
  // Only the head is read: headers and text parts come first, and the rest of the file is never touched.
  const handle = await open(path, 'r');
  let raw: Buffer;
  try {
    const buffer = Buffer.alloc(Math.min(info.size, maxHead));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    raw = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  let bytes = info.size;
  // Some programs save a single message with its mbox "From " line; it is not a header.
  if (raw.subarray(0, 5).toString('latin1') === 'From ') {
    const end = raw.indexOf(0x0a);
    bytes -= end === -1 ? bytes : end + 1;
    raw = end === -1 ? Buffer.alloc(0) : raw.subarray(end + 1);
  }
  yield { file: path, raw, bytes };
}

async function* readMbox(path: string, { maxHead, maxBytes }: Limits): AsyncGenerator<MailSourceEntry> {
  // 1 MB reads: fewer, larger chunks make splitting 10,000 messages cheap without holding the file.
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  try {
    for await (const entry of splitMbox(stream, { maxHeadBytes: maxHead, maxMessageBytes: maxBytes })) {
      if (entry.raw) yield { file: path, index: entry.index, raw: entry.raw, bytes: entry.bytes };
      else yield { file: path, index: entry.index, error: entry.error };
    }
  } finally {
    stream.destroy();
  }
}

async function* readMaildir(path: string, limits: Limits): AsyncGenerator<MailSourceEntry> {
  const files: string[] = [];
  for (const sub of ['cur', 'new']) {
    const names = await readdir(join(path, sub)).catch(() => [] as string[]);
    // Maildir names start with the delivery time, so sorting by name is roughly chronological.
    for (const name of names.sort()) if (!name.startsWith('.')) files.push(join(path, sub, name));
  }
  let index = 0;
  for (const file of files) {
    for await (const entry of readSingle(file, limits)) {
      // Keep the folder as `file` so a Maildir reads like an mbox: one input, many messages.
      yield entry.raw
        ? { file: path, index, raw: entry.raw, bytes: entry.bytes }
        : { file: path, index, error: `${basename(file)}: ${entry.error}` };
    }
    index++;
  }
}

/**
 * Reads every message in a list of inputs: `.eml` files, mbox files (Gmail Takeout, Thunderbird; detected by
 * their "From " first line) and Maildir folders (`cur/` and `new/`). A folder that is not a Maildir is read as a
 * folder of `.eml` / `.mbox` files. Any size of file or message is read in bounded memory: each message yields its
 * first `maxHeadBytes` only. Problems become error entries; reading goes on with the next message.
 *
 * @example
 * for await (const entry of readMailSources(['inbox.mbox', 'offer.eml'])) {
 *   if (entry.error) console.error(entry.file, entry.error);
 * }
 */
export async function* readMailSources(
  paths: string[],
  options: ReadMailOptions = {},
): AsyncGenerator<MailSourceEntry> {
  const limits: Limits = {
    maxHead: options.maxHeadBytes ?? defaultMaxHeadBytes,
    maxBytes: options.maxMessageBytes ?? Number.POSITIVE_INFINITY,
  };
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        if (await isMaildir(path)) {
          yield* readMaildir(path, limits);
          // Maildir++ keeps other folders as ".Name" subfolders (Dovecot, Courier): read them too.
          const subfolders = (await readdir(path, { withFileTypes: true }))
            .filter((entry) => entry.isDirectory() && entry.name.startsWith('.') && entry.name.length > 1)
            .map((entry) => join(path, entry.name))
            .sort();
          for (const folder of subfolders) if (await isMaildir(folder)) yield* readMaildir(folder, limits);
          continue;
        }
        // A folder of .eml files, or Thunderbird's "Local Folders" (mbox files without an extension, next to .msf indexes).
        const names: string[] = [];
        for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) =>
          a.name.localeCompare(b.name),
        )) {
          if (!entry.isFile() || entry.name.startsWith('.')) continue;
          if (/\.(?:eml|mbox|mbx|msg)$/i.test(entry.name)) names.push(entry.name);
          else if (!extname(entry.name) && (await startsWithFromLine(join(path, entry.name)))) names.push(entry.name);
        }
        if (names.length === 0) {
          yield { file: path, error: 'folder is neither a Maildir (cur/, new/) nor a folder of .eml or mbox files' };
          continue;
        }
        yield* readMailSources(
          names.map((name) => join(path, name)),
          options,
        );
        continue;
      }
      if (!info.isFile()) {
        yield { file: path, error: 'not a regular file' };
        continue;
      }
      const ext = extname(path).toLowerCase();
      if (ext === '.mbox' || ext === '.mbx' || (ext !== '.eml' && (await startsWithFromLine(path))))
        yield* readMbox(path, limits);
      else yield* readSingle(path, limits);
    } catch (error) {
      yield { file: path, error: describe(error) };
    }
  }
}
