import { randomUUID } from 'node:crypto';
import { DomainError } from '../core/errors';

/** nodemailer, loaded on first use: the server may never send or export a message. */
const loadNodemailer = async () => (await import('nodemailer')).default;

/** The user's own outgoing mail server. The password is decrypted just before sending and never stored here. */
export interface SmtpConfig {
  host: string;
  port: number;
  /** Implicit TLS (usually port 465). With false, STARTTLS is used when the server offers it. */
  secure?: boolean;
  /** Refuse to send unless the connection is encrypted (STARTTLS required). */
  requireTls?: boolean;
  user?: string;
  password?: string;
  /** The sender, `"Jamie Rivera <jamie@example.net>"` or a bare address. */
  from: string;
  /** Accept a self-signed certificate (a home server); off by default. */
  allowSelfSigned?: boolean;
  /** Milliseconds to wait for the connection and for each server reply (default 15 s). */
  timeoutMs?: number;
}

/** A message to send or to hand to a mail client. */
export interface OutgoingMail {
  to: string | string[];
  cc?: string | string[];
  bcc?: string | string[];
  subject: string;
  text: string;
  html?: string;
  /** Overrides the configured sender (for `.eml` and `mailto:` where there is no config). */
  from?: string;
  /** Message-ID of the email this replies to (the rejection): keeps the reply in its thread. */
  inReplyTo?: string | null;
  /** The References of the email this replies to; the In-Reply-To id is appended. */
  references?: string[];
  /** Set to reuse a known Message-ID (e.g. a retry); generated otherwise. */
  messageId?: string;
  date?: Date;
}

export interface SentMail {
  messageId: string;
  accepted: string[];
  rejected: string[];
  /** The server's last reply, e.g. `250 OK queued as 12345`. */
  response: string;
}

/** Why sending failed, in words a user can act on; never contains the password. */
export class MailSendError extends DomainError {
  constructor(
    code: 'smtp_auth_failed' | 'smtp_unreachable' | 'smtp_tls_failed' | 'smtp_rejected' | 'smtp_failed',
    message: string,
    readonly retryable: boolean,
  ) {
    super(code, message, 422, { retryable });
  }
}

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function domainOf(from: string): string {
  const address = from.match(/<([^>]+)>/)?.[1] ?? from;
  const domain = address.split('@')[1]?.trim().toLowerCase();
  return domain && /^[a-z0-9.-]+$/.test(domain) ? domain : 'nextround.local';
}

/** Normalises a Message-ID to its `<id@host>` form. */
function bracket(id: string): string {
  const trimmed = id.trim();
  return trimmed.startsWith('<') ? trimmed : `<${trimmed}>`;
}

/**
 * The threading headers of a reply: In-Reply-To is the original's Message-ID, References is the original's
 * References followed by it (RFC 5322 §3.6.4), so mail clients file the reply in the same conversation.
 *
 * @example
 * threadHeaders('<abc@ats.example>', ['<x@y>']); // { inReplyTo: '<abc@ats.example>', references: ['<x@y>', '<abc@ats.example>'] }
 */
export function threadHeaders(inReplyTo: string | null | undefined, references: string[] = []) {
  if (!inReplyTo) return { inReplyTo: undefined, references: references.length ? references.map(bracket) : undefined };
  const parent = bracket(inReplyTo);
  const chain = [...new Set([...references.map(bracket), parent])];
  // Very long chains are trimmed from the middle, keeping the first and the latest, as clients do.
  const trimmed = chain.length > 20 ? [chain[0] ?? parent, ...chain.slice(-19)] : chain;
  return { inReplyTo: parent, references: trimmed };
}

/**
 * The subject of a reply: "Re: " once, in front of the original subject, so clients that thread by subject agree.
 *
 * @example
 * replySubject('Your application to Northwind'); // 'Re: Your application to Northwind'
 * replySubject('RE: Your application'); // 'RE: Your application'
 */
export function replySubject(subject: string): string {
  return /^\s*(?:re|aw|sv|antw)\s*:/i.test(subject) ? subject.trim() : `Re: ${subject.trim()}`;
}

function composeOptions(message: OutgoingMail, from: string, messageId: string) {
  const thread = threadHeaders(message.inReplyTo, message.references);
  return {
    from,
    to: list(message.to),
    cc: list(message.cc),
    bcc: list(message.bcc),
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId,
    date: message.date ?? new Date(),
    inReplyTo: thread.inReplyTo,
    references: thread.references,
    // Plain text is the body that matters; do not let long lines be mangled by 7-bit relays.
    textEncoding: 'quoted-printable' as const,
  };
}

function classify(error: unknown): MailSendError {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  const responseCode =
    error && typeof error === 'object' && 'responseCode' in error ? Number(error.responseCode) : undefined;
  const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 300) : String(error);
  if (code === 'EAUTH' || code === 'ENOAUTH' || responseCode === 535 || responseCode === 534)
    return new MailSendError(
      'smtp_auth_failed',
      `The mail server refused the user name or password (${detail}). Check them in the mailbox settings; nothing was sent.`,
      false,
    );
  if (code === 'ETLS' || code === 'EREQUIRETLS')
    return new MailSendError(
      'smtp_tls_failed',
      `Could not set up an encrypted connection (${detail}); nothing was sent.`,
      false,
    );
  if (['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'EPROXY'].includes(code))
    return new MailSendError(
      'smtp_unreachable',
      `Could not reach the mail server (${detail}). Check the host and port, or try again later; nothing was sent.`,
      true,
    );
  if (code === 'EENVELOPE' || (responseCode !== undefined && responseCode >= 500))
    return new MailSendError(
      'smtp_rejected',
      `The mail server refused the message (${detail}); nothing was sent.`,
      false,
    );
  return new MailSendError('smtp_failed', `Sending failed (${detail}); nothing was sent.`, true);
}

/**
 * Sends a message through the user's own SMTP server. When `inReplyTo` is set, In-Reply-To and References make
 * it land in the original's thread (a feedback request in the rejection's conversation). Returns the Message-ID,
 * which the caller stores so a reply to it can be matched later. Failures throw a `MailSendError` whose message
 * says what to fix; the message itself is untouched and can be sent again.
 *
 * @example
 * const { messageId } = await sendMail(config, {
 *   to: 'tom.becker@tailspin.example', subject: replySubject(rejection.subject), text: draft,
 *   inReplyTo: rejection.messageId, references: rejection.references,
 * });
 */
export async function sendMail(config: SmtpConfig, message: OutgoingMail): Promise<SentMail> {
  const from = message.from ?? config.from;
  const messageId = bracket(message.messageId ?? `${randomUUID()}@${domainOf(from)}`);
  const timeout = config.timeoutMs ?? 15_000;
  const nodemailer = await loadNodemailer();
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure ?? config.port === 465,
    requireTLS: config.requireTls ?? false,
    auth: config.user ? { user: config.user, pass: config.password ?? '' } : undefined,
    tls: config.allowSelfSigned ? { rejectUnauthorized: false } : undefined,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    // Never log: the SMTP transcript would contain the AUTH exchange.
    logger: false,
    debug: false,
  });
  try {
    const info = await transport.sendMail(composeOptions(message, from, messageId));
    const addresses = (values: unknown[] | undefined) =>
      (values ?? []).map((v) =>
        typeof v === 'string' ? v : v && typeof v === 'object' && 'address' in v ? String(v.address) : String(v),
      );
    return {
      messageId: info.messageId || messageId,
      accepted: addresses(info.accepted),
      rejected: addresses(info.rejected),
      response: info.response,
    };
  } catch (error) {
    throw classify(error);
  } finally {
    transport.close();
  }
}

/**
 * The message as an RFC 5322 `.eml` file that opens in a mail client (Outlook and Apple Mail open it ready to
 * send thanks to `X-Unsent: 1`), keeping In-Reply-To/References so it stays in the original's thread.
 *
 * @example
 * await writeFile('feedback-request.eml', await toEml({ from: 'me@example.net', to: 'tom@tailspin.example', subject, text }));
 */
export async function toEml(message: OutgoingMail): Promise<Buffer> {
  const from = message.from ?? '';
  const messageId = bracket(message.messageId ?? `${randomUUID()}@${domainOf(from)}`);
  const nodemailer = await loadNodemailer();
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const options = composeOptions(message, from, messageId);
  const info = await transport.sendMail({
    ...options,
    from: from || undefined,
    headers: { 'X-Unsent': '1' },
  });
  const raw = info.message;
  return Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw));
}

/** A `mailto:` link and what it cannot carry. */
export interface MailtoLink {
  url: string;
  /** Why the link loses something the email would have had (threading, length); empty when nothing is lost. */
  reason: string | null;
}

/** Percent-encodes per RFC 6068: everything but unreserved characters; line breaks as %0D%0A. */
function mailtoEncode(value: string): string {
  return encodeURIComponent(value.replace(/\r?\n/g, '\r\n')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Browsers and mail clients truncate or refuse very long mailto: URLs. */
const mailtoSafeLength = 2000;

/**
 * A `mailto:` URL (RFC 6068) for users without a configured mailbox. A mailto: link cannot set In-Reply-To or
 * References, so the reply starts a new thread — `reason` says so, and suggests replying from the original
 * email or downloading the `.eml` instead.
 *
 * @example
 * toMailto({ to: 'tom@tailspin.example', subject: 'Re: Operations Manager', text: 'Hi Tom,\n…' }).url;
 * // 'mailto:tom@tailspin.example?subject=Re%3A%20Operations%20Manager&body=Hi%20Tom%2C%0D%0A…'
 */
export function toMailto(message: OutgoingMail): MailtoLink {
  const to = list(message.to)
    .map((address) => mailtoEncode(address.match(/<([^>]+)>/)?.[1] ?? address.trim()).replace(/%40/g, '@'))
    .join(',');
  const params: string[] = [];
  const cc = list(message.cc).join(',');
  const bcc = list(message.bcc).join(',');
  if (cc) params.push(`cc=${mailtoEncode(cc).replace(/%40/g, '@')}`);
  if (bcc) params.push(`bcc=${mailtoEncode(bcc).replace(/%40/g, '@')}`);
  params.push(`subject=${mailtoEncode(message.subject)}`);
  params.push(`body=${mailtoEncode(message.text)}`);
  const url = `mailto:${to}?${params.join('&')}`;
  const reasons: string[] = [];
  if (message.inReplyTo)
    reasons.push(
      'A mailto: link cannot carry In-Reply-To or References, so this will start a new conversation instead of replying in the original thread; reply from the original email, or download the .eml, to keep the thread.',
    );
  if (url.length > mailtoSafeLength)
    reasons.push(
      `The link is ${url.length} characters long; some mail clients cut mailto: links after about ${mailtoSafeLength}, so check the body arrived whole or use the .eml.`,
    );
  return { url, reason: reasons.length ? reasons.join(' ') : null };
}
