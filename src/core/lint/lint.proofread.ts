import type { LintIssue } from './lint.schema';
import type { Sentence } from './lint.text';
import { boundaryErrors, commonMisspellings, isDialectVariant, techTerms } from './lint.words';

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
const participles: Record<string, string> = {
  went: 'gone',
  came: 'come',
  wrote: 'written',
  took: 'taken',
  did: 'done',
  saw: 'seen',
  ate: 'eaten',
  ran: 'run',
  began: 'begun',
  gave: 'given',
  spoke: 'spoken',
  knew: 'known',
  drove: 'driven',
  chose: 'chosen',
  forgot: 'forgotten',
  threw: 'thrown',
  grew: 'grown',
  flew: 'flown',
  drew: 'drawn',
  broke: 'broken',
  stole: 'stolen',
  woke: 'woken',
  froze: 'frozen',
  rode: 'ridden',
  shook: 'shaken',
  hid: 'hidden',
  fell: 'fallen',
  swam: 'swum',
  sang: 'sung',
  rang: 'rung',
};
const consonantSound =
  /^(?:uni(?:que|t|on|vers|f|corn|lateral|form|son|cycle)|usu|use|user|using|usa|usb|util|utens|uran|urin|uter|euro|eu|ewe|one\b|once|ufo|ukul|unanim|ubiq|u-)/i;
const vowelSoundH = /^(?:hour|honest|honor|honour|heir)/i;

function startsWithVowelSound(word: string): boolean | null {
  if (/^\d/.test(word)) return null;
  // Acronyms are read letter by letter, and people disagree (an SQL / a SQL): leave them to harper.
  if (/^[A-Z](?:[A-Z0-9-]|$)/.test(word) || word.length === 1) return null;
  if (vowelSoundH.test(word)) return true;
  if (consonantSound.test(word)) return false;
  return /^[aeiou]/i.test(word);
}

const rules: ProofreadRule[] = [
  {
    rule: 'grammar.repetition',
    re: /\b([A-Za-z]+)[ \t]+\1\b/gi,
    whole: true,
    message: 'This word is repeated.',
    fix: (flagged) => {
      const first = flagged.split(/[ \t]+/)[0] ?? '';
      return /^(?:that|had|is|do|bye|very|so|ha|no|yes|really|many|much|far|well|long)$/i.test(first) ? null : first;
    },
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:could|would|should|must|might)[ \t]+of\b/gi,
    message: 'After would, could or should, write "have", not "of" ("would have").',
    fix: (flagged) => flagged.replace(/of$/i, 'have'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(your)[ \t]+(?:welcome(?=[ \t]*(?:[,.!;]|$|to\b))|(?:right|wrong|correct)(?=[ \t]*(?:[,.!;]|$|that\b|about\b|to (?:say|point|mention|think|ask|flag|note|raise)\b))|(?:not|going|able|absolutely|probably|definitely|also|still|always|clearly|obviously|sure|the|a|an|interested|busy)\b(?!-))/gi,
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
    fix: (flagged) => keepCase(flagged, 'your'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:for|of|with|about|on|appreciate|appreciated|value|valued|enjoyed)[ \t]+(you)[ \t]+(?:time|help|consideration|feedback|patience|support|advice|insights?|email|message|team|company|kindness|guidance|input|thoughts|hospitality|offer|reply|response)\b/gi,
    message: 'Did you mean "your"?',
    fix: () => 'your',
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(it's)[ \t]+(?:own|onboarding|impact|team|product|products|mission|values|culture|approach|customers|employees|users|process|services|platform|roadmap|office|offices|website|goals|strategy|clients|members|staff|engineers|founders|history|reputation|core|commitment|infrastructure|stack|market|industry|competitors|revenue|budget|leadership)\b/gi,
    message: 'Did you mean "its" (belonging to it)? "It\'s" means "it is".',
    fix: (flagged) => keepCase(flagged, 'its'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(its)[ \t]+(?:been|a|an|the|not|no|just|still|also|definitely|probably|always|my|your|our|their|because|who|what|how|why|when|where|that|as|all|only|about|going|such|me|you|(?:(?:so|very|really|quite|too|incredibly|always|been)[ \t]+)?(?:great|good|nice|clear|important|true|hard|easy|exciting|worth|likely|possible|obvious|lovely|fine|okay|interesting|amazing|wonderful|unclear|difficult|fair|helpful|useful|reassuring|encouraging|disappointing|understandable|funny|strange|odd|a pleasure|inspiring|refreshing|impressive|rare|exciting)(?=[ \t]+(?:to|that|how|when|seeing|hearing|working|knowing|learning|meeting|talking|getting)\b|[ \t]*[,.!;]|$))/gi,
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
    fix: (flagged) => keepCase(flagged, 'their'),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(their)[ \t]+(?:is|are|was|were|will be|has been|have been|would be|seems?|seemed|must be|might be|may be|could be|should be)\b/gi,
    message: 'Did you mean "there"?',
    fix: (flagged) => keepCase(flagged, 'there'),
  },
  {
    rule: 'grammar.word-choice',
    re: /(?<!\b(?:is|are|was|were)[ \t]+)\b(there|their)[ \t]+(?:going|trying|based)\b/gi,
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
    re: /\b(?:an|the|a|positive|negative|big|huge|great|significant|real|lasting|direct|knock-on|ripple|major|minor|little|no|any|side|profound|strong)[ \t]+(affects?)[ \t]+(?:on|of)\b/gi,
    message: 'Did you mean "effect" (the noun)? "Affect" is usually the verb.',
    fix: (flagged) => flagged.replace(/^([Aa])ffect/, (_m, a: string) => (a === 'A' ? 'Effect' : 'effect')),
  },
  {
    rule: 'grammar.word-choice',
    re: /\b(?:will|would|could|can|may|might|not|does|did|do|won't|doesn't|didn't)[ \t]+(effect)[ \t]+(?:the|my|your|our|their|how|whether|his|her|its|me|us|them|people|everyone)\b/gi,
    message: 'Did you mean "affect" (the verb)? "Effect" is usually the noun.',
    fix: (flagged) => keepCase(flagged, 'affect'),
  },
  {
    rule: 'grammar.article',
    re: /(?<![\w.'-])(a|an|A|An)[ \t]+([A-Za-z][\w'-]*)/g,
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
    fix: (flagged) => ({ has: 'have', "doesn't": "don't", was: 'were', is: 'are' })[flagged.toLowerCase()] ?? null,
  },
  {
    rule: 'grammar.agreement',
    // Not after a preposition: in "your notice period of three months was", the subject is the period.
    re: /(?<!\b(?:of|in|on|for|with|from|about|at|by|to|than|over|under|between|among|across|like)[ \t]+)\b(?:the|these|those|my|your|our|their|all|both|many|several|two|three|four|five|most|some)[ \t]+(?:[a-z]+[^\Wsuiy]s)[ \t]+(was|is|has|doesn't)(?=[ \t]+\w)/gi,
    message: 'The verb does not agree with the plural subject.',
    fix: (flagged, match) => {
      const noun = match[0].split(/[ \t]+/)[1]?.toLowerCase() ?? '';
      if (/(?:ics|news|series|species|means|lens|sales|mathematics|headquarters|kudos|thanks)$/.test(noun)) return null;
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
    re: /\blook(?:ing|s|ed)?[ \t]+forward[ \t]+to[ \t]+(hear|meet|see|work|speak|talk|discuss|join|learn|connect|catch|collaborate|receive|get|chat|continue|contribute|start|welcome|here)\b/gi,
    message: 'After "look forward to", use the -ing form ("look forward to hearing").',
    fix: (flagged) => (flagged.toLowerCase() === 'here' ? 'hearing' : `${flagged.replace(/e$/, '')}ing`),
  },
  {
    rule: 'grammar.word-choice',
    re: /\bto[ \t]+(here)[ \t]+(?:from|about|back|more|that|what|how|your|you)\b|\b(here)[ \t]+from[ \t]+(?:you|them|him|her)\b/gi,
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
    re: new RegExp(
      `\\b(?:could|should|would|must|might|may)(?:[ \\t]+not|n't)?[ \\t]+(?:have|'ve)[ \\t]+(${Object.keys(participles).join('|')})\\b|\\bhad[ \\t]+(${Object.keys(participles).join('|')})\\b`,
      'gi',
    ),
    message: 'Use the past participle after "have" ("should have gone").',
    fix: (flagged) => participles[flagged.toLowerCase()] ?? null,
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
  const properNames = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(/(?<=[\s(,;:"“])([A-Z][\p{L}'-]+)/gu)) {
      if (match.index !== undefined && match.index > 0)
        properNames.add((match[1] ?? '').replace(/'s$/, '').toLowerCase());
    }
  }
  return { dictionary, properNames };
}

const nameContext =
  /^\s*(?:and\b|'s\b|’s\b|mentioned|said|told|explained|asked|was\b|is\b|has\b|had\b|will\b|would\b|from\b|at\b|suggested|showed|shared|walked|introduced|joined|leads|led|runs|ran|works|gave|described|noted|pointed|raised|spoke|kindly|also|and I|\(|,\s*\S)/;

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
  if (acceptance.dictionary.has(lower) || techTerms.has(lower)) return true;
  if (/\d/.test(bare) || /[A-Z]/.test(bare.slice(1)) || /[./_@#+]/.test(bare)) return true;
  // Hyphenation ("non-technical", "over-explained") is a matter of style, not spelling.
  if (/-/.test(word)) return true;
  // Part of a compound token ("Next.js", "CI/CD", "post-mortems", an address or a file name).
  const previous = where.text[where.start - 1] ?? '';
  const next = where.text.slice(where.start + word.length, where.start + word.length + 2);
  if (/[./_@#-]/.test(previous) || /^\/|^[._@#-]\w/.test(next)) return true;
  if (where.suggestions.some((s) => isDialectVariant(bare, s))) return true;
  if (/^\p{Lu}/u.test(bare)) {
    if (acceptance.properNames.has(lower)) return true;
    const before = where.text.slice(0, where.start);
    const atSentenceStart = /(?:^|[.!?]\s+|\n\s*)$/.test(before);
    if (!atSentenceStart) return true;
    const after = where.text.slice(where.start + word.length);
    // A signature: the last line of the message, one to three capitalised words.
    const line = after.split('\n')[0] ?? '';
    if (/^(?:\s+\p{Lu}[\p{L}'-]*){0,2}\s*$/u.test(line) && after.trim() === line.trim()) return true;
    if (nameContext.test(after)) return true;
  }
  return false;
}

/**
 * Instant proofreading issues for a text (no WebAssembly): confusable words, agreement, articles, doubled words
 * and frequent misspellings.
 *
 * @example
 * proofreadSync('I would of liked that.', prepareText(…), acceptance)[0]?.suggestion; // 'would have'
 */
export function proofreadSync(text: string, acceptance: WordAcceptance): LintIssue[] {
  const straight = text.replace(/[’‘]/g, "'");
  const issues: LintIssue[] = [];
  for (const rule of compiledRules) {
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
      issues.push({
        rule: rule.rule,
        category: rule.rule.startsWith('spelling.') ? 'spelling' : 'grammar',
        message: rule.message,
        start,
        end,
        suggestion,
      });
    }
  }
  for (const match of straight.matchAll(/[\p{L}]+(?:'[\p{L}]+)?/gu)) {
    const word = match[0];
    const lower = word.toLowerCase();
    const start = match.index ?? 0;
    const correction = commonMisspellings[lower];
    const joined = boundaryErrors[lower];
    if (correction === undefined && joined === undefined) continue;
    if (acceptance.dictionary.has(lower)) continue;
    issues.push({
      rule: correction !== undefined ? 'spelling.misspelling' : 'spelling.boundary',
      category: 'spelling',
      message: correction !== undefined ? `"${word}" looks misspelt.` : `"${word}" is written as separate words.`,
      start,
      end: start + word.length,
      suggestion: keepCase(word, correction ?? joined ?? word),
    });
  }
  return issues;
}
