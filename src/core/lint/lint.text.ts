import { quotedSpans } from '../mail/mail.text';

/**
 * Text handling shared by the lint rules: sentences with their offsets, and a normalised word stream
 * (lower case, straight apostrophes, contractions expanded) that maps back to offsets in the original text.
 * Rules match on the normalised form so "didn't", "did not" and "didn’t" are one thing to them.
 */

/** A sentence (or a line such as "Dear Ms Patel,") with its offsets in the original text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** A normalised token: `norm` is what rules see, `start`/`end` the original span it came from. */
export interface Token {
  norm: string;
  start: number;
  end: number;
  /** The token as written (same for every part of an expanded contraction). */
  raw: string;
}

/** A sentence prepared for matching: tokens, their joined normal form, and clause boundaries. */
export interface PreparedSentence extends Sentence {
  tokens: Token[];
  /** Tokens' `norm` joined by single spaces. */
  norm: string;
  /** Start offset of each token inside `norm`. */
  normStarts: number[];
  /** Index of the first token of the clause each token belongs to. */
  clauseStartOf: number[];
  isQuestion: boolean;
}

// Abbreviations after which a full stop does not end a sentence.
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'approx',
  'no',
  'jr',
  'sr',
]);

/**
 * Splits text into sentences and stand-alone lines, keeping offsets.
 *
 * @example
 * splitSentences('Hi Dana,\nThanks. Why?').map((s) => s.text); // ['Hi Dana,', 'Thanks.', 'Why?']
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i;
    while (j + 1 < text.length && /[.!?)"'’”]/.test(text[j + 1] ?? '')) j++;
    const next = text[j + 1];
    if (next !== undefined && !/\s/.test(next)) continue;
    if (ch === '.') {
      const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, i - 12), i))?.[1]?.toLowerCase();
      if (before && abbreviations.has(before)) continue;
      // "3 p.m. on Friday": a lower-case word after the stop means the sentence goes on.
      const after = /^\s+(\S)/.exec(text.slice(j + 1, j + 4))?.[1];
      if (after && /[a-z]/.test(after)) continue;
    }
    push(start, j + 1);
    start = j + 1;
    i = j;
  }
  push(start, text.length);
  return sentences;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’‘][\p{L}]+)*(?:[-/.][\p{L}\p{N}]+)*|[?!,;:()"“”]|[—–]|\s-\s|\.(?=\s|$)/gu;

// Pronoun-like words whose "'s" means "is" rather than a possessive.
const isContractors = new Set([
  'it',
  'that',
  'there',
  'here',
  'he',
  'she',
  'who',
  'what',
  'where',
  'how',
  'this',
  'everything',
  'nothing',
  'something',
  'which',
  'why',
  'when',
]);

const irregularNegatives: Record<string, string[]> = {
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  cannot: ['can', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  "let's": ['let', 'us'],
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  // Contractions typed without the apostrophe.
  dont: ['do', 'not'],
  didnt: ['did', 'not'],
  doesnt: ['does', 'not'],
  wasnt: ['was', 'not'],
  werent: ['were', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  cant: ['can', 'not'],
  couldnt: ['could', 'not'],
  wouldnt: ['would', 'not'],
  shouldnt: ['should', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  hadnt: ['had', 'not'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
  youre: ['you', 'are'],
  theyre: ['they', 'are'],
  thats: ['that', 'is'],
  whats: ['what', 'is'],
  youve: ['you', 'have'],
};

/** Expands one lower-cased word into the words it stands for ("didn't" → did not). */
function expand(word: string): string[] {
  // Own keys only: "constructor" is a word of English (and of programming) too, not Object's constructor.
  const irregular = Object.hasOwn(irregularNegatives, word) ? irregularNegatives[word] : undefined;
  if (irregular) return irregular;
  if (word.endsWith("n't")) return [word.slice(0, -3), 'not'];
  const match = /^(.+)'(m|re|ve|ll|d|s)$/.exec(word);
  if (!match) return [word];
  const [, stem = '', suffix] = match;
  switch (suffix) {
    case 'm':
      return [stem, 'am'];
    case 're':
      return [stem, 'are'];
    case 've':
      return [stem, 'have'];
    case 'll':
      return [stem, 'will'];
    case 'd':
      return [stem, 'would'];
    default:
      return isContractors.has(stem) ? [stem, 'is'] : [stem, "'s"];
  }
}

/**
 * Tokenises a sentence into normalised tokens that point back at the original text.
 *
 * @example
 * tokenize("I didn't", 0).map((t) => t.norm); // ['i', 'did', 'not']
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const raw = match[0];
    const start = offset + (match.index ?? 0);
    const end = start + raw.length;
    if (/^\s-\s$/.test(raw)) {
      tokens.push({ norm: '-', start: start + 1, end: end - 1, raw: '-' });
      continue;
    }
    const lower = raw.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
    for (const norm of expand(lower)) tokens.push({ norm, start, end, raw });
  }
  return tokens;
}

const clauseBreakWords = new Set(['but', 'although', 'though', 'however', 'whereas', 'yet', 'otherwise']);
const clausePunctuation = new Set([',', ';', ':', '(', ')', '-', '—', '–', '"', '.', '!', '?']);

/**
 * Prepares a sentence for pattern matching.
 *
 * @example
 * prepare({ start: 0, end: 9, text: "Why not?" }).isQuestion; // true
 */
export function prepare(sentence: Sentence): PreparedSentence {
  const tokens = tokenize(sentence.text, sentence.start);
  const normStarts: number[] = [];
  const clauseStartOf: number[] = [];
  let norm = '';
  let clauseStart = 0;
  tokens.forEach((token, index) => {
    if (clausePunctuation.has(token.norm) || clauseBreakWords.has(token.norm)) clauseStart = index;
    clauseStartOf.push(clauseStart);
    if (norm.length > 0) norm += ' ';
    normStarts.push(norm.length);
    norm += token.norm;
  });
  return { ...sentence, tokens, norm, normStarts, clauseStartOf, isQuestion: /\?/.test(sentence.text) };
}

/**
 * The index of the token that contains the given offset in `norm` (binary search).
 *
 * @example
 * tokenAt(prepare({ start: 0, end: 9, text: 'I did not' }), 6); // 2 ("not")
 */
export function tokenAt(sentence: PreparedSentence, normOffset: number): number {
  let low = 0;
  let high = sentence.normStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sentence.normStarts[mid] ?? 0) <= normOffset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Splits a whole text into prepared sentences.
 *
 * @example
 * prepareText("Thanks. Why didn't I get it?")[1]?.norm; // 'why did not i get it ?'
 */
export function prepareText(text: string): PreparedSentence[] {
  return splitSentences(text).map(prepare);
}

/**
 * Lower-cased words of a text (letters and digits), for overlap measures.
 *
 * @example
 * words("Thanks, Dana! It's great."); // ['thanks', 'dana', "it's", 'great']
 */
export function words(text: string): string[] {
  return Array.from(
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu),
    (m) => m[0],
  );
}

/**
 * The user's own writing in a message, in place: what it quotes from others (a reply's thread history under
 * "On … wrote:", lines starting with ">") becomes spaces, line breaks kept. No rule then reads the employer's
 * words as the user's ("unfortunatly we went with an other candidate"), and every offset still points into the
 * text as given.
 *
 * @example
 * ownWriting('Thanks!\n> Why not?'); // 'Thanks!\n          '
 */
export function ownWriting(text: string): string {
  let own = '';
  let from = 0;
  for (const span of quotedSpans(text)) {
    own += text.slice(from, span.start) + text.slice(span.start, span.end).replace(/[^\n]/g, ' ');
    from = span.end;
  }
  return own + text.slice(from);
}

// A closing line: "Best,", "Kind regards,", "Many thanks!", "Yours sincerely", "Cheers".
const valediction =
  /^(?:(?:all[ \t]+the[ \t]+|my[ \t]+)?best(?:[ \t]+wishes|[ \t]+regards)?|(?:with[ \t]+)?(?:kind|kindest|warm|warmest|best|many|with)[ \t]+(?:regards|wishes|thanks)|regards|thanking[ \t]+you|(?:yours[ \t]+)?(?:sincerely|faithfully|truly)|yours|cheers|thanks(?:[ \t]+again|[ \t]+so[ \t]+much)?|thank[ \t]+you(?:[ \t]+again)?|warmly|respectfully|take[ \t]+care|speak[ \t]+soon)[ \t]*[,.!]?$/i;

/**
 * Whether a line is a letter's closing line, the one above the writer's name.
 *
 * @example
 * isValediction('Kind regards,'); // true
 * isValediction('Best of luck with the launch.'); // false
 */
export function isValediction(line: string): boolean {
  return valediction.test(line.trim());
}
