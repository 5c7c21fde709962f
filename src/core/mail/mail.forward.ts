import { isNoReplyAddress } from './mail.address';
import type { MailAddress, MailContent } from './mail.types';

/** Where a forwarded message starts, as Gmail, Outlook, Apple Mail and Thunderbird write it. */
const forwardMarker =
  /^[ \t>]*(?:-{2,}\s*(?:Forwarded message|Original Message|Weitergeleitete Nachricht|Ursprüngliche Nachricht|Message transféré|Message d'origine|Mensaje reenviado|Mensaje original|Doorgestuurd bericht)\s*-{2,}|Begin forwarded message:|-{5,}\s*Forwarded by .*)[ \t]*$/im;

const forwardSubject = /^\s*(?:fwd?|fw|wg|tr|rv|doorst)\s*:/i;

function parseAddress(value: string): MailAddress | null {
  const text = value.trim();
  const angle = text.match(/^(.*?)\s*[<[](?:mailto:)?([^\s<>[\]]+@[^\s<>[\]]+)[>\]]\s*$/i);
  if (angle)
    return { name: (angle[1] ?? '').replace(/^["']|["']$/g, '').trim(), address: (angle[2] ?? '').toLowerCase() };
  const bare = text.match(/^[^\s<>]+@[^\s<>]+$/);
  return bare ? { name: '', address: text.toLowerCase() } : null;
}

/**
 * A forwarded job email ("Fwd: Your application…") is about the message inside it: its sender, subject and
 * text, not the user who forwarded it. Returns the content unchanged when it is not a forward.
 *
 * @example
 * unwrapForward({ subject: 'Fwd: Interview', text: '---------- Forwarded message ---------\nFrom: Priya <p@contoso.example>\n…' }).from;
 * // { name: 'Priya', address: 'p@contoso.example' }
 */
export function unwrapForward(content: MailContent): MailContent {
  const marker = forwardMarker.exec(content.text);
  // The user's own note above a forward is short; a long text before the marker is a reply quoting history.
  if (!marker || (!forwardSubject.test(content.subject) && marker.index > 600)) return content;
  if (
    !forwardSubject.test(content.subject) &&
    !/forward|weitergeleitet|transféré|reenviado|doorgestuurd/i.test(marker[0])
  )
    return content;
  const lines = content.text.slice(marker.index + marker[0].length).split(/\r?\n/);
  const headers = new Map<string, string>();
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/^>\s?/, '');
    const header = line.match(
      /^\s*\*?(From|Von|De|Van|Date|Datum|Sent|Gesendet|Envoyé|Enviado|Subject|Betreff|Objet|Asunto|Onderwerp|To|An|À|Para|Aan|Cc|Reply-To)\*?:\s*(.*)$/i,
    );
    if (!header) break;
    headers.set((header[1] ?? '').toLowerCase(), (header[2] ?? '').trim());
  }
  if (headers.size === 0) return content;
  const fromText = headers.get('from') ?? headers.get('von') ?? headers.get('de') ?? headers.get('van');
  const from = fromText ? parseAddress(fromText) : null;
  const subject =
    headers.get('subject') ??
    headers.get('betreff') ??
    headers.get('objet') ??
    headers.get('asunto') ??
    headers.get('onderwerp');
  const text = lines
    .slice(i)
    .map((line) => line.replace(/^>\s?/, ''))
    .join('\n');
  const toText =
    headers.get('to') ?? headers.get('an') ?? headers.get('à') ?? headers.get('para') ?? headers.get('aan');
  const innerTo = (toText ?? '')
    .split(/[,;](?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .map(parseAddress)
    .filter((address): address is MailAddress => address !== null);
  return {
    ...content,
    subject: subject ?? content.subject.replace(forwardSubject, '').trim(),
    from: from ?? content.from,
    // Whoever forwarded it is the user too: their name, like the inner recipient's, is never the employer.
    to: [...innerTo, ...(from && content.from ? [content.from] : []), ...(content.to ?? [])],
    replyTo: null,
    text,
    isNoReply: from ? isNoReplyAddress(from.address) : content.isNoReply,
    // The bulk headers belong to the forward, not to the forwarded message.
    bulk: { listUnsubscribe: false, listId: false, precedence: null },
  };
}
