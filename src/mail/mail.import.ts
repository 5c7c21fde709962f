import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { classifyMail } from '../core/mail/mail.classifier';
import type { ImportableMail } from '../services/mail/mail-import.service';
import { inspectMail } from './mail.inspect';
import { parseMail } from './mail.parser';

export interface ReadForImport {
  mails: ImportableMail[];
  errors: Array<{ file: string; index?: number; error: string }>;
}

/**
 * Reads and classifies the emails in files, mboxes and Maildirs into what the import service takes.
 *
 * @example
 * const { mails, errors } = await readForImport(['Takeout/All mail.mbox']);
 */
export async function readForImport(paths: string[]): Promise<ReadForImport> {
  const mails: ImportableMail[] = [];
  const errors: ReadForImport['errors'] = [];
  for await (const result of inspectMail(paths)) {
    if (result.error !== undefined) {
      errors.push(result);
      continue;
    }
    mails.push({
      kind: result.kind,
      company: result.company,
      role: result.role,
      from: result.from,
      fromName: result.fromName,
      date: result.date,
      subject: result.subject,
      messageId: result.messageId,
      inReplyTo: result.inReplyTo,
      references: result.references,
      isNoReply: result.isNoReply,
      agency: result.agency,
      confidence: result.confidence,
    });
  }
  return { mails, errors };
}

/** Reads uploaded files (name + text) by writing them to a private temporary folder that is removed after. */
export async function readUploadsForImport(files: Array<{ name: string; content: string }>): Promise<ReadForImport> {
  const dir = await mkdtemp(join(tmpdir(), 'nextround-upload-'));
  try {
    const paths: string[] = [];
    for (const [i, file] of files.entries()) {
      const safe = basename(file.name).replace(/[^\w.-]+/g, '_') || `upload-${i}.eml`;
      const path = join(dir, `${i}-${safe}`);
      await writeFile(path, file.content, { mode: 0o600 });
      paths.push(path);
    }
    const read = await readForImport(paths);
    const originalName = (path: string) => files[Number(basename(path).split('-')[0])]?.name ?? path;
    return { mails: read.mails, errors: read.errors.map((e) => ({ ...e, file: originalName(e.file) })) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * One raw email (from IMAP, say) read and classified into what the import service takes.
 *
 * @example
 * const mail = await importableFromRaw(message.raw);
 */
export async function importableFromRaw(raw: Buffer): Promise<ImportableMail> {
  const parsed = await parseMail(raw);
  const classification = classifyMail(parsed);
  return {
    kind: classification.kind,
    company: classification.company,
    role: classification.role,
    from: parsed.from?.address ?? null,
    fromName: parsed.from?.name || null,
    date: parsed.date,
    subject: parsed.subject,
    messageId: parsed.messageId,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    isNoReply: parsed.isNoReply,
    agency: classification.agency,
    confidence: classification.confidence,
  };
}
