import { describe, expect, it } from 'vitest';
import { mayMatch, requiredPieces } from './lint.prefilter';

describe('requiredPieces', () => {
  it('takes the most selective literal a sequence cannot match without', () => {
    expect(requiredPieces(/\b(?:my |the )?(?:third|fourth|fifth) (?:email|message)\b/)).toEqual(['email', 'message']);
    expect(requiredPieces(/\bi (?:will|would) escalate\b/)).toEqual([' escalate']);
    expect(requiredPieces(/\bplease (?:hire|pick) me\b/)).toEqual(['please ']);
  });

  it('needs every alternative to need something', () => {
    expect(requiredPieces(/\bhow dare|shame on\b/)).toEqual(['how dare', 'shame on']);
    expect(requiredPieces(/^.|\bthat was just\b/)).toBeNull();
  });

  it('takes nothing from optional parts, classes, look-arounds and back-references', () => {
    expect(requiredPieces(/[a-z]+/)).toBeNull();
    expect(requiredPieces(/(?<=\bnot )\w+/)).toBeNull();
    expect(requiredPieces(/\b([a-z]+) \1\b/)).toEqual([' ']);
    expect(requiredPieces(/colou?r/)).toEqual(['colo']);
    expect(requiredPieces(/go+d/)).toEqual(['go']);
    expect(requiredPieces(/\bi (?:\w+ ){0,3}?deserve\b/)).toEqual(['deserve']);
  });

  it('reads escaped punctuation as text and other escapes as anything', () => {
    expect(requiredPieces(/e\.g\./)).toEqual(['e.g.']);
    expect(requiredPieces(/\p{Lu}\u00e9t\x41/u)).toEqual(['t']);
  });

  it('takes nothing from control characters, back-references and set notation', () => {
    expect(requiredPieces(/a\cJb/)).toEqual(['a']);
    expect(requiredPieces(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)\12xyz/)).toEqual(['xyz']);
    // biome-ignore lint/complexity/useRegexLiterals: a literal with the v flag needs an ES2024 target; the build's is older
    expect(requiredPieces(new RegExp('[\\p{L}--[a-z]]+abc', 'v'))).toBeNull();
  });

  it('lower-cases the pieces of a case-insensitive expression', () => {
    expect(requiredPieces(/\bDear Sir\b/i)).toEqual(['dear sir']);
  });

  it('parses named groups and quantified groups', () => {
    expect(requiredPieces(/(?<verb>ask|asked) (?:for )+feedback/)).toEqual(['feedback']);
    expect(requiredPieces(/a{2,}b/)).toEqual(['a']);
  });
});

describe('mayMatch', () => {
  const expressions = [
    /\b(?:my |the )?(?:third|fourth) (?:email|message)\b/g,
    /\bi (?:\w+ ){0,3}?(?:deserve|am owed)\b/g,
    /\b(?:why|how come)\b[^.?!]*\?/g,
    /\bcolou?r(?:ful)?\b/gi,
    /(?<!['’])\b([a-z]+) \1\b/g,
    /\bwhoever[\w ]{0,30}? (?:got|was given) (?:the|this) (?:job|role)\b/g,
  ];
  const texts = [
    'this is my third email about it',
    'i really think i deserve an answer',
    'why was i not picked?',
    'the colourful logo',
    'i think that that was fine',
    'whoever in the end got the job',
    'thank you for your time',
    'a short note',
  ];

  it('never rules out a text the expression matches', () => {
    let matched = 0;
    for (const re of expressions)
      for (const text of texts.map((t) => t.toLowerCase()))
        if (text.search(re) >= 0) {
          matched++;
          expect(mayMatch(re, text)).toBe(true);
        }
    expect(matched).toBe(expressions.length);
  });

  it('rules out texts without the needed words', () => {
    expect(mayMatch(expressions[0] as RegExp, 'thank you for your time')).toBe(false);
    expect(mayMatch(expressions[1] as RegExp, 'i look forward to hearing from you')).toBe(false);
  });

  it('answers as testing each piece would, as new expressions bring new pieces between sentences', () => {
    const texts = [
      'i would of liked to rethunk the quizzle',
      'could you rethunk the quizzle?',
      'a b c',
      'ab',
      'x',
      '',
      'please, please hire me',
    ];
    const expressions = [
      /\bwould of\b/,
      /\b(?:rethunk|rethonk) the (?:quizzle|quazzle)\b/,
      /\bb\b/,
      /a|x/,
      /please,? (?:hire|pick) me/,
      /b c|c d/,
      /consider/,
    ];
    // Sentence by sentence, as the lint asks: each expression met for the first time adds its pieces to those a
    // sentence already scanned was searched for.
    for (const text of texts) {
      for (const re of expressions) {
        const pieces = requiredPieces(re);
        const expected = !pieces || pieces.some((piece) => text.includes(piece));
        expect(mayMatch(re, text), `${re} on "${text}"`).toBe(expected);
        expect(mayMatch(re, text), `${re} on "${text}"`).toBe(expected);
      }
    }
  });
});
