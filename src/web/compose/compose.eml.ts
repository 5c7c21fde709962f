/** What a message needs to leave Nextround by mail: the mail app (mailto:) or a saved `.eml` file. */
export interface OutgoingMail {
  to: string | null;
  subject: string | null;
  body: string;
  /** The Message-ID replied to, so the message stays in the employer's thread. */
  threadRef: string | null;
}

/** A `mailto:` link; mail apps ignore threading headers there, which is why `.eml` exists too. */
export function mailtoHref(mail: OutgoingMail): string {
  const params: string[] = [];
  if (mail.subject) params.push(`subject=${encodeURIComponent(mail.subject)}`);
  // CRLF line breaks, as RFC 6068 asks for.
  params.push(`body=${encodeURIComponent(mail.body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${encodeURIComponent(mail.to ?? '').replace(/%40/g, '@')}?${params.join('&')}`;
}

/** RFC 2047 encoding for a header with non-ASCII text; ASCII passes through. */
function encodeHeader(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `=?UTF-8?B?${btoa(binary)}?=`;
}

/**
 * An unsent RFC 5322 message: opening it in most mail apps gives a ready draft, and it carries
 * In-Reply-To/References so a feedback request lands in the rejection's thread.
 *
 * @example
 * emlText({ to: 'sam@acme.example', subject: 'Re: Your application', body: 'Hi Sam,…', threadRef: '<abc@acme>' }, new Date());
 */
export function emlText(mail: OutgoingMail, date: Date): string {
  const headers = [
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    mail.to ? `To: ${mail.to}` : null,
    `Subject: ${encodeHeader(mail.subject ?? '')}`,
    mail.threadRef ? `In-Reply-To: ${mail.threadRef}` : null,
    mail.threadRef ? `References: ${mail.threadRef}` : null,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
  ].filter((h): h is string => h !== null);
  return `${headers.join('\r\n')}\r\n\r\n${mail.body.replace(/\r?\n/g, '\r\n')}\r\n`;
}
