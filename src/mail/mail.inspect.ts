import { classifyMail } from '../core/mail/mail.classifier';
import type { MailClassification } from '../core/mail/mail.types';
import { type ParsedMail, parseMail } from './mail.parser';
import { type ReadMailOptions, readMailSources } from './mail.reader';

/** A message read and classified, with what threading and import need. */
export interface InspectedMail extends MailClassification {
  file: string;
  /** Position in an mbox or Maildir; absent for a single .eml. */
  index?: number;
  /** The sender's address. */
  from: string | null;
  fromName: string | null;
  date: string | null;
  subject: string;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  isNoReply: boolean;
  error?: undefined;
}

export interface InspectError {
  file: string;
  index?: number;
  error: string;
}

/** Bytes of each message parsed for inspection. */
const maxParseBytes = 256 * 1024;

function looksLikeEmail(mail: ParsedMail): boolean {
  return Boolean(mail.from || mail.subject || mail.date || mail.messageId);
}

/**
 * Reads and classifies every message in the given files and folders, one at a time (an mbox is streamed).
 * Unreadable inputs and messages become `{ file, index?, error }` entries and reading goes on.
 *
 * @example
 * for await (const result of inspectMail(['Takeout/All mail.mbox'])) {
 *   if (!result.error) console.log(result.kind, result.company);
 * }
 */
export async function* inspectMail(
  paths: string[],
  options: ReadMailOptions = {},
): AsyncGenerator<InspectedMail | InspectError> {
  for await (const entry of readMailSources(paths, options)) {
    const where = entry.index === undefined ? { file: entry.file } : { file: entry.file, index: entry.index };
    if (entry.error !== undefined) {
      yield { ...where, error: entry.error };
      continue;
    }
    let mail: ParsedMail;
    try {
      // Classification reads the headers and the first screen of text; a multi-megabyte attachment after them
      // is not worth decoding (a Gmail Takeout is mostly attachments).
      mail = await parseMail(entry.raw.length > maxParseBytes ? entry.raw.subarray(0, maxParseBytes) : entry.raw);
    } catch (error) {
      yield { ...where, error: `cannot parse the message: ${error instanceof Error ? error.message : String(error)}` };
      continue;
    }
    if (!looksLikeEmail(mail)) {
      yield { ...where, error: 'not an email: no From, Subject, Date or Message-ID header' };
      continue;
    }
    yield {
      ...where,
      ...classifyMail(mail),
      from: mail.from?.address || null,
      fromName: mail.from?.name || null,
      date: mail.date,
      subject: mail.subject,
      messageId: mail.messageId,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
      isNoReply: mail.isNoReply,
    };
  }
}
