/**
 * Light, fast language handling for feedback texts: normalisation, sentence and clause splitting.
 * Hand-written rather than a full NLP parse because the analysis must handle ≥1,000 texts/s in the browser too.
 */

/** One clause of feedback, normalised for matching, with the original wording kept for extraction. */
export interface Clause {
  /** Lower-case, contractions expanded, punctuation unified: the form every cue is written against. */
  norm: string;
  /** The clause as written (trimmed), for pulling out names with their capitals. */
  raw: string;
  /** Index of the sentence the clause belongs to. */
  sentence: number;
  /** True when the clause was introduced by a contrast ("but", "however", "although"). */
  afterContrast: boolean;
}

const contractions: Array<[RegExp, string]> = [
  [/\bcan't\b|\bcant\b|\bcannot\b/g, 'can not'],
  [/\bwon't\b|\bwont\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|might)n't\b/g, '$1 not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should)nt\b/g, '$1 not'],
  [/\b(you|we|they|who|that)'re\b/g, '$1 are'],
  [/\b(i|you|we|they|who)'ve\b/g, '$1 have'],
  [/\bi'm\b/g, 'i am'],
  [/\b(i|you|we|they|he|she|it)'ll\b/g, '$1 will'],
  [/\b(it|that|there|he|she|what|who)'s (been|had|got)\b/g, '$1 has $2'],
  [/\b(it|that|there|he|she|what|who)'s\b/g, '$1 is'],
  // "the role's been shelved": before "been", 's can only be "has", whatever the noun.
  [/\b([a-z]+)'s been\b/g, '$1 has been'],
  [/\bur\b/g, 'your'],
  [/\bu\b/g, 'you'],
  [/\bw\/(?=\s)/g, 'with'],
  [/\bmgmt\b/g, 'management'],
  [/\bmgr\b/g, 'manager'],
];

const abbreviatedUnit = /(?:\b|\d)(?:yrs?|mins?|hrs?)\b/;
const abbreviatedUnits = /\b(\d+\+? ?)(yrs?|mins?|hrs?)\b|\b()(yrs)\b/g;
const unitWords: Record<string, string> = { yr: 'years', min: 'minutes', hr: 'hours' };

/**
 * Normalises text for cue matching: lower case, straight quotes, spaced dashes, contractions expanded.
 *
 * @example
 * normalizeForMatching("We didn’t see it") // "we did not see it"
 */
export function normalizeForMatching(text: string): string {
  let out = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s*[\u2013\u2014]\s*/g, ' - ')
    .replace(/\u2026/g, '...');
  for (const [pattern, replacement] of contractions) out = out.replace(pattern, replacement);
  // Notes abbreviate units of time ("10 yrs in aviation", "late 15 mins"); most texts have none, so one cheap test
  // comes first.
  if (abbreviatedUnit.test(out))
    out = out.replace(
      abbreviatedUnits,
      (_, n: string | undefined, unit: string | undefined, bare: string | undefined, bareUnit: string | undefined) =>
        `${n ? `${n.trim()} ` : (bare ?? '')}${unitWords[(unit ?? bareUnit ?? '').replace(/s$/, '')] ?? unit ?? bareUnit}`,
    );
  return out.replace(/\s+/g, ' ').trim();
}

// Abbreviations whose full stop does not end a sentence.
const abbreviation =
  /(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|mr|mrs|ms|dr|prof|no|st|jr|sr|dept|min|mins|yrs|hrs|inc|ltd|co)|\b[a-z])\.$/i;

/**
 * Splits text into sentences on terminal punctuation and line breaks, keeping abbreviations,
 * decimals and dotted names ("Node.js", "e.g.") inside their sentence.
 *
 * @example
 * splitSentences('Thanks. e.g. Node.js was weak.') // ['Thanks.', 'e.g. Node.js was weak.']
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const block of text.split(/\n\s*\n|\r?\n(?=\s*(?:[-*•]|\(?\d+[).]|[A-Z]))/)) {
    const line = block.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    let start = 0;
    const boundary = /[.!?]+["')\]]*(?=\s+["'(]?[A-Z0-9(]|\s*$)/g;
    for (let match = boundary.exec(line); match !== null; match = boundary.exec(line)) {
      const end = match.index + match[0].length;
      const candidate = line.slice(start, end);
      if (match[0] === '.' && abbreviation.test(candidate)) continue;
      if (candidate.trim() !== '') sentences.push(candidate.trim());
      start = end;
    }
    const rest = line.slice(start).trim();
    if (rest !== '') sentences.push(rest);
  }
  return sentences;
}

// Contrast markers start a new clause: the polarity usually flips across them ("liked you, but …").
const contrastSplit =
  /\s*,\s*yet\s+|\s*(?:,|;)?\s+\b(?:but|however|although|though|whereas|except that|only that|that said|having said that|unfortunately|sadly|regrettably|the only (?:real )?(?:gap|issue|concern|problem|thing)|on the other hand)\b,?\s+|\s*[,;]\s+(?=(?:it was |it is |it's )?(?:more |rather |just |simply )?that\b)/g;
// Other clause boundaries that do not flip polarity; a greeting or thanks before a comma is a clause of its own.
const plainSplit =
  /(?<=(?:^|:\s|\s-\s)(?:[Tt]hanks|[Tt]hank you|[Mm]any thanks|[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)\b[^,;:]{0,40}),\s+|\s*(?:;|\s-\s|\s*[\u2013\u2014]\s*|:\s|\((?=\s*\d\)))\s*|,\s+(?=(?:and|so|which|as|because|since|while|then)\s)|,\s+(?=(?:the|our) (?:team|business|company|client|organi[sz]ation|hiring manager|manager|panel) (?:has|have|had|is|was|decided|felt|thought|will|would)\b)|\s+(?=and (?:it|we|they|you|your|that|he|she|i|the other|there)\b)/g;

/**
 * Splits one sentence into clauses at contrasts and strong punctuation, so a compliment and a concern
 * in the same sentence are judged separately. A very short tail ("fine but slow") stays attached,
 * because it has no subject of its own.
 *
 * @example
 * splitClauses('We liked you a lot, but you spoke over the panel')
 * // [{ text: 'We liked you a lot', afterContrast: false }, { text: 'you spoke over the panel', afterContrast: true }]
 */
export function splitClauses(sentence: string): Array<{ text: string; afterContrast: boolean }> {
  // "While you have strong skills, we need …": a leading concession ends at its first comma.
  const concession =
    /^(?:while|whilst|although|though|even though|despite|notwithstanding|whereas)\b[^,;]{3,120},\s*/i.exec(sentence);
  if (concession) {
    const rest = splitClauses(sentence.slice(concession[0].length));
    return [
      { text: concession[0].replace(/,\s*$/, ''), afterContrast: false },
      ...rest.map((piece, i) => (i === 0 ? { ...piece, afterContrast: true } : piece)),
    ];
  }
  const pieces: Array<{ text: string; afterContrast: boolean }> = [];
  let last = 0;
  let afterContrast = false;
  const marks: Array<{ index: number; end: number; contrast: boolean }> = [];
  for (const pattern of [contrastSplit, plainSplit]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      marks.push({ index: m.index, end: m.index + m[0].length, contrast: pattern === contrastSplit });
    }
  }
  marks.sort((a, b) => a.index - b.index);
  for (const mark of marks) {
    if (mark.index < last) continue;
    const tail = sentence.slice(mark.end);
    // "fine but slow", "good but long": an elliptical tail belongs to the clause before it.
    const tailLength = (/^[^,;:.!?]*/.exec(tail)?.[0] ?? '').split(/\s+/).filter(Boolean).length;
    if (mark.contrast && tailLength <= 3 && !/^(?:you|your|we|they|the|it|he|she|i)\b/i.test(tail)) continue;
    // "talked about tools but not about the problems": a negated tail without a verb shares the clause's verb.
    if (
      mark.contrast &&
      /^but\b/i.test(sentence.slice(mark.index).trim()) &&
      /^not (?:about|on|much|enough|as much|really about)\b/i.test(tail)
    )
      continue;
    // "weaker on the cloud side — particularly AWS": an elaboration names what the clause before judged.
    if (
      !mark.contrast &&
      /^(?:particularly|especially|notably|specifically|in particular|e\.g\.?|such as|namely)\b/i.test(tail)
    )
      continue;
    const text = sentence.slice(last, mark.index).trim();
    if (text !== '') pieces.push({ text, afterContrast });
    afterContrast = mark.contrast;
    last = mark.end;
  }
  const text = sentence.slice(last).trim();
  if (text !== '') pieces.push({ text, afterContrast });
  return pieces;
}

/**
 * Sentences and clauses of a feedback text, ready for matching.
 *
 * @example
 * toClauses('Great energy. Your SQL was weak.').length // 2
 */
export function toClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  splitSentences(text).forEach((sentence, index) => {
    for (const piece of splitClauses(sentence)) {
      const norm = normalizeForMatching(piece.text)
        // List markers ("(2) your model …", "- slow") are layout, not words: the clause starts after them.
        .replace(/^(?:\(?\d{1,2}[.)]|[-*•])\s+/, '')
        .replace(/[.!?]+$/, '')
        .replace(/^["'\s]+|["'\s]+$/g, '');
      if (norm === '') continue;
      clauses.push({ norm, raw: piece.text, sentence: index, afterContrast: piece.afterContrast });
    }
  });
  return clauses;
}
