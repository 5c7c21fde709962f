/**
 * A cheap test run before a long regular expression: the literal pieces of text without which it cannot match.
 * The tone and grammar rules are a few hundred expressions tried on every new sentence while the user types; most
 * sentences contain none of an expression's key words, and `String.includes` says so far faster than the
 * expression's own search does at each position of the sentence.
 *
 * The pieces are read from the expression's source: for a sequence, its longest run of literal characters or
 * the pieces of a group it cannot match without; for alternatives, the pieces of every alternative. Anything the
 * reading does not understand (a character class, an optional part, a back-reference) is taken to need nothing,
 * so the answer is never wrong, only sometimes not as selective as it could be.
 */

type Node =
  | { kind: 'char'; ch: string }
  | { kind: 'any' }
  | { kind: 'zero' }
  | { kind: 'group'; body: Node }
  | { kind: 'repeat'; body: Node; min: number }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; alts: Node[] };

/** Escapes that stand for one literal character. */
const literalEscapes = /^[\\/^$.*+?()[\]{}|\-'’,:;!&#@%=<>"~` ]$/;

/** A small parser of JavaScript regular expression syntax, enough to find literal text. */
function parse(source: string): Node {
  let at = 0;
  const peek = () => source[at];

  function alternation(): Node {
    const alts = [sequence()];
    while (peek() === '|') {
      at++;
      alts.push(sequence());
    }
    return alts.length === 1 ? (alts[0] as Node) : { kind: 'alt', alts };
  }

  function sequence(): Node {
    const items: Node[] = [];
    while (at < source.length && peek() !== '|' && peek() !== ')') items.push(quantified(atom()));
    return { kind: 'seq', items };
  }

  function quantified(node: Node): Node {
    const ch = peek();
    let min: number | null = null;
    if (ch === '?' || ch === '*') min = 0;
    else if (ch === '+') min = 1;
    else if (ch === '{') {
      const bounds = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(at));
      if (bounds) {
        at += bounds[0].length - 1;
        min = Number(bounds[1]);
      }
    }
    if (min === null) return node;
    at++;
    if (peek() === '?') at++; // lazy
    return { kind: 'repeat', body: node, min };
  }

  function atom(): Node {
    const ch = source[at++] as string;
    if (ch === '(') {
      let lookaround = false;
      if (source.startsWith('?:', at)) at += 2;
      else if (/^\?<?[=!]/.test(source.slice(at))) {
        lookaround = true;
        at += source[at + 1] === '<' ? 3 : 2;
      } else if (source.startsWith('?<', at)) at = source.indexOf('>', at) + 1; // a named group
      const body = alternation();
      at++; // ')'
      return lookaround ? { kind: 'zero' } : { kind: 'group', body };
    }
    if (ch === '[') {
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
      at++;
      return { kind: 'any' };
    }
    if (ch === '\\') {
      const next = source[at++] as string;
      if (next === 'b' || next === 'B') return { kind: 'zero' };
      if (next === 'p' || next === 'P' || next === 'u' || next === 'k') {
        if (source[at] === '{' || source[at] === '<') at = source.indexOf(source[at] === '{' ? '}' : '>', at) + 1;
        else if (next === 'u') at += 4;
        return { kind: 'any' };
      }
      if (next === 'x') {
        at += 2;
        return { kind: 'any' };
      }
      if (next === 'c') {
        at++; // a control character: "\cJ"
        return { kind: 'any' };
      }
      if (/\d/.test(next)) {
        while (/\d/.test(source[at] ?? '')) at++; // a back-reference ("\12") or "\0"
        return { kind: 'any' };
      }
      return literalEscapes.test(next) ? { kind: 'char', ch: next } : { kind: 'any' };
    }
    if (ch === '^' || ch === '$') return { kind: 'zero' };
    if (ch === '.') return { kind: 'any' };
    return { kind: 'char', ch };
  }

  const node = alternation();
  if (at !== source.length) throw new Error(`unparsed regular expression at ${at}: ${source}`);
  return node;
}

/** How selective a set of pieces is: the shortest piece's length, fewer pieces breaking a tie. */
const score = (pieces: string[]) => Math.min(...pieces.map((p) => p.length)) * 1000 - pieces.length;

/** Pieces of text, at least one of which every match contains; null when nothing is needed. */
function required(node: Node): string[] | null {
  switch (node.kind) {
    case 'char':
      return [node.ch];
    case 'any':
    case 'zero':
      return null;
    case 'group':
      return required(node.body);
    case 'repeat':
      return node.min >= 1 ? required(node.body) : null;
    case 'alt': {
      const pieces: string[] = [];
      for (const alt of node.alts) {
        const own = required(alt);
        if (!own) return null;
        pieces.push(...own);
      }
      return [...new Set(pieces)];
    }
    case 'seq': {
      const candidates: string[][] = [];
      let run = '';
      const flush = () => {
        if (run) candidates.push([run]);
        run = '';
      };
      for (const item of node.items) {
        if (item.kind === 'char') run += item.ch;
        else if (item.kind === 'zero') continue;
        else if (item.kind === 'repeat' && item.min >= 1 && item.body.kind === 'char') {
          run += item.body.ch;
          flush();
        } else {
          flush();
          const own = required(item);
          if (own) candidates.push(own);
        }
      }
      flush();
      let best: string[] | null = null;
      for (const candidate of candidates) if (!best || score(candidate) > score(best)) best = candidate;
      return best;
    }
  }
}

/**
 * The literal pieces at least one of which every match of `re` contains, or null when the expression needs no
 * particular text. Pieces are lower case for a case-insensitive expression.
 *
 * @example
 * requiredPieces(/\b(?:my |the )?(?:third|fourth) (?:email|message)/); // ['email', 'message']
 * requiredPieces(/\w+ly/); // ['ly']
 * requiredPieces(/[a-z]+/); // null
 */
export function requiredPieces(re: RegExp): string[] | null {
  // Set notation ("v") nests classes, which this reading does not follow; anything unreadable needs nothing.
  if (re.flags.includes('v')) return null;
  let pieces: string[] | null;
  try {
    pieces = required(parse(re.source));
  } catch {
    return null;
  }
  if (!pieces) return null;
  return re.flags.includes('i') ? pieces.map((p) => p.toLowerCase()) : pieces;
}

/**
 * Every piece any expression has needed so far, by number, indexed by its first two UTF-16 units (one for a piece of
 * one character). A sentence is scanned once for all of them, instead of once for each piece of each expression:
 * with 400 expressions of 7–8 pieces each, that was 3,000 `String.includes` a sentence.
 */
const pieceText: string[] = [];
const pieceIds = new Map<string, number>();
const piecesByStart = new Map<number, number[]>();
let singleCharacterPieces = 0;
const startKey = (text: string, at: number, length: number) =>
  length >= 2 ? text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1) : -1 - text.charCodeAt(at);

function idOf(piece: string): number {
  let id = pieceIds.get(piece);
  if (id === undefined) {
    id = pieceText.length;
    pieceText.push(piece);
    pieceIds.set(piece, id);
    if (piece.length === 1) singleCharacterPieces++;
    const key = startKey(piece, 0, piece.length);
    const list = piecesByStart.get(key);
    if (list) list.push(id);
    else piecesByStart.set(key, [id]);
  }
  return id;
}

/** The two texts scanned last (the lint asks of a sentence as written and in lower case), with what they hold. */
const scanned: Array<{ text: string; present: Uint8Array }> = [];

/** Which pieces occur in `text`: 1 at a piece's number where it does. */
function piecesIn(text: string): Uint8Array {
  for (const entry of scanned) {
    // A piece added since the scan was not looked for: scan again.
    if (entry.text === text && entry.present.length === pieceText.length) return entry.present;
  }
  const present = new Uint8Array(pieceText.length);
  for (let at = 0; at < text.length; at++) {
    const single = singleCharacterPieces > 0 ? piecesByStart.get(-1 - text.charCodeAt(at)) : undefined;
    if (single) for (const id of single) present[id] = 1;
    const pair = at + 1 < text.length ? piecesByStart.get(startKey(text, at, 2)) : undefined;
    if (!pair) continue;
    for (const id of pair) {
      if (present[id] === 0 && text.startsWith(pieceText[id] as string, at)) present[id] = 1;
    }
  }
  scanned.unshift({ text, present });
  scanned.length = Math.min(scanned.length, 2);
  return present;
}

/** Each expression's pieces by number; null when it needs nothing. */
const expressionPieces = new WeakMap<RegExp, Uint32Array | null>();

/**
 * False when `re` certainly cannot match `text` (for a case-insensitive expression, `text` must be lower case,
 * as the lint's normalised sentences are). True means it may.
 *
 * @example
 * mayMatch(/\bplease (?:hire|pick) me\b/, 'thank you for your time'); // false
 */
export function mayMatch(re: RegExp, text: string): boolean {
  let ids = expressionPieces.get(re);
  if (ids === undefined) {
    const pieces = requiredPieces(re);
    ids = pieces && !pieces.includes('') ? Uint32Array.from(pieces, idOf) : null;
    expressionPieces.set(re, ids);
  }
  if (!ids) return true;
  const present = piecesIn(text);
  for (const id of ids) if (present[id] === 1) return true;
  return false;
}
