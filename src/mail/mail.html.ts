/**
 * HTML → plain text for classification. Job emails are simple HTML (paragraphs, tables, links); a small
 * tag-stripper keeps paragraphs and link targets and is many times faster than a full HTML-to-text renderer,
 * which matters when an mbox holds tens of thousands of HTML-only messages.
 */

const named: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  copy: '©',
  reg: '®',
  trade: '™',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  hellip: '…',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  laquo: '«',
  raquo: '»',
  times: '×',
  shy: '',
  zwnj: '',
  zwj: '',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    const lower = entity.toLowerCase();
    if (named[entity] !== undefined) return named[entity];
    if (named[lower] !== undefined) return named[lower];
    // Accented letters: &eacute; &Uuml; &ccedil; &ntilde; …
    const accent = entity.match(/^([a-zA-Z])(acute|grave|circ|uml|tilde|cedil|ring|slash)$/);
    if (accent) {
      const marks: Record<string, string> = {
        acute: '\u0301',
        grave: '\u0300',
        circ: '\u0302',
        uml: '\u0308',
        tilde: '\u0303',
        cedil: '\u0327',
        ring: '\u030a',
        slash: '\u0338',
      };
      return `${accent[1]}${marks[accent[2] ?? ''] ?? ''}`.normalize('NFC');
    }
    if (lower === 'szlig') return 'ß';
    return whole;
  });
}

/**
 * Converts an email's HTML body to readable text: block elements become line breaks, links keep their target
 * when the text does not show it (a scheduling link behind "Book a time"), and entities are decoded.
 *
 * @example
 * htmlToText('<p>Hello&nbsp;<b>Jamie</b></p><p><a href="https://calendly.com/x">Book a time</a></p>');
 * // 'Hello Jamie\n\nBook a time [https://calendly.com/x]'
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|style|script|title|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(
      /<a\b[^>]*?\bhref\s*=\s*(["'])(https?:[^"']{1,300})\1[^>]*>([\s\S]*?)<\/a\s*>/gi,
      (_, _q, href: string, inner: string) => {
        const label = inner.replace(/<[^>]*>/g, '').trim();
        return label && !label.includes(href) && !href.startsWith('mailto:') ? `${inner} [${href}]` : inner;
      },
    )
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(
      /<\/?(?:p|div|tr|table|tbody|thead|ul|ol|li|h[1-6]|blockquote|section|article|header|footer|center|hr|pre|address)\b[^>]*>/gi,
      '\n\n',
    )
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
