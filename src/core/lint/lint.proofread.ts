import { wordTable } from '../tables';
import { grammarFindings } from './lint.grammar';
import { mayMatch } from './lint.prefilter';
import { RecentMap } from './lint.recent';
import type { LintIssue } from './lint.schema';
import { isValediction, type Sentence } from './lint.text';
import {
  boundaryErrors,
  clauseTakers,
  commonMisspellings,
  informalSpellings,
  isClassicalCompound,
  isDialectVariant,
  loanArticles,
  loanPhrases,
  loanWords,
  personPlural,
  regionalWords,
  techTerms,
  verbFormOf,
  verbForms,
} from './lint.words';

/**
 * Instant proofreading: the mistakes people make most in these messages (your/you're, its/it's, their/there,
 * could of, then/than, a/an, lose/loose, affect/effect, doubled words, frequent misspellings), found with
 * context checks so correct uses stay quiet. It runs synchronously while the user types; the WebAssembly
 * proofreader (harper) adds broader grammar and a full dictionary when it has loaded.
 */

interface ProofreadRule {
  rule: string;
  /** Matched against the text with straight apostrophes; group 1 (or the whole match) is the flagged part. */
  re: RegExp;
  /** Flag the whole match rather than its first capture group. */
  whole?: boolean;
  message: string;
  fix: (flagged: string, match: RegExpMatchArray, text: string) => string | null;
}

const keepCase = (original: string, replacement: string): string =>
  /^[A-Z]/.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;

const comparatives =
  'more|less|better|worse|rather|fewer|greater|larger|smaller|bigger|higher|lower|faster|slower|easier|harder|longer|shorter|stronger|weaker|older|younger|earlier|sooner|cheaper|deeper|broader|wider|closer|simpler|clearer|quicker|busier|happier|other';
const possessedNouns =
  'time|team|teams|feedback|help|insight|insights|consideration|support|email|message|advice|company|office|offices|role|interview|questions|patience|kindness|input|thoughts|comments|work|process|guidance|offer|decision|organisation|organization|product|products|platform|approach|plans|roadmap|business|department|colleagues|reply|response|note|notes|call|letter|generosity|hospitality|openness|honesty|candour|candor|perspective|views|expertise|experience|own|mission|vision|culture|values|customers|clients|users|engineers|staff|hiring|recruitment|manager|schedule|calendar|recommendation|suggestions|tips|pointers|interviewers|panel|startup|start-up|firm|goals|strategy|website|growth|onboarding|impact|services|stack|infrastructure|architecture|codebase|project|projects|pipeline|tooling|contributions';
/** Past simple → base form, for a past form after a modal ("will went" → "go"). */
const pastToBase: Record<string, string> = wordTable({
  went: 'go',
  came: 'come',
  wrote: 'write',
  took: 'take',
  did: 'do',
  gave: 'give',
  spoke: 'speak',
  knew: 'know',
  chose: 'choose',
  forgot: 'forget',
  grew: 'grow',
  broke: 'break',
  began: 'begin',
  made: 'make',
  thought: 'think',
  brought: 'bring',
  taught: 'teach',
  bought: 'buy',
  felt: 'feel',
  kept: 'keep',
  met: 'meet',
  sent: 'send',
  spent: 'spend',
  built: 'build',
  told: 'tell',
  understood: 'understand',
  got: 'get',
  had: 'have',
  led: 'lead',
});
// -ed forms that are not past tenses (or are base forms themselves): "will need", "can proceed", "could embed".
const notPastEd = new Set(
  'need feed seed speed proceed succeed exceed bleed breed heed weed embed shed shred wed bed red sled'.split(' '),
);
/** British doubling before -ed that the base form does not have. */
const britishDouble: Record<string, string> = wordTable({ focussed: 'focus', biassed: 'bias' });

/**
 * The base form of a regular past ("acted" → "act", "improved" → "improve", "planned" → "plan"): a best guess
 * for the suggestion, since a rule cannot look words up.
 */
function baseOfPast(past: string): string {
  const lower = past.toLowerCase();
  const known = pastToBase[lower] ?? britishDouble[lower];
  if (known) return known;
  if (/eed$/.test(lower)) return lower.slice(0, -1);
  if (/[^aeiou]ied$/.test(lower)) return lower.replace(/ied$/, 'y');
  // British "travelled", "modelled", "cancelled" → "travel"; but "spelled", "yelled" keep both l's.
  if (/[aeiou][^aeiou]+elled$/.test(lower)) return lower.slice(0, -3);
  const stem = lower.slice(0, -2);
  if (/([bgmnprtz])\1$/.test(stem)) return stem.slice(0, -1);
  // A silent e comes back after v, c, g, u, z and after one vowel and one consonant ("improv", "shar",
  // "practis"), but not in longer words ending like "visit", "open", "develop", "focus", "offer".
  const silentE =
    /(?:v|c|[^n]g|u|z)$/.test(stem) ||
    (/(?:^|[^aeiou])[aeiouy][rstdkpbmn]$/.test(stem) &&
      (stem.length <= 3 || !/(?:it|et|en|on|er|us|op|om|em)$/.test(stem)));
  if (silentE) return `${stem}e`;
  if (/[bptdgkcfz]l$/.test(stem)) return `${stem}e`;
  return stem;
}

/** Adjectives compared with -er and -est, whose forms "more" and "most" cannot go before ("more shorter"). */
const comparedAdjectives =
  `short long tall small big fast slow quick clear easy hard simple smart cheap safe strong weak high low deep wide
  broad close busy happy young old new nice fine great tight calm bold brave kind rich poor warm cool cold hot fresh
  light heavy lean neat quiet clean sharp soft tough wise keen fair proud bright dark smooth rough thin thick near
  lucky healthy friendly tidy funny pretty large narrow steep small sad fit wet flat`.split(/\s+/);
const doubledFinal = new Set(['big', 'hot', 'sad', 'thin', 'fit', 'wet', 'flat']);
const comparedForms = (adjective: string): string[] => {
  if (adjective.endsWith('e')) return [`${adjective}r`, `${adjective}st`];
  if (/[^aeiou]y$/.test(adjective)) return [`${adjective.slice(0, -1)}ier`, `${adjective.slice(0, -1)}iest`];
  const stem = doubledFinal.has(adjective) ? adjective + adjective.slice(-1) : adjective;
  return [`${stem}er`, `${stem}est`];
};
const doubleComparatives = ['better', 'best', 'worse', 'worst', ...comparedAdjectives.flatMap(comparedForms)].join('|');

/** Feelings: the -ing adjective describes what causes it ("interesting"), the -ed one who feels it. */
const feelingIng =
  'interesting|exciting|boring|confusing|disappointing|surprising|amazing|tiring|frustrating|overwhelming|satisfying|worrying|encouraging|inspiring|embarrassing|fascinating|annoying|intriguing|thrilling|exhausting|intimidating|motivating|relaxing|terrifying|depressing';
const toEd = (ing: string) => ing.replace(/([^aeiou])ying$/, '$1ied').replace(/ing$/, 'ed');
const toIng = (ed: string) => feelingIng.split('|').find((ing) => toEd(ing) === ed.toLowerCase()) ?? null;
const feelingEd = feelingIng.split('|').map(toEd).join('|');
const intensifiers =
  '(?:[ \\t]+(?:so|very|really|quite|truly|genuinely|incredibly|extremely|particularly|especially|rather|pretty|deeply|hugely|super|still|also|always|not|never|just|more|most|definitely|absolutely|all|a[ \\t]+bit|a[ \\t]+little))*';
const modalAdverb = '(?:[ \\t]+(?:not|also|still|never|always|just|then|soon|now|only|ever|even|all|both|\\w{3,}ly))?';

const consonantSound =
  /^(?:uni(?:que|t|on|vers|f|corn|lateral|form|son|cycle)|usu|use|user|using|usa|usb|util|utens|uran|urin|uter|euro|eu|ewe|one\b|once|ufo|ukul|unanim|ubiq|u-)/i;
const vowelSoundH = /^(?:hour|honest|honor|honour|heir)/i;

function startsWithVowelSound(word: string): boolean | null {
  if (/^\d/.test(word)) return null;
  // Acronyms are read letter by letter or as a word, and people disagree (an SQL / a SQL), except where both readings
  // agree: A, E, I and O sound as vowels either way ("an IT team", "an OKR"), and B, C, D, G, J, K, P, Q, T, U, V,
  // W, Y, Z as consonants ("a QA analyst", "a UX review", "a PhD").
  if (/^[A-Z](?:[A-Z0-9-]|[a-z]*[A-Z])/.test(word) && word.length > 1) {
    // Read as words: "a OneDrive folder", "a EULA".
    if (/^(?:One|EU[A-Z])/.test(word)) return null;
    if (/^[AEIO]/.test(word)) return true;
    if (/^[BCDGJKPQTUVWYZ]/.test(word)) return false;
    // F, L, M, N, R and X before a consonant cannot be read as a word, so they are spelt out: "an MBA", "an NDA".
    if (/^[FLMNRX][B-DF-HJ-NP-TV-XZ]/.test(word)) return true;
    return null;
  }
  if (word.length === 1) return null;
  if (vowelSoundH.test(word)) return true;
  if (consonantSound.test(word)) return false;
  return /^[aeiou]/i.test(word);
}

const clauseOpeners =
  /^(?:and|but|or|so|because|if|when|while|as|since|although|though|that|whereas|until|unless|once|then|where|why|how|whether|what|which|who|whom|whose)$/i;
/**
 * Whether the pronoun starting at `at` is the object of the word before it, so the verb after it belongs to a
 * larger subject: in "Whenever suits you is fine", "you" belongs to "suits" and "is" agrees with "whenever…".
 *
 * @example
 * isObjectPronoun('Whenever suits you is fine.', 15); // true
 */
export function isObjectPronoun(text: string, at: number): boolean {
  const before = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  return (
    before !== undefined &&
    /^\p{Ll}/u.test(before) &&
    !clauseOpeners.test(before) &&
    !clauseTakers.has(before.toLowerCase())
  );
}

/** Words that take one preposition, written with another: "responsible of" → "responsible for". */
const prepositionChoices: Array<[head: string, wrong: string, right: string, after?: string]> = [
  ['responsible', 'of', 'for'],
  ['similar', 'with', 'to'],
  ['depend|depends|depended|depending|dependent', 'of|from', 'on'],
  ['congratulations|congrats', 'for', 'on', '(?:the|your|a|an|his|her|their|being|getting|winning|launching)'],
  ['aware', 'about', 'of'],
  ['proud', 'on|for', 'of'],
  ['impressed', 'of|from', 'by'],
  ['reason', 'of', 'for', '(?:the|my|your|this|that|his|her|their|our|it|not|rejecting|choosing|being|such)'],
  [
    'confident',
    'on',
    'in',
    '(?:my|our|his|her|their)[ \\t]+(?:abilities|ability|skills|knowledge|experience|capabilities)',
  ],
  ['afraid', 'from', 'of'],
  ['participate|participated|participating', 'to|at', 'in'],
  ['arrive|arrived|arriving', 'to', 'at', '(?:the|your|our|my)'],
  ['listen|listened|listening', 'me|us|him|her|them', 'to me'],
];

function prepositionRules(): ProofreadRule[] {
  return prepositionChoices.map(([head, wrong, right, after]) => ({
    rule: 'grammar.usage',
    re: new RegExp(`\\b(?:${head})[ \\t]+(${wrong})\\b${after ? `(?=[ \\t]+${after}\\b)` : ''}`, 'gi'),
    message: `Write "${head.split('|')[0]} ${right}".`,
    fix: (flagged: string) => (right === 'to me' ? `to ${flagged}` : right),
  }));
}

/** Set phrases heard and written wrongly ("eggcorns"): "free reign" for "free rein", "baited breath". */
const misheardPhrases: Array<[wrong: string, right: string]> = [
  ['to[ \\t]+who[ \\t]+it[ \\t]+may[ \\t]+concern', 'to whom it may concern'],
  ['sneak[ \\t]+peaks?', 'sneak peek'],
  ['intensive[ \\t]+purposes', 'intents and purposes'],
  ['free[ \\t]+reign', 'free rein'],
  ['baited[ \\t]+breath', 'bated breath'],
  ['hon(?:e|es|ed|ing)[ \\t]+in[ \\t]+on', 'home in on'],
  ['mute[ \\t]+point', 'moot point'],
  ['tow(?:s|ed|ing)?[ \\t]+the[ \\t]+line', 'toe the line'],
  ['all[ \\t]+of[ \\t]+the[ \\t]+sudden', 'all of a sudden'],
  ['irregardless', 'regardless'],
  ['case[ \\t]+and[ \\t]+point', 'case in point'],
  ['wreck(?:s|ed|ing)?[ \\t]+havoc', 'wreak havoc'],
  ['by[ \\t]+in[ \\t]+large', 'by and large'],
  ['one[ \\t]+in[ \\t]+the[ \\t]+same', 'one and the same'],
  ['deep[ \\t-]+seeded', 'deep-seated'],
  ['escape[ \\t]+goat', 'scapegoat'],
  ['nip[ \\t]+(?:it|this|that)[ \\t]+in[ \\t]+the[ \\t]+butt', 'nip it in the bud'],
  ['make[ \\t]+due[ \\t]+with', 'make do with'],
  ['ourself', 'ourselves'],
  ['theirsel(?:f|ves)', 'themselves'],
  ['hisself', 'himself'],
];
const misheardPattern = new RegExp(`\\b(?:${misheardPhrases.map(([wrong]) => `(${wrong})`).join('|')})\\b`, 'gi');

const rules: ProofreadRule[] = [
  {
    rule: 'grammar.repetition',
    // Not the end of a contraction before a prefix: "we're re-running".
    re: /(?<!['’])\b([A-Za-z]+)[ \t]+\1\b(?!-)/gi,
    whole: true,
    message: 'This word is repeated.',
    fix: (flagged) => {
      const first = flagged.split(/[ \t]+/)[0] ?? '';
      return /^(?:that|had|is|do|bye|very|so|ha|no|yes|really|many|much|far|well|long)$/i.test(first) ? null : first;
    },
  },
  {
    rule: 'grammar.word-choice',
    // "I would of course be happy" is "of course".
    re: /\b(?:could|would|should|must|might)[ \t]+of\b(?![ \t]+course\b)/gi,
    message: 'After would, could or should, write "have", not "of" ("would have").',
    fix: (flagged) => flagged.replace(/of$/i, 'have'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(your)[ \t]+(?:welcome(?=[ \t]*(?:[,.!;]|$|to\b))|(?:right|wrong|correct)(?=[ \t]*(?:[,.!;]|$|that\b|about\b|to (?:say|point|mention|think|ask|flag|note|raise)\b))|(?:not|going|able|absolutely|probably|definitely|also|still|always|clearly|obviously|sure|the|a|an|interested|busy)\b(?!-)|(?:well|fine|okay|ok|alright|safe)(?=[ \t]*(?:[,.!;]|$|and\b)))/gi,
    message: 'Did you mean "you\'re" (you are)?',
    fix: (flagged) => keepCase(flagged, "you're"),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:hope|hoping|trust|assume)[ \t]+(your)[ \t]+(?:doing|keeping|having|enjoying|feeling|settling|getting)\b/gi,
    message: 'Did you mean "you\'re" (you are)?',
    fix: (flagged) => keepCase(flagged, "you're"),
  },
  {
    rule: 'grammar.word-choice',
    re: /(?<=^|[.!?][ \t]+|\n[ \t]*)(Its)[ \t]+(?:great|good|nice|clear|important|true|hard|easy|exciting|worth|likely|possible|obvious|lovely|fine|okay|interesting|amazing|wonderful|unclear|difficult|fair|helpful|useful|reassuring|encouraging|disappointing|understandable|funny|strange|odd|inspiring|refreshing|impressive|rare|so|very|really|quite|too|always|also|been|a|an|the|not|no|my|your|our)\b/g,
    message: 'Did you mean "It\'s" (it is / it has)? "Its" means "belonging to it".',
    fix: () => "It's",
  },
  {
    rule: 'grammar.word-choice',
    re: new RegExp(`\\b(you're)[ \\t]+(?:${possessedNouns})\\b`, 'gi'),
    message: 'Did you mean "your" (belonging to you)?',
    // "you're hiring again", "you're onboarding": a verb, unless a noun follows ("you're hiring process").
    fix: (flagged, match, text) =>
      /(?:hiring|onboarding)$/i.test(match[0]) &&
      !/^[ \t]+(?:process|manager|managers|team|plans|panel|decision|criteria|pipeline|freeze|flow|programme|program)\b/i.test(
        text.slice((match.index ?? 0) + match[0].length),
      )
        ? null
        : keepCase(flagged, 'your'),
  },
  {
    rule: 'grammar.word-choice',
    // One adjective may stand before the noun ("for you kind words"), but not a word of time or quantity ("to you
    // last week", "give you more time"), nor a preposition or adverb, after which "you" is the object ("which I
    // will send to you by email", "to you via email", "to you tomorrow morning").
    re: /\b(?:for|of|with|about|on|to|from|into|join|joining|appreciate|appreciated|value|valued|enjoyed)[ \t]+(you)[ \t]+(?:(?!(?:last|next|this|that|these|those|every|each|all|both|more|less|most|some|any|enough|further|other|another|extra|additional|a|an|the|no|plenty|lots|so|too|very|and|or|for|as|by|via|in|on|at|over|through|with|from|to|about|after|before|during|within|under|per|today|tomorrow|tonight|soon|later|now|again|once|directly|personally|separately|shortly|here|there|then|when|if|also|first)\b)[a-z]+[ \t]+)?(?:time|help|consideration|feedback|patience|support|advice|insights?|email|message|team|company|kindness|guidance|input|thoughts|hospitality|offer|reply|response|words|comments|notes|generosity|encouragement)\b/gi,
    message: 'Did you mean "your"?',
    fix: () => 'your',
  },
  {
    rule: 'grammar.word-choice',
    // Not before a time of year or a day ("it's budget season", "it's onboarding week"): that is "it is".
    re: /\b(it's)[ \t]+(?:own|onboarding|impact|team|product|products|mission|values|culture|approach|customers|employees|users|process|services|platform|roadmap|office|offices|website|goals|strategy|clients|members|staff|engineers|founders|history|reputation|core|commitment|infrastructure|stack|market|industry|competitors|revenue|budget|leadership)\b(?![ \t]+(?:season|time|day|days|week|weeks|month|year|period|cycle|planning|review|reviews|deadline|deadlines)\b)/gi,
    message: 'Did you mean "its" (belonging to it)? "It\'s" means "it is".',
    fix: (flagged) => keepCase(flagged, 'its'),
  },
  {
    rule: 'grammar.word-choice',
    // Each word is whole: "its a…" must not match "its assessment", nor "its me…" "its members".
    re: /\b(its)[ \t]+(?:(?:been|a|an|the|not|no|just|still|also|definitely|probably|always|my|your|our|their|because|who|what|how|why|when|where|that|as|all|only|about|going|such|me|you)\b|(?:(?:so|very|really|quite|too|incredibly|always|been)[ \t]+)?(?:great|good|nice|clear|important|true|hard|easy|exciting|worth|likely|possible|obvious|lovely|fine|okay|interesting|amazing|wonderful|unclear|difficult|fair|helpful|useful|reassuring|encouraging|disappointing|understandable|funny|strange|odd|a pleasure|inspiring|refreshing|impressive|rare|exciting)(?=[ \t]+(?:to|that|how|when|seeing|hearing|working|knowing|learning|meeting|talking|getting)\b|[ \t]*[,.!;]|$))/gi,
    message: 'Did you mean "it\'s" (it is / it has)? "Its" means "belonging to it".',
    fix: (flagged) => keepCase(flagged, "it's"),
  },
  {
    rule: 'grammar.word-choice',
    re: new RegExp(
      `(?<!\\b(?:is|are|was|were|be|been|over|out|from|get|got|go|went)[ \\t]+)\\b(there|they're)[ \\t]+(?:${possessedNouns})\\b`,
      'gi',
    ),
    message: 'Did you mean "their" (belonging to them)?',
    // "they're engineers", "they're colleagues I admire": "they are" before people, unless a verb follows them.
    fix: (flagged, match, text) => {
      const noun = /(\S+)$/.exec(match[0])?.[1]?.toLowerCase() ?? '';
      const rest = text.slice((match.index ?? 0) + match[0].length);
      const verbAfter = /^[ \t]+(?:is|are|was|were|have|has|will|would|can|could|seem|seemed|said|told|asked)\b/i.test(
        rest,
      );
      if (/^they're$/i.test(flagged) && personPlural.test(noun) && !verbAfter) return null;
      return keepCase(flagged, 'their');
    },
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(their)[ \t]+(?:is|are|was|were|will be|has been|have been|would be|seems?|seemed|must be|might be|may be|could be|should be)\b/gi,
    message: 'Did you mean "there"?',
    fix: (flagged) => keepCase(flagged, 'there'),
  },
  {
    rule: 'grammar.word-choice',
    // "I could see myself thriving their.": the possessive always goes on to what is owned, so at a clause's end
    // it is the place.
    re: /\b(their)(?=[ \t]*[.,;:!?)]|[ \t]+too[ \t]*[.,;:!?]|[ \t]*$)/gim,
    message: 'Did you mean "there" (in that place)? "Their" means "belonging to them".',
    fix: (flagged) => keepCase(flagged, 'there'),
  },
  {
    rule: 'grammar.word-choice',
    re: /(?<!\b(?:is|are|was|were)[ \t]+)\b(there|their)[ \t]+(?:going|trying|based)\b|\b(their)[ \t]+(?:still|not|always|also|really|definitely|probably|clearly|already|now|quite|too)\b(?!-)/gi,
    message: 'Did you mean "they\'re" (they are)?',
    fix: (flagged) => keepCase(flagged, "they're"),
  },
  {
    rule: 'grammar.word-choice',
    re: new RegExp(`\\b(?:${comparatives})\\b(?:[ \\t]+[\\w'-]+){0,5}?[ \\t]+(then)\\b`, 'gi'),
    message: 'Use "than" for comparisons ("more than"); "then" is about time.',
    fix: (flagged, match) => {
      const before = /(\S+)[ \t]+then$/i.exec(match[0])?.[1]?.toLowerCase() ?? '';
      return /^(?:and|but|so|or|since|by|until|till|just|even|only|right|back|now)$/.test(before)
        ? null
        : keepCase(flagged, 'than');
    },
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:to|will|would|could|might|may|not|never|don't|didn't|cannot|can't|won't|shouldn't|wouldn't|couldn't|did|do|dont)[ \t]+(loose)\b|\b(loose)[ \t]+(?:touch|track|sight|interest|hope|focus|momentum|my|your|the|our|their|contact|confidence|motivation)\b/gi,
    message: 'Did you mean "lose" (to misplace or fail to keep)? "Loose" means not tight.',
    fix: (flagged) => keepCase(flagged, 'lose'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:an|the|a|its|it's|their|your|my|our|his|her|this|that|positive|negative|big|huge|great|significant|real|lasting|direct|knock-on|ripple|major|minor|little|no|any|side|profound|strong)[ \t]+(affects?)[ \t]+(?:on|of)\b/gi,
    message: 'Did you mean "effect" (the noun)? "Affect" is usually the verb.',
    fix: (flagged) => flagged.replace(/^([Aa])ffect/, (_m, a: string) => (a === 'A' ? 'Effect' : 'effect')),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:will|would|could|can|may|might|not|does|did|do|won't|doesn't|didn't)[ \t]+(effect)[ \t]+(?:the|my|your|our|their|how|whether|his|her|its|me|us|them|people|everyone)\b|\b(effecting)[ \t]+(?:the|my|your|our|their|how|whether|his|her|its|me|us|them|people|everyone)\b/gi,
    message: 'Did you mean "affect" (the verb)? "Effect" is usually the noun.',
    fix: (flagged) => keepCase(flagged, flagged.toLowerCase().replace('effect', 'affect')),
  },
  {
    rule: 'grammar.word-choice',
    // "in Monday's meeting" is right: only a day on its own.
    re: /\b(in|at)[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s)/g,
    message: 'Days take "on" ("on Monday").',
    fix: (flagged) => keepCase(flagged, 'on'),
  },
  {
    rule: 'grammar.possessive',
    re: /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|few)[ \t]+(years)[ \t]+experience\b/gi,
    message: 'Write "years\' experience" (or "years of experience").',
    fix: () => "years'",
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(anymore)[ \t]+(?:information|questions?|details|help|time|feedback|documents|references|examples|context|support|materials)\b/gi,
    message: 'Before a noun, write "any more" ("any more information").',
    fix: (flagged) => keepCase(flagged, 'any more'),
  },
  {
    rule: 'grammar.word-choice',
    // Only where the word after "your" ends the clause or goes on with a preposition: "if your free time allows"
    // is the possessive.
    re: /\b(?:if|when|as|because|whether|hope|think|know|sure|unless|while)[ \t]+(your)[ \t]+(?:available|free|able|happy|interested|right|welcome|busy|aware|keen|around|still|not|also|already|going|doing|looking|well|ok|okay|back|away|off|open)\b(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:to|for|and|or|but|on|at|in|with|this|next|after|before|now|then|today|tomorrow|so|too|as|by|from|around|later|soon|until|till|over|during|that|enough|about|any|all)\b)/gim,
    message: 'Did you mean "you\'re" (you are)?',
    fix: (flagged) => keepCase(flagged, "you're"),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(who's)[ \t]+(?:passion|work|team|role|experience|approach|insight|insights|feedback|enthusiasm|leadership|energy|knowledge|expertise|support|advice|guidance|kindness|background|research|company|project|projects|office|career|story|vision|commitment|clinic|department|ward|name|job|input|help|questions)\b/gi,
    message: 'Did you mean "whose" (belonging to whom)? "Who\'s" means "who is".',
    fix: (flagged) => keepCase(flagged, 'whose'),
  },
  {
    rule: 'grammar.agreement',
    // "my portfolio, which include…": "which" takes the number of the one thing before it.
    re: /\b(?:portfolio|CV|report|document|project|role|team|company|programme|program|plan|system|course|application|proposal|presentation|deck|link|attachment|website|platform|dashboard|case study|summary|letter),[ \t]*which[ \t]+(include|show|cover|describe|explain|outline|contain|highlight|demonstrate|detail|summarise|summarize|set out)\b/gi,
    message: '"Which" here stands for one thing: the verb takes -s.',
    fix: (flagged) => {
      const [verb = '', ...rest] = flagged.split(/[ \t]+/);
      const sForm = verbFormOf(verb.toLowerCase(), 's') ?? `${verb}s`;
      return [sForm, ...rest].join(' ');
    },
  },
  // Homophones in the places only one of them fits: the misses people make most in job emails.
  {
    rule: 'grammar.word-choice',
    re: /\b(loosing)\b/gi,
    message: 'Did you mean "losing"? "Loosing" means setting loose.',
    fix: (flagged) => keepCase(flagged, 'losing'),
  },
  {
    rule: 'grammar.word-choice',
    re: /,[ \t]*(witch)\b|\b(witch)[ \t]+(?:is|was|are|were|includes?|included|has|had|will|would|can|could|means|meant|makes?|made|shows?|showed|covers?|I|we|you|they)\b/gi,
    message: 'Did you mean "which"?',
    fix: (flagged) => keepCase(flagged, 'which'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:a|the|this|that|similar|new|same|your|my|our|future|senior|junior|permanent|temporary|next|another|any|each|other|advertised|open|vacant|current|previous)[ \t]+(roll)\b(?![ \t]*-?[ \t]*(?:out|outs|call|of honour|over|up|back|model|models|along|on|it|with|of (?:tape|film|paper|fabric|bread)))/gi,
    message: 'Did you mean "role" (a job)? A "roll" is bread, a list or a turn over.',
    fix: (flagged, match, text) => {
      const at = match.index ?? 0;
      // "on a roll", "a sausage roll", "the electoral roll".
      if (/\bon[ \t]+$/i.test(text.slice(Math.max(0, at - 4), at))) return null;
      return keepCase(flagged, 'role');
    },
  },
  {
    rule: 'spelling.misspelling',
    re: /\b(?:to|can|could|would|will|might|may|should|must|shall|let's|happy to|chance to)[ \t]+(discus)\b|\b(discus)[ \t]+(?:it|this|that|the|my|your|our|their|further|more|how|what|whether|next|them|any|with)\b/gi,
    message: 'Did you mean "discuss"? A "discus" is thrown.',
    fix: (flagged) => keepCase(flagged, 'discuss'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\bto[ \t]+(right)[ \t]+(?:(?:such|me|us|back|up|out)[ \t]+)?(?:a|an|the|this|that|my|your|our|it|these|those|back|to|down)?[ \t]*(?:(?:detailed|thoughtful|long|short|quick|full|kind|helpful|thorough|clear|proper)[ \t]+)?(?:reply|replies|email|e-mail|emails|note|notes|letter|letters|message|messages|report|reports|review|response|summary|feedback|reference|blog|post|article|code|tests|documentation|cover|up|back|to me|to us)\b/gi,
    message: 'Did you mean "write"? "Right" means correct, or to put right.',
    fix: (flagged) => keepCase(flagged, 'write'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(bare)[ \t]+(?:with[ \t]+(?:me|us)\b|(?:[\w'-]+[ \t]+){0,4}in[ \t]+mind\b)/gi,
    message: 'Did you mean "bear" ("bear in mind", "bear with me")?',
    fix: (flagged) => keepCase(flagged, 'bear'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:since|about|with|for|during|after|before|from|in|on|at|of|through|throughout|following|via)[ \t]+(are)[ \t]+(?:call|calls|conversation|conversations|chat|meeting|meetings|interview|interviews|discussion|discussions|talk|email|emails|phone|video|team|teams|company|organisation|organization|last|recent|first|second|final|next|previous|earlier|brief|short|initial|follow-up)\b/gi,
    message: 'Did you mean "our"?',
    fix: (flagged) => keepCase(flagged, 'our'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:see|wonder|wondering|idea|unsure|discover|discovering|curious about|know exactly)[ \t]+(were)[ \t]+(?:the|this|that|things|it|we|you|they|I|he|she|my|your|our|their)\b/gi,
    message: 'Did you mean "where"? "Were" is a form of "be".',
    fix: (flagged) => keepCase(flagged, 'where'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:positively|negatively|really|greatly|deeply|directly|strongly|significantly|badly|seriously|hugely|profoundly)[ \t]+(effected)\b|\b(effected)[ \t]+(?:the[ \t]+way|how|my|your|our|their|his|her|me|us|them|people|everyone|staff|morale)\b/gi,
    message: 'Did you mean "affected" (influenced)? "Effected" means brought about ("effected a change").',
    fix: (flagged) => keepCase(flagged, 'affected'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(compliments?|complimentary)[ \t]+(?:to[ \t]+)?(?:my|your|our|the|their|his|her)[ \t]+(?:[A-Za-z-]+'s[ \t]+)?(?:(?:existing|current|own|wider|strong|technical|broader)[ \t]+)?(?:experience|skills?|background|expertise|strengths|capabilities|knowledge|skill set|skillset)\b|\b(complimentary)[ \t]+(?:skills|experience|strengths|expertise|roles|backgrounds)\b/gi,
    message: 'Did you mean "complement" (completes or goes well with)? A "compliment" is praise.',
    fix: (flagged) => keepCase(flagged, flagged.toLowerCase().replace('compliment', 'complement')),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:settling|settled|settle|settles|going|went|goes|gone|performed|performing|worked|working|works|played|fits|fit|fitting)[ \t]+(?:in[ \t]+|on[ \t]+|along[ \t]+)?(?:(?:really|very|so|pretty|quite|super|fairly)[ \t]+)?(good)\b(?=[ \t]*(?:[.,;!?]|and\b|so\b|$))/gi,
    message: 'After a verb, use the adverb "well" ("settling in well").',
    fix: (flagged) => keepCase(flagged, 'well'),
  },
  {
    rule: 'grammar.word-choice',
    re: /(?:^|[.!?][ \t]+|\n[ \t]*|\b(?:so|and|then|now)[ \t]+|,[ \t]*)(lets)[ \t]+(?:stay|keep|talk|meet|catch|chat|speak|discuss|see|plan|schedule|arrange|find|connect|make|get|try|hope|aim|touch|set|book|start|have|hop)\b/gim,
    message: 'Did you mean "let\'s" (let us)?',
    fix: (flagged) => keepCase(flagged, "let's"),
  },
  {
    rule: 'grammar.article',
    // Letters on both sides are any script's: in "García" the "a" after "í" is part of the name.
    re: /(?<![\p{L}\p{N}_.'-])(a|an|A|An)[ \t]+(\p{L}[\p{L}\p{N}_'-]*)/gu,
    message: 'Use "an" before a vowel sound and "a" before a consonant sound.',
    fix: (flagged, match, text) => {
      const next = match[2] ?? '';
      const at = match.index ?? 0;
      // A capital "A" mid-sentence is a label ("plan A"), not the article.
      if (flagged === 'A' || flagged === 'An') {
        const before = text.slice(Math.max(0, at - 3), at);
        if (at > 0 && !/(?:^|[.!?:]\s*|\n\s*)$/.test(before)) return null;
      }
      const vowel = startsWithVowelSound(next);
      if (vowel === null) return null;
      const isAn = flagged.toLowerCase() === 'an';
      if (vowel && !isAn) return keepCase(flagged, 'an');
      if (!vowel && isAn) return keepCase(flagged, 'a');
      return null;
    },
  },
  {
    rule: 'grammar.agreement',
    re: /\bI[ \t]+(has|is|does|doesn't|was not|wasn't(?=[ \t]+not))\b/g,
    message: 'The verb does not agree with "I".',
    fix: (flagged) => ({ has: 'have', is: 'am', does: 'do', "doesn't": "don't" })[flagged] ?? null,
  },
  {
    rule: 'grammar.agreement',
    re: /(?<!\b(?:if|as|though|does|did|do|will|would|could|can|should|may|might|must|to|let|make|help|and|that|whether)[ \t]+)\b(?:he|she|it)[ \t]+(have|don't|were|are)\b(?![ \t]+(?:to|got|had))/gi,
    message: 'The verb does not agree with its subject.',
    fix: (flagged) => ({ have: 'has', "don't": "doesn't", were: 'was', are: 'is' })[flagged.toLowerCase()] ?? null,
  },
  {
    rule: 'grammar.agreement',
    re: /(?<!\b(?:if|as|does|did|do|has|have|is|was|will|would|could|can|should|may|might|must|to|let|make|help|that|whether|thank)[ \t]+)\b(?:they|we|you)[ \t]+(has|doesn't|was|is)\b/gi,
    message: 'The verb does not agree with its subject.',
    fix: (flagged, match, text) =>
      isObjectPronoun(text, match.index ?? 0)
        ? null
        : ({ has: 'have', "doesn't": "don't", was: 'were', is: 'are' }[flagged.toLowerCase()] ?? null),
  },
  {
    rule: 'grammar.agreement',
    // Not after a preposition: in "your notice period of three months was", the subject is the period.
    re: /(?<!\b(?:of|in|on|for|with|from|about|at|by|to|than|over|under|between|among|across|like|through|throughout|during|after|before|within|without|into|onto|per|via|around|behind|beyond|despite|towards|toward|upon|against|past|since|until)[ \t]+)\b(?:the|these|those|my|your|our|their|all|both|many|several|two|three|four|five|most|some)[ \t]+(?:[a-z]+[^\Wsuiy]s)[ \t]+(was|is|has|doesn't)(?=[ \t]+\w)/gi,
    message: 'The verb does not agree with the plural subject.',
    fix: (flagged, match, text) => {
      const noun = match[0].split(/[ \t]+/)[1]?.toLowerCase() ?? '';
      if (/(?:ics|news|series|species|means|lens|sales|maths|mathematics|headquarters|kudos|thanks)$/.test(noun))
        return null;
      // "the report that shows the numbers is clear": after a verb that takes an object (not "think", "know"), the
      // plural is that object and the verb belongs to the subject before it.
      const before = /([a-z]+)[ \t]+$/i.exec(text.slice(Math.max(0, (match.index ?? 0) - 20), match.index))?.[1];
      const verbBefore = before === undefined ? undefined : verbForms.get(before.toLowerCase());
      if (
        verbBefore &&
        !clauseTakers.has(before?.toLowerCase() ?? '') &&
        (verbBefore.forms.has('past') || verbBefore.forms.has('s') || !verbBefore.noun)
      )
        return null;
      // "two weeks is a fair notice period": an amount takes a singular verb.
      if (/^(?:seconds|minutes|hours|days|weeks|months|years|miles|dollars|pounds|euros)$/.test(noun)) return null;
      // "each of my last three projects has": the subject is "each", one of them.
      if (
        /\b(?:each|every|one|either|neither|none)[ \t]+of[ \t]+(?:[a-z]+[ \t]+){0,3}$/i.test(
          text.slice(Math.max(0, (match.index ?? 0) - 40), match.index),
        )
      )
        return null;
      return { was: 'were', is: 'are', has: 'have', "doesn't": "don't" }[flagged.toLowerCase()] ?? null;
    },
  },
  {
    rule: 'grammar.agreement',
    re: /\b(?:each|every)[ \t]+(?!of\b|one\b)[a-z]+(?:[ \t]+(?:in|on|of|at|for|with|from)[ \t]+(?:the|a|an|my|your|our|this|that)?[ \t]*[a-z]+)?[ \t]+(were|are|have)\b/gi,
    message: '"Each" and "every" take a singular verb.',
    fix: (flagged) => ({ were: 'was', are: 'is', have: 'has' })[flagged.toLowerCase()] ?? null,
  },
  {
    rule: 'grammar.verb-form',
    re: /\blook(?:ing|s|ed)?[ \t]+forward[ \t]+to[ \t]+(?:(?:possibly|finally|hopefully|soon|eventually|actually|one[ \t]+day)[ \t]+)?(hear|meet|see|work|speak|talk|discuss|join|learn|connect|catch|collaborate|receive|get|chat|continue|contribute|start|welcome|here)\b/gi,
    message: 'After "look forward to", use the -ing form ("look forward to hearing").',
    fix: (flagged) => (flagged.toLowerCase() === 'here' ? 'hearing' : `${flagged.replace(/e$/, '')}ing`),
  },
  {
    rule: 'grammar.word-choice',
    re: /\bto[ \t]+(here)[ \t]+(?:from[ \t]+(?:you|them|him|her|us|your|everyone)|about|back|more|that|what|how|whether|your|you)\b|\b(here)[ \t]+from[ \t]+(?:you|them|him|her)\b/gi,
    message: 'Did you mean "hear" (to listen)?',
    fix: (flagged) => keepCase(flagged, 'hear'),
  },
  {
    rule: 'grammar.word-choice',
    re: /(?<!\b(?:the|bad|good|nice|cold|hot|lovely|terrible|this|that|in|all|great|wet|sunny|british|any|what|warm|fine)[ \t]+)\b(weather)[ \t]+(?:or|you|i|we|they|he|she|it|there|this|my|your|the team)\b/gi,
    message: 'Did you mean "whether" (if)?',
    fix: (flagged) => keepCase(flagged, 'whether'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:nice|good|great|pleasure|lovely|able|want|wanted|like|love|need|hope|plan|going|chance|time|happy|glad|keen|delighted|excited|pleased)[ \t]+(too)[ \t]+(?:meet|see|hear|work|join|speak|talk|learn|discuss|be|have|get|help|share|know|do|make|connect|catch|apply|contribute|continue)\b/gi,
    message: 'Did you mean "to"? "Too" means "also" or "excessively".',
    fix: () => 'to',
  },
  {
    rule: 'grammar.verb-form',
    // "I will make sure to practised…": after the "to" of a verb that takes an infinitive, the base form.
    re: new RegExp(
      `\\b(?:make|makes|made|making)[ \\t]+sure[ \\t]+to${modalAdverb}[ \\t]+((?!(?:${[...notPastEd].join('|')})\\b)[a-z]{2,}ed|${Object.keys(pastToBase).join('|')})\\b(?![-'’])|\\b(?:want|wants|wanted|plan|plans|planning|going|need|needs|try|tries|trying|able|hope|hoping|decided|continue|intend|intends|aim|aiming|keen|eager|would like|'d like|love)[ \\t]+to${modalAdverb}[ \\t]+((?!(?:${[...notPastEd].join('|')})\\b)[a-z]{2,}ed|${Object.keys(pastToBase).join('|')})\\b(?![-'’])`,
      'gi',
    ),
    message: 'After "to" in "want to", "make sure to" and the like, use the base form ("to practise").',
    fix: (flagged) => keepCase(flagged, baseOfPast(flagged)),
  },
  {
    rule: 'grammar.verb-form',
    // "I will definitely acted on it", "I should focussed": a modal takes the base form. Capitalised Will, Can
    // and May are left alone (names, the month).
    re: new RegExp(
      `(?:\\b(?:[Ww]ould|[Cc]ould|[Ss]hould|[Mm]ight|[Mm]ust|[Ss]hall|will|can|may|cannot)(?:n't)?|\\b(?:won't|can't))(?:[ \\t]+not)?${modalAdverb}[ \\t]+((?!(?:${[...notPastEd].join('|')})\\b)[a-z]{2,}ed|${Object.keys(pastToBase).join('|')})\\b(?![-'’])`,
      'g',
    ),
    message: 'After will, can, should and the other modal verbs, use the base form ("will act", "should focus").',
    fix: (flagged, match, text) => {
      // "Could skilled people…", "Must used…" at a question's start, "how will automated tests…": a question puts
      // the subject after the modal, so the -ed word is an adjective.
      if (/^[A-Z]/.test(match[0]) && /ed$/.test(flagged)) return null;
      if (/\b(?:what|which|how|why|when|where|who|whether)[ \t]+$/i.test(text.slice(0, match.index ?? 0))) return null;
      return baseOfPast(flagged);
    },
  },
  {
    rule: 'grammar.word-choice',
    // "I was very interesting in…": the person feels it, so the -ed form. Not a progressive verb with an
    // object ("I was confusing the two").
    re: new RegExp(
      `\\b(?:I|we|We)(?:[ \\t]+(?:am|was|were|are|feel|felt|get|got|became|become|have[ \\t]+been|had[ \\t]+been)|'m|'re)${intensifiers}[ \\t]+(${feelingIng})\\b(?![ \\t]+(?:the|my|your|his|her|their|our|them|him|you|it|us|people|everyone|a|an|this|that|those|these|some|any|me|myself|to)\\b)|\\b(?:I|we|We)(?:[ \\t]+(?:am|was|were|are|felt|feel)|'m|'re)${intensifiers}[ \\t]+(${feelingIng})(?=[ \\t]+to[ \\t]+(?:(?:hear|see|learn|meet|read|know|find|discover|get|receive|join|talk|speak|be)\\b|[a-z]+[ \\t]+(?:my|our|your|the|more|new|this|these|further)\\b))`,
      'g',
    ),
    message: 'For how you feel, use the -ed form ("I was interested in", "I am excited about").',
    fix: (flagged) => keepCase(flagged, toEd(flagged.toLowerCase())),
  },
  {
    rule: 'grammar.word-choice',
    re: new RegExp(
      `\\b(?:am|is|are|was|were|be|been|being|'m|'re|'s)${intensifiers}[ \\t]+(interesting)[ \\t]+in\\b(?![ \\t]+that\\b)`,
      'gi',
    ),
    message: 'Did you mean "interested in"? "Interesting" describes what causes the interest.',
    fix: (flagged) => keepCase(flagged, 'interested'),
  },
  {
    rule: 'grammar.word-choice',
    // "It was very interested to hear…": a thing causes the feeling, so the -ing form.
    re: new RegExp(
      `(?:\\b[Ii]t|(?<=^|[.!?][ \\t]+|\\n[ \\t]*)(?:This|That))(?:[ \\t]+(?:is|was|has[ \\t]+been|had[ \\t]+been|will[ \\t]+be|would[ \\t]+be|seems|seemed|sounds|sounded)|'s)${intensifiers}[ \\t]+(${feelingEd})\\b(?![ \\t]+(?:in|about|by|with|at|that|for|of|enough|on|over|when|if|whether)\\b)`,
      'g',
    ),
    message: 'For what causes a feeling, use the -ing form ("it was interesting to hear").',
    fix: (flagged) => keepCase(flagged, toIng(flagged) ?? flagged),
  },
  {
    rule: 'grammar.word-choice',
    // "weather positive or negative", "let me know weather the role…": "whether" before two alternatives or a
    // clause; not the weather itself ("the weather", "weather the storm").
    re: /(?<!\b(?:the|bad|good|nice|cold|hot|lovely|terrible|this|that|in|all|great|wet|sunny|british|any|what|warm|fine|about)[ \t]+)\b(weather)[ \t]+[a-z]+[ \t]+or\b|\b(?:know|check|checking|wonder|wondering|ask|asking|unsure|sure|confirm|decide|clarify|tell|see|idea|question|doubt)[ \t]+(weather)[ \t]+(?:the|this|that|there|it|i|we|you|they|my|your|our|any|anything|or)\b/gi,
    message: 'Did you mean "whether" (if)?',
    fix: (flagged) => keepCase(flagged, 'whether'),
  },
  {
    rule: 'grammar.word-choice',
    // "Congratulations on you're promotion", "known for it's culture": right after a preposition only the
    // possessive fits ("than you're expecting", "as it's" and "like they're" are comparisons and stay).
    re: /\b(?:on|for|about|with|of|to|in|at|from|into|by|during|through)[ \t]+(you're|they're|it's)[ \t]+[a-z]/gi,
    message: 'After a preposition, use the possessive ("your", "their", "its").',
    fix: (flagged) =>
      keepCase(
        flagged,
        ({ "you're": 'your', "they're": 'their', "it's": 'its' } as Record<string, string>)[flagged.toLowerCase()] ??
          flagged,
      ),
  },
  {
    rule: 'grammar.word-choice',
    // "bring my skills too your organisation: "too" (also, excessively) never stands before a determiner.
    re: /\b(too)[ \t]+(?:your|my|their|our|his|her|its|the)\b/gi,
    message: 'Did you mean "to"? "Too" means "also" or "excessively".',
    fix: (flagged) => keepCase(flagged, 'to'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(thanks)[ \t]+you\b/gi,
    message: 'Write "thank you" (or "thanks").',
    fix: (flagged) => keepCase(flagged, 'thank'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(peak(?:ed|s)?|peek(?:ed|s)?)[ \t]+(?:my|your|his|her|their|our|everyone's)[ \t]+(?:interest|curiosity)\b/gi,
    message: 'Interest is "piqued" (stirred), not "peaked".',
    fix: (flagged) =>
      keepCase(
        flagged,
        flagged
          .toLowerCase()
          .replace(/^pe[ae]k/, 'pique')
          .replace('queed', 'qued')
          .replace(/piquee/, 'pique'),
      ),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(wander(?:ing|ed|s)?)[ \t]+(?:if|whether)\b/gi,
    message: 'Did you mean "wonder" (ask yourself)? "Wander" means to walk about.',
    fix: (flagged) => keepCase(flagged, flagged.toLowerCase().replace('wander', 'wonder')),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:is|was|were|are|been|be|'s|seems?|seemed|sounds?|sounded|feels?|felt|looks?|looked)[ \t]+(quiet)[ \t]+(?:a|an)\b|\b(quiet)[ \t]+a[ \t]+(?:few|lot|bit|while)\b/gi,
    message: 'Did you mean "quite" (fairly, really)? "Quiet" means not loud.',
    fix: (flagged) => keepCase(flagged, 'quite'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\blet[ \t]+(?:me|us|him|her|them|you)[ \t]+(no)\b/gi,
    message: 'Did you mean "know"?',
    fix: () => 'know',
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he)[ \t]+(though)[ \t]+(?:of|about|that|it|I|you|we|the|this|so|a|an|my|your|her|his|their|how|he|she|they)\b/g,
    message: 'Did you mean "thought"?',
    fix: (flagged) => keepCase(flagged, 'thought'),
  },
  {
    rule: 'grammar.word-choice',
    re: new RegExp(`\\b(who's)[ \\t]+(?:${possessedNouns})\\b`, 'gi'),
    message: 'Did you mean "whose" (belonging to whom)? "Who\'s" means "who is".',
    // "who's hiring", "who's onboarding": a verb, as with "you're".
    fix: (flagged, match) => (/(?:hiring|onboarding|own)$/i.test(match[0]) ? null : keepCase(flagged, 'whose')),
  },
  {
    rule: 'grammar.word-choice',
    // "how candid you where about…"; not "show you where the office is".
    re: /(?<!\b(?:tell|told|show|showed|shown|ask|asked|know|knew|see|saw|remind|reminded|let|guide|point|wonder)[ \t]+)\b(?:you|we|they)[ \t]+(where)[ \t]+(?:not|so|very|really|all|able|happy|going|about|too|also|both|always|never|still|just|such|quite|[a-z]+ing|[a-z]+ed)\b/gi,
    message: 'Did you mean "were"?',
    fix: (flagged) => keepCase(flagged, 'were'),
  },
  {
    rule: 'grammar.word-choice',
    // "learn were I can improve"; "Were I to join…" is an inversion and stays.
    re: /\b(were)[ \t]+(?:I|you|we|they|he|she|it)(?:[ \t]+(?:can|could|will|would|should|might|may|must|am|is|are)\b|'ll\b)/gi,
    message: 'Did you mean "where"?',
    fix: (flagged) => keepCase(flagged, 'where'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:have|has|had|haven't|hasn't|hadn't|'ve|I|we|they|you|he|she|never|just|already)[ \t]+(herd)\b|\b(herd)[ \t]+(?:back|from|about|anything|nothing|that)\b/gi,
    message: 'Did you mean "heard"? A herd is a group of animals.',
    fix: (flagged) => keepCase(flagged, 'heard'),
  },
  {
    rule: 'grammar.word-choice',
    // "more harder", "most easiest", "more shorter": a comparative or superlative already says "more".
    re: new RegExp(`\\b(?:more|most|less)[ \\t]+(?:${doubleComparatives})\\b(?![-'])`, 'gi'),
    whole: true,
    message: 'Use either "more" or the -er form, not both ("harder", not "more harder").',
    fix: (flagged) => flagged.split(/[ \t]+/)[1] ?? null,
  },
  {
    rule: 'grammar.usage',
    // "a feedback on my presentation", "an advice", "a detailed information": nouns of mass take no "a" (a noun
    // after them makes a compound: "a feedback session", "an information pack").
    re: /\b((?:a|an|A|An)[ \t]+(?:(?!(?:lot|bit|little|piece|kind|sort|type|deal|of|for|against|on|about|with|from|to|in|at|by|and|or|the|my|your|our|their)\b)[a-z]+[ \t]+){0,2}(?:feedback|advice|information|equipment|furniture|homework|luggage|baggage|research|evidence|guidance|progress|news))(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:on|about|from|for|of|regarding|to|in|at|with|that|which|so|because|when|if|before|after|as|but|I|you|we|they|he|she|it|was|is|would|will|could|has|had)\b)/gm,
    message: 'This noun has no "a": write "feedback", "some feedback" or "a piece of feedback".',
    fix: (flagged) => {
      const rest = flagged.replace(/^an?[ \t]+/i, '');
      return /^[A-Z]/.test(flagged) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
    },
  },
  {
    rule: 'grammar.word-choice',
    // "the principals behind the policy", "in principal": a principle is a rule or belief; a principal is a head
    // (of a school) or the main one.
    re: /\b(principals?)(?=[ \t]+(?:behind|underlying|underpinning|that[ \t]+(?:guide|guides|underpin|underpins|drive|drives|shape|shapes))\b)|\b(?:guiding|core|design|basic|fundamental|underlying|ethical|agile|lean|scientific|engineering|moral|founding|first)[ \t]+(principals?)\b|\b(?:in|on)[ \t]+(principal)(?=[ \t]*(?:[.,;:!?]|$)|[ \t]+(?:I|we|it|this|that|the|yes|and|but)\b)/gi,
    message: 'Did you mean "principle" (a rule or belief)? A "principal" is a head, or the main one.',
    fix: (flagged) => keepCase(flagged, flagged.toLowerCase().replace('principal', 'principle')),
  },
  {
    rule: 'grammar.word-choice',
    // "the principle reason", "a principle engineer": before a noun, "principal" (main, senior).
    re: /\b(principle)[ \t]+(?:reason|reasons|engineer|engineers|designer|consultant|investigator|concern|concerns|aim|aims|goal|role|responsibility|responsibilities|focus|author|architect|scientist|analyst|developer|purpose|objective|source|contact|duties|duty|interest|challenge|motivation|owner|partner|officer|lecturer|researcher|product|software|data|associate|clarinet|dancer)\b/gi,
    message: 'Did you mean "principal" (main, or a senior title)? A "principle" is a rule or belief.',
    fix: (flagged) => keepCase(flagged, 'principal'),
  },
  {
    rule: 'grammar.word-choice',
    // "insure you that…" is "assure"; "insure that…" is "ensure". Insurance covers a risk.
    re: /\b(insure)[ \t]+(?:(?:you|him|her|them|us|everyone)[ \t]+that|that)\b/gi,
    message: 'Did you mean "assure" (you that) or "ensure" (that)? "Insure" is about insurance.',
    fix: (flagged, match) => keepCase(flagged, /^insure[ \t]+that/i.test(match[0]) ? 'ensure' : 'assure'),
  },
  {
    rule: 'grammar.word-choice',
    // "thanks for the complement about my talk": praise is a compliment; a complement completes something.
    re: /\b(complement(?:s|ed)?)[ \t]+(?:about|on[ \t]+(?:my|the|your|our))\b|\b(?:for[ \t]+(?:the|your)|kind|lovely|nice|such[ \t]+a)[ \t]+(complements?)(?=[ \t]*(?:[.!,;]|$))/gi,
    message: 'Did you mean "compliment" (praise)? A complement completes something.',
    fix: (flagged) => keepCase(flagged, flagged.toLowerCase().replace('complement', 'compliment')),
  },
  {
    rule: 'grammar.word-choice',
    // "in the passed year": the time gone by is "past".
    re: /\b(?:the|in|over)[ \t]+(passed)[ \t]+(?:year|years|week|weeks|month|months|decade|few|couple|day|days)\b/gi,
    message: 'Did you mean "past" (gone by)? "Passed" is the verb.',
    fix: (flagged) => keepCase(flagged, 'past'),
  },
  {
    rule: 'grammar.word-choice',
    // "Me and my mentor have been…": the subject form, and the other person first.
    re: /(?<=^|[.!?][ \t]+|\n[ \t]*)(Me)[ \t]+and[ \t]+(?:my|the|our|his|her|their|\p{Lu}\p{Ll}+)\b/gu,
    message: 'As the subject, write "I" and put the other person first ("My mentor and I").',
    fix: () => 'I',
  },
  {
    rule: 'grammar.word-choice',
    // "I realise your very busy": an intensifier and an adjective that ends the phrase; not "your very own team".
    re: /\b(your)[ \t]+(?:very|really|so|extremely|incredibly|quite|too)[ \t]+[a-z]+(?=[ \t]*(?:[,.;!?]|$)|[ \t]+(?:and|so|but|to|with|at|right|this|these|today|now|lately)\b)/gi,
    message: 'Did you mean "you\'re" (you are)?',
    fix: (flagged) => keepCase(flagged, "you're"),
  },
  {
    rule: 'grammar.verb-form',
    // "I been working on it": "been" needs "have" ("Had I been…" is an inversion).
    re: /(?<!\b(?:had|have|has|would|could|should|might|must|will)[ \t]+)\b(?:I|we|they|you)[ \t]+(been)\b/gi,
    message: 'Write "have been" ("I have been", "I\'ve been").',
    fix: () => 'have been',
  },
  {
    rule: 'grammar.verb-form',
    // "I look forward hearing from you": "look forward to", then the -ing form.
    re: /\blook(?:ing|s|ed)?[ \t]+forward[ \t]+((?!to\b)[a-z]+ing)\b/gi,
    message: 'Write "look forward to" before the -ing form ("look forward to hearing").',
    fix: (flagged) => `to ${flagged}`,
  },
  {
    rule: 'grammar.word-choice',
    // "whose the best person to ask": "whose" owns a noun, so before an article it is "who's" (who is).
    re: /\b(whose)[ \t]+(?:the|a|an|going|been|not|available|responsible|leading|hiring|running|in[ \t]+charge)\b/gi,
    message: 'Did you mean "who\'s" (who is)? "Whose" means "belonging to whom".',
    fix: (flagged) => keepCase(flagged, "who's"),
  },
  {
    rule: 'grammar.possessive',
    // "a team of ten nurse's", "three year's experience": after a number above one, the plural, not "'s".
    re: /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|many|multiple|various|numerous|[2-9]|\d{2,})[ \t]+(\p{Ll}+'s)\b/gu,
    message: 'After a number, use the plural ("ten nurses", "three years\' experience"), not "\'s".',
    fix: (flagged, match, text) => {
      const noun = flagged.slice(0, -2);
      // Plurals without an -s take "'s" ("ten people's lives", "many children's").
      if (/^(?:people|children|men|women|staff|folk)$/i.test(noun)) return null;
      const plural = /(?:s|x|z|ch|sh)$/.test(noun)
        ? `${noun}es`
        : /[^aeiou]y$/.test(noun)
          ? `${noun.slice(0, -1)}ies`
          : `${noun}s`;
      // Before the thing owned ("three years' experience"), the plural possessive.
      const next = /^[ \t]+(\p{Ll}+)/u.exec(text.slice((match.index ?? 0) + match[0].length))?.[1] ?? '';
      return /^(?:experience|work|notice|worth|time|pay|salary|leave|training|service|history|delay|drive|walk)$/.test(
        next,
      )
        ? `${plural}'`
        : plural;
    },
  },
  {
    rule: 'grammar.word-choice',
    // "everyone made me feel at easy": the idiom is "at ease".
    re: /\bat[ \t]+(easy)(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:and|with|during|throughout|in|when|around|from|straight|immediately|right)\b)/gi,
    message: 'Did you mean "at ease"?',
    fix: () => 'ease',
  },
  {
    rule: 'grammar.usage',
    // Nouns of mass that have no plural in standard English: "any advices", "the equipments", "your feedbacks".
    re: /\b(advices|equipments|informations|feedbacks|trainings|furnitures|knowledges|softwares|hardwares|luggages|baggages|homeworks|machineries|jewelleries|jewelries)\b/gi,
    message: 'This noun has no plural ("advice", "equipment", "information"): use the singular, or "pieces of…".',
    fix: (flagged) => keepCase(flagged, flagged.slice(0, -1)),
  },
  {
    rule: 'grammar.usage',
    // "passionate for design": one is passionate "about" something.
    re: /\bpassionate[ \t]+(for|on|of)\b(?![ \t]+(?:all|now|years|decades|a long time|as long)\b)/gi,
    message: 'Write "passionate about".',
    fix: () => 'about',
  },
  {
    rule: 'grammar.usage',
    // "interested on the role", "interested for": one is interested "in" something ("at all", "for now" stay;
    // the noun is left alone, since "interest on the loan" is right).
    re: /\binterested[ \t]+(on|about|for|at)\b(?![ \t]+(?:all|now|the moment|this stage|least|first|times|once|your convenience)\b)/gi,
    message: 'Write "interested in".',
    fix: () => 'in',
  },
  {
    rule: 'grammar.word-choice',
    // "so I can here your thoughts": after a modal, the verb "hear" ("I will be here" has its verb between).
    re: /\b(?:can|could|will|would|might|may|cannot|can't|couldn't|'ll|'d)[ \t]+(here)[ \t]+(?:your|the|my|his|her|their|our|what|about|from|that|more|back|them|him|everyone|any|how|whether)\b/gi,
    message: 'Did you mean "hear" (to listen)?',
    fix: (flagged) => keepCase(flagged, 'hear'),
  },
  {
    rule: 'grammar.word-choice',
    // "the new warehouse, specially the sorting system": "especially" (above all) introduces an example after a comma;
    // "specially designed" (for a purpose) stays.
    re: /,[ \t]*(specially)[ \t]+(?:the|when|if|for|in|since|because|as|with|at|on|my|your|our|their|its|his|her|during|given|around|about)\b/gi,
    message: 'Did you mean "especially" (above all)? "Specially" means for a special purpose.',
    fix: (flagged) => keepCase(flagged, 'especially'),
  },
  {
    rule: 'grammar.usage',
    // "interested by your research": one is interested "in" a thing ("intrigued by" stays); only before what is
    // owned or named, since "interested by then" is time.
    re: /\binterested[ \t]+(by)[ \t]+(?:your|the|their|its|his|her|this|that|these|those|our)\b/gi,
    message: 'Write "interested in".',
    fix: () => 'in',
  },
  {
    rule: 'grammar.usage',
    // "reiterate my interest for the position": interest is "in" a thing ("of interest for the team" stays).
    re: /\b(?:my|our|your|their|his|her|strong|keen|genuine|great|continued|real|sincere|renewed)[ \t]+interest[ \t]+(for)[ \t]+(?:the|this|your|a|an|joining|working)\b/gi,
    message: 'Write "interest in".',
    fix: () => 'in',
  },
  {
    rule: 'grammar.usage',
    // "experience on managing budgets": experience of doing something is "in" it ("experience on the ward" stays).
    re: /\b(?:experience|expertise|background|experienced|skilled|skills)[ \t]+(on)[ \t]+(?=[a-z]+ing\b)(?!(?:the|a)\b)/gi,
    message: 'Write "experience in" before what you did ("experience in managing budgets").',
    fix: () => 'in',
  },
  {
    rule: 'grammar.usage',
    // "since five years": a length of time takes "for"; "since" needs a point in time ("since 2019", "since five
    // years ago").
    re: /\b(since)[ \t]+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several|a[ \t]+few|a[ \t]+couple[ \t]+of|a|an)[ \t]+(?:years?|months?|weeks?|days?|decades?|hours?)\b(?![ \t]+(?:ago|back|earlier|before|prior)\b)/gi,
    message: 'For a length of time, write "for" ("for five years"); "since" needs a point in time.',
    fix: (flagged) => keepCase(flagged, 'for'),
  },
  {
    rule: 'grammar.usage',
    // "some ideas how to reduce…": plural ideas and suggestions take "on" or "about" before "how" ("no idea how"
    // and "any idea how" are idioms).
    re: /\b(ideas|suggestions|thoughts|tips|pointers)[ \t]+how\b/gi,
    message: 'Write "ideas on how" ("some ideas on how to…").',
    fix: (flagged) => `${flagged} on`,
  },
  {
    rule: 'grammar.usage',
    // "I'm comfortable to lead the migration": a person is comfortable doing something ("the chair is comfortable
    // to sit in" is about a thing).
    re: /\b(?:I'm|I[ \t]+am|I[ \t]+feel|I[ \t]+would[ \t]+be|I'd[ \t]+be|I[ \t]+was|we're|we[ \t]+are)(?:[ \t]+(?:very|quite|really|fully|completely|perfectly))?[ \t]+comfortable[ \t]+(to[ \t]+(?:lead|manage|run|work|take|present|own|handle|talk|speak|use|do|make|support|drive|deliver|build|write|mentor|coach|step))\b/gi,
    message: 'Write "comfortable leading" (or "comfortable with leading").',
    fix: (flagged) => {
      const verb = flagged.split(/[ \t]+/)[1]?.toLowerCase() ?? '';
      return verbFormOf(verb, 'ing') ?? null;
    },
  },
  ...prepositionRules(),
  {
    rule: 'grammar.usage',
    // "explaining me how it works": "explain" takes the thing explained as its object; the person takes "to".
    re: /\b(explain(?:s|ed|ing)?[ \t]+(?:me|us|him|her|them))\b(?=[ \t]+(?:how|what|why|where|when|which|whether|the|this|that|your|about|more)\b)/gi,
    message: 'Write "explain to me" ("explaining to me how…"): the person takes "to".',
    fix: (flagged) => flagged.replace(/[ \t]+(\S+)$/, ' to $1'),
  },
  {
    rule: 'grammar.usage',
    // "Could you suggest me some resources": "suggest" takes the thing suggested ("suggest some resources", "suggest
    // to me"); "suggest me for the role" (put me forward) is right.
    re: /\b(suggest(?:s|ed|ing)?[ \t]+(?:me|us|him|her|them))\b(?=[ \t]+(?:how|what|why|where|which|whether|the|this|that|these|your|some|any|a|an|other|anything|something|ways|resources|books|courses|one|two|three|few|several|more|areas|ideas|things|steps)\b)/gi,
    message: 'Write "suggest some resources" or "suggest to me": the person takes "to".',
    fix: (flagged) => flagged.split(/[ \t]+/)[0] ?? null,
  },
  {
    rule: 'grammar.verb-form',
    // "I am having five years of experience": "have" for what one owns or knows takes no -ing ("I have").
    re: /\b((?:am|are|is)[ \t]+having)(?=[ \t]+(?:(?:over|nearly|almost|about|around|more[ \t]+than|a[ \t]+lot[ \t]+of|lots[ \t]+of)[ \t]+)?(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|many|several|some|good|strong|solid|wide|broad|extensive|excellent|relevant|hands-on|deep|an?)?[ \t]*(?:[a-z]+[ \t]+)?(?:years?|experience|knowledge|expertise|skills|qualifications?|degree|certificates?|certification|background|licen[cs]e)\b)/gi,
    message: 'Write "I have" for experience and knowledge ("I have five years of experience").',
    fix: (flagged) => {
      const be = flagged.split(/[ \t]+/)[0]?.toLowerCase();
      return keepCase(flagged, be === 'is' ? 'has' : 'have');
    },
  },
  {
    rule: 'grammar.verb-form',
    // "I am knowing the area well": these verbs of a state take no -ing.
    re: /\b(?:I|we|they|you)[ \t]+((?:am|are|'m|'re)[ \t]+(?:knowing|belonging|possessing))\b/gi,
    message: 'This verb of a state takes no -ing: "I know".',
    fix: (flagged) =>
      flagged
        .split(/[ \t]+/)
        .at(-1)
        ?.replace(/ing$/, '') ?? null,
  },
  {
    rule: 'grammar.usage',
    // "I am very good in Excel": one is good "at" a skill ("good in a crisis", "strong in SQL" are right).
    re: /\b(?:I'm|I[ \t]+am|[Ww]e're|[Ww]e[ \t]+are)[ \t]+(?:(?:very|really|quite|pretty|fairly)[ \t]+)?(?:good|great|excellent)[ \t]+(in)[ \t]+(?:Excel|Word|PowerPoint|Outlook|English|French|Spanish|German|Italian|Polish|Arabic|Mandarin|Maths|SQL|Python|Java|JavaScript|Photoshop|AutoCAD|SAP|Sage|Xero|maths|math|numbers|english|languages|coding|programming|spreadsheets|drawing|writing[ \t]+(?:code|reports))\b/g,
    message: 'One is good "at" a skill: "good at Excel".',
    fix: () => 'at',
  },
  {
    rule: 'grammar.usage',
    // "I wanted to congratulate you for your promotion": one congratulates someone on a thing.
    re: /\bcongratulat(?:e|es|ed|ing)[ \t]+(?:you|him|her|them|everyone|the[ \t]+team)[ \t]+(for)(?=[ \t]+(?:the|your|a|an|his|her|their|being|getting|winning|launching)\b)/gi,
    message: 'One congratulates someone "on" something ("congratulate you on your promotion").',
    fix: () => 'on',
  },
  {
    rule: 'grammar.usage',
    // "I will take it in consideration", "taking your feedback in account": into.
    re: /\b(?:take|takes|took|taken|taking)[ \t]+(?:(?:it|this|that|them|these|those|everything|all[ \t]+of[ \t]+(?:it|this|that))[ \t]+|(?:your|the|my|this|that|these|those|all|every)[ \t]+(?:[a-z]+[ \t]+)?)?(in)[ \t]+(?:consideration|account)\b/gi,
    message: 'The phrase is "take it into consideration" ("into account").',
    fix: () => 'into',
  },
  {
    rule: 'grammar.usage',
    // "a good knowledge about food safety": with an article, knowledge is "of" a subject.
    re: /\ban?[ \t]+(?:(?:good|solid|strong|sound|basic|deep|thorough|working|broad|wide|great|excellent|in-depth|extensive|fair|reasonable|decent|practical|very[ \t]+good)[ \t]+)?knowledge[ \t]+(about|in|on)\b/gi,
    message: 'Write "a good knowledge of" (with an article, knowledge is "of" a subject).',
    fix: () => 'of',
  },
  {
    rule: 'grammar.usage',
    // "in which points I should improve": one improves "on" points (or "in which areas").
    re: /\b(in)[ \t]+(?:which|what)[ \t]+points?\b/gi,
    message: 'One improves "on" a point: "which points I should improve on" (or "in which areas").',
    fix: () => 'on',
  },
  {
    rule: 'grammar.usage',
    // "I am writing for asking about my application": one writes "to ask" (the purpose takes "to").
    re: /\b(?:writing|write|wrote|calling|emailing|contacting|messaging)[ \t]+(?:(?:you|to[ \t]+you)[ \t]+)?(?:(?:just|today|again)[ \t]+)?(for[ \t]+(?:asking|enquiring|inquiring|checking|requesting|confirming|informing))\b/gi,
    message: 'Write "to ask" ("I am writing to ask about…").',
    fix: (flagged) => {
      const ing = flagged.split(/[ \t]+/)[1]?.toLowerCase() ?? '';
      const base = verbForms.get(ing)?.base ?? ing.replace(/ing$/, '').replace(/(?<=quir)$/, 'e');
      return `to ${base}`;
    },
  },
  {
    rule: 'grammar.usage',
    // "bring a lot of value for your company": value is brought or added "to" someone ("value for money" is right).
    re: /\b(?:bring|brings|bringing|brought|add|adds|adding|added)[ \t]+(?:(?:a[ \t]+lot[ \t]+of|lots[ \t]+of|real|great|significant|huge|much|more|genuine)[ \t]+)?value[ \t]+(for)[ \t]+(?:your|the|our|their|this|any)\b/gi,
    message: 'Write "value to your company".',
    fix: () => 'to',
  },
  {
    rule: 'grammar.word-choice',
    // "my experience will aloud me to succeed": "allow" (let); "aloud" means out loud.
    re: /\b(aloud)(?=[ \t]+(?:me|us|him|her|them)\b)/gi,
    message: 'Did you mean "allow" (let)? "Aloud" means out loud.',
    fix: (flagged) => keepCase(flagged, 'allow'),
  },
  {
    rule: 'grammar.usage',
    // "an internship during six months": a length of time takes "for" ("during the six months" is right).
    re: /\b(during)[ \t]+(?:(?:almost|nearly|about|around|over)[ \t]+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|many|a[ \t]+few|few)[ \t]+(?:days|weeks|months|years|hours)\b/gi,
    message: 'For a length of time, write "for" ("for six months").',
    fix: (flagged) => keepCase(flagged, 'for'),
  },
  {
    rule: 'grammar.word-choice',
    // "I am very exiting about the role", "an exiting opportunity": "exciting" (or "excited"), not "exiting"
    // (leaving); "the exiting director" is right.
    re: /\b(?:(?:am|'m|are|'re|was|were|be|been|feel|felt|feeling|is|'s|so|very|really|quite|truly|incredibly|extremely|super|most|more|an|such[ \t]+an)[ \t]+)(?:(?:so|very|really|quite|truly|incredibly|extremely|super)[ \t]+)?(exiting|exited)\b(?![ \t]+(?:the|a|an|this|that|my|our|its|their|his|her|your|from|via|through)\b)/gi,
    message: 'Did you mean "exciting" or "excited"? "Exiting" means leaving.',
    fix: (flagged, match, text) => {
      const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 12);
      const feeling =
        /^(?:am|'m|are|'re|was|were|be|been|feel|felt|feeling)\b/i.test(match[0]) ||
        /^[ \t]+(?:about|to|for|by)\b/.test(after);
      return keepCase(flagged, feeling ? 'excited' : 'exciting');
    },
  },
  {
    rule: 'grammar.usage',
    // "I feel myself more confident": "feel" takes the adjective without "myself" ("I felt myself relax" is right).
    re: /\b((?:feel|feels|felt|feeling)[ \t]+(?:myself|ourselves))(?=[ \t]+(?:more|less|very|so|really|quite|much|a[ \t]+bit|confident|comfortable|ready|happy|sure|better|stronger|prepared|safe|lucky|proud|capable|able|good|welcome|at[ \t]+home|part)\b)/gi,
    message: 'Write "I feel more confident": "feel" needs no "myself".',
    fix: (flagged) => flagged.split(/[ \t]+/)[0] ?? null,
  },
  {
    rule: 'grammar.verb-form',
    // "try to don't go into detail": the infinitive is negated with "not" before "to" ("try not to go").
    re: /\b(to[ \t]+(?:don't|dont|doesn't|didn't))(?=[ \t]+[a-z])/gi,
    message: 'Negate an infinitive with "not to" ("try not to go").',
    fix: () => 'not to',
  },
  {
    rule: 'grammar.usage',
    // "I am waiting your reply": one waits "for" it ("awaiting your reply" is right).
    re: /\b(wait(?:ing|ed|s)?)[ \t]+(?:your|the|his|her|their|a|any|our)[ \t]+(?:reply|response|answer|decision|feedback|call|email|news|confirmation|update|offer|approval|outcome|result|results|verdict|invitation|letter|contract)\b/gi,
    message: 'Write "waiting for" ("waiting for your reply"), or "awaiting".',
    fix: (flagged) => `${flagged} for`,
  },
  {
    rule: 'grammar.usage',
    // "despite of the outcome": "despite" or "in spite of".
    re: /\b(despite[ \t]+of)\b/gi,
    message: 'Write "despite" or "in spite of", not "despite of".',
    fix: (flagged) => keepCase(flagged, 'despite'),
  },
  {
    rule: 'grammar.usage',
    // "return back", "revert back": "return" already means going back.
    re: /\b((?:return|returns|returned|returning|revert|reverts|reverted|reverting)[ \t]+back)\b(?![ \t]+(?:and|or)\b)/gi,
    message: '"Return" already means "go back": drop "back".',
    fix: (flagged) => flagged.split(/[ \t]+/)[0] ?? null,
  },
  {
    rule: 'grammar.usage',
    // "please contact with me": the verb takes its object directly ("in contact with me" is the noun and stays).
    re: /\b(?:to|please|you|I|we|they|can|could|will|would|may|might|should|do|don't)[ \t]+(contact[ \t]+with)[ \t]+(?:me|us|him|her|them|you)\b/gi,
    message: 'The verb "contact" takes no "with" ("contact me").',
    fix: () => 'contact',
  },
  {
    rule: 'grammar.usage',
    // "I emphasised on my skills", "mention about": these verbs take their object directly ("emphasis on" stays).
    re: /\b((?:emphasi[sz](?:e|es|ed|ing)|stress(?:es|ed|ing)?)[ \t]+on|(?:mention(?:s|ed|ing)?)[ \t]+about)\b(?=[ \t]+(?:my|the|your|our|their|his|her|how|what|that|this|these|those|a|an)\b)/gi,
    message: 'This verb takes its object directly ("emphasised my skills", "mentioned the project").',
    fix: (flagged) => flagged.split(/[ \t]+/)[0] ?? null,
  },
  {
    rule: 'grammar.word-choice',
    // "fewer" counts ("fewer candidates"); "less" measures ("less time").
    re: /\b(less)[ \t]+(?:candidates|applicants|applications|people|questions|interviews|jobs|roles|errors|mistakes|meetings|options|steps|staff members|employees|customers|clients|hires|vacancies|positions|openings|tasks|projects|bugs|issues|complaints|steps|stages|rounds|emails|calls|words|pages|slides|examples|hours|days|weeks|months|years)\b(?![ \t]+than\b)/gi,
    message: 'Before a plural you count, write "fewer" ("fewer candidates"); "less" is for amounts ("less time").',
    fix: (flagged) => keepCase(flagged, 'fewer'),
  },
  {
    rule: 'grammar.word-choice',
    // "your advise", "some good advise": after a determiner it is the noun "advice".
    re: /\b(?:your|my|the|any|good|great|helpful|useful|practical|this|that|his|her|their|our|much|of|for|sound|expert|career|honest|kind|[a-z]+'s)[ \t]+(advise)\b(?![ \t]+(?:me|us|you|him|her|them|on|whether|that)\b)/gi,
    message: 'Did you mean "advice" (the noun)? "Advise" is the verb.',
    fix: (flagged) => keepCase(flagged, 'advice'),
  },
  {
    rule: 'grammar.word-choice',
    // "I past my exam": after a subject, the verb "passed"; "past" is a time or a preposition.
    re: /\b(?:I|we|you|they|he|she|finally|just)[ \t]+(past)[ \t]+(?:my|the|a|an|all|both|his|her|their|our|your|it|this|that|probation)\b/g,
    message: 'Did you mean "passed" (the verb)? "Past" is a time or a preposition.',
    fix: (flagged) => keepCase(flagged, 'passed'),
  },
  {
    rule: 'grammar.word-choice',
    // "I lead a similar project at my last company": the past of "lead" is "led".
    re: /\b(?:I|we|he|she|they)[ \t]+(lead)[ \t]+(?:a|an|the|my|our|this|that|several|two|three|four|five)\b(?=[^.!?;]*?\b(?:at|in|with|for)[ \t]+(?:my|our)[ \t]+(?:last|previous|former|old)[ \t]+(?:company|job|role|employer|firm|team|school|agency|practice|hospital|trust)\b)/g,
    message: 'Did you mean "led" (the past of "lead")?',
    fix: () => 'led',
  },
  {
    rule: 'spelling.boundary',
    // "I can not wait": one word ("can not only…but" stays).
    re: /\b(can[ \t]+not)\b(?![ \t]+only\b)/gi,
    message: 'Write "cannot" as one word.',
    fix: (flagged) => keepCase(flagged, 'cannot'),
  },
  {
    rule: 'spelling.boundary',
    // "May be we could…": the adverb "maybe" before a clause ("it may be the case" is the verb).
    re: /(?:^|[.!?][ \t]+|\n[ \t]*|,[ \t]*)((?:M|m)ay[ \t]+be)[ \t]+(?:we|I|you|they|he|she|next|later|another|tomorrow|sometime)\b/gm,
    message: 'Did you mean "maybe" (perhaps)? "May be" is the verb ("it may be late").',
    fix: (flagged) => keepCase(flagged, 'maybe'),
  },
  {
    rule: 'grammar.possessive',
    // "your's", "their's": possessive pronouns have no apostrophe.
    re: /\b(your's|their's|our's|her's|yours'|theirs')/gi,
    message: 'Possessive pronouns have no apostrophe ("yours", "theirs").',
    fix: (flagged) =>
      keepCase(
        flagged,
        flagged
          .toLowerCase()
          .replace(/'/g, '')
          .replace(/([^s])$/, '$1'),
      ),
  },
  {
    rule: 'grammar.possessive',
    // "the CV's of the team", "several KPI's": the plural of an abbreviation takes no apostrophe.
    re: /\b(?:these|those|many|several|all|two|three|four|five|multiple|various|some|our|the)[ \t]+([A-Z]{2,5}'s)(?=[ \t]+(?:of|are|were|have|that|which|from|and|for)\b)/g,
    message: 'The plural of an abbreviation takes no apostrophe ("CVs", "KPIs").',
    fix: (flagged) => flagged.replace(/'s$/, 's'),
  },
  {
    rule: 'grammar.usage',
    // "I didn't hear nothing", "we don't have no budget": one negative is enough ("won't take no for an answer"
    // is the idiom).
    re: /\b(?:didn't|don't|doesn't|haven't|hasn't|hadn't|won't|wouldn't|can't|cannot|couldn't|wasn't|weren't|isn't|aren't|never)(?:[ \t]+(?:really|actually|even|ever))?(?:[ \t]+(?:have|get|got|hear|heard|know|see|say|said|do|want|need|find|receive|received|had|mean|tell|expect|learn|change|ask|give|make))?[ \t]+(nothing|nobody|no[ \t]+one|nowhere|none)\b/gi,
    message: 'Two negatives cancel out: write "anything" ("I didn\'t hear anything").',
    fix: (flagged) =>
      ({ nothing: 'anything', nobody: 'anybody', 'no one': 'anyone', nowhere: 'anywhere', none: 'any' })[
        flagged.toLowerCase().replace(/[ \t]+/, ' ')
      ] ?? null,
  },
  {
    rule: 'grammar.usage',
    // "I can't hardly wait": "hardly" is already negative.
    re: /\b(can't|cannot|couldn't|don't|didn't|won't|wouldn't)[ \t]+(?:hardly|barely|scarcely)\b/gi,
    message: '"Hardly" is already negative: write "can hardly".',
    fix: (flagged) =>
      keepCase(
        flagged,
        (
          {
            "can't": 'can',
            cannot: 'can',
            "couldn't": 'could',
            "don't": 'do',
            "didn't": 'did',
            "won't": 'will',
            "wouldn't": 'would',
          } as Record<string, string>
        )[flagged.toLowerCase()] ?? flagged,
      ),
  },
  {
    rule: 'grammar.tense',
    // "I am working as a paralegal since 2019": an action that started then and goes on takes the present perfect.
    re: /\b((?:I[ \t]+am|I'm|[Ww]e[ \t]+are|[Ww]e're)[ \t]+[a-z]{3,}ing)\b(?=[^.!?;:,]{0,60}?\bsince[ \t]+(?:(?:19|20)\d\d|last|then|January|February|March|April|May|June|July|August|September|October|November|December|graduating|joining|leaving|university|school|college|early|the[ \t]+(?:start|beginning|spring|summer|autumn|winter)|my[ \t]+(?:graduation|degree|first))\b)/g,
    message: 'For something that started in the past and goes on, write "have been working … since".',
    fix: (flagged) => {
      const subject = /^we/i.test(flagged) ? `${flagged.slice(0, 2)} have` : 'I have';
      return `${subject} been ${flagged.split(/[ \t]+/).at(-1) ?? ''}`;
    },
  },
  {
    rule: 'grammar.word-choice',
    // "more experience as me", "better as me": a comparison takes "than" ("as good as me" stays).
    re: new RegExp(
      `\\b(?:more|less|fewer|${doubleComparatives})\\b(?:(?![ \\t]+as\\b)[ \\t]+[\\w'-]+){0,5}?[ \\t]+(as)[ \\t]+(?:me|him|her|them|us|I[ \\t]+(?:do|did|have|had|am|was))\\b(?![ \\t]+(?:well|a|an)\\b)`,
      'gi',
    ),
    message: 'A comparison with "more" or "-er" takes "than" ("more experience than me").',
    fix: () => 'than',
  },
  {
    rule: 'grammar.word-choice',
    // "as efficient than": "as … as" ("as efficient as"); "more efficient than".
    re: /\bas[ \t]+(?!(?:more|less|fewer|much|rather|other|better|worse|well|soon|long)\b)[a-z]+[ \t]+(than)\b/gi,
    message: 'Write "as efficient as" (or "more efficient than").',
    fix: (_flagged, match) => (/er[ \t]+than$/i.test(match[0]) ? null : 'as'),
  },
  {
    rule: 'grammar.pronoun',
    // "Myself and my manager have…": the subject is "I"; "please let myself know": the object is "me".
    re: /(?<=^|[.!?][ \t]+|\n[ \t]*)(Myself)[ \t]+and\b|\b(?:[Pp]lease|free[ \t]+to|you[ \t]+can|you[ \t]+could|[Cc]ould[ \t]+you|[Cc]an[ \t]+you|[Ww]ould[ \t]+you)[ \t]+(?:let|contact|email|e-mail|call|tell|send|give|inform|ask|copy|cc|update|ring|message|phone)[ \t]+(myself)\b/g,
    message: '"Myself" refers back to "I" in the same clause; otherwise write "I" (subject) or "me" (object).',
    fix: (flagged) => (flagged === 'Myself' ? 'I' : 'me'),
  },
  {
    rule: 'grammar.word-choice',
    // "the manager which interviewed me": people take "who".
    re: /\b(?:manager|managers|person|people|candidate|candidates|colleague|colleagues|interviewer|interviewers|recruiter|recruiters|engineer|engineers|nurse|nurses|director|directors|panellist|panellists|panelist|panelists|mentor|mentors|teacher|teachers|customer|customers|client|clients|woman|women|man|men|founder|founders|doctor|doctors|employee|employees|someone|anyone|everyone|somebody|anybody)[ \t]+(which)[ \t]+(?!of\b)(?=[a-z]+)/g,
    message: 'For people, write "who" ("the manager who interviewed me").',
    fix: () => 'who',
  },
  {
    rule: 'grammar.possessive',
    // "a months notice": one month's notice; "two weeks notice": two weeks' notice.
    re: /\b(?:a|one)[ \t]+(months|weeks|days|years|month|week|day|year)[ \t]+(?:notice|holiday|leave|pay|salary|wages|work|break|rest|wait|trial|experience|worth|delay)\b|\b(?:two|three|four|five|six|eight|ten|twelve|several|few|\d+)[ \t]+(weeks|months|days)[ \t]+(?:notice|holiday|leave|pay|salary|wages|break|rest|wait|trial|worth|delay)\b/gi,
    message: 'Time that owns something takes an apostrophe ("a month\'s notice", "two weeks\' notice").',
    fix: (flagged, match) => {
      const one = /^(?:a|one)[ \t]/i.test(match[0]);
      const base = flagged.replace(/s$/i, '');
      return one ? `${base}'s` : `${flagged}'`;
    },
  },
  {
    rule: 'grammar.possessive',
    // "childrens'", "the womens network": "children", "women" and "men" are already plural.
    re: /\b(childrens'?|womens'?|mens'?)(?![ \t]+rea\b)(?=[ \t]+[a-z])/gi,
    message: 'The plural is already "children" ("women", "men"): write "children\'s".',
    fix: (flagged) => keepCase(flagged, `${flagged.toLowerCase().replace(/s'?$/, '')}'s`),
  },
  {
    rule: 'spelling.boundary',
    // "some one from my course", "with out any rush", "Further more", "in stead", "a part from": one word.
    re: /\b(some[ \t]+one)\b(?![ \t]+of\b|-)|\b(with[ \t]+out)\b(?![ \t]+of\b)|\b(further[ \t]+more)(?=[ \t]*,)|\b(in[ \t]+stead)\b|\b(a[ \t]+part)(?=[ \t]+from\b)|\b(every[ \t]+one)(?=[ \t]+(?:at|else|involved|who|who's|here|there)\b)|\b(?:hope|thank|thanks|to|with|tell|and)[ \t]+(every[ \t]+one)(?![ \t]+of\b)(?=[ \t]*[.,!?;]|[ \t]+(?:at|in|on|is|was|has|else|for|who)\b)/gi,
    message: 'This is written as one word.',
    fix: (flagged) => keepCase(flagged, flagged.toLowerCase().replace(/[ \t]+/g, '')),
  },
  {
    rule: 'grammar.word-choice',
    // "my week point": weak.
    re: /\b(week)[ \t]+(?:point|points|spot|spots|area|areas|link|side|answer|answers)\b/gi,
    message: 'Did you mean "weak"? A week is seven days.',
    fix: (flagged) => keepCase(flagged, 'weak'),
  },
  {
    rule: 'grammar.word-choice',
    // "a through review": thorough (careful, complete).
    re: /\b(?:a|an|very|more|most|really|extremely|the)[ \t]+(through)[ \t]+(?:review|check|checks|understanding|investigation|job|analysis|assessment|audit|approach|search|examination|overview|knowledge|answer|explanation|briefing|handover|interview|testing|research|reading)\b/gi,
    message: 'Did you mean "thorough" (careful and complete)?',
    fix: (flagged) => keepCase(flagged, 'thorough'),
  },
  {
    rule: 'grammar.word-choice',
    // "highly sort after": sought (the past of "seek").
    re: /\b(?:highly|much|well|most|very|so|are|is|be)[ \t]+(sort|sorted)[ \t-]+after\b/gi,
    message: 'Did you mean "sought after" (much wanted)?',
    fix: () => 'sought',
  },
  {
    rule: 'grammar.word-choice',
    // "a deep breathe": the noun is "breath"; "to breath" is the verb "breathe".
    re: /\b(?:a|deep|the|my|fresh|of|another|quick)[ \t]+(breathe)\b|\bto[ \t]+(breath)\b(?![ \t]+of\b)/gi,
    message: 'The noun is "breath", the verb "breathe".',
    fix: (flagged) =>
      flagged.toLowerCase() === 'breathe' ? keepCase(flagged, 'breath') : keepCase(flagged, 'breathe'),
  },
  {
    rule: 'grammar.word-choice',
    // "everyone accept the hiring manager": except (leaving out).
    re: /\b(?:everyone|everybody|everything|all|anyone|anybody|nobody|anything|nothing)[ \t]+(accept)[ \t]+(?:me|him|her|them|us|for|one|two|that|this|when|where|perhaps|maybe|the[ \t]+(?:last|first|hiring|final|one|odd))\b/gi,
    message: 'Did you mean "except" (leaving out)? "Accept" means to take or agree to.',
    fix: (flagged) => keepCase(flagged, 'except'),
  },
  {
    rule: 'grammar.verb-form',
    // "I will can start": one modal at a time ("I will be able to start").
    re: /\b((?:will|would|shall|should|might|may|must)[ \t]+(?:can|could))\b/gi,
    message: 'Two modals cannot stand together: write "will be able to".',
    fix: (flagged) => `${flagged.split(/[ \t]+/)[0]} be able to`,
  },
  {
    rule: 'grammar.word-choice',
    // "much candidates": "many" counts.
    // "how much candidates matter" is the adverb.
    re: /(?<!\b(?:how|so|too|as|very|that|this)[ \t]+)\b(much)[ \t]+(?:candidates|applicants|applications|people|questions|interviews|jobs|roles|errors|mistakes|meetings|options|employees|customers|clients|vacancies|positions|tasks|projects|issues|companies|years|things|ideas|changes|opportunities)\b/gi,
    message: 'Before a plural you count, write "many" ("many candidates"); "much" is for amounts.',
    fix: (flagged) => keepCase(flagged, 'many'),
  },
  {
    rule: 'grammar.article',
    // "the most of my clients": "most of my clients" ("make the most of my time" is the idiom).
    re: /(?<!\b(?:make|makes|made|making|get|got|getting)[ \t]+)\b(the[ \t]+most)[ \t]+of[ \t]+(?:my|the|our|your|their|his|her|its|them|us|these|those)\b/gi,
    message: 'Write "most of my clients", without "the".',
    fix: (flagged) => keepCase(flagged, 'most'),
  },
  {
    rule: 'grammar.article',
    // "Most of people": "most people", or "most of the people".
    re: /\b((?:most|many|some|several|few|both|all|none|each|lots)[ \t]+of)[ \t]+(?:people|candidates|applicants|companies|employers|interviewers|managers|engineers|colleagues|students|customers|clients|employees|teams|roles|jobs|questions)\b/gi,
    message: 'After "most of", a determiner ("most of the people"), or drop "of" ("most people").',
    fix: (flagged) => flagged.split(/[ \t]+/)[0] ?? null,
  },
  {
    rule: 'grammar.article',
    // "it was best interview I have had": a superlative before its noun takes "the".
    re: /\b(?:is|was|be|been|are|were|it's|that's)[ \t]+((?:best|worst|biggest|greatest|hardest|toughest|nicest|most[ \t]+[a-z]+)[ \t]+(?:interview|day|experience|conversation|decision|thing|part|team|job|role|question|answer|candidate|example|way|place|company|moment|project|meeting|advice|feedback|presentation|call|chat|opportunity))\b/gi,
    message: 'A superlative before a noun takes "the" ("the best interview").',
    fix: (flagged) => `the ${flagged}`,
  },
  {
    rule: 'grammar.usage',
    // "join to your mailing list": "join" takes its object directly.
    re: /\b(join(?:s|ed|ing)?[ \t]+to)[ \t]+(?:your|the|our|their|my|this|a|an|his|her)\b/gi,
    message: '"Join" takes no "to" ("join your team").',
    fix: (flagged) => flagged.split(/[ \t]+/)[0] ?? null,
  },
  {
    rule: 'grammar.usage',
    // "On my opinion": "in my opinion".
    re: /\b(on)[ \t]+(?:my|our|his|her|their|your)[ \t]+opinion\b/gi,
    message: 'Write "in my opinion".',
    fix: (flagged) => keepCase(flagged, 'in'),
  },
  {
    rule: 'grammar.verb-form',
    // "I very excited about the role": the verb "am" is missing before the adjective.
    re: /\b((I|[Ww]e|[Tt]hey)[ \t]+(?:very|really|so|extremely|truly)[ \t]+(?:excited|interested|keen|happy|glad|grateful|pleased|thankful|eager|delighted|impressed|sorry|disappointed|nervous|confident|sure|proud|motivated|enthusiastic))\b/g,
    message: 'A verb is missing: "I am very excited".',
    fix: (flagged, match) => {
      const subject = match[2] ?? 'I';
      return flagged.replace(subject, `${subject} ${subject === 'I' ? 'am' : 'are'}`);
    },
  },
  {
    rule: 'grammar.verb-form',
    // "I was graduated from Leeds", "what was happened": these verbs take no object, so no passive.
    re: /\b((?:was|were|is|are|been|be|am)[ \t]+(?:happened|occurred|arrived|graduated|existed|emerged|disappeared|consisted|belonged|died|came|went|became|gone|come|become|remained))\b(?![ \t]*-)/gi,
    message: 'This verb has no passive: write "graduated", "happened".',
    fix: (flagged) => {
      const verb = flagged.split(/[ \t]+/).at(-1) ?? '';
      return (
        ({ came: 'came', went: 'went', gone: 'went', come: 'came', become: 'became' } as Record<string, string>)[
          verb.toLowerCase()
        ] ?? verb
      );
    },
  },
  {
    rule: 'grammar.verb-form',
    // "I was worked as a cashier", "I have been worked on my CV": with the writer as the subject, these verbs of
    // what one does are active ("I worked as", "I have been working on").
    re: /\b(?:I|[Ww]e)(?:[ \t]+((?:was|were)[ \t]+(?:worked|lived|studied|stayed|volunteered))|(?:[ \t]+(?:have|had)|'ve|'d)[ \t]+been[ \t]+(worked|lived|studied|stayed|volunteered))(?=[ \t]+(?:on|as|in|at|for|with|abroad)\b)/g,
    message: 'Write it in the active: "I worked as", "I have been working on".',
    fix: (flagged) => {
      const verb =
        flagged
          .split(/[ \t]+/)
          .at(-1)
          ?.toLowerCase() ?? '';
      if (/[ \t]/.test(flagged)) return verb;
      return verb === 'studied' ? 'studying' : `${verb.replace(/ed$/, '').replace(/e$/, '')}ing`;
    },
  },
  {
    rule: 'grammar.usage',
    // "a two years project": a number and a time before a noun make one hyphenated adjective ("a two-year project").
    // After "the" or "my" only before a noun of a stretch of time ("the two hours advertised" is the hours).
    re: /\b(?:a|an)[ \t]+((?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)[ \t-]+(?:years|months|weeks|days|hours|minutes))[ \t]+(?!(?:of|ago|old|later|before|after|earlier|and|or|to|in|on|at|for|with|from|experience|abroad|here|there|away|together|back|off|out|working|studying|living|I|we|you|they|that|which|since|as|is|was|were|are|have|had|has)\b)[a-z]+|\b(?:the|my|this|our|your|their)[ \t]+((?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)[ \t-]+(?:years|months|weeks|days|hours|minutes))[ \t]+(?:project|programme|program|course|contract|rotation|scheme|plan|degree|apprenticeship|placement|internship|secondment|stint|trial|warranty|journey|drive|shift|shifts|rota|sprint|cycle|training)\b/gi,
    message: 'Before a noun, write "a two-year project" (singular, with a hyphen).',
    fix: (flagged) => flagged.replace(/[ \t-]+/, '-').replace(/s$/, ''),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:to|nice|great|lovely|pleasure|good)[ \t]+(meat)[ \t]+(?:you|with|the|your|everyone|again|up)\b/gi,
    message: 'Did you mean "meet"?',
    fix: (flagged) => keepCase(flagged, 'meet'),
  },
  {
    rule: 'grammar.word-choice',
    // "a peace of advice": a piece (a part); "peace of mind" stays.
    re: /\b(peace)[ \t]+of[ \t]+(?:advice|feedback|information|work|writing|code|news|paper|equipment|software|research|evidence|art|music|text|content|the[ \t]+puzzle)\b/gi,
    message: 'Did you mean "piece" (a part)? "Peace" is calm.',
    fix: (flagged) => keepCase(flagged, 'piece'),
  },
  {
    rule: 'grammar.word-choice',
    // "I was never board": bored; "on board", "the board meeting" stay.
    re: /\b(?:was|were|am|is|are|be|been|get|got|getting|never|so|very|feel|felt|bit|little|ever|I'm)[ \t]+(board)\b(?![ \t]*-|[ \t]+(?:of|meeting|meetings|member|members|room|game|games|level|director|directors|papers|pack|report|approval|the|a|an|and)\b)/gi,
    message: 'Did you mean "bored" (not interested)? A board is a plank or a committee.',
    fix: (flagged) => keepCase(flagged, 'bored'),
  },
  {
    rule: 'grammar.word-choice',
    // "team moral": morale (spirit); "moral" is about right and wrong.
    re: /\b(?:team|staff|employee|workplace|boost|boosted|boosting|improve|improved|improving|raise|raised|lift|lifted|low|overall)[ \t]+(moral)(?=[ \t]*[.,;!?]|[ \t]+(?:is|was|has|had|and|in|on|you|I|we|they|across|among|amongst|at|seemed|remains|dropped|rose|improved|up|high|low)\b)/gi,
    message: 'Did you mean "morale" (team spirit)? "Moral" is about right and wrong.',
    fix: (flagged) => keepCase(flagged, 'morale'),
  },
  {
    rule: 'spelling.boundary',
    // "I use it everyday": "every day" as a time; "everyday tasks" (ordinary) stays.
    re: /\b(everyday)(?=[ \t]*[.,;!?]|[ \t]+(?:in|at|on|for|and|so|since|to|with|as|now|this|that|I|we|because|but|until|when|while|of)\b)/gi,
    message: 'As a time, write "every day"; "everyday" means ordinary ("everyday tasks").',
    fix: (flagged) => keepCase(flagged, 'every day'),
  },
  {
    rule: 'spelling.misspelling',
    // "Im really grateful", "I cant": the apostrophe of a contraction.
    re: /\b(Im|Ive)\b(?=[ \t]+[a-z])|\b(?:I|we|you|they)[ \t]+(cant|wont)\b/g,
    message: 'A contraction needs its apostrophe ("I\'m", "can\'t").',
    fix: (flagged) => ({ Im: "I'm", Ive: "I've", cant: "can't", wont: "won't" })[flagged] ?? null,
  },
  {
    rule: 'spelling.capitalization',
    // "fluent spanish": languages and nationalities take a capital ("polish" and "welsh" are also verbs).
    re: /(?<![/.@_#-])\b(english|french|german|spanish|italian|portuguese|dutch|russian|chinese|mandarin|cantonese|japanese|korean|arabic|hindi|urdu|punjabi|bengali|turkish|greek|swedish|norwegian|danish|finnish|irish|scottish|british|american|european|african|asian|indian|canadian|australian|ukrainian|romanian|hungarian|czech|vietnamese|thai|hebrew|swahili|tagalog|farsi|persian)\b(?![/.@_-]\w)/g,
    message: 'Languages and nationalities take a capital ("Spanish").',
    fix: (flagged) => flagged.charAt(0).toUpperCase() + flagged.slice(1),
  },
  {
    rule: 'grammar.usage',
    // "in the other hand": "on the other hand"; "in the same time": "at the same time" ("in the same time zone" stays).
    re: /\b(in|at)[ \t]+the[ \t]+other[ \t]+hand\b|\b(in|on)[ \t]+the[ \t]+same[ \t]+time\b(?![ \t]+(?:frame|zone|zones|slot|period|span|window|as|it)\b)/gi,
    message: 'The set phrases are "on the other hand" and "at the same time".',
    fix: (flagged, match) => keepCase(flagged, /other/i.test(match[0]) ? 'on' : 'at'),
  },
  {
    rule: 'grammar.tense',
    // "I know the sector since 2015": a state that started then and goes on takes the present perfect.
    re: /\b((?:I|[Ww]e)[ \t]+(?:know|work|live|lead|manage|run|teach|use|study|volunteer|own|follow|support|attend|coach|mentor))\b(?=[^.!?;:,]{0,50}?\bsince[ \t]+(?:(?:19|20)\d\d|last|then|January|February|March|April|May|June|July|August|September|October|November|December|graduating|joining|university|school|college|early|the[ \t]+(?:start|beginning)|my[ \t]+(?:graduation|degree|first))\b)/g,
    message: 'For something that started in the past and goes on, write "have known … since".',
    fix: (flagged) => {
      const [subject = 'I', verb = ''] = flagged.split(/[ \t]+/);
      const participle =
        ({ know: 'known', lead: 'led', run: 'run', teach: 'taught', study: 'studied' } as Record<string, string>)[
          verb
        ] ?? `${verb.replace(/e$/, '')}ed`;
      return `${subject} have ${participle}`;
    },
  },
  {
    rule: 'grammar.tense',
    // "as soon as I will know": in a clause of time, the present ("as soon as I know").
    re: /\b(?:as[ \t]+soon[ \t]+as|once|until|till|by[ \t]+the[ \t]+time)[ \t]+(?:I|we|you|they|he|she)[ \t]+(will[ \t]+(?!be\b)[a-z]+)\b/gi,
    message: 'After "as soon as", "once" or "until", use the present ("as soon as I know").',
    fix: (flagged, match) => {
      const verb = flagged.split(/[ \t]+/)[1] ?? '';
      return /\b(?:he|she)[ \t]+will/i.test(match[0]) ? (verbFormOf(verb.toLowerCase(), 's') ?? null) : verb;
    },
  },
  {
    rule: 'grammar.word-choice',
    // "went very smooth", "treated every candidate very fair": how something is done takes the adverb.
    re: /\b(?:went|go|goes|going|ran|run|runs|running)[ \t]+(?:(?:very|really|so|quite|extremely)[ \t]+)?(smooth|perfect)(?=[ \t]*[.,;!?]|[ \t]+(?:and|but|so|for|until|from|with|overall|today|yesterday)\b)|\b(?:treat(?:ed|s)?|dealt|handled|spoke|speaks|answered|behaved|acted|performed|communicated|responded|replied)\b(?:[ \t]+(?!(?:was|is|were|are|be|been|seemed|seems|felt|feel|looked|looks|sounded|that|which|it|and|but|so|as)\b)[\w'-]+){0,4}?[ \t]+(?:very|really|so|quite|extremely|incredibly)[ \t]+(fair|polite|kind|professional|clear|honest|quick|rude|respectful|warm|careful|thorough|efficient|calm|confident|open|brief)(?=[ \t]*[.,;!?]|[ \t]+(?:and|but|so|throughout|during|with|to|from|in|at)\b)/gi,
    message: 'How something is done takes the adverb ("went smoothly", "treated us fairly").',
    fix: (flagged) => {
      const lower = flagged.toLowerCase();
      return /(?:le)$/.test(lower) ? `${lower.slice(0, -1)}y` : `${lower}ly`;
    },
  },
  {
    rule: 'grammar.word-choice',
    // "very appreciated": "much appreciated" (or "very much appreciated").
    re: /\b(very)[ \t]+appreciated\b/gi,
    message: 'Write "much appreciated" or "very much appreciated".',
    fix: (flagged) => keepCase(flagged, 'much'),
  },
  {
    rule: 'grammar.usage',
    re: /\blook(?:ing|s|ed)?[ \t]+forward[ \t]+(for)\b/gi,
    message: 'Write "look forward to" ("looking forward to hearing").',
    fix: () => 'to',
  },
  {
    rule: 'grammar.word-choice',
    // "We one the award": won (the past of "win").
    re: /\b(?:I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Yy]ou|finally|recently|just|also)[ \t]+(one)[ \t]+(?:the|an|our|my|their|first|second|best|gold|silver|bronze|several|two|three)\b/g,
    message: 'Did you mean "won" (the past of "win")?',
    fix: () => 'won',
  },
  {
    rule: 'grammar.word-choice',
    // "a waist of time", "to waist the insight": waste.
    re: /\b(?:to|a|of|no|not|complete|total|such[ \t]+a)[ \t]+(waist)(?![ \t]*(?:line|band|coat|size|-))\b|\b(waist)[ \t]+(?:of[ \t]+(?:time|money|effort|resources)|your|my|our|their|any|time|money)\b/gi,
    message: 'Did you mean "waste"? The waist is part of the body.',
    fix: (flagged) => keepCase(flagged, 'waste'),
  },
  {
    rule: 'grammar.usage',
    // "the staffs support each other": "staff" is already plural in meaning.
    re: /\b(staffs)\b(?!['’])/g,
    message: '"Staff" has no plural here: write "the staff" (or "staff members").',
    fix: () => 'staff',
  },
  {
    rule: 'grammar.word-choice',
    re: misheardPattern,
    message: 'This set phrase is usually misheard: the standard form is suggested.',
    fix: (flagged, match) => {
      const at = match.slice(1).findIndex((group) => group !== undefined);
      const right = misheardPhrases[at]?.[1];
      return right ? keepCase(flagged, right) : null;
    },
  },
  {
    rule: 'grammar.word-choice',
    // "the amount of people": people are counted, so "number".
    re: /\b(amount)[ \t]+of[ \t]+(?:people|candidates|applicants|applications|customers|clients|users|patients|students|staff|employees|questions|emails|calls|interviews|jobs|roles)\b/gi,
    message: 'For things you count, write "number of" ("the number of people").',
    fix: (flagged) => keepCase(flagged, 'number'),
  },
  {
    rule: 'grammar.agreement',
    // "there's two things": a plural after it takes "there are".
    re: /\b(there's)[ \t]+(?:two|three|four|five|six|several|many|a[ \t]+few|a[ \t]+couple[ \t]+of)[ \t]+[a-z]+s\b/gi,
    message: 'Before a plural, write "there are" ("there are two things").',
    fix: (flagged) => keepCase(flagged, 'there are'),
  },
  {
    rule: 'grammar.agreement',
    // "the people I met was friendly", "the news about the clinic are": "people" is plural, "news" singular.
    // Only "the people…" as a subject ("the decision to hire two people was right" is the decision's).
    re: /\b(?:the|these|those|many|most|other|some|all)[ \t]+people(?:[ \t]+(?:I|we|you|they)[ \t]+(?:met|saw|knew|interviewed|worked[ \t]+with|spoke[ \t]+to|[a-z]+ed))?[ \t]+(was|is|has)\b(?![ \t]+(?:to)\b)|\bnews(?:[ \t]+(?:about|of|from|on)[ \t]+(?:the|my|your|our|their|this)(?:[ \t]+[a-z]+){1,2})?[ \t]+(are|were|have)\b/g,
    message: '"People" takes a plural verb, "news" a singular one.',
    fix: (flagged) =>
      (({ was: 'were', is: 'are', has: 'have', are: 'is', were: 'was', have: 'has' }) as Record<string, string>)[
        flagged
      ] ?? null,
  },
  {
    rule: 'grammar.agreement',
    // "everybody are very busy": these pronouns take a singular verb.
    re: /\b(?:everybody|everyone|nobody|somebody|anybody|no[ \t]+one)[ \t]+(are|were|have)\b(?![ \t]+to\b)/gi,
    message: '"Everybody" and "everyone" take a singular verb ("everybody is").',
    fix: (flagged) =>
      (({ are: 'is', were: 'was', have: 'has' }) as Record<string, string>)[flagged.toLowerCase()] ?? null,
  },
  {
    rule: 'spelling.boundary',
    // Closed compounds written as two words: "working along side", "through out the year", "my self".
    re: /\b(?:along[ \t]+side|through[ \t]+out|some[ \t]+how|never[ \t]+the[ \t]+less|there[ \t]+fore|fore[ \t]+front|(?:my|your|him|her|it)[ \t]+self|(?:our|your|them)[ \t]+selves)\b(?!-)/gi,
    whole: true,
    message: 'This is written as one word.',
    fix: (flagged) => keepCase(flagged, flagged.toLowerCase().replace(/[ \t]+/g, '')),
  },
  {
    rule: 'grammar.usage',
    // "the way how everyone worked": "the way" and "how" say the same; one of them.
    re: /\b(the[ \t]+way[ \t]+how)\b/gi,
    message: 'Write "the way" or "how", not both ("the way everyone worked").',
    fix: (flagged) => keepCase(flagged, 'the way'),
  },
  {
    rule: 'grammar.usage',
    // "an another company", "the another one": "another" already holds "an".
    re: /\b((?:a|an|the)[ \t]+another)\b/gi,
    message: '"Another" already contains "an": write "another".',
    fix: (flagged) => keepCase(flagged, 'another'),
  },
  {
    rule: 'grammar.usage',
    // "It was very kind from you to show me round": a judgement of someone's act is "of" them ("kind of you").
    re: /\b(?:kind|nice|good|generous|thoughtful|sweet|considerate|helpful|gracious|brave|wise|clever|polite|thoughtless|rude)[ \t]+(from)[ \t]+(?:you|him|her|them|everyone|the[ \t]+team)[ \t]+to\b/gi,
    message: 'Write "kind of you to…": the person whose act it was takes "of".',
    fix: () => 'of',
  },
  {
    rule: 'grammar.usage',
    // "I finished my MBA on June": a month alone takes "in"; "on" is for a day ("on 5 June", "on June 5th").
    re: /\b(on)[ \t]+(?:January|February|March|April|June|July|August|September|October|November|December)\b(?![ \t]*(?:\d|the[ \t]+\d|['’]s|-))/g,
    message: 'A month takes "in" ("in June"); "on" is for a day ("on 5 June").',
    fix: (flagged) => keepCase(flagged, 'in'),
  },
  {
    rule: 'grammar.word-choice',
    // "the invitation to assist to your planning session": "assist" takes its object without "to"; being present
    // is "attend".
    re: /\b(assist(?:s|ed|ing)?[ \t]+to)[ \t]+(?:the|a|an|your|our|their|his|her|my|this|that|these|those|one|some|any)\b/gi,
    message: 'To be present at something is "attend" ("attend your planning session"); "assist" (help) takes no "to".',
    fix: (flagged) => {
      const verb = flagged.split(/[ \t]+/)[0] ?? '';
      return keepCase(flagged, verb.toLowerCase().replace('assist', 'attend'));
    },
  },
  {
    rule: 'grammar.usage',
    // "If you ever want to exchange about MLOps": the verb "exchange" needs what is exchanged ("exchange ideas
    // about", or "talk about"); "a short exchange about…" is the noun.
    re: /\b(?:to|can|could|would|will|might|should|I|we|you|they|'d|'ll)[ \t]+(exchange[ \t]+(?:about|on|around|regarding))\b/gi,
    message: 'The verb "exchange" needs what is exchanged: "exchange ideas about…", or "talk about…".',
    fix: (flagged) => `talk ${flagged.split(/[ \t]+/)[1] ?? 'about'}`,
  },
  {
    rule: 'grammar.word-choice',
    // "my background would compliment your team well": to complete or suit is "complement"; to compliment is to
    // praise someone.
    re: /\b(?:skills?|experience|background|expertise|strengths?|profile|knowledge|approach)[ \t]+(?:(?:would|will|could|can|should|might|may|really|also|nicely|perfectly)[ \t]+){0,2}(compliment(?:s|ed)?)\b|\b(compliment(?:s|ed|ing)?)(?=[ \t]+(?:[\w'-]+[ \t]+){0,4}(?:well|nicely|perfectly)\b)|\b(complimentary)[ \t]+(?:skills?|skillsets?|experience|expertise|strengths|backgrounds?|roles?|perspectives?|teams?)\b/gi,
    message: 'Did you mean "complement" (to complete or suit)? To "compliment" is to praise.',
    fix: (flagged) => keepCase(flagged, flagged.toLowerCase().replace('compliment', 'complement')),
  },
  {
    rule: 'grammar.word-choice',
    // "I was nervously at the start": after "be", the adjective ("nervous"); the adverb goes with a verb ("I
    // waited nervously").
    re: /\b(?:am|'m|is|was|were|are|'re|felt|feel|seemed)[ \t]+((?:nervously|anxiously|excitedly|confidently|calmly|happily|angrily|curiously|tensely|uneasily|uncomfortably))(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:at|about|before|during|when|because|and|but|in[ \t]+the|throughout|for[ \t]+the)\b)/gim,
    message: 'After "be" or "feel", the adjective: "I was nervous", not "nervously".',
    fix: (flagged) => {
      const lower = flagged.toLowerCase();
      const adjective = lower.endsWith('ily') ? `${lower.slice(0, -3)}y` : lower.slice(0, -2);
      return keepCase(flagged, adjective);
    },
  },
  {
    rule: 'grammar.word-order',
    // "I always am grateful": an adverb of frequency goes after "be" ("I am always grateful").
    re: /\b(?:I|we|you|they|he|she|it)[ \t]+((?:always|usually|often|sometimes|rarely|generally|normally|seldom|frequently|occasionally)[ \t]+(?:am|is|are|was|were))(?=[ \t]+(?:very|so|really|quite|too|happy|glad|grateful|keen|eager|ready|open|available|interested|willing|excited|thankful|impressed|curious|careful|on|in|at|a|an|the)\b)/g,
    message: 'An adverb of frequency goes after "be": "I am always grateful".',
    fix: (flagged) => {
      const [adverb = '', be = ''] = flagged.split(/[ \t]+/);
      return `${be} ${adverb}`;
    },
  },
  {
    rule: 'grammar.usage',
    // "I'd like to know in what I can improve": the question word is the object of "improve" ("what I can improve",
    // "where I can improve"); "interested in what I can learn" keeps its "in".
    re: /\b(?:know|tell[ \t]+me|tell[ \t]+us|ask|understand|see|learn|find[ \t]+out|wondering|wonder|share|explain)[ \t]+(in[ \t]+what)(?=[ \t]+(?:I|we)[ \t]+(?:can|could|should|might|need|must|have|had|did)\b)/gi,
    message: 'Write "where I can improve" or "what I can improve", without "in".',
    fix: () => 'where',
  },
  {
    rule: 'grammar.usage',
    // "any others roles": before a noun, "other" takes no -s ("others" stands alone, or owns: "others' roles").
    re: /\b(?:any|some|many|few|no|all|the|several|two|three|four|five)[ \t]+(others)[ \t]+(?=([a-z]+s)\b)/gi,
    message: 'Before a noun, write "other" ("any other roles"); "others" stands alone.',
    fix: (flagged, match) => {
      const noun = match[1] ?? '';
      const verb = verbForms.get(noun);
      return verb && !verb.noun && verb.forms.has('s') ? null : keepCase(flagged, 'other');
    },
  },
  {
    rule: 'grammar.usage',
    // "see you in the next KubeCon", "met in the last conference": one is "at" an event.
    re: /\b(in)[ \t]+the[ \t]+(?:(?:next|last|upcoming|same|recent|annual|previous)[ \t]+)(?:conference|meetup|meet-up|summit|workshop|webinar|careers?[ \t]+fair|job[ \t]+fair|fair|expo|hackathon|networking[ \t]+event|event|[A-Z][A-Za-z]*(?:Con|Conf|Summit|Expo|Fest|Camp))\b/g,
    message: 'One is "at" an event ("at the next conference").',
    fix: (flagged) => keepCase(flagged, 'at'),
  },
  {
    rule: 'grammar.usage',
    // "so much works", "a lot of works", "your researches": nouns of mass in their sense of an amount take no -s.
    re: /\b(?:a[ \t]+lot[ \t]+of|lots[ \t]+of|so[ \t]+much|too[ \t]+much|much|amount[ \t]+of|deal[ \t]+of|plenty[ \t]+of)[ \t]+(works|researches|evidences|knowledges)\b(?![ \t]+of\b)|\b(?:my|your|our|their|his|her|the|these|those|many|some|any|of|previous|recent|further|own)[ \t]+(researches)\b(?![ \t]+(?:the|a|an|how|what|whether|his|her|their|our|its)\b)/gi,
    message: 'This noun has no plural in this sense ("work", "research"): use the singular.',
    fix: (flagged) => keepCase(flagged, flagged.toLowerCase().replace(/(?<=ch)es$|s$/, '')),
  },
  {
    rule: 'grammar.usage',
    // "in the end of the panel": the last part of something is "at the end of" it ("in the end" alone is "finally").
    re: /\b(in)[ \t]+the[ \t]+end[ \t]+of\b/gi,
    message: 'Write "at the end of" for the last part of something; "in the end" means "finally".',
    fix: (flagged) => keepCase(flagged, 'at'),
  },
  {
    rule: 'grammar.usage',
    // "the 10 minutes demo", "a two weeks course", "a 29 years old nurse": a measure before a noun is one hyphenated
    // adjective, in the singular ("a 10-minute demo", "a 29-year-old nurse").
    re: /\b(?:a|an|the|my|our|your|their|his|her|this|that)[ \t]+((?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)[ \t]+(?:seconds|minutes|hours|days|weeks|months|years|pages|miles|kilometres|kilometers|metres|meters)(?:[ \t]+old)?)[ \t]+(?=([a-z]+)\b)(?!(?:of|ago|and|or|to|later|before|after|in|on|at|for|with|from|long|earlier|back|since|into|until|during|is|was|were|are|has|have|had|will|would|can|could|the|a|an|that|which|when|ahead|away|old|notice|worth|time|left|more|less|each|per|so|too|we|i|you|they|it|is|experience|between|over|while|whilst|then|alone|together|who|which|remaining|spent)\b)/gi,
    message:
      'A measure before a noun is one hyphenated word, in the singular ("a 10-minute call", "a 29-year-old nurse").',
    fix: (flagged, match) => {
      // "the two hours flew by": a verb after the measure makes it the subject.
      // "the two hours advertised", "the ten minutes remaining": a participle after it describes the measure.
      const word = (match[2] ?? '').toLowerCase();
      const next = verbForms.get(word);
      if ((next && !next.forms.has('base')) || /(?:ed|ing)$/.test(word)) return null;
      const [count = '', unit = '', old] = flagged.split(/[ \t]+/);
      const singular = unit.toLowerCase() === 'people' ? 'person' : unit.replace(/s$/i, '');
      return [count, singular, ...(old ? [old] : [])].join('-');
    },
  },
  {
    rule: 'grammar.verb-form',
    // "It is worth to say": "worth" takes the -ing form ("worth saying").
    re: /\bworth[ \t]+(to[ \t]+([a-z]+))\b/gi,
    message: 'After "worth", the -ing form: "worth saying".',
    fix: (_flagged, match) => {
      const verb = verbForms.get((match[2] ?? '').toLowerCase());
      return verb?.forms.has('base') ? (verbFormOf(verb.base, 'ing') ?? null) : null;
    },
  },
  {
    rule: 'grammar.usage',
    // "I'm open for any comments": a person is open "to" ideas ("open for business", "open for applications" stay).
    re: /\b(?:I'm|I[ \t]+am|we're|we[ \t]+are|remain|stay|always|very|completely|totally|really|also|be)[ \t]+open[ \t]+(for)[ \t]+(?:(?:any|all|new|your|other|further|honest|more|constructive|different)[ \t]+)*(?:comments?|suggestions?|feedback|ideas?|criticism|advice|opportunities|thoughts|input|views|changes|challenges|relocation|travel)\b/gi,
    message: 'One is "open to" ideas and suggestions ("open to any comments").',
    fix: () => 'to',
  },
  {
    rule: 'spelling.misspelling',
    // "the 3th of December": the ordinal's ending follows its last digit (1st, 2nd, 3rd; 11th-13th).
    re: /\b\d*(?:(?<!1)1(th|nd|rd)|(?<!1)2(th|st|rd)|(?<!1)3(th|st|nd)|(?:1[123]|[04-9])(st|nd|rd))\b/g,
    message: 'This ordinal takes another ending (1st, 2nd, 3rd, 4th; 11th, 12th, 13th).',
    fix: (_flagged, match) => {
      const number = (match[0] ?? '').replace(/\D+$/, '');
      const last = number.slice(-1);
      const teen = number.slice(-2, -1) === '1';
      return teen || !/[123]/.test(last)
        ? 'th'
        : (({ '1': 'st', '2': 'nd', '3': 'rd' } as Record<string, string>)[last] ?? null);
    },
  },
  {
    rule: 'grammar.word-choice',
    // "the office was surprisingly quite for such a busy site", "keep quite": the adjective is "quiet" (silent);
    // "quite" (fairly) goes before another word.
    re: /\b(?:very|so|too|surprisingly|relatively|remarkably|really|fairly|pretty|nice[ \t]+and|keep|kept|keeping|stay|stayed|be|been)[ \t]+(quite)(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:for|during|compared|and|but|when|after|before|while|today|now)\b)/gim,
    message: 'Did you mean "quiet" (silent, calm)? "Quite" means fairly.',
    fix: (flagged) => keepCase(flagged, 'quiet'),
  },
  {
    rule: 'grammar.usage',
    // "the same like the setup you described", "similar like": "the same as", "similar to".
    re: /\bthe[ \t]+same[ \t]+(like)\b|\bsimilar[ \t]+(like)\b/gi,
    message: 'Write "the same as" and "similar to".',
    fix: (_flagged, match) => (/similar/i.test(match[0]) ? 'to' : 'as'),
  },
  {
    rule: 'grammar.usage',
    // "ready to start in any time": a point in time is "at any time" ("in any time zone" stays).
    re: /\b(in)[ \t]+any[ \t]+(?:time|moment)\b(?![ \t]*(?:zone|frame|period|of|-))/gi,
    message: 'Write "at any time" ("at any moment").',
    fix: (flagged) => keepCase(flagged, 'at'),
  },
  {
    rule: 'grammar.usage',
    // "The both of us", "the both candidates": "both" takes no "the".
    re: /\b(the[ \t]+both)\b(?!-)/gi,
    message: '"Both" takes no "the": "both of us".',
    fix: (flagged) => keepCase(flagged, 'both'),
  },
  {
    rule: 'grammar.usage',
    // "part of such experienced team": "such" before one countable thing takes "a" ("such an experienced team");
    // a mass or plural noun takes none ("such good feedback", "such experienced people").
    re: /\b(such)[ \t]+(?:[a-z]+[ \t]+)?(?:team|company|role|person|group|organisation|organization|place|opportunity|position|interview|conversation|day|chance|question|project|colleague|manager|leader|environment|culture|workplace|firm|business|school|hospital|clinic|department|panel|process|start-up|startup|job|candidate)\b/gi,
    message: '"Such" before one countable thing takes "a": "such an experienced team".',
    fix: (flagged, match) => {
      const next = match[0].split(/[ \t]+/)[1] ?? '';
      if (/^(?:a|an|as|the|that|is|good|great|bad|little|much|more|other|fun|hard|high|valuable)$/i.test(next))
        return null;
      return `${flagged} ${/^[aeio]/i.test(next) ? 'an' : 'a'}`;
    },
  },
  {
    rule: 'grammar.usage',
    // "It was so a good experience": "so" goes before an adjective alone; before "a" it is "such a".
    re: /\b(?:was|is|be|been|'s|were|are|had|have|has)[ \t]+(so[ \t]+an?)[ \t]+(?!(?:few|little|lot|bit|couple|while)\b)[a-z]+[ \t]+[a-z]+/gi,
    message: 'Before "a", write "such a" ("such a good experience").',
    fix: (flagged) => (/an$/i.test(flagged) ? 'such an' : 'such a'),
  },
  {
    rule: 'grammar.tense',
    // "I would be glad if you will answer": after "would be glad/grateful if", "could" or "would" ("if you could").
    re: /\b(?:would|'d)[ \t]+be[ \t]+(?:(?:very|so|really|most|truly|extremely|ever[ \t]+so)[ \t]+)?(?:glad|grateful|happy|thankful|delighted|pleased|obliged|appreciative)[ \t]+if[ \t]+you[ \t]+(will)\b/gi,
    message: 'After "would be glad if", write "could" or "would" ("if you could answer").',
    fix: () => 'could',
  },
  {
    rule: 'grammar.verb-form',
    // "I'd rather to hear", "we had better to": "rather" and "better" after would/had take the bare verb.
    re: /\b(?:'d|would|had)[ \t]+(?:rather|better)[ \t]+(to)[ \t]+(?=[a-z]+)/gi,
    message: '"Would rather" and "had better" take the verb without "to" ("I\'d rather hear").',
    fix: () => '',
  },
  {
    rule: 'grammar.usage',
    // "I wanted to reach to you": one "reaches" someone, or "reaches out to" them.
    re: /\breach(?:ed|es|ing)?[ \t]+(to)[ \t]+(?:you|him|her|them|me|us|everyone|your[ \t]+team)\b/gi,
    message: 'Write "reach out to you" (or "reach you").',
    fix: () => 'out to',
  },
  {
    rule: 'grammar.verb-form',
    // "I'm looking forward to your reply and to discuss the project": "look forward to" carries on to the second
    // verb, which takes -ing too ("and to discussing").
    re: /\blook(?:ing|s|ed)?[ \t]+forward[ \t]+to[ \t]+(?:your|the|our|a|an|my|this|that)[ \t]+[^.!?;\n]{0,50}?[ \t]+and[ \t]+to[ \t]+(?:(?:possibly|finally|hopefully|further)[ \t]+)?([a-z]+)\b/gi,
    message: 'After "look forward to", the -ing form, also after "and to" ("and to discussing").',
    fix: (flagged) => {
      const verb = verbForms.get(flagged.toLowerCase());
      return verb?.forms.has('base') && verb.forms.size === 1 ? (verbFormOf(verb.base, 'ing') ?? null) : null;
    },
  },
  {
    rule: 'grammar.usage',
    // "I'm very fond to that kind of culture": one is fond "of" something.
    re: /\bfond[ \t]+(to)[ \t]+(?=[a-z]+)/gi,
    message: 'Write "fond of" ("fond of that kind of culture", "fond of working").',
    fix: () => 'of',
  },
  {
    rule: 'grammar.usage',
    // "I requested for feedback": the verb "request" takes its object without "for" ("a request for" is the noun).
    re: /\b(?:I|we|I've|we've|have|had|has|he|she|they)[ \t]+(?:(?:already|also|recently|formally|kindly)[ \t]+)?(requested[ \t]+for)\b/gi,
    message: 'The verb "request" takes no "for": "I requested feedback" (or "I asked for feedback").',
    fix: () => 'requested',
  },
  {
    rule: 'grammar.word-order',
    // "The salary is enough high": "enough" goes after an adjective ("high enough"), before a noun.
    re: /\b(?:is|was|are|were|be|been|am|'m|'s|'re|seems?|seemed|feel|feels|felt|sounds?)[ \t]+(enough[ \t]+(?:high|low|good|big|small|long|short|strong|fast|quick|senior|experienced|qualified|clear|close|early|late|old|young|large|mature|flexible|competitive|detailed|specific|confident|ready|able|sure|interesting|relevant|technical))(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:for|to|and|but|so|that|compared)\b)/gim,
    message: '"Enough" goes after an adjective: "high enough".',
    fix: (flagged) => {
      const [, adjective = ''] = flagged.split(/[ \t]+/);
      return `${adjective} enough`;
    },
  },
  {
    rule: 'grammar.usage',
    // "the plan of opening a second clinic": a plan is "to" do something ("the plan to open", "plans for opening").
    re: /\b(?:plan|plans|decision)[ \t]+(of[ \t]+([a-z]+ing))\b/gi,
    message: 'A plan or a decision is "to" do something: "the plan to open".',
    fix: (_flagged, match) => {
      const verb = verbForms.get((match[2] ?? '').toLowerCase());
      return verb?.forms.has('ing') ? `to ${verb.base}` : null;
    },
  },
  {
    rule: 'grammar.word-choice',
    // "Next time your in Berlin": "your" never goes before "in" (only in compounds: "your in-tray").
    re: /\b([Yy]our)[ \t]+(?:in|at)[ \t]+(?=(?:town|the[ \t]+(?:area|office|city|country|UK|US)|[A-Z][a-z]+))(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/g,
    message: 'Did you mean "you\'re" (you are)?',
    fix: (flagged) => keepCase(flagged, "you're"),
  },
  {
    rule: 'grammar.usage',
    // "I find difficult to judge", "made possible to": before an adjective and "to", "find", "make" and "think"
    // need "it" as their object ("find it difficult to judge").
    re: /(?<=(?:^|[.!?,;:][ \t]*|\n[ \t]*|\b(?:and|but|so|because|as|since|if|when|while|although|though)[ \t]+)(?:I|we|you|they|he|she|it|this)[ \t]+(?:(?:also|really|still|sometimes|often|always|usually|honestly|personally|now|actually|genuinely|definitely)[ \t]+)?)((?:find|found|finds|finding|make|made|makes|making|think|thought|consider|considered|feel|felt)[ \t]+(?:(?:very|really|quite|so|more|extremely|particularly|increasingly)[ \t]+)?(?:difficult|hard|easy|easier|harder|important|necessary|useful|helpful|challenging|impossible|possible|interesting|rewarding|essential|crucial|natural|strange|odd|fascinating|exciting|tough|tricky|valuable))[ \t]+to[ \t]+(?=[a-z]+)/gi,
    // Only where the subject opens its clause: in "the part I found hard to explain" the object went before.
    message: 'Before an adjective and "to", "find" takes "it": "I find it difficult to judge".',
    fix: (flagged) => {
      const [verb = '', ...rest] = flagged.split(/[ \t]+/);
      return [verb, 'it', ...rest].join(' ');
    },
  },
  {
    rule: 'grammar.word-choice',
    // "Could you borrow me the criteria": one borrows from someone; the one who gives "lends" ("lend me").
    re: /\b(borrow(?:s|ed|ing)?)[ \t]+(?:me|us|him|her|them)[ \t]+(?:your|the|a|an|some|his|her|their|this|that|these|those|any)\b/gi,
    message: 'The one who gives "lends": "lend me your notes" ("borrow" is to take from someone).',
    fix: (flagged) =>
      keepCase(
        flagged,
        ({ borrow: 'lend', borrows: 'lends', borrowed: 'lent', borrowing: 'lending' } as Record<string, string>)[
          flagged.toLowerCase()
        ] ?? 'lend',
      ),
  },
  {
    rule: 'grammar.word-choice',
    // "It learned me a lot": the one who passes knowledge on "teaches" ("it taught me").
    re: /\b(learn(?:s|ed|t|ing)?)[ \t]+(?:me|us|him|her|them)[ \t]+(?:a[ \t]+lot|how|that|the|to|so|many|lots|about|what|more|something|everything)\b/gi,
    message: 'The one who passes knowledge on "teaches": "it taught me a lot".',
    fix: (flagged) =>
      keepCase(
        flagged,
        (
          { learn: 'teach', learns: 'teaches', learned: 'taught', learnt: 'taught', learning: 'teaching' } as Record<
            string,
            string
          >
        )[flagged.toLowerCase()] ?? 'teach',
      ),
  },
  {
    rule: 'grammar.usage',
    // "in regards to your question": "with regard to" (or "as regards", "regarding").
    re: /\b((?:in|with)[ \t]+regards[ \t]+to)\b/gi,
    message: 'Write "with regard to" (or "regarding"); "regards" is for greetings.',
    fix: (flagged) => keepCase(flagged, 'with regard to'),
  },
  {
    rule: 'grammar.usage',
    // "Is possible to have an update?", "if is necessary": "it" is the subject an English sentence cannot drop.
    re: /(?:^|(?<=[.!?][ \t]+|\n[ \t]*)|(?<=\b(?:if|whether|because|as|so|when)[ \t]+))((?:[Ii]s|[Ww]as|[Ww]ould[ \t]+be|[Ww]ill[ \t]+be)[ \t]+(?:possible|necessary|ok|okay|fine|important|useful|allowed))(?=[ \t]+(?:to|that|for)\b)/gm,
    message: 'The sentence needs its subject "it": "Is it possible to…?", "if it is necessary".',
    fix: (flagged, match, text) => {
      const [first = '', ...rest] = flagged.split(/[ \t]+/);
      const question = /^[^.!\n]*\?/.test(text.slice((match.index ?? 0) + match[0].length));
      const opensQuestion = /^[IW]/.test(first) && question && rest.length === 1;
      return opensQuestion
        ? `${first} it ${rest.join(' ')}`
        : `it ${flagged.charAt(0).toLowerCase()}${flagged.slice(1)}`;
    },
  },
  {
    rule: 'grammar.verb-form',
    // "I will happy to send it": a modal before an adjective needs "be" ("I will be happy").
    re: /\b(?:I|we|you|they|he|she|it)[ \t]+(will|would|can|could|should|may|might|shall|'ll|'d)[ \t]+(?=(?:happy|glad|available|able|keen|pleased|delighted|grateful|ready|interested|excited|thankful|honoured|honored|eager|willing|thrilled)\b)/gi,
    message: 'Between a modal and an adjective goes "be": "I will be happy".',
    fix: (flagged) => `${flagged} be`,
  },
  {
    rule: 'grammar.word-choice',
    // "I will work hardly": after a verb of effort, the adverb is "hard"; "hardly" means "almost not".
    re: /\b(?:work|works|worked|working|try|tries|tried|trying|study|studies|studied|studying|train|trained|training|push|pushed|pushing|practise|practised|practising|practice|practiced|practicing|prepare|prepared|preparing)[ \t]+(hardly)\b(?![ \t]+(?:any|ever|anything|anyone|at[ \t]+all))/gi,
    message: 'After a verb of effort, write "hard" ("work hard"); "hardly" means "almost not".',
    fix: (flagged) => keepCase(flagged, 'hard'),
  },
  {
    rule: 'grammar.usage',
    // "I have been working at Maersk for 2024": a year is a point in time, so "since 2024"; "for" takes a span.
    re: /\b(?:have|has|'ve)[ \t]+(?:been[ \t]+(?!planning|preparing|budgeting|saving|aiming|targeting|hiring|recruiting|looking|waiting|shortlisted|selected|nominated)[a-z]+ing|lived|worked|stayed|studied|been[ \t]+(?:at|in|with|here|there))\b[^.!?;\n]{0,40}?\b(for)[ \t]+(?:19|20)\d\d\b(?=[ \t]*(?:[.,;:!?)]|$|and\b|now\b|already\b))/gim,
    message: 'A year is a point in time: "since 2024" ("for" takes a span: "for two years").',
    fix: (flagged) => keepCase(flagged, 'since'),
  },
  {
    rule: 'grammar.word-order',
    // "What means "end-to-end ownership"?": a question about a word's meaning takes "do" ("What does … mean?").
    re: /(?:^|(?<=[.!?][ \t]+|\n[ \t]*))(What[ \t]+means[ \t]+((?:["“'‘]|the[ \t]+(?:term|word|phrase|acronym|expression|abbreviation)\b|(?:this|that|it)[ \t]*(?=\?))[^?\n]{0,80}?))(?=[ \t]*\?)/gm,
    message: 'Ask about a meaning with "do": "What does … mean?".',
    fix: (_flagged, match) => {
      const term = (match[2] ?? '').trim();
      return `What does ${term} mean`;
    },
  },
  {
    rule: 'grammar.word-choice',
    // "the HR personal team": the staff are "personnel"; "personal" means private.
    re: /\b(?:HR|human[ \t]+resources|military|medical|clinical|nursing|security|key)[ \t]+(personal)(?=[ \t]+(?:team|department|manager|officer|function|office|policies|policy|records|file|files)\b|[ \t]*[.,;:!?]|[ \t]*$)/gim,
    message: 'Did you mean "personnel" (staff)? "Personal" means private.',
    fix: (flagged) => keepCase(flagged, 'personnel'),
  },
  {
    rule: 'grammar.word-choice',
    // "After, I realised…": as an adverb on its own, "afterwards" (or "after that").
    re: /(?:^|(?<=[.!?][ \t]+|\n[ \t]*))(After)(?=[ \t]*,)/gm,
    message: 'On its own, write "Afterwards," (or "After that,").',
    fix: () => 'Afterwards',
  },
  {
    rule: 'grammar.usage',
    // "The role seems more good for my skills": the comparative of "good" is "better" ("do more good than harm"
    // and "more good news" stay).
    re: /(?<!\b(?:do|does|did|doing|done)[ \t]+)\b(more[ \t]+good|more[ \t]+bad)(?=[ \t]*(?:[.,;:!?]|$)|[ \t]+(?:for|at)\b)/gim,
    message: 'Write "better" ("worse", "best"): "good" and "bad" have their own comparatives.',
    fix: (flagged) =>
      keepCase(
        flagged,
        ({ 'more good': 'better', 'more bad': 'worse', 'most good': 'best' } as Record<string, string>)[
          flagged.toLowerCase().replace(/[ \t]+/g, ' ')
        ] ?? 'better',
      ),
  },
  {
    rule: 'grammar.word-choice',
    // "Beside that, I've enrolled…": "besides" means "in addition"; "beside" means "next to".
    re: /\b(Beside|beside)(?=[ \t]+(?:that|this)[ \t]*,|[ \t]+(?:that|this)[ \t]+(?:I|we)\b)/g,
    message: 'Did you mean "besides" (in addition)? "Beside" means "next to".',
    fix: (flagged) => keepCase(flagged, 'besides'),
  },
  {
    rule: 'grammar.word-order',
    // "Always I try to learn": "always" and "never" go before the verb, after the subject ("I always try").
    re: /(?:^|(?<=[.!?][ \t]+|\n[ \t]*))((?:Always|Never)[ \t]+(?:I|we|they|you|he|she))(?=[ \t]+[a-z]+)/gm,
    message: '"Always" and "never" go after the subject: "I always try".',
    fix: (flagged) => {
      const [adverb = '', subject = ''] = flagged.split(/[ \t]+/);
      return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${adverb.toLowerCase()}`;
    },
  },
  {
    rule: 'grammar.usage',
    // "too much expensive", "so much happy": before an adjective alone, "too" and "so" ("much too expensive");
    // "too much expensive equipment" (an amount) and "so much better" stay.
    re: /\b((?:too|so)[ \t]+much)[ \t]+(?:happy|glad|excited|grateful|thankful|pleased|proud|sorry|sad|expensive|busy|nervous|important|difficult|easy|nice|beautiful|exciting|interesting|different|stressful|complicated|long|hard|tired|early|late|honoured|honored|relieved|disappointed|motivated|impressed)(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:for|to|that|about|with|and|but|because|when)\b)/gim,
    message: 'Before an adjective alone, write "so" or "too" ("so happy", "much too expensive").',
    fix: (flagged) => keepCase(flagged, flagged.split(/[ \t]+/)[0] ?? 'so'),
  },
  {
    rule: 'grammar.verb-form',
    // "I would to thank you": "would" takes "like to" ("I would like to thank you").
    re: /\b(would[ \t]+to)[ \t]+(?=([a-z]+))/gi,
    message: 'Write "would like to" ("I would like to thank you").',
    // "as I would to a customer": "would" standing for a verb said before, then "to" a person.
    fix: (flagged, match) =>
      verbForms.get((match[2] ?? '').toLowerCase())?.forms.has('base') ? keepCase(flagged, 'would like to') : null,
  },
  {
    rule: 'grammar.verb-form',
    // "I can't able to attend", "we will able to": "can" already says "able"; "will" needs "be able".
    re: /\b(?:can|can't|cannot|could|couldn't|will|won't|would|wouldn't|should|might|may|must)[ \t]+((?:not[ \t]+)?able)[ \t]+to\b/gi,
    message: '"Can" already means "be able": write "I can\'t attend" or "I won\'t be able to attend".',
    fix: (flagged, match) =>
      /^(?:can|can't|cannot|could|couldn't)\b/i.test(match[0]) ? null : flagged.replace(/able$/i, 'be able'),
  },
  {
    rule: 'grammar.verb-form',
    // "I can't able to attend": after "can", drop "able to" ("I can't attend").
    re: /\b(?:can|can't|cannot|could|couldn't)[ \t]+((?:be[ \t]+)?able[ \t]+to)\b(?<!be[ \t]+able[ \t]+to)/gi,
    message: '"Can" already means "be able": write "I can\'t attend".',
    fix: () => '',
  },
  {
    rule: 'grammar.usage',
    // "your post in the internet": one reads something "on the internet" ("in the internet age" stays).
    re: /\b(in)[ \t]+the[ \t]+internet\b(?![ \t]*(?:age|era|industry|sector|space|economy|of[ \t]+things|-))/gi,
    message: 'Write "on the internet".',
    fix: (flagged) => keepCase(flagged, 'on'),
  },
  {
    rule: 'grammar.usage',
    // "in the same time as the conference": "at the same time" ("in the same time frame" stays).
    re: /\b(in)[ \t]+the[ \t]+same[ \t]+time\b(?![ \t]*(?:frame|period|zone|slot|window|-))/gi,
    message: 'Write "at the same time".',
    fix: (flagged) => keepCase(flagged, 'at'),
  },
  {
    rule: 'grammar.usage',
    // "I'll send it per email": a means is "by" ("by email", "by phone").
    re: /\b(per)[ \t]+(?:e-?mail|mail|phone|post|letter|telephone)\b/gi,
    message: 'Write "by email" ("by phone", "by post").',
    fix: (flagged) => keepCase(flagged, 'by'),
  },
  {
    rule: 'grammar.usage',
    // "The product comprises of three modules": "comprise" takes no "of" ("consists of").
    re: /\b(comprise[sd]?[ \t]+of|comprising[ \t]+of)\b(?<!comprised[ \t]+of)/gi,
    message: 'Write "comprises three modules" (or "consists of").',
    fix: (flagged) => flagged.split(/[ \t]+/)[0] ?? null,
  },
  {
    rule: 'grammar.usage',
    // "I'd like to repeat again that…": "repeat" already says "again" ("reiterate" for a point made before).
    re: /\b(repeat(?:ed|ing|s)?[ \t]+again)\b/gi,
    message: '"Repeat" already means "again": write "repeat" (or "reiterate").',
    fix: (flagged) => flagged.split(/[ \t]+/)[0] ?? null,
  },
  {
    rule: 'grammar.usage',
    // "He told that the team…": "tell" needs the person told ("told me that"); or "said that". "I was told that"
    // and "told that story" stay.
    re: /(?<!\b(?:was|were|been|be|being|is|are|am|get|got|getting)[ \t]+)\b((?:told|tells|tell)[ \t]+that)(?=[ \t]+(?:the|a|an|my|our|your|his|her|their|there|it|I|we|they|he|she|you)\b(?![ \t]+(?:story|joke|lie|tale)\b))/g,
    message: '"Tell" needs the person told: "he told me that…" (or "he said that…").',
    fix: (flagged) => {
      const verb = flagged.split(/[ \t]+/)[0] ?? '';
      return `${({ told: 'said', tells: 'says', tell: 'say' } as Record<string, string>)[verb] ?? 'said'} that`;
    },
  },
  {
    rule: 'grammar.word-choice',
    // "I arrived lately": not on time is "late"; "lately" means "recently".
    re: /\b(?:arrived|arrive|arrives|arriving|came|come|started|joined|replied|answered|responded|finished|logged[ \t]+on|got[ \t]+there|got[ \t]+in)[ \t]+(lately)\b(?![ \t]+(?:have|has))/gi,
    message: 'Not on time is "late"; "lately" means "recently".',
    fix: (flagged) => keepCase(flagged, 'late'),
  },
  {
    rule: 'grammar.word-order',
    // "how it works the scoring": in an indirect question the subject comes first ("how the scoring works").
    re: /\b((?:how|when|where|why)[ \t]+it[ \t]+(?:works|goes|happens|functions)[ \t]+(?:the|your|this|that)[ \t]+[a-z]+)\b/gi,
    message: 'Put the subject first: "how the scoring works".',
    fix: (flagged) => {
      const [wh = '', , verb = '', determiner = '', noun = ''] = flagged.split(/[ \t]+/);
      return `${wh} ${determiner} ${noun} ${verb}`;
    },
  },
  {
    rule: 'grammar.word-choice',
    // "my interview last weak": seven days are a "week"; "weak" means not strong.
    re: /\b(?:last|next|this|every|each|per|following|previous)[ \t]+(weak)(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:and|but|on|at|in|I|we|so|before|after|or|to|ago|later|with)\b)/gim,
    message: 'Did you mean "week"?',
    fix: (flagged) => keepCase(flagged, 'week'),
  },
  {
    rule: 'grammar.word-choice',
    // "I didn't no the team was…", "let me no": the verb is "know".
    re: /\b(?:don't|didn't|doesn't|do[ \t]+not|did[ \t]+not|does[ \t]+not|will|would|could|should|might|won't|wouldn't|to)[ \t]+(no)(?=[ \t]+(?:that|the|how|what|whether|if|about|why|when|where|who|much|anything|it|this|him|her|them|you|me|exactly|yet)\b)|\blet[ \t]+(?:me|us)[ \t]+(no)\b/gi,
    message: 'Did you mean "know"?',
    fix: (flagged) => keepCase(flagged, 'know'),
  },
  {
    rule: 'grammar.word-choice',
    // "I'll right a short note": to put words down is "write" ("right a wrong" and "right away" stay).
    re: /\b(?:I'll|I[ \t]+will|I'd|I[ \t]+would|will|would|can|could|should|might|must|to|'ll)[ \t]+(right)(?=[ \t]+(?:a|an|my|to[ \t]+you|you|back|up|down|about|some|him|her|them)\b)(?![ \t]+(?:a|the|this|that)[ \t]+wrongs?\b)/gi,
    message: 'Did you mean "write"?',
    fix: (flagged) => keepCase(flagged, 'write'),
  },
  {
    rule: 'grammar.word-choice',
    // "a short brake from work": a pause is a "break"; a "brake" stops a vehicle.
    re: /\b(?:short|quick|lunch|coffee|tea|career|christmas|summer|winter|well-deserved|little|mental|comfort|(?:take|took|taking|takes|need|needed|have|had)[ \t]+a)[ \t]+(brakes?)\b(?![ \t]+(?:pads?|discs?|fluid|systems?|lines?|calipers?|test|pedal|lights?|shoes?))/gi,
    message: 'Did you mean "break" (a pause)? A "brake" stops a vehicle.',
    fix: (flagged) => keepCase(flagged, flagged.toLowerCase().replace('brake', 'break')),
  },
  {
    rule: 'grammar.usage',
    // "At the contrary", "in the contrary": the phrase is "on the contrary".
    re: /\b((?:at|in)[ \t]+the[ \t]+contrary)\b/gi,
    message: 'Write "on the contrary".',
    fix: (flagged) => keepCase(flagged, 'on the contrary'),
  },
  {
    rule: 'grammar.usage',
    // "For mistake I sent it twice": without meaning to is "by mistake" ("sorry for the mistake" stays).
    re: /(?<!\b(?:apologise|apologize|apologies|sorry|responsible|blame|blamed|account|excuse|look|looking|check|checking|search|searching|me|us)[ \t]+)\b(for[ \t]+mistake)\b(?![ \t]*s)/gi,
    message: 'Without meaning to is "by mistake".',
    fix: (flagged) => keepCase(flagged, 'by mistake'),
  },
  {
    rule: 'grammar.usage',
    // "Congratulations to your new role": one is congratulated "on" an achievement, "to" a person ("congratulations
    // to the team" stays).
    re: /\b(?:congratulations|congrats)[ \t]+(to)[ \t]+(?:your|the|his|her|their|our)[ \t]+(?:(?:new|recent|well-deserved|big|latest)[ \t]+)?(?:role|promotion|position|job|appointment|launch|award|win|success|graduation|engagement|wedding|achievement|results|funding|raise|acquisition|retirement|anniversary|book|paper|publication|release|move|degree|certification|baby|ipo|IPO)\b/gi,
    message: 'One is congratulated "on" something ("congratulations on your new role"), "to" someone.',
    fix: () => 'on',
  },
  {
    rule: 'grammar.usage',
    // "more easy to reach": a short adjective takes -er ("easier"); "more big ideas" (an amount) stays.
    re: new RegExp(
      `\\b(more[ \\t]+(${comparedAdjectives.filter((a) => !/^(?:happy|friendly|narrow|quiet|clear|proud|keen|fair|calm|kind|wise)$/.test(a)).join('|')}))(?=[ \\t]*(?:[.,;:!?)]|$)|[ \\t]+(?:than|to|for|now|and|when|if)\\b)`,
      'gim',
    ),
    message: 'A short adjective takes -er: "easier", not "more easy".',
    fix: (_flagged, match) => comparedForms((match[2] ?? '').toLowerCase())[0] ?? null,
  },
  {
    rule: 'grammar.usage',
    // "much more people": a plural takes "many more" ("much more progress" is a mass).
    re: /\b(much)[ \t]+more[ \t]+(?=(people|children|[a-z]+[^s\W]s)\b)/gi,
    message: 'Before a plural, write "many more" ("many more people").',
    fix: (flagged, match) => {
      const noun = (match[2] ?? '').toLowerCase();
      const verb = verbForms.get(noun);
      if ((verb && !verb.noun) || /(?:ous|ics|ness|less|ss)$/.test(noun)) return null;
      return keepCase(flagged, 'many');
    },
  },
  {
    rule: 'grammar.usage',
    // "a lots of things": "a lot of" (or "lots of").
    re: /\b(a[ \t]+lots)[ \t]+of\b/gi,
    message: 'Write "a lot of" (or "lots of").',
    fix: (flagged) => keepCase(flagged, 'a lot'),
  },
  {
    rule: 'grammar.usage',
    // "in the next days": English counts them ("in the next few days", "in the coming days").
    re: /\b(in[ \t]+the[ \t]+next[ \t]+(?:days|weeks|months))\b(?![ \t]+(?:of|after|before)\b)/gi,
    message: 'Write "in the next few days" (or "in the coming days").',
    fix: (flagged) => flagged.replace(/next[ \t]+/i, 'next few '),
  },
  {
    rule: 'grammar.tense',
    // "When I will be in Lagos, …", "After I will finish the course": a clause of time opening the sentence takes
    // the present ("When I am in Lagos"). Inside a sentence "when I will hear back" may be a question.
    re: /(?:^|(?<=[.!?][ \t]+|\n[ \t]*))(?:When|After|Before|Once|Whenever)[ \t]+(?:I|we|you|they|he|she)[ \t]+(will[ \t]+(?:not[ \t]+)?[a-z]+)\b/gm,
    message: 'A clause of time takes the present: "When I am in Lagos", "After I finish".',
    fix: (flagged, match, text) => {
      // A clause of time ends at a comma before the main clause; "When you will be free is up to you" is a subject.
      const rest = /^[^.!?\n]*/.exec(text.slice((match.index ?? 0) + match[0].length))?.[0] ?? '';
      const comma = rest.indexOf(',');
      if (comma < 0 || /\b(?:is|was|depends|remains|matters)\b/.test(rest.slice(0, comma))) return null;
      const subject = (match[0].split(/[ \t]+/)[1] ?? '').toLowerCase();
      const verb =
        flagged
          .split(/[ \t]+/)
          .at(-1)
          ?.toLowerCase() ?? '';
      const negated = /[ \t]not[ \t]/i.test(flagged);
      if (verb === 'be') {
        const be = subject === 'i' ? 'am' : /^(?:he|she)$/.test(subject) ? 'is' : 'are';
        return negated ? `${be} not` : be;
      }
      const form = verbForms.get(verb);
      if (!form?.forms.has('base')) return null;
      const third = /^(?:he|she)$/.test(subject);
      if (negated) return `${third ? "doesn't" : "don't"} ${verb}`;
      return third ? (verbFormOf(verb, 's') ?? null) : verb;
    },
  },
  {
    rule: 'grammar.usage',
    // "My manager he said…": the subject is named once; the pronoun repeats it.
    re: /(?:^|(?<=[.!?,][ \t]+|\n[ \t]*))(?:My|Our|The|Your|His|Her|Their)[ \t]+(?:[a-z]+[ \t]+)?(?:manager|boss|colleague|recruiter|friend|mentor|brother|sister|mother|father|mum|mom|dad|teacher|professor|interviewer|husband|wife|partner|supervisor|director|lecturer|tutor|coach|cousin|uncle|aunt)[ \t]+(he|she)[ \t]+(?=(?:said|says|told|tells|thinks|thought|always|also|really|recommended|suggested|mentioned)\b)/gm,
    message: 'The subject is already named: leave out the pronoun ("My manager said…").',
    fix: () => '',
  },
  {
    rule: 'grammar.usage',
    // "To be honestly": the phrase is "to be honest".
    re: /\bto[ \t]+be[ \t]+(honestly|frankly|fairly)\b(?![ \t]+(?:assessed|judged|treated|reviewed|compared))/gi,
    message: 'The phrase is "to be honest" ("to be frank").',
    fix: (flagged) =>
      keepCase(
        flagged,
        flagged
          .toLowerCase()
          .replace(/ly$/, '')
          .replace(/^fair$/, 'fair'),
      ),
  },
  {
    rule: 'grammar.word-choice',
    // "I will do my best to proof that I can": the verb is "prove" ("proof" is the noun, or to proofread).
    re: /\b(?:to|will|can|could|would|must|should|'ll|need[ \t]+to|want[ \t]+to)[ \t]+(proof)(?=[ \t]+(?:that|myself|yourself|himself|herself|ourselves|themselves|what|how|wrong|them[ \t]+wrong|him[ \t]+wrong|to[ \t]+(?:you|them|the|him|her)|(?:my|our|your)[ \t]+(?:skills|worth|value|abilities|ability|competence|knowledge|point|commitment|potential))\b)/gi,
    message: 'Did you mean "prove"? "Proof" is the noun (or to proofread).',
    fix: (flagged) => keepCase(flagged, 'prove'),
  },
  {
    rule: 'grammar.word-choice',
    // "I could finally breath": the verb is "breathe"; "breath" is the noun.
    re: /\b(?:can|could|will|would|to|cannot|can't|couldn't|finally|just|let[ \t]+me)[ \t]+(breath)\b(?![ \t]+(?:of|test|tests|testing|away)\b)/gi,
    message: 'Did you mean "breathe" (the verb)? "Breath" is the noun.',
    fix: (flagged) => keepCase(flagged, 'breathe'),
  },
  {
    rule: 'grammar.word-choice',
    // "The exercise was quit difficult": "quite" (fairly); "quit" is to stop.
    re: /\b(?:was|is|are|were|be|been|'s|'m|'re|felt|feel|seemed|seems|sounds|looked|it's)[ \t]+(quit)[ \t]+(?=(?:difficult|hard|good|easy|well|interesting|nervous|challenging|tough|long|short|a|an|different|similar|happy|pleased|impressed|surprised|new|busy|tricky|complex|simple|technical|intense|fun|enjoyable|useful|helpful)\b)/gi,
    message: 'Did you mean "quite" (fairly)? "Quit" means to stop.',
    fix: (flagged) => keepCase(flagged, 'quite'),
  },
  {
    rule: 'grammar.word-choice',
    // "the hole team": all of it is "whole"; a "hole" is a gap.
    re: /\b(?:the|my|our|your|a|this|their|his|her)[ \t]+(hole)[ \t]+(?=(?:team|day|thing|process|company|experience|week|time|project|world|point|idea|office|interview|family|department|year|month|organisation|organization|panel|story|package)\b)/gi,
    message: 'Did you mean "whole" (all of it)? A "hole" is a gap.',
    fix: (flagged) => keepCase(flagged, 'whole'),
  },
  {
    rule: 'grammar.word-choice',
    // "you may not be aloud to share details": permitted is "allowed"; "aloud" means out loud.
    re: /\b(?:be|been|being|am|is|are|was|were|'m|'re|not|'s)[ \t]+(aloud)[ \t]+to[ \t]+(?=[a-z]+)/gi,
    message: 'Did you mean "allowed" (permitted)? "Aloud" means out loud.',
    fix: (flagged) => keepCase(flagged, 'allowed'),
  },
  {
    rule: 'grammar.word-choice',
    // "She is very experimented in clinical trials": a person with experience is "experienced".
    re: /\b(?:is|are|was|were|am|'m|'re|'s|very|highly|an|quite|really)[ \t]+(experimented)(?=[ \t]+(?:in|with|at|on|engineer|developer|nurse|manager|professional|team|person)\b|[ \t]*[.,;!?])/gi,
    message: 'A person with experience is "experienced"; "experimented" is what was tried.',
    fix: (flagged) => keepCase(flagged, 'experienced'),
  },
  {
    rule: 'grammar.word-choice',
    // "to do a decision", "did a mistake": one "makes" decisions, mistakes, efforts and progress.
    re: /\b(do|does|did|doing|done)[ \t]+(?:(?:a|an|the|this|that|any|no|my|our|every|one|two|such|big|huge|good|quick|final|wrong|real|great)[ \t]+){1,2}(?:decision|decisions|mistake|mistakes|effort)\b|\b(do|does|did|doing|done)[ \t]+(?:(?:good|great|real|some|any|no|much|more)[ \t]+)?progress\b/gi,
    message: 'One "makes" a decision, a mistake, an effort and progress.',
    fix: (flagged) =>
      keepCase(
        flagged,
        ({ do: 'make', does: 'makes', did: 'made', doing: 'making', done: 'made' } as Record<string, string>)[
          flagged.toLowerCase()
        ] ?? 'make',
      ),
  },
  {
    rule: 'grammar.usage',
    // "unless you don't mind": "unless" already means "if not" ("if you don't mind").
    re: /\b(unless)[ \t]+(?:you|I|we|they|he|she|it)[ \t]+(?:don't|doesn't|didn't|do[ \t]+not|does[ \t]+not)\b/gi,
    message: '"Unless" already means "if not": write "if you don\'t mind".',
    fix: (flagged) => keepCase(flagged, 'if'),
  },
  {
    rule: 'grammar.usage',
    // "Neither my recruiter or I": "neither" pairs with "nor".
    re: /\bneither[ \t]+(?:[\w'’-]+[ \t]+){1,4}?(or)\b/gi,
    message: '"Neither" pairs with "nor": "neither my recruiter nor I".',
    fix: () => 'nor',
  },
  {
    rule: 'grammar.usage',
    // "at the 5th of January", "at 5th May": a date takes "on".
    re: /\b(at)[ \t]+(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)(?:[ \t]+of)?[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
    message: 'A date takes "on": "on 5 January".',
    fix: (flagged) => keepCase(flagged, 'on'),
  },
  {
    rule: 'grammar.tense',
    // "I wish I would have asked": a wish about the past takes the past perfect (as "if I would have known" does).
    re: /\bwish[ \t]+(?:I|we|you|they|he|she)[ \t]+(would[ \t]+have)[ \t]+(?=[a-z]+(?:ed|en|wn|t)\b|known|done|gone|seen|been|had|asked|told|said|made|taken|given)/gi,
    message: 'A wish about the past takes the past perfect: "I wish I had asked".',
    fix: () => 'had',
  },
  {
    rule: 'grammar.usage',
    // "the areas where I was lacking of experience": the verb "lack" takes no "of" ("a lack of" is the noun).
    re: /\b(lacking[ \t]+of|lacked[ \t]+of)\b/gi,
    message: 'The verb "lack" takes no "of": "lacking experience" ("a lack of experience").',
    fix: (flagged) => flagged.split(/[ \t]+/)[0] ?? null,
  },
  {
    rule: 'grammar.word-choice',
    // "I've been working remote for a fintech": after a verb, the adverb "remotely" ("a remote role" stays).
    re: /\b(?:work|works|worked|working)[ \t]+(remote)(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:for|from|at|with|on|and|full-time|part-time|now|since|most|two|three|four)\b)/gim,
    message: 'After a verb, the adverb: "working remotely".',
    fix: (flagged) => keepCase(flagged, 'remotely'),
  },
  {
    rule: 'grammar.usage',
    // "what I should focus": the verb keeps its preposition at the end of the clause ("what I should focus on").
    re: /\bwhat[ \t]+(?:I|we|you|they|he|she)[ \t]+(?:(?:should|could|need[ \t]+to|have[ \t]+to|must|can|might|would|will|want[ \t]+to)[ \t]+)?(focus|concentrate|rely|depend)(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:and|next|first|most|now)\b)/gim,
    message: 'The verb keeps its preposition: "what I should focus on".',
    fix: (flagged) => `${flagged} on`,
  },
  {
    rule: 'grammar.usage',
    // "in a walking distance": the phrase is "within walking distance".
    re: /\b(in[ \t]+(?:a[ \t]+)?walking[ \t]+distance)\b/gi,
    message: 'Write "within walking distance".',
    fix: (flagged) => keepCase(flagged, 'within walking distance'),
  },
  {
    rule: 'grammar.possessive',
    // "a master programme", "my bachelor degree": the degree is a master's (bachelor's) degree.
    re: /\b(?:a|an|my|the|his|her|their|our|your|this|her)[ \t]+(master|bachelor)[ \t]+(?=(?:programme|program|degree|course|thesis|student|studies|dissertation)\b)/gi,
    message: 'Write "master\'s degree" ("bachelor\'s programme").',
    fix: (flagged) => `${flagged}'s`,
  },
  {
    rule: 'grammar.word-choice',
    // "I just wanted to remember you about my request": to make someone remember is to "remind" them.
    re: /\b(remember(?:s|ed|ing)?)[ \t]+(?:you|him|her|them|us|everyone)[ \t]+(?:about|of)\b/gi,
    message: 'To make someone remember is to "remind" them: "remind you about my request".',
    fix: (flagged) => keepCase(flagged, flagged.toLowerCase().replace('remember', 'remind')),
  },
  {
    rule: 'grammar.usage',
    // "since the last two months": a span counted back from now takes "for" (or "over"); "since" needs a point
    // ("since the last meeting" stays).
    re: /\b(since)[ \t]+the[ \t]+(?:last|past)[ \t]+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|couple[ \t]+of)[ \t]+)?(?:days|weeks|months|years|decades)\b/gi,
    message: 'A span up to now takes "for": "for the last two months"; "since" needs a point in time.',
    fix: (flagged) => keepCase(flagged, 'for'),
  },
  {
    rule: 'spelling.capitalization',
    re: /(?<=^|[\s(])(i)(?=[ \t]|'(?:m|ve|d|ll)\b)/gm,
    message: 'The pronoun "I" is always a capital letter.',
    fix: () => 'I',
  },
];

// The "d" flag gives each capture group's offsets, so the flagged word is exact.
const compiledRules = rules.map((rule) => ({ ...rule, re: new RegExp(rule.re.source, `${rule.re.flags}d`) }));

/** What the spelling check may accept as correct without asking (personal dictionary, names, tech words). */
export interface WordAcceptance {
  dictionary: Set<string>;
  /** Capitalised words used mid-sentence in this text, so names are known even at the start of a sentence. */
  properNames: Set<string>;
  /** The names the message was given (recipient, company, role, multi-word dictionary entries), lower case. */
  knownNames: string[];
}

/**
 * Builds what the spelling check accepts for one message: the personal dictionary, the recipient, company and
 * role, and every capitalised word the message uses in the middle of a sentence (a name, in practice).
 *
 * @example
 * wordAcceptance(prepareText('Thanks, Zeynep.'), { dictionary: ['Kubernetes'] }).properNames.has('zeynep'); // true
 */
export function wordAcceptance(
  sentences: Sentence[],
  options: { dictionary?: string[]; recipientName?: string; company?: string; role?: string },
): WordAcceptance {
  const dictionary = new Set<string>();
  for (const entry of [
    ...(options.dictionary ?? []),
    options.recipientName ?? '',
    options.company ?? '',
    options.role ?? '',
  ]) {
    for (const word of entry.toLowerCase().split(/[\s,;]+/)) if (word) dictionary.add(word.replace(/'s$/, ''));
  }
  const knownNames = [
    ...(options.dictionary ?? []).filter((entry) => /\s/.test(entry.trim())),
    options.recipientName ?? '',
    options.company ?? '',
    options.role ?? '',
  ]
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name.length > 1);
  const properNames = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(/(?<=[\s(,;:"“])([A-Z][\p{L}'-]+)/gu)) {
      if (match.index !== undefined && match.index > 0)
        properNames.add((match[1] ?? '').replace(/'s$/, '').toLowerCase());
    }
  }
  return { dictionary, properNames, knownNames };
}

/**
 * Whether a span of the text overlaps one of the names the message was given: a name is never a mistake, and a
 * checker that reads "to Consolidated Messenger" as a verb ("to Consolidate") is wrong about it.
 *
 * @example
 * overlapsKnownName('I would bring it to Consolidated Messenger.', 18, 33, acceptance); // true
 */
export function overlapsKnownName(text: string, start: number, end: number, acceptance: WordAcceptance): boolean {
  if (acceptance.knownNames.length === 0) return false;
  const lower = text.toLowerCase();
  for (const name of acceptance.knownNames) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      if (at < end && start < at + name.length) return true;
    }
  }
  return false;
}

const nameContext =
  /^\s*(?:and\b|'s\b|’s\b|mentioned|said|told|explained|asked|was\b|is\b|has\b|had\b|will\b|would\b|from\b|at\b|suggested|showed|shared|walked|introduced|joined|leads|led|runs|ran|works|gave|described|noted|pointed|raised|spoke|kindly|also|and I|\(|,\s*\S)/;

const calendarWords = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);
const capitalisedCommonWords =
  /^(?:engineering|marketing|operations|product|design|finance|analytics|infrastructure|security|platform|people|talent|recruitment|recruiting|research|development|management|manager|director|engineer|developer|analyst|designer|scientist|architect|consultant|coordinator|specialist|administrator|principal|senior|associate|assistant|executive|officer|president|partner|customer|success|support|sales|business|strategy|technology|data|software|quality|assurance|reliability|communications|leadership)$/;
const greetingOrTitle = /(?:^|\s)(?:dear|hi|hello|hey|thanks|thank you|mr|mrs|ms|miss|dr|prof|sir|madam)\.?,?\s+$/i;
const beforeAName =
  /(?:^|\s)(?:to|at|for|with|from|and|by|meet|met|meeting|join|joined|joining|thank|ask|asked|told|tell|cc|via)\s+$/i;

/** Edits (insert, delete, substitute, swap two neighbours) between two words, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length] ?? max + 1;
}

/** Lower case with diacritics removed: "Düsseldorf" → "dusseldorf". */
const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const longTechTerms = [...techTerms].filter((term) => term.length >= 6 && /^[a-z]+$/.test(term));

/**
 * Whether an unknown capitalised word is a tool or company one slip away ("Tableu", "Terrafrom", "Kuberentes"): a
 * letter left out, added or swapped with its neighbour, not replaced, since a name is often one letter from a
 * product ("Parker" and Packer).
 */
function isSlipOfATool(lower: string): boolean {
  if (lower.length < 5) return false;
  return longTechTerms.some(
    (term) =>
      term.charAt(0) === lower.charAt(0) &&
      term !== lower &&
      // A final s added or dropped is a name as often ("Jenkin", "Lookers").
      term !== `${lower}s` &&
      lower !== `${term}s` &&
      editDistance(lower, term, 1) === 1 &&
      (term.length !== lower.length || [...term].sort().join('') === [...lower].sort().join('')),
  );
}

/**
 * A capitalised word mid-sentence that the dictionary does not know is usually a name, but not when it is a
 * day or a month one slip away ("on Wendesday", "in Febuary"), or a long word one slip from a common one
 * ("your Engeneering team") in a place where names do not stand: not next to another capitalised word
 * ("Consolidated Messenger"), not after a greeting or a title, "to", "at", "for", "with", "met"…
 * Without the dictionary's suggestions (`undefined`), whether it could be one: near a day or a month, or long
 * and where names do not stand.
 */
function isMisspeltCommonWord(
  word: string,
  where: { text: string; start: number; suggestions: string[] | undefined },
): boolean {
  const lower = word.toLowerCase();
  const suggestions = where.suggestions?.map((s) => s.toLowerCase());
  const before = where.text.slice(Math.max(0, where.start - 40), where.start);
  const after = where.text.slice(where.start + word.length, where.start + word.length + 40);
  if (greetingOrTitle.test(before) || /^['’]s\b/.test(after)) return false;
  const nextIsCapitalised = /^[ \t]+\p{Lu}/u.test(after);
  if (!nextIsCapitalised && isSlipOfATool(lower)) return true;
  const previous = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(before);
  const previousIsCapitalisedName =
    previous !== null &&
    !/(?:^|[.!?]\s+|\n\s*)$/.test(where.text.slice(0, where.start - (before.length - previous.index)));
  const nearCalendar = (s: string) => calendarWords.has(s) && editDistance(lower, s) <= (word.length >= 6 ? 2 : 1);
  if ((suggestions ?? [...calendarWords]).some(nearCalendar)) return !nextIsCapitalised || /^[ \t]+\d/.test(after);
  if (word.length < 8 || nextIsCapitalised || previousIsCapitalisedName || beforeAName.test(before)) return false;
  if (suggestions === undefined) return true;
  const top = suggestions[0];
  if (top === undefined || editDistance(lower, top, 1) > 1) return false;
  // A slip rarely changes the first letter, the one the writer capitalised; a brand often does ("Paystack").
  if (top.charAt(0) !== lower.charAt(0)) return false;
  // Teams and titles are what people capitalise mid-sentence ("your Engineering team"); any other word after
  // "the" or "a" is more likely a product or company ("the Veridian platform").
  return capitalisedCommonWords.test(top) || !/(?:^|\s)(?:the|a|an)\s+$/i.test(before);
}

/**
 * Whether a word is accepted whatever the dictionary would suggest for it: in the personal dictionary or the
 * technical terms, an acronym or a code-like token ("k8s", "LaunchDarkly"), or a capitalised word mid-sentence
 * that can only be a name ("Dear Mr Odhiambo", "with Ngozi and Tadeusz"). `isAcceptedWord` accepts every such
 * word, so the WebAssembly proofreader need not look it up: its search for suggestions costs 20–90 ms for each
 * new unknown word, and seconds for a long one ("OpenTelemetry").
 *
 * @example
 * acceptedWhateverSuggested('Odhiambo', { text: 'Dear Mr Odhiambo, thank you.', start: 8 }, acceptance); // true
 * acceptedWhateverSuggested('recieve', { text: 'I did recieve it.', start: 6 }, acceptance); // false
 */
export function acceptedWhateverSuggested(
  word: string,
  where: { text: string; start: number },
  acceptance: WordAcceptance,
): boolean {
  const bare = word.replace(/['’]s$/, '');
  const lower = bare.toLowerCase();
  if (acceptance.dictionary.has(lower) || techTerms.has(lower)) return true;
  if (/\d/.test(bare) || /[A-Z]/.test(bare.slice(1))) return true;
  if (!/^\p{Lu}/u.test(bare) || /(?:^|[.!?]\s+|\n\s*)$/.test(where.text.slice(0, where.start))) return false;
  return !isMisspeltCommonWord(bare, { ...where, suggestions: undefined });
}

/** Words that open a sentence before a comma ("Unfortunately, …", "However, …"). */
const sentenceAdverbs =
  /^(?:\p{L}{4,}ly|however|therefore|furthermore|moreover|nevertheless|nonetheless|meanwhile|otherwise|besides|instead|indeed|overall|anyway|likewise|regardless|hence|thus)$/u;

/**
 * "Unfortunatly, I missed the call": a sentence adverb one or two slips from the dictionary's is misspelt, though
 * a comma follows it as one follows a name ("Ravi, thank you").
 */
function isMisspeltSentenceAdverb(lower: string, suggestions: string[], after: string): boolean {
  if (!/^\s*,/.test(after)) return false;
  return suggestions
    .slice(0, 3)
    .map((s) => s.toLowerCase())
    .some(
      (s) =>
        sentenceAdverbs.test(s) &&
        s.charAt(0) === lower.charAt(0) &&
        editDistance(lower, s) <= (lower.length >= 7 ? 2 : 1),
    );
}

/** Each word of a loan phrase → the phrases it stands in. */
const loanPhrasesByWord = new Map<string, string[]>();
for (const phrase of loanPhrases)
  for (const word of phrase.split(' ')) loanPhrasesByWord.set(word, [...(loanPhrasesByWord.get(word) ?? []), phrase]);

/**
 * Whether the word at `start` is part of a Latin or French phrase written whole ("bona fide", "raison d'être").
 *
 * @example
 * inLoanPhrase('a bona fide offer', 2, 6); // true
 */
export function inLoanPhrase(text: string, start: number, end: number): boolean {
  const phrases = loanPhrasesByWord.get(
    withoutAccents(text.slice(start, end)).replace(/['’]/g, ' ').split(' ').at(-1) ?? '',
  );
  if (!phrases) return false;
  const from = Math.max(0, start - 30);
  // Folded one character for one, so offsets stay: accents off, hyphens and apostrophes as spaces.
  const window = [...text.slice(from, end + 30)]
    .map((ch) => (/[-'’\s]/.test(ch) ? ' ' : withoutAccents(ch).charAt(0) || ch))
    .join('');
  return phrases.some((phrase) => {
    for (let at = window.indexOf(phrase); at >= 0; at = window.indexOf(phrase, at + 1)) {
      const before = window.charAt(at - 1);
      const after = window.charAt(at + phrase.length);
      const whole = !/\p{L}/u.test(before) && !/\p{L}/u.test(after);
      if (whole && from + at <= start && end <= from + at + phrase.length) return true;
    }
    return false;
  });
}

/** Whether the text before a word ends with a closing line ("Kind regards,") and the line break after it. */
function afterSignOff(before: string): boolean {
  const lines = before.split('\n');
  if (lines.length < 2 || (lines.at(-1) ?? '').trim() !== '') return false;
  const closing = lines.at(-2) ?? '';
  // A closing in another language ("Met vriendelijke groet,", "Saludos,"): a loan phrase or word alone on its line.
  const folded = withoutAccents(closing.trim().replace(/[,.!]+$/, ''));
  return isValediction(closing) || loanPhrases.includes(folded) || loanWords.has(folded);
}

/** Prefixes that make new words of known ones: "reforecast", "preassessment", "co-ordinated". */
const wordPrefixes = /^(?:re|pre|co|de|non|un|sub|over|under|out|mis|multi|inter|cross|up|down|semi|post|self)/;

/**
 * Whether an unknown word is a known one (one of the dictionary's suggestions) made longer regularly: after a
 * prefix ("reforecast" from "forecast"), or with -ed, -ing, -er, -ee or -al where adding it changes nothing
 * ("precepted" from "precept", "ordinated" from "ordinate", "submittals" from "submitted"). Sector words are made this way faster than dictionaries follow. A
 * stem that may double its last letter ("occured") is not taken, nor a verb whose forms are known ("writed").
 *
 * @example
 * isRegularDerivation('reforecast', ['reforest', 'forecast']); // true
 * isRegularDerivation('occured', ['occurred', 'occur']); // false
 */
export function isRegularDerivation(lower: string, suggestions: string[]): boolean {
  return stemsOf(suggestions).some((stem) => {
    if (stem.length < 4 || !/^[a-z]+$/.test(stem)) return false;
    if (lower.endsWith(stem)) {
      const prefix = lower.slice(0, -stem.length);
      return prefix.length >= 2 && wordPrefixes.exec(prefix)?.[0] === prefix;
    }
    const suffix = lower.startsWith(stem) ? lower.slice(stem.length) : '';
    // A noun of the one who is done to or who does ("onboardees", "preceptees") also comes from a known verb.
    // So is a noun of the act in -al ("submittals" from "submitted", as "referral" from "referred").
    const personNoun = /^(?:er|ers|ee|ees|al|als)$/.test(suffix);
    if (verbForms.get(stem)?.base === stem && !personNoun) return false;
    if (stem.endsWith('e')) return [`${stem}d`, `${stem}r`, `${stem}rs`, `${stem.slice(0, -1)}ing`].includes(lower);
    return /^(?:ed|ing|er|ers|ee|ees|al|als)$/.test(suffix) && /(?:[^aeiou][^aeiouy]|[aeiou][wy])$/.test(stem);
  });
}

/**
 * The dictionary's suggestions and the words they are forms of: for "preceptees" it offers "precepts" and
 * "precept's", whose stem "precept" the derivation is made from.
 */
function stemsOf(suggestions: string[]): string[] {
  const stems = new Set<string>();
  for (const suggestion of suggestions) {
    const lower = suggestion.toLowerCase();
    stems.add(lower);
    stems.add(lower.replace(/'s$/, ''));
    if (/[^su]s$/.test(lower)) stems.add(lower.slice(0, -1));
    if (/[^e]ed$/.test(lower) && lower.length > 5) stems.add(lower.slice(0, -2));
  }
  return [...stems];
}

/** First halves of closed compounds in workplaces: "backorders", "toolroom", "glovebox", "timesheets". */
const compoundHeads = new Set(
  `back work shop time hand over walk change sign check head desk stock tool cross lead foot down up out under after
  break clean dash team book case care class field fire floor free front ground hard home house key life line load
  main mark night note pay pipe road room safe sales school screen ship side site skill snap staff stand start store
  town track trade wall ware water web week wood word year day cash glove gastro hand gate yard bench pallet forklift
  rota hot cold clock door fork gear hold hook lock mail mid sheet shift spread stage test view auto micro macro
  multi hyper look super meta`.split(/\s+/),
);
/** Second halves the verb list does not know as verbs: "timesheets", "shopfloor", "toolroom", "glovebox". */
const compoundTails = new Set(
  `sheet floor room box pub side point board shop house yard time list case desk flow stream space place team group
  base bench chain rate rota table card site hall bay way ward wall gate line front deck bin bag belt cart kit pack
  pad pen pot rack rail roll belt tray unit van zone day`.split(/\s+/),
);

/**
 * Whether an unknown word is two known ones written together, as trades do ("backorders", "toolroom"): a common
 * first half and a known second half (a verb or noun of the lists, or its plural), with no suggestion one letter
 * from the whole word (a slip such as "backround" has "background" one letter away).
 *
 * @example
 * isJoinedCompound('backorders', ['backside\'s', 'backbiters', 'backers']); // true
 */
export function isJoinedCompound(lower: string, suggestions: string[]): boolean {
  if (lower.length < 7 || !/^[a-z]+$/.test(lower)) return false;
  for (let cut = 3; cut <= lower.length - 3; cut++) {
    if (!compoundHeads.has(lower.slice(0, cut))) continue;
    const tail = lower.slice(cut);
    // A suggestion one letter away is a slip ("backround" for "background"), unless it is another compound on the
    // same second half ("lookbook" beside "cookbook").
    const slip = suggestions.some((s) => {
      const near = s.toLowerCase();
      return editDistance(lower, near, 1) <= 1 && !(tail.length >= 4 && near.endsWith(tail));
    });
    if (slip) return false;
    const single = /[^s]s$/.test(tail) ? tail.slice(0, -1) : tail;
    if (tail.length < 3) continue;
    // A term of a trade after a prefix is one too ("metabarcoding").
    const known = (word: string) => verbForms.has(word) || compoundTails.has(word) || techTerms.has(word);
    if (known(tail) || known(single)) return true;
  }
  return false;
}

/**
 * Whether a word flagged as misspelt is in fact fine: in the personal dictionary, a technical term, an acronym or
 * a code-like token, a proper name (capitalised mid-sentence, or at the start of a sentence when the text shows it
 * is a name), or the British/American form of the suggestion.
 *
 * @example
 * isAcceptedWord('Kubernetes', { text: 'Kubernetes is…', start: 0, suggestions: [] }, acceptance); // true
 */
export function isAcceptedWord(
  word: string,
  where: { text: string; start: number; suggestions: string[] },
  acceptance: WordAcceptance,
): boolean {
  const bare = word.replace(/['’]s$/, '');
  const lower = bare.toLowerCase();
  if (acceptance.dictionary.has(lower) || techTerms.has(lower) || isClassicalCompound(lower)) return true;
  // Te reo Māori, Hawaiian and other romanised words: a macron ("kōrero", "Tōkyō") is no English slip.
  if (/[āēīōūĀĒĪŌŪ]/u.test(bare) || loanWords.has(withoutAccents(bare))) return true;
  if (isRegionalWord(lower)) return true;
  // A field of biology named in -omics ("metatranscriptomics", "lipidomics"), with no known word a slip away.
  if (/^[a-z]{4,}omics$/.test(lower) && !where.suggestions.some((s) => editDistance(lower, s.toLowerCase(), 2) <= 2))
    return true;
  if (inLoanPhrase(where.text, where.start, where.start + word.length)) return true;
  if (loanArticles.has(lower)) {
    const following = /^\s+(\p{L}+)/u.exec(where.text.slice(where.start + word.length))?.[1] ?? '';
    if (/[āēīōū]/iu.test(following) || loanWords.has(withoutAccents(following))) return true;
  }
  if (/\d/.test(bare) || /[A-Z]/.test(bare.slice(1)) || /[./_@#+]/.test(bare)) return true;
  // Hyphenation ("non-technical", "over-explained") is a matter of style, not spelling.
  if (/-/.test(word)) return true;
  // Part of a compound token ("Next.js", "CI/CD", "post-mortems", an address or a file name).
  const previous = where.text[where.start - 1] ?? '';
  const next = where.text.slice(where.start + word.length, where.start + word.length + 2);
  if (/[./_@#]/.test(previous) || /^\/|^[._@#]\w/.test(next)) return true;
  // A piece of a hyphenated compound is a prefix ("un-", "re-"), a name ("Jean-Luc") or a coinage, unless it is
  // a long word one or two slips from a real one ("cross-funtional", "well-concieved").
  if (
    (previous === '-' || /^-\w/.test(next)) &&
    (bare.length <= 4 ||
      /^\p{Lu}/u.test(bare) ||
      !where.suggestions.some((s) => editDistance(lower, s.toLowerCase()) <= (bare.length >= 7 ? 2 : 1)))
  )
    return true;
  if (where.suggestions.some((s) => isDialectVariant(bare, s))) return true;
  if (isRegularDerivation(lower, where.suggestions) || isJoinedCompound(lower, where.suggestions)) return true;
  // A particle inside a name: "Mr Van der Berg", "Ana de la Cruz".
  if (
    bare.length <= 3 &&
    /\p{Lu}[\p{L}'’-]*\s+(?:\p{Ll}{1,3}\s+)?$/u.test(where.text.slice(Math.max(0, where.start - 25), where.start)) &&
    /^\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}/u.test(where.text.slice(where.start + word.length))
  )
    return true;
  // The dictionary knows the noun but not its plural, and offers the possessive ("readmissions" → "readmission's"),
  // or knows both halves of a closed compound ("timeframe" → "time frame").
  const suggested = where.suggestions.map((s) => s.toLowerCase());
  if (/s$/.test(lower) && suggested.includes(`${lower.slice(0, -1)}'s`)) return true;
  // An adjective in -al the dictionary knows, used as a plural noun: "the technicals were solid", "practicals".
  if (/[^u]als$/.test(lower) && lower !== 'severals' && suggested.includes(lower.slice(0, -1))) return true;
  if (suggested.some((s) => s.replace(/[ -]/, '') === lower && s.split(/[ -]/).every((part) => part.length >= 4)))
    return true;
  // Written with its own accents ("Düsseldorf", "café", "Zoë"): the dictionary only knows the plain letters.
  if (/[^\p{ASCII}]/u.test(bare) && where.suggestions.some((s) => withoutAccents(s) === withoutAccents(lower)))
    return true;
  if (/^\p{Lu}/u.test(bare)) {
    const before = where.text.slice(0, where.start);
    const atSentenceStart = /(?:^|[.!?]\s+|\n\s*)$/.test(before);
    if (!atSentenceStart) return !isMisspeltCommonWord(bare, where);
    if (acceptance.properNames.has(lower)) return true;
    // After the name itself, so a possessive the proofreader flagged with it ("Kaito's demo") reads as one.
    const after = where.text.slice(where.start + bare.length);
    // A signature: one to three capitalised words on the message's last line, or on the line after the sign-off
    // (credentials or a job title may follow: "Aoife Ní Bhriain\nBSc (Hons), PGCE").
    const line = after.split('\n')[0] ?? '';
    if (
      /^(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'-]*){0,2}\s*$/u.test(line) &&
      (after.trim() === line.trim() || afterSignOff(before))
    )
      return true;
    if (nameContext.test(after)) return !isMisspeltSentenceAdverb(lower, where.suggestions, after);
  }
  return false;
}

/**
 * Whether a word is an established word of another English ("G'day", "arvo", "lakh", "braai"), or its plural.
 *
 * @example
 * isRegionalWord('lakhs'); // true
 */
export function isRegionalWord(lower: string): boolean {
  const word = lower.replace(/’/g, "'");
  return regionalWords.has(word) || (/[^s]s$/.test(word) && regionalWords.has(word.slice(0, -1)));
}

/** A finding before the message's names and dictionary are applied; `word` marks a frequent misspelling. */
interface RawFinding extends LintIssue {
  word?: string;
}

/** The instant checks on a piece of text (straight apostrophes), before names and the dictionary are applied. */
function rawFindings(straight: string): RawFinding[] {
  const found: RawFinding[] = [];
  const lower = straight.toLowerCase();
  for (const rule of compiledRules) {
    // Most expressions need a word the text lacks; String.includes says so far faster than the expression.
    if (!mayMatch(rule.re, rule.re.flags.includes('i') ? lower : straight)) continue;
    for (const match of straight.matchAll(rule.re)) {
      // The flagged part is the first capture group that took part in the match, else the whole match.
      const group = rule.whole
        ? -1
        : (match.indices?.findIndex((span, index) => index > 0 && span !== undefined) ?? -1);
      const span = (group > 0 ? match.indices?.[group] : undefined) ?? [
        match.index ?? 0,
        (match.index ?? 0) + match[0].length,
      ];
      const [start, end] = span;
      const flagged = straight.slice(start, end);
      const suggestion = rule.fix(flagged, match, straight);
      if (suggestion === null || suggestion === flagged) continue;
      found.push({
        rule: rule.rule,
        category: rule.rule.startsWith('spelling.') ? 'spelling' : 'grammar',
        message: rule.message,
        start,
        end,
        suggestion,
      });
    }
  }
  for (const finding of grammarFindings(straight)) {
    found.push({ ...finding, category: finding.rule.startsWith('spelling.') ? 'spelling' : 'grammar' });
  }
  for (const match of straight.matchAll(/[\p{L}]+(?:'[\p{L}]+)?/gu)) {
    const word = match[0];
    const lower = word.toLowerCase();
    const start = match.index ?? 0;
    const informal = informalSpellings[lower];
    const inCompound = /-$/.test(straight.slice(0, start)) || straight.charAt(start + word.length) === '-';
    const correction = commonMisspellings[lower] ?? (inCompound ? undefined : informal);
    const joined = boundaryErrors[lower];
    if (correction === undefined && joined === undefined) continue;
    found.push({
      rule: correction !== undefined ? 'spelling.misspelling' : 'spelling.boundary',
      category: 'spelling',
      message: correction !== undefined ? `"${word}" looks misspelt.` : `"${word}" is written as separate words.`,
      start,
      end: start + word.length,
      suggestion: keepCase(word, correction ?? joined ?? word),
      word: lower,
    });
  }
  return found;
}

/** Each sentence's findings, so re-linting while the user types only checks the sentence that changed. */
const rememberedFindings = new RecentMap<string, RawFinding[]>(2000);

/**
 * The findings of each sentence, with offsets into the text. Sentences not seen before are checked together in
 * one pass over them, joined as they stand in the text (one pass over many short strings costs more than one
 * over their sum), and each keeps the findings that lie within it.
 */
function findingsBySentence(straight: string, sentences: Sentence[]): RawFinding[] {
  const missing: Sentence[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const key = straight.slice(sentence.start, sentence.end);
    if (!rememberedFindings.has(key) && !seen.has(key)) {
      seen.add(key);
      missing.push(sentence);
    }
  }
  if (missing.length > 0) {
    let joined = '';
    const offsets: number[] = [];
    missing.forEach((sentence, k) => {
      const previous = missing[k - 1];
      if (previous)
        joined +=
          straight.slice(previous.end, sentence.start).trim() === ''
            ? straight.slice(previous.end, sentence.start)
            : '\n\n';
      offsets.push(joined.length);
      joined += straight.slice(sentence.start, sentence.end);
    });
    const buckets = missing.map((): RawFinding[] => []);
    for (const finding of rawFindings(joined)) {
      const index = offsets.findLastIndex((offset) => offset <= finding.start);
      const offset = offsets[index] ?? 0;
      const sentence = missing[index];
      if (!sentence || finding.end > offset + (sentence.end - sentence.start)) continue;
      buckets[index]?.push({ ...finding, start: finding.start - offset, end: finding.end - offset });
    }
    missing.forEach((sentence, k) => {
      rememberedFindings.set(straight.slice(sentence.start, sentence.end), buckets[k] ?? []);
    });
  }
  return sentences.flatMap((sentence) => {
    const key = straight.slice(sentence.start, sentence.end);
    const found = rememberedFindings.get(key) ?? [];
    return found.map((f) => ({ ...f, start: f.start + sentence.start, end: f.end + sentence.start }));
  });
}

/**
 * Instant proofreading issues for a text (no WebAssembly): confusable words, agreement, articles, doubled words
 * and frequent misspellings. Given the text's sentences, each sentence's findings are remembered, so while the
 * user types only the sentence that changed is checked again (the rules read within a sentence: linting ~9,000
 * authored, development and sealed texts whole and sentence by sentence gives the same issues). The message's
 * names and dictionary apply to the whole text either way.
 *
 * @example
 * proofreadSync('I would of liked that.', acceptance)[0]?.suggestion; // 'would have'
 */
export function proofreadSync(text: string, acceptance: WordAcceptance, sentences?: Sentence[]): LintIssue[] {
  const straight = text.replace(/[’‘]/g, "'");
  const found = sentences ? findingsBySentence(straight, sentences) : rawFindings(straight);
  const issues: LintIssue[] = [];
  for (const { word, ...issue } of found) {
    if (
      word !== undefined
        ? acceptance.dictionary.has(word)
        : overlapsKnownName(straight, issue.start, issue.end, acceptance)
    )
      continue;
    issues.push(issue);
  }
  return issues;
}
