/** Characters of body read for classification: the decision is at the top, the rest is footers and history. */
const maxBodyChars = 8000;

/**
 * The body of an email as the classifier reads it: typographic quotes and spaces normalised, quoted history of a
 * reply removed (a rejection quoting our own "thank you for the interview" must not read as an interview).
 *
 * @example
 * cleanBody('Thanks!\n\nOn Mon, 2 Nov 2026 Jamie wrote:\n> I applied…'); // 'Thanks!'
 */
export function cleanBody(text: string): string {
  let body = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\u00ad|\u200c|\u200d|\ufeff/g, '');
  body = withoutQuotation(body);
  if (body.length > maxBodyChars) body = body.slice(0, maxBodyChars);
  return body
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n')
    .trim();
}

/**
 * The first line of a reply's quoted history, in the languages job emails arrive in, strictly: the attribution
 * line has a date or an address and ends in "wrote:" (it may wrap onto a second line), so a sentence such as "On
 * the take-home you wrote clean code" or "On reflection, the team wrote:" is never cut.
 */
const historyHeader =
  /^(?:On\b(?=[^\n]{0,200}(?:\n[^\n]{0,120})?[\d@])[^\n]{4,200}(?:\n[^\n]{0,120})?\bwrote:[ \t]*$|Am\b[^\n]{4,200}schrieb[^\n]{0,80}:[ \t]*$|Le\b[^\n]{4,200}a écrit ?:[ \t]*$|El\b[^\n]{4,200}escribió:[ \t]*$|Op\b[^\n]{4,200}schreef[^\n]{0,80}:[ \t]*$|-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}|From: [^\n]{3,200}\n(?:Sent|Date): )/im;
/** Where an email's signature or legal footer begins: the "-- " line, or a confidentiality notice. */
const footerStart =
  /^(?:-- ?$|(?:this|the information in this) (?:e-?mail|message|communication)\b[^\n]{0,80}\b(?:confidential|privileged|intended (?:solely |only )?for)|if you (?:are not the intended recipient|have received this (?:e-?mail|message) in error)|please consider the environment before printing)/im;

/** A body without the quoted history of the thread: everything from its header line on, and "> " lines. */
function withoutQuotation(body: string): string {
  let own = '';
  let from = 0;
  for (const span of quotedSpans(body)) {
    own += body.slice(from, span.start);
    from = span.end;
  }
  return own + body.slice(from);
}

/**
 * Where a message quotes others, as offsets into the text as given: the thread's history from its header line
 * ("On … wrote:", "-----Original Message-----", "From: … Sent: …") to the end, and each line that starts with
 * ">" (with its line break). A header on the very first line is not taken for history: the text would then be
 * nothing but history, or a letter that opens with its own "From:" and "Date:" lines.
 *
 * @example
 * quotedSpans('Thanks!\n> Why not?\nBest'); // [{ start: 8, end: 19 }]
 */
export function quotedSpans(text: string): Array<{ start: number; end: number }> {
  // "\r" read as a space keeps every offset and lets "$" see the end of a Windows line.
  const body = text.replace(/\r/g, ' ');
  const history = historyHeader.exec(body);
  const end = history && history.index > 0 ? history.index : body.length;
  const spans: Array<{ start: number; end: number }> = [];
  for (const line of body.slice(0, end).matchAll(/^[^\S\n]*>[^\n]*(?:\n|$)/gm)) {
    spans.push({ start: line.index ?? 0, end: (line.index ?? 0) + line[0].length });
  }
  if (end < body.length) spans.push({ start: end, end: body.length });
  return spans;
}

/**
 * What a pasted email says itself: the quoted history of the thread (our own question, quoted back under
 * "On … wrote:" or with "> ") and the signature's legal footer removed. Feedback is read from this, so the
 * candidate's own quoted words ("was it my Kubernetes experience?") are never read as the employer's reasons.
 * A text that is nothing but quotation is returned as it was.
 *
 * @example
 * replyWithoutHistory('Your SQL was the gap.\n\nOn Mon, 7 Dec 2026, Alex wrote:\n> Was it my salary?'); // 'Your SQL was the gap.'
 */
export function replyWithoutHistory(text: string): string {
  let body = withoutQuotation(text.replace(/\r\n?/g, '\n'));
  const footer = footerStart.exec(body);
  if (footer && footer.index > 0) body = body.slice(0, footer.index);
  body = body.trim();
  return body === '' ? text.trim() : body;
}

/**
 * Splits text into sentences: at . ! ? followed by a capital or a newline, after 。！？ (Japanese needs no
 * space), and at blank lines and bullets,
 * so that a negation in one sentence never reaches a phrase in the next.
 *
 * @example
 * sentences('We regret. We will keep your CV.'); // ['We regret.', 'We will keep your CV.']
 */
export function sentences(text: string): string[] {
  return text
    .split(/\n{2,}|\n(?=\s*[-*•·]\s)|(?<=[.!?])\s+(?=["'(]?[A-Z0-9ÀÉÈÜÖÄ¡¿])|(?<=[.!?])\n|(?<=[。！？])\s*/)
    .map((part) => part.replace(/\s*\n\s*/g, ' ').trim())
    .filter((part) => part.length > 0);
}
