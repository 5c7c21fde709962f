import type { Readable } from 'node:stream';
import type { AddressObject, AttachmentStream, EmailAddress, MessageText } from 'mailparser';
import { isNoReplyAddress } from '../core/mail/mail.address';
import type { MailAddress, MailContent } from '../core/mail/mail.types';
import { htmlToText } from './mail.html';

/** A parsed email: the headers that matter for threading and classification, and its body as plain text. */
export interface ParsedMail extends MailContent {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  to: MailAddress[];
  replyTo: MailAddress | null;
  /** ISO 8601 in UTC, or null when the Date header is missing or unreadable. */
  date: string | null;
  html: string | null;
  attachments: Array<{ filename: string | null; contentType: string; size: number }>;
}

export interface ParseMailOptions {
  /** Body text kept per message; job emails are short and the rest is quoted history or boilerplate. */
  maxTextChars?: number;
}

/** HTML beyond this is not converted: the decision is in the first screenful, not in a multi-megabyte newsletter. */
const maxHtmlToConvert = 1_000_000;

function firstAddress(value: unknown): MailAddress | null {
  const list = addressList(value);
  return list[0] ?? null;
}

function addressList(value: unknown): MailAddress[] {
  const objects = (Array.isArray(value) ? value : [value]) as Array<AddressObject | undefined>;
  const out: MailAddress[] = [];
  const visit = (entry: EmailAddress) => {
    if (entry.group) for (const member of entry.group) visit(member);
    else if (entry.address || entry.name)
      out.push({ name: (entry.name ?? '').trim(), address: (entry.address ?? '').trim().toLowerCase() });
  };
  for (const object of objects) {
    if (object && typeof object === 'object' && Array.isArray(object.value)) for (const e of object.value) visit(e);
  }
  return out;
}

function hasListField(value: unknown, field: string): boolean {
  return Boolean(value && typeof value === 'object' && field in value);
}

function headerText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value;
  return null;
}

function messageIds(value: unknown): string[] {
  const raw = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
  return raw.match(/<[^<>\s]+>/g) ?? [];
}

/**
 * Parses one RFC 5322 message. Attachments are drained without being kept (only name, type and size),
 * so a message with a large attachment costs no more memory than its text.
 *
 * @example
 * const mail = await parseMail(await readFile('rejection.eml'));
 * mail.subject; // 'Your application to Northwind'
 */
export async function parseMail(source: Buffer | Readable, options: ParseMailOptions = {}): Promise<ParsedMail> {
  const maxText = options.maxTextChars ?? 100_000;
  // Loaded on first use (the module cache makes later calls free): the server may never read an email.
  const { MailParser } = await import('mailparser');
  const parser = new MailParser({
    skipImageLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
    // HTML-only messages are converted below with a light converter: the full renderer dominated mbox time.
    skipHtmlToText: true,
  });
  let headers: Map<string, unknown> = new Map();
  let text = '';
  let html: string | null = null;
  const attachments: ParsedMail['attachments'] = [];
  let calendarInvite = false;

  const done = new Promise<void>((resolve, reject) => {
    parser.on('headers', (map: Map<string, unknown>) => {
      headers = map;
    });
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'attachment') {
        let size = 0;
        if (data.contentType === 'text/calendar') calendarInvite = true;
        data.content.on('data', (chunk: Buffer) => {
          size += chunk.length;
        });
        data.content.on('end', () => {
          attachments.push({ filename: data.filename ?? null, contentType: data.contentType, size });
          data.release?.();
        });
        data.content.on('error', () => data.release?.());
        return;
      }
      if (typeof data.text === 'string') text = data.text;
      if (typeof data.html === 'string') html = data.html;
    });
    parser.on('end', () => resolve());
    parser.on('error', reject);
  });

  if (Buffer.isBuffer(source)) parser.end(source);
  else source.pipe(parser);
  await done;

  if (!text.trim() && html) text = htmlToText((html as string).slice(0, maxHtmlToConvert));
  const from = firstAddress(headers.get('from')) ?? firstAddress(headers.get('sender'));
  const labels = headerText(headers.get('x-gmail-labels')) ?? '';
  const date = headers.get('date');
  const contentType = headers.get('content-type');
  if (contentType && typeof contentType === 'object' && 'value' in contentType && contentType.value === 'text/calendar')
    calendarInvite = true;

  return {
    messageId: messageIds(headers.get('message-id'))[0] ?? null,
    inReplyTo: messageIds(headers.get('in-reply-to'))[0] ?? null,
    references: messageIds(headers.get('references')),
    subject: (headerText(headers.get('subject')) ?? '').replace(/\s+/g, ' ').trim(),
    from,
    to: addressList(headers.get('to')),
    replyTo: firstAddress(headers.get('reply-to')),
    date: date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
    text: text.length > maxText ? text.slice(0, maxText) : text,
    html,
    attachments,
    bulk: {
      // mailparser gathers List-* headers under one `list` key.
      listUnsubscribe: headers.has('list-unsubscribe') || hasListField(headers.get('list'), 'unsubscribe'),
      listId: headers.has('list-id') || hasListField(headers.get('list'), 'id'),
      precedence: (headerText(headers.get('precedence')) ?? '').toLowerCase() || null,
    },
    isNoReply: from ? isNoReplyAddress(from.address) : false,
    calendarInvite,
    // Gmail Takeout labels each message; "Sent" without "Inbox" is the user's own mail.
    sentByUser: /(?:^|,)\s*Sent\s*(?:,|$)/i.test(labels) && !/(?:^|,)\s*Inbox\s*(?:,|$)/i.test(labels),
    autoReply: /^auto-replied$/i.test(headerText(headers.get('auto-submitted')) ?? '') || headers.has('x-autoreply'),
  };
}
