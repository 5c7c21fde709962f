import { wordTable } from '../tables';
import type { LintIssue } from './lint.schema';
import { clauseTakers, personPlural, type VerbForm, verbFormOf, verbForms } from './lint.words';

/**
 * Grammar checks that read the words around a verb rather than match fixed phrases: the form a verb must take
 * after a modal ("could sent"), "to" ("to talked"), "have" ("should have ask"), "didn't" ("didn't saw") or its
 * subject ("I enjoys"), and the noun/verb twins in the wrong slot ("any advise", "might suite"). They know which
 * words are verbs from the verb list in lint.words.ts, so they work for any verb on it, in any sentence.
 */

/** A word (or one punctuation mark) of the text with its offsets; `lower` has straight apostrophes. */
interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a lower-case letter (so not a name, nor "I"). */
  isLower: boolean;
  isPunctuation: boolean;
  /** The verb a lower-case word is a form of, looked up once. */
  verb: VerbForm | null;
  /** A line break comes before it ("Dear Ana,\n\nYesterday I…"). */
  afterBreak: boolean;
}

type Finding = Omit<LintIssue, 'category'>;

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function wordsOf(text: string): Word[] {
  let previousEnd = 0;
  // The next line break at or after the previous word's end, found once per line rather than once per word.
  let lineBreak = text.indexOf('\n');
  return Array.from(text.matchAll(wordPattern), (m) => {
    const start = m.index ?? 0;
    while (lineBreak !== -1 && lineBreak < previousEnd) lineBreak = text.indexOf('\n', lineBreak + 1);
    const afterBreak = previousEnd > 0 && lineBreak !== -1 && lineBreak < start;
    previousEnd = start + m[0].length;
    const lower = m[0].toLowerCase().replace(/’/g, "'");
    const first = m[0].charAt(0);
    const isLower = first !== first.toUpperCase();
    return {
      text: m[0],
      lower,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      isLower,
      isPunctuation: m[0].length === 1 && !/[\p{L}\p{N}]/u.test(m[0]),
      verb: isLower ? (verbForms.get(lower) ?? null) : null,
      afterBreak,
    };
  });
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

const modals = set(
  "can could will would shall should may might must can't cannot couldn't won't wouldn't shouldn't mustn't mightn't shan't",
);
const negatedDo = set("don't doesn't didn't dont doesnt didnt");
const haveAux = set("have has had haven't hasn't hadn't having");
const beForms = set("am is are was were be been being isn't aren't wasn't weren't");
const subjectPronouns = set('i you we they he she it');
const determiners = set('a an the my your our their his her its this these those any some no every each another');
const whWords = set('what which how why when where who whom whose whether if');
const conjunctions = set(
  'and but or so because if whether when while as since although though that whereas until unless once where why how then',
);
/** Adverbs that may stand between an auxiliary and its verb ("will also send", "have already spoken"). */
const middleAdverbs = set(
  'not never also still always just then soon now only ever even all both really definitely certainly probably actually surely truly already recently finally since',
);
/** Words that show a verb before them took an object or a complement: "to talked through", "have ask more". */
const objectStarters = set(
  `a an the my your our their his her its this these those any some no every each another me you him us them it myself
  yourself with through about on in up out back over for from into at by to of across around what which how whether
  why when where who if more again so too there here together home away down off`,
);
/** Words after which "to" starts an infinitive: "love to contribute", "the time to meet". */
const infinitiveTakers = set(
  `want wants wanted wanting like likes liked love loves loved hope hopes hoped hoping plan plans planned planning need
  needs needed try tries tried trying able unable willing happy glad keen eager pleased delighted excited thrilled sorry
  ready going decided decide agreed agree intend intends intended aim aims aimed expect expects expected seem seems
  seemed manage managed afford continue chance opportunity time minutes moment way wish hesitate prefer asked allowed
  invited encouraged remember forget learn learned start started begin began refuse deserve promise offered attempt
  wished while enough how order long effort reason decision ability goal first last only pleasure privilege honour honor
  delight`,
);
/** Irregular past forms that also serve as adjectives before a noun ("to paid plans", "to lost property"). */
const adjectivalPasts = set('paid lost built made sold won held left fed bred bent');
/** An irregular past ("got", "met", "led"), which, unlike "connected", does not describe a noun after "to". */
const isIrregularPast = (word: string) => !word.endsWith('ed') || word.length <= 4;

/** Past forms that are also the base of another verb ("to found a company", "to saw wood", "to lay out"). */
const alsoABase = set('found saw fell lay wound bound ground');

const isLowerWord = (w: Word | undefined): w is Word => w?.isLower === true;
const isAdverbBetween = (w: Word | undefined) =>
  w !== undefined &&
  (middleAdverbs.has(w.lower) || (w.isLower && w.lower.endsWith('ly') && w.lower.length > 4 && !w.verb));
const atClauseStart = (words: Word[], i: number) => {
  const before = words[i - 1];
  return before === undefined || before.isPunctuation || conjunctions.has(before.lower);
};
const keepCase = (original: string, replacement: string): string =>
  /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;

/** The verb a word is, if it is one form only of a verb on the list (so "lay" or "found" are not guessed at). */
function verbOf(word: Word | undefined): VerbForm | null {
  return word?.verb ?? null;
}
const isPastOnly = (v: VerbForm) => v.forms.has('past') && !v.forms.has('participle') && !v.forms.has('base');
const isPast = (v: VerbForm) => v.forms.has('past') && !v.forms.has('base');
const isSForm = (v: VerbForm) => v.forms.has('s') && v.forms.size === 1;
const isIng = (v: VerbForm) => v.forms.has('ing') && v.forms.size === 1;

/** The next word after an auxiliary, skipping "not" and one adverb ("will not really", "have already"). */
function verbAfter(words: Word[], i: number): number {
  let j = i + 1;
  if (words[j]?.lower === 'not') j++;
  if (isAdverbBetween(words[j])) j++;
  return j;
}

const issue = (rule: string, message: string, word: Word, suggestion: string | null): Finding => ({
  rule,
  message,
  start: word.start,
  end: word.end,
  suggestion: suggestion === null ? null : keepCase(word.text, suggestion),
});

const baseMessage = 'After will, can, should and the other modal verbs, use the base form ("will act", "could send").';

/** "could sent", "will helps", "should focusing": a modal takes the base form. */
function afterModals(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!modals.has(word.lower) && !word.lower.endsWith("'ll")) return;
    const before = words[i - 1];
    // "the will to learn", "a must", "with all my might"; "Will", "May" are names or the month mid-sentence.
    if (before && (determiners.has(before.lower) || /^(?:good|free|ill)$/.test(before.lower))) return;
    if (/^\p{Lu}/u.test(word.text) && !atClauseStart(words, i)) return;
    // A question puts the subject after the modal ("Will automated tests catch it?", "how can teams…").
    const inverted = atClauseStart(words, i) || (before !== undefined && whWords.has(before.lower));
    const j = verbAfter(words, i);
    const verb = verbOf(words[j]);
    const next = words[j];
    if (!verb || !next) return;
    if (isPast(verb) && !inverted) out.push(issue('grammar.verb-form', baseMessage, next, verb.base));
    else if ((isSForm(verb) || isIng(verb)) && !verb.noun && !inverted)
      out.push(issue('grammar.verb-form', baseMessage, next, verb.base));
  });
}

/** "didn't saw", "doesn't needs", "Did you received…?": after do, does and did, the base form. */
function afterDo(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    const negated =
      negatedDo.has(word.lower) || (/^(?:do|does|did)$/.test(word.lower) && words[i + 1]?.lower === 'not');
    const question =
      /^(?:do|does|did)$/.test(word.lower) &&
      (atClauseStart(words, i) || whWords.has(words[i - 1]?.lower ?? '')) &&
      subjectPronouns.has(words[i + 1]?.lower ?? '');
    if (!negated && !question) return;
    let j = question ? i + 2 : verbAfter(words, i);
    if (question && isAdverbBetween(words[j])) j++;
    const verb = verbOf(words[j]);
    const next = words[j];
    if (!verb || !next) return;
    if (isPast(verb) || isSForm(verb))
      out.push(
        issue(
          'grammar.verb-form',
          'After do, does and did, use the base form ("didn\'t see", "did you receive").',
          next,
          verb.base,
        ),
      );
  });
}

/** "to talked through", "time to met", "love to contributing": after the "to" of an infinitive, the base form. */
function afterTo(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'to') return;
    let j = i + 1;
    if (isAdverbBetween(words[j]) && words[j]?.lower !== 'then') j++;
    const next = words[j];
    const verb = verbOf(next);
    if (!verb || !next || alsoABase.has(next.lower)) return;
    const before = words[i - 1]?.lower ?? '';
    const infinitive =
      infinitiveTakers.has(before) || (before === 'like' && /^(?:would|'d)$/.test(words[i - 2]?.lower ?? ''));
    // "from manual to automated testing": a range of adjectives, not an infinitive.
    const clause = words.slice(Math.max(0, i - 8), i).map((w) => w.lower);
    if (clause.includes('from')) return;
    const after = words[j + 1];
    const takesObject = after !== undefined && objectStarters.has(after.lower);
    const wrong =
      isPastOnly(verb) ||
      (isPast(verb) &&
        (takesObject || infinitive || (isIrregularPast(next.lower) && !adjectivalPasts.has(next.lower)))) ||
      (infinitive && (isSForm(verb) || (isIng(verb) && !verb.noun)));
    if (wrong)
      out.push(
        issue(
          'grammar.verb-form',
          'After "to" before a verb, use the base form ("to meet", "to talk through").',
          next,
          verb.base,
        ),
      );
  });
}

/** "should have ask", "I have spoke", "has went": after have, has and had, the past participle. */
function afterHave(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!haveAux.has(word.lower) && !word.lower.endsWith("'ve")) return;
    const j = verbAfter(words, i);
    const next = words[j];
    const verb = verbOf(next);
    if (!verb || !next || words[j]?.lower === 'to') return;
    const participle = verbFormOf(verb.base, 'participle');
    if (!participle || participle === next.lower) return;
    const after = words[j + 1];
    const takesObject =
      after === undefined ||
      objectStarters.has(after.lower) ||
      // "I have meet many teams": a quantity as the object (not a plural noun: "we have build times under…").
      pluralQuantifiers.has(after.lower) ||
      /^(?:most|all|both|lots|plenty|such|similar|countless)$/.test(after.lower) ||
      /^[.,;:!?]$/.test(after.text) ||
      /^\p{Lu}\p{Ll}/u.test(after.text);
    // "had never use": after an adverb, a word that may be a noun ("use", "work") can only be the verb; so after a
    // modal and "have" when a clause follows ("should have mention that…").
    const afterModal =
      modals.has(words[i - 1]?.lower ?? '') && /^(?:that|how|what|whether|why|it|this)$/.test(after?.lower ?? '');
    // "I have lead a team": a word that may be a noun is the verb when a possessive, "a" or an object pronoun
    // follows it (not "the" or "this": "you have access the moment you join", "have work this week").
    // A number counts too, for a verb that "have" does not take bare as a noun ("I have lead three launches", not
    // "I have work two days a week").
    const objectAfter =
      /^(?:a|an|my|your|our|their|his|her|me|us|them|him)$/.test(after?.lower ?? '') ||
      ((pluralQuantifiers.has(after?.lower ?? '') || /^\d/.test(after?.text ?? '')) && !bareObjects.has(verb.base)) ||
      // "I have lead similar migrations": an adjective of kind or size and a plural noun as the object.
      (/^(?:similar|several|multiple|various|numerous|large|major|complex|successful)$/.test(after?.lower ?? '') &&
        isNounLike(words[j + 2]) &&
        numberOf(words[j + 2] as Word) === 'plural' &&
        !bareObjects.has(verb.base));
    const surelyVerb = !verb.noun || (j > i + 1 && isAdverbBetween(words[j - 1])) || afterModal || objectAfter;
    // A verb that is never a noun and has no other form in this spelling is wrong after "have" whatever follows
    // ("I have develop strong relationships").
    const onlyABase =
      !verb.noun &&
      verb.forms.size === 1 &&
      verb.forms.has('base') &&
      // "we have build times under ten minutes": a noun's modifier before a plural.
      !(isNounLike(after) && numberOf(after) === 'plural' && (!after.verb || after.verb.noun));
    // "could have do better": after a modal and "have", "do" can only be the verb.
    const doAfterModalHave = verb.base === 'do' && next.lower === 'do' && modals.has(words[i - 1]?.lower ?? '');
    const wrong =
      isPastOnly(verb) ||
      doAfterModalHave ||
      (verb.forms.has('base') &&
        surelyVerb &&
        (takesObject || afterModal || onlyABase) &&
        !/^(?:have|be|do)$/.test(verb.base));
    if (wrong)
      out.push(
        issue(
          'grammar.verb-form',
          'After "have", use the past participle ("have asked", "has spoken").',
          next,
          participle,
        ),
      );
  });
}

const pluralDeterminers = set('these those many several both all most our their my your the');
const prepositions = set('of about from in on for with at during across between by to into over under around behind');

/**
 * "The company's values resonates": a possessive stands where the determiner would (not "it's", "that's"), and
 * what follows it is a noun even when it could be a verb ("values", "needs").
 */
function isPossessor(word: Word): boolean {
  const end = word.text.slice(-2);
  return (
    (end === "'s" || end === '’s') &&
    /^\p{L}{2,}['’]s$/u.test(word.text) &&
    !/^(?:it|that|there|what|who|he|she|let|here|where|how|everyone|everything|nobody|one)['’]s$/.test(word.lower)
  );
}

/** A plural noun after a determiner that starts a clause: "these decisions", "your comments" (not "the news"). */
function isPluralSubject(words: Word[], i: number): boolean {
  const word = words[i];
  const before = words[i - 1];
  if (!word || !before) return false;
  const possessor = isPossessor(before);
  if (!pluralDeterminers.has(before.lower) && !possessor) return false;
  if (!/^\p{Ll}+[^\Wsuiy]s$/u.test(word.text)) return false;
  if (
    /(?:ics|news|series|species|means|sales|maths|headquarters|kudos|thanks|lots|loads|tons)$/.test(word.lower) &&
    !pluralIcs.test(word.lower)
  )
    return false;
  if (possessor) {
    const det = words[i - 2];
    // "I think the company's values aligns": after a verb that takes a clause, too.
    return (
      atClauseStart(words, i - 1) ||
      clauseTakers.has(det?.lower ?? '') ||
      (det !== undefined &&
        /^(?:the|a|an|this|that|my|your|our|their|his|her)$/.test(det.lower) &&
        (atClauseStart(words, i - 2) || clauseTakers.has(words[i - 3]?.lower ?? '')))
    );
  }
  return atClauseStart(words, i - 1) || clauseTakers.has(words[i - 2]?.lower ?? '');
}

/**
 * Where a subject that starts at `k` ends: a subject pronoun ("we"), or a determiner, up to two words that
 * describe and the noun ("the team", "our new team"); false if none starts there.
 */
function embeddedSubjectEnd(words: Word[], k: number): number | false {
  const w = words[k];
  if (!w) return false;
  if (subjectPronouns.has(w.lower)) return k;
  if (!/^(?:the|a|an|my|our|their|his|her|this|these|those)$/.test(w.lower)) return false;
  let j = k + 1;
  while (j < k + 3 && isPremodifier(words, j) && isNounLike(words[j + 1])) j++;
  const head = words[j];
  return head && isNounLike(head) && !head.isPunctuation ? j : false;
}

/** "Your comments about my portfolio was…": the verb agrees with the plural noun, not the phrase after it. */
function pluralHeadAgreement(words: Word[], out: Finding[]): void {
  for (let i = 0; i < words.length; i++) {
    // "as" before a determiner is a preposition too: "my years as a teaching assistant has…".
    const asPhrase = words[i + 1]?.lower === 'as' && determiners.has(words[i + 2]?.lower ?? '');
    if (!isPluralSubject(words, i) || !(prepositions.has(words[i + 1]?.lower ?? '') || asPhrase)) continue;
    for (let k = i + 2; k < Math.min(words.length, i + 8); k++) {
      const w = words[k];
      if (!w || w.isPunctuation || /^(?:and|or|but|that|which|who|whom|where|when)$/.test(w.lower)) break;
      // "the kinds of matters the team is handling", "the results of the tests we ran were": a subject right after
      // the preposition's noun starts a clause of its own ("that" left out), whose verb agrees with that subject.
      // The main verb, if any, comes after it.
      const embedded = k > i + 2 && isNounLike(words[k - 1]) && embeddedSubjectEnd(words, k);
      if (embedded !== false) {
        let v = embedded + 1;
        if (isAdverbBetween(words[v])) v++;
        const own = words[v];
        const ownVerb = verbOf(own);
        if (!own || !(beForms.has(own.lower) || haveAux.has(own.lower) || modals.has(own.lower) || ownVerb)) break;
        k = v;
        continue;
      }
      if (/^(?:was|is|has|isn't|wasn't|hasn't|doesn't|does)$/.test(w.lower)) {
        const fix =
          {
            was: 'were',
            is: 'are',
            has: 'have',
            "isn't": "aren't",
            "wasn't": "weren't",
            "hasn't": "haven't",
            "doesn't": "don't",
            does: 'do',
          }[w.lower] ?? null;
        out.push(issue('grammar.agreement', 'The verb does not agree with the plural subject.', w, fix));
        break;
      }
      const verb = verbOf(w);
      // "my years as a deckhand means": a verb's -s form that is only a verb.
      if (verb && isSForm(verb) && !verb.noun && !/^(?:have|do|be)$/.test(verb.base) && k > i + 2) {
        out.push(issue('grammar.agreement', 'The verb does not agree with the plural subject.', w, verb.base));
        break;
      }
      // An -ing word after a determiner describes the noun after it ("a teaching assistant").
      const modifier = verb !== null && isIng(verb) && determiners.has(words[k - 1]?.lower ?? '');
      if (beForms.has(w.lower) || haveAux.has(w.lower) || modals.has(w.lower) || (verb && !verb.noun && !modifier))
        break;
    }
  }
}

/** Nouns that take either number ("the team were", "a number of people are", "the rest of us were"). */
const eitherNumber = set(
  `team staff panel board company committee family group management department audience crew majority minority
  number lot rest half bulk plenty couple handful range variety series set kind sort type pair none all most some any
  total percentage proportion remainder fraction police data media criteria few phenomena alumni personnel cattle`,
);
const nounPhraseStarters = set('the a an my your our their his her its this that these those each every which what');
const singularStarters = set('a an this that each every');
const relativePronouns = set('i you we they he she');
/** Words after a verb that show it is the verb of the clause ("sounds promising", "takes time"), not a noun. */
const complementStarters = set('very so quite really too pretty rather more less much like well great good');

/**
 * Whether a word that may be a noun ("sound", "design") is surely the verb: a linking verb before an adjective
 * ("sound ambitious") or any verb before an object pronoun or a determiner ("design the system").
 */
function takesComplement(words: Word[], j: number): boolean {
  const verb = verbOf(words[j]);
  const after = words[j + 1];
  if (!verb || !after?.isLower) return false;
  if (linkingVerbs.has(verb.base))
    return (
      (adjectiveEnding.test(after.lower) && (!after.verb || isIng(after.verb))) || complementStarters.has(after.lower)
    );
  if (objectDeterminers.has(after.lower) || /^(?:a|an|me|us|them|him|it|you|what|how|whether)$/.test(after.lower))
    return true;
  // "the feedback … show that I'm…": a verb of saying or showing before its clause.
  if (after.lower === 'that' && /^(?:show|suggest|mean|prove|indicate|confirm|demonstrate|explain)$/.test(verb.base))
    return true;
  // "offer exactly that", "explain clearly how": a noun is not followed by an -ly adverb and its object.
  const object = words[j + 2];
  return (
    /ly$/.test(after.lower) &&
    isAdverbBetween(after) &&
    object !== undefined &&
    (objectDeterminers.has(object.lower) || /^(?:a|an|me|us|them|him|it|you|what|how|whether)$/.test(object.lower))
  );
}

/** "approach" is singular, "managers" plural, "news", "analytics" and "process" neither told by the ending. */
function numberOf(word: Word): 'singular' | 'plural' | null {
  const w = word.lower;
  if (!word.isLower || !/^\p{Ll}+$/u.test(w) || eitherNumber.has(w) || notNouns.has(w)) return null;
  if (irregularPlurals.has(w)) return 'plural';
  if (/(?:ics|news|series|species|means|headquarters|kudos|thanks|ous|his)$/.test(w) && !pluralIcs.test(w)) return null;
  // "process", "status", "analysis" end in s but are one thing.
  if (/(?:ss|us|is)$/.test(w)) return 'singular';
  return /[^'s]s$/.test(w) ? 'plural' : 'singular';
}

/** Words in -ics that are plurals of a countable noun ("a metric", "a topic"), unlike "analytics" or "ethics". */
const pluralIcs =
  /^(?:metrics|lyrics|graphics|topics|clinics|tactics|characteristics|specifics|basics|comics|critics|picnics|epics|relics|mosaics|heuristics|diagnostics|academics|rubrics|colics|cosmetics|antibiotics|fabrics)$/;

/** Plurals without an -s: "the people who run…", "children are". */
const irregularPlurals = set('people children men women feet teeth');

/** Words that look like nouns by their ending but are not ("sometimes", "yours", "sales" as in "sales team"). */
const notNouns = set(
  `sometimes always perhaps besides towards afterwards backwards forwards nowadays regardless whereas unless yes its
  hers ours yours theirs lots loads tons sales pros cons odds overseas upstairs downstairs indoors outdoors sideways
  congratulations regards apologies cheers whereabouts this thus plus was has does as us series means news maths
  operations communications relations ops devops canvas atlas alias bias gas lens chaos ethos`,
);

/** Words in -ing that are nouns, not adjectives or verbs: "last spring", "each morning". */
const ingNouns = /^(?:spring|morning|evening|string|king|wing|ceiling|wedding|pudding|sibling|during|\w*thing)$/;

/** Verbs that take an adjective as complement: "sounds ambitious", "look great". */
const linkingVerbs = set('sound look seem feel appear remain become prove stay');
const adjectiveEnding = /(?:ous|ive|ful|able|ible|al|ic|ent|ant|less|ary|ar|ing|ed|y)$/;

/** Whether a word that may be a noun ("sounds", "needs") reads as the verb here, by what follows it. */
function readsAsVerb(words: Word[], j: number): boolean {
  const verb = verbOf(words[j]);
  if (!verb) return false;
  if (!verb.noun) return true;
  const after = words[j + 1];
  if (!after) return false;
  return (
    objectStarters.has(after.lower) ||
    complementStarters.has(after.lower) ||
    isAdverbBetween(after) ||
    (after.isLower && /ing$/.test(after.lower) && !verbForms.has(after.lower) && !ingNouns.test(after.lower)) ||
    // "sound ambitious", "looks promising": a linking verb before an adjective.
    (linkingVerbs.has(verb.base) &&
      after.isLower &&
      adjectiveEnding.test(after.lower) &&
      (!after.verb || isIng(after.verb))) ||
    // "uses dashboards": a plural noun cannot follow the noun "uses", so this is the verb and its object.
    (after.isLower && !after.verb && numberOf(after) === 'plural') ||
    // "ships new features": nor an adjective and a plural noun.
    (after.isLower &&
      !after.verb &&
      (ownedAdjectives.has(after.lower) || adjectiveEnding.test(after.lower)) &&
      isNounLike(words[j + 2]) &&
      numberOf(words[j + 2] as Word) === 'plural')
  );
}

const toPlural: Record<string, string> = wordTable({
  was: 'were',
  is: 'are',
  has: 'have',
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
  "doesn't": "don't",
  does: 'do',
});
const toSingular: Record<string, string> = wordTable({
  were: 'was',
  are: 'is',
  have: 'has',
  "aren't": "isn't",
  "weren't": "wasn't",
  "haven't": "hasn't",
  "don't": "doesn't",
});

/**
 * The verb of a subject whose head noun is followed by a prepositional phrase ("the approach of the managers
 * were", "the results of the pilot you mentioned sounds"): read past the phrase, and past a short relative clause
 * with its own subject, to the verb, and make it agree with the head noun rather than the nearest noun.
 */
/** Nouns an -ing phrase completes ("my experience leading projects", "my time running the ward"). */
const ingComplementNouns = new Set([
  'experience',
  'time',
  'background',
  'history',
  'record',
  'success',
  'career',
  'work',
  'role',
  'stint',
  'spell',
]);

function headAgreement(words: Word[], out: Finding[]): void {
  for (let d = 0; d < words.length; d++) {
    const det = words[d];
    if (!det) continue;
    const quantified = quantifierNumber[det.lower];
    if (quantified && words[d + 1]?.lower === 'of') {
      // "Both of the projects you described sounds": the quantifier is the head.
      if (atClauseStart(words, d) || clauseTakers.has(words[d - 1]?.lower ?? ''))
        checkAgreement(words, quantified, verbInPredicate(words, d + 2, false), out);
      continue;
    }
    // "Millions of people uses it", "a lot of candidates was…", "most of the engineers has": a quantity takes
    // the number of the noun after "of".
    const of = quantityOf(words, d);
    if (of > 0) {
      const head = pluralHeadAfterOf(words, of + 1);
      // From past the plural noun, so "bullet points" is not read as the noun "bullet" and the verb "points".
      if ((atClauseStart(words, d) || clauseTakers.has(words[d - 1]?.lower ?? '')) && head > 0)
        checkAgreement(words, 'plural', verbInPredicate(words, head + 1, true, true), out);
      continue;
    }
    if (!nounPhraseStarters.has(det.lower)) continue;
    const before = words[d - 1];
    // "The factory tour and the discussion with your engineers were": the second half of a subject joined by
    // "and" (a clause after ", and" still counts).
    const joined =
      /^(?:and|or)$/.test(before?.lower ?? '') && words[d - 2] !== undefined && !words[d - 2]?.isPunctuation;
    const subjectSlot =
      (atClauseStart(words, d) && !joined) ||
      clauseTakers.has(before?.lower ?? '') ||
      (/^(?:which|what)$/.test(det.lower) && before !== undefined && !prepositions.has(before.lower)) ||
      // The subject of a relative clause after a noun: "the way the engineers in your office collaborate".
      (isNounPhraseHead(words, d - 1) && objectDeterminers.has(det.lower));
    // "if the approach of the managers were clearer": the subjunctive, when "if" opens this clause (not "I wondered
    // if you could tell me which parts … was").
    if (!subjectSlot || words.slice(Math.max(0, d - 2), d).some((w) => /^(?:if|wish|though)$/.test(w.lower))) continue;
    // The head: the last of up to three lower-case words before the preposition ("the second round of") or
    // before a relative clause with its own subject ("the roadmap you described", "the tools your team uses").
    const startsModifier = (k: number) =>
      prepositions.has(words[k]?.lower ?? '') ||
      relativeSubjectEnd(words, k) > 0 ||
      // "My experience leading projects is broad": an -ing phrase after a noun that takes one is its complement.
      (ingComplementNouns.has(words[k - 1]?.lower ?? '') && /ing$/.test(words[k]?.lower ?? ''));
    let h = d + 1;
    while (h < d + 4 && words[h + 1] && !startsModifier(h + 1)) h++;
    const head = words[h];
    // "to" before a verb is an infinitive ("the decision to hire"); before a determiner, a preposition ("the visit
    // to the vineyard").
    const toInfinitive = words[h + 1]?.lower === 'to' && !objectDeterminers.has(words[h + 2]?.lower ?? '');
    // "The opportunity to work alongside such experienced scientists are…": past the infinitive and its object to
    // the first be or have (not past a clause of its own).
    const infinitive = words[h + 2];
    if (
      head &&
      toInfinitive &&
      infinitiveNouns.has(head.lower) &&
      h === d + 1 &&
      isLowerWord(infinitive) &&
      !isFunctionWord(infinitive) &&
      (!infinitive.verb || infinitive.verb.forms.has('base'))
    ) {
      const number = numberOf(head);
      for (let m = h + 3; number && m < Math.min(words.length, h + 12); m++) {
        const x = words[m];
        if (
          !x ||
          x.isPunctuation ||
          // "at once" is no conjunction.
          (conjunctions.has(x.lower) && !(x.lower === 'once' && words[m - 1]?.lower === 'at')) ||
          subjectPronouns.has(x.lower) ||
          /^(?:who|which|whom)$/.test(x.lower)
        )
          break;
        if (finiteBeHave.has(x.lower)) {
          checkAgreement(words, number, m, out);
          break;
        }
        if (modals.has(x.lower)) break;
        // "my ability to manage several projects at once make me": a verb that is only a verb, after the object
        // (not the bare verb after "see", "help", "make": "the chance to see people grow").
        if (x.verb && !x.verb.noun && m > h + 3 && !bareInfinitiveTakers.has(infinitive.lower)) {
          if (number === 'singular' || isSForm(x.verb)) checkAgreement(words, number, m, out);
          break;
        }
      }
      continue;
    }
    if (!head || !startsModifier(h + 1) || toInfinitive) continue;
    if (
      words.slice(d + 1, h + 1).some(
        (w) =>
          !w.isLower ||
          w.isPunctuation ||
          isFunctionWord(w) ||
          (w.verb && (!w.verb.noun || w.verb.forms.has('past') || w.verb.forms.has('participle'))) ||
          // A plural noun before the head is a subject of its own ("your engineers shard trips").
          (w !== words[h] && !w.verb && numberOf(w) === 'plural'),
      )
    )
      continue;
    // "how the liaison team works with the families … was": a noun's -s verb with its phrase, not a plural head
    // ("the team leads of the two squads were" keeps its "of").
    // But "the customer journey maps you showed me was": a pronoun and a past verb after it start a relative clause,
    // so the -s word is the noun it describes.
    // And "the biggest challenges the clinic face is": a relative clause with its own subject and verb, then be or
    // have, after a superlative or an adjective that is never a noun.
    const relativeEnd = relativeSubjectEnd(words, h + 1);
    const relativeAfter =
      (relativePronouns.has(words[h + 1]?.lower ?? '') &&
        words[h + 2]?.verb?.forms.has('past') === true &&
        !words[h + 2]?.verb?.forms.has('base') &&
        !isNounLike(words[h + 3])) ||
      (relativeEnd > 0 &&
        finiteBeHave.has(words[relativeEnd + 1]?.lower ?? '') &&
        words.slice(d + 1, h).every((w) => pureAdjectives.has(w.lower) || /[^e]est$/.test(w.lower)));
    if (
      h > d + 1 &&
      head.verb &&
      isSForm(head.verb) &&
      words[h + 1]?.lower !== 'of' &&
      readsAsVerb(words, h) &&
      !relativeAfter
    )
      continue;
    let number = numberOf(head);
    // "The number of applicants … show": the number is one thing ("a number of applicants are" is many).
    if (head.lower === 'number' && det.lower === 'the' && words[h + 1]?.lower === 'of') number = 'singular';
    // "what eight hours of work earns": an amount is one thing.
    if (measureNouns.has(head.lower)) number = null;
    if (singularStarters.has(det.lower) && number === 'plural') number = null;
    if (/^(?:these|those)$/.test(det.lower) && number === 'singular') number = null;
    if (!number) continue;
    const relative = !prepositions.has(words[h + 1]?.lower ?? '');
    checkAgreement(words, number, verbInPredicate(words, relative ? h + 1 : h + 2, relative, number === 'plural'), out);
  }
}

/** Nouns an infinitive may follow as their modifier: "the opportunity to work…", "the decision to hire…". */
const infinitiveNouns = set(
  `opportunity opportunities chance chances ability decision decisions plan plans need willingness desire effort efforts
  attempt attempts goal goals aim aims freedom right choice invitation offer ambition determination courage confidence
  commitment push drive move`,
);

/** Quantities whose number is that of the noun after "of": "millions of people", "most of the team". */
const quantityWords = set('millions thousands hundreds dozens scores lots loads tons plenty most all some half');
const quantityNouns = set('lot number couple handful majority bunch');

/** The index of "of" after a quantity starting at `d` ("lots of", "a lot of", "the majority of"), or -1. */
function quantityOf(words: Word[], d: number): number {
  const w = words[d]?.lower ?? '';
  if (quantityWords.has(w) && words[d + 1]?.lower === 'of') return d + 1;
  const noun = words[d + 1]?.lower ?? '';
  // "the number of applicants is" counts one number; "a number of applicants are" many applicants.
  const article = w === 'a' || (w === 'the' && noun === 'majority');
  return article && quantityNouns.has(noun) && words[d + 2]?.lower === 'of' ? d + 2 : -1;
}

/** The head of the noun phrase at `k` (after "of") when it is plural ("the people", "your engineers", "us"), or -1. */
function pluralHeadAfterOf(words: Word[], k: number): number {
  let h = k;
  if (/^(?:us|them|you)$/.test(words[h]?.lower ?? '')) return h;
  if (determiners.has(words[h]?.lower ?? '')) h++;
  while (h < k + 3 && isPremodifier(words, h) && isNounLike(words[h + 1]) && !words[h + 1]?.verb) h++;
  const head = words[h];
  return head !== undefined && numberOf(head) === 'plural' && (!head.verb || head.verb.noun) ? h : -1;
}

const finiteBeHave = set('is was are were has have');
const asideStarters =
  /^(?:especially|particularly|including|notably|mainly|mostly|above|not|even|like|along|together|alongside|combined|coupled|plus)$/;

/** Quantifiers that head their noun phrase before "of": "both of the projects", "each of the answers". */
const quantifierNumber: Record<string, 'singular' | 'plural'> = wordTable({
  two: 'plural',
  three: 'plural',
  four: 'plural',
  five: 'plural',
  both: 'plural',
  several: 'plural',
  many: 'plural',
  few: 'plural',
  each: 'singular',
  one: 'singular',
});

/** Makes the verb at `v` (if any) agree with a subject of the given number. */
function checkAgreement(words: Word[], number: 'singular' | 'plural', v: number, out: Finding[]): void {
  const verbWord = words[v];
  if (v < 0 || !verbWord) return;
  if (likeAfterSeeming(words, v)) return;
  const verb = verbOf(verbWord);
  if (number === 'plural') {
    const fix = toPlural[verbWord.lower];
    if (fix) out.push(issue('grammar.agreement', 'The verb does not agree with the plural subject.', verbWord, fix));
    else if (verb && isSForm(verb) && !/^(?:have|do)$/.test(verb.base) && readsAsVerb(words, v))
      out.push(issue('grammar.agreement', 'The verb does not agree with the plural subject.', verbWord, verb.base));
    return;
  }
  const fix = toSingular[verbWord.lower];
  const sForm = verb ? verbFormOf(verb.base, 's') : null;
  if (fix) out.push(issue('grammar.agreement', 'The verb does not agree with the singular subject.', verbWord, fix));
  else if (
    verb &&
    sForm &&
    verb.forms.has('base') &&
    verb.forms.size === 1 &&
    (!verb.noun || isAdverbBetween(words[v - 1]) || takesComplement(words, v)) &&
    verb.base !== 'be'
  )
    out.push(issue('grammar.agreement', 'The verb does not agree with the singular subject.', verbWord, sForm));
}

const objectDeterminers = set('the my your our their his her this that these those');
const seemingVerbs = set('felt feel feels looked look looks seemed seem seems sounded sound sounds');

/**
 * "The second half of the interview felt a lot more like a conversation": after a verb of seeming, "like" is a
 * preposition, and that verb was the predicate.
 */
function likeAfterSeeming(words: Word[], v: number): boolean {
  return words[v]?.lower === 'like' && words.slice(Math.max(0, v - 5), v).some((w) => seemingVerbs.has(w.lower));
}
/** Words that cannot be part of a short noun phrase. */
const isFunctionWord = (w: Word) =>
  determiners.has(w.lower) ||
  prepositions.has(w.lower) ||
  conjunctions.has(w.lower) ||
  subjectPronouns.has(w.lower) ||
  beForms.has(w.lower) ||
  haveAux.has(w.lower) ||
  modals.has(w.lower) ||
  middleAdverbs.has(w.lower) ||
  otherFunctionWords.has(w.lower);
const otherFunctionWords = set(
  `there here it me him us them myself yourself ourselves themselves what which who whom whose not no yes very too
  so as than like please`,
);
const isNounLike = (w: Word | undefined): w is Word =>
  w?.isLower === true && !w.isPunctuation && !isFunctionWord(w) && (!w.verb || w.verb.noun);

/**
 * Whether the word at `k` ends a noun phrase of its own ("the way", "the challenges"), so a noun phrase right
 * after it starts a relative clause ("the way the engineers work"), unlike a verb the word lists do not know
 * ("the client's put the role…").
 */
function isNounPhraseHead(words: Word[], k: number): boolean {
  const word = words[k];
  if (!isNounLike(word) || numberOf(word) === null) return false;
  const before = words[k - 1];
  // "the level of care your nurses show": the object of a preposition, even a word that may be a verb.
  if (before && prepositions.has(before.lower) && (before.lower !== 'to' || !word.verb)) return true;
  if (word.verb) return false;
  if (before && determiners.has(before.lower)) return true;
  return isPremodifier(words, k - 1) && determiners.has(words[k - 2]?.lower ?? '');
}

/**
 * Where a relative clause with its own subject starts at `i` ("you described", "your team uses", "the panel
 * asked"): the index of its verb, or -1. The subject is a pronoun, or a determiner and one or two nouns.
 */
function relativeSubjectEnd(words: Word[], i: number): number {
  const w = words[i];
  if (!w) return -1;
  const verbAt = (k: number) => {
    let r = k;
    const aux = words[r]?.lower ?? '';
    // "you have used", "we should do", "I did not ask"; but in "the work you did was" the auxiliary is the verb.
    // "the problems your team is solving": a progressive in the relative clause.
    if (beForms.has(aux) && words[r + 1]?.verb && isIng(words[r + 1]?.verb as VerbForm)) return r + 1;
    if (haveAux.has(aux) || modals.has(aux) || negatedDo.has(aux) || /^(?:do|does|did)$/.test(aux)) {
      let v = r + 1;
      if (words[v]?.lower === 'not') v++;
      if (isAdverbBetween(words[v])) v++;
      if (verbOf(words[v]) || modals.has(aux) || negatedDo.has(aux)) r = v;
    } else if (isAdverbBetween(words[r])) r++;
    const verb = verbOf(words[r]);
    const next = words[r + 1];
    // A past form is the verb even of a word that is also a noun ("the things I liked most").
    return verb && !verb.forms.has('ing') && !(verb.noun && !verb.forms.has('past') && isNounLike(next) && !next.verb)
      ? r
      : -1;
  };
  if (relativePronouns.has(w.lower) && (w.isLower || w.text === 'I')) return verbAt(i + 1);
  // "the feedback I've received", "the team you'd join": the auxiliary is part of the pronoun's word.
  if (/^(?:i|you|we|they|he|she)'(?:ve|d|ll)$/.test(w.lower)) {
    const v = isAdverbBetween(words[i + 1]) ? i + 2 : i + 1;
    return verbOf(words[v]) ? v : -1;
  }
  // "the feedback that your interviewers shared": a relative pronoun, then the clause's own subject.
  if (/^(?:that|which|whom)$/.test(w.text)) {
    const inner = relativeSubjectEnd(words, i + 1);
    if (inner > 0) return inner;
  }
  if (!w.isLower || !objectDeterminers.has(w.lower)) return -1;
  // "your team face", "the product teams use": try the longer noun phrase first. In a two-word phrase the first
  // may be a noun that is also a verb, when the second is only a noun ("your support team describe").
  for (let n = 2; n >= 1; n--) {
    const nouns = words.slice(i + 1, i + 1 + n);
    const modifier = nouns[0];
    const modifierVerb =
      n === 2 &&
      modifier?.verb?.noun === true &&
      modifier.verb.forms.has('base') &&
      !modifier.verb.forms.has('past') &&
      isNounLike(modifier);
    if (nouns.length === n && nouns.every((x, m) => (isNounLike(x) && !x.verb) || (m === 0 && modifierVerb))) {
      const r = verbAt(i + 1 + n);
      if (r > 0) return r;
    }
  }
  return -1;
}

/**
 * The index of the verb after a prepositional phrase that starts at `start` (a chain of them, with names, numbers
 * and a short relative clause such as "you mentioned"), or -1 when the words do not read that way.
 */
function verbInPredicate(
  words: Word[],
  start: number,
  atRelative: boolean,
  andJoinsNouns = false,
  andJoinsPhrases = false,
): number {
  let k = start;
  let sawNoun = atRelative;
  let sawRelative = false;
  let relativeVerbAt = -1;
  for (; k < Math.min(words.length, start + 14); k++) {
    const w = words[k];
    if (!w) return -1;
    // "your comments on my portfolio, especially the case studies, was": skip an aside between commas.
    if (w.text === ',' && asideStarters.test(words[k + 1]?.lower ?? '')) {
      const close = words.findIndex((x, m) => m > k + 1 && x.isPunctuation);
      if (close < 0 || words[close]?.text !== ',' || close > k + 8) return -1;
      k = close;
      continue;
    }
    if (w.isPunctuation && w.text !== "'") return -1;
    // "the standards your team hold themselves to is": a relative clause ending on a stranded preposition.
    if (prepositions.has(w.lower) && sawRelative && finiteBeHave.has(words[k + 1]?.lower ?? '')) return k + 1;
    // A relative clause never starts right after a preposition ("supporting charities with their bookkeeping make").
    const afterPreposition = prepositions.has(words[k - 1]?.lower ?? '');
    const relVerb = sawNoun && !sawRelative && !afterPreposition ? relativeSubjectEnd(words, k) : -1;
    if (relVerb > 0) {
      // "the pilot you mentioned sounds", "the challenges your team face with legacy code is": the relative
      // clause's own subject and verb, then (past any phrase after it) the main verb.
      let r = relVerb;
      // "the tools your analysts rely on are", "the engineers I spoke to was": the relative clause may end on its
      // preposition ("to" only before the main verb, since "to" + verb is an infinitive).
      const particle = words[r + 1]?.lower ?? '';
      // Stranded only before a word that can only be a verb: in "the advice I got from mentors suggest",
      // "mentors" is the preposition's object, not the main verb.
      const afterParticle = words[r + 2];
      const surelyVerb =
        beForms.has(afterParticle?.lower ?? '') ||
        haveAux.has(afterParticle?.lower ?? '') ||
        modals.has(afterParticle?.lower ?? '') ||
        (afterParticle?.verb !== undefined &&
          afterParticle.verb !== null &&
          !afterParticle.verb.noun &&
          !isIng(afterParticle.verb));
      if (
        prepositions.has(particle) &&
        surelyVerb &&
        (particle !== 'to' || finiteBeHave.has(afterParticle?.lower ?? ''))
      )
        r++;
      if (verbOf(words[r + 1]) || beForms.has(words[r + 1]?.lower ?? '')) return r + 1;
      sawRelative = true;
      relativeVerbAt = r;
      k = r;
      continue;
    }
    // "my skills in data visualisation and storytelling aligns": when the head's number is known (a plural head, or
    // a singular one before an -ing phrase), "and" between two nouns inside the phrase does not change it.
    const next = words[k + 1];
    const capitalised = next !== undefined && /^\p{Lu}/u.test(next.text) && next.text !== 'I';
    const bareNoun = capitalised || isNounLike(next);
    if (andJoinsNouns && w.lower === 'and' && sawNoun && bareNoun) continue;
    // Inside an -ing clause "and" joins its objects ("Hearing about the programme and the partnerships were"), but
    // not a second -ing clause ("Hearing … and seeing … were").
    if (andJoinsPhrases && w.lower === 'and' && sawNoun && next && objectDeterminers.has(next.lower)) continue;
    // "One of the things that impressed me most were…": a relative clause whose subject is "that" or "who", then
    // the main verb, a form of be or have, after its object (not past a new subject: "that made me realise it was").
    if (/^(?:that|who|which)$/.test(w.lower) && sawNoun && !sawRelative && next?.verb && !next.verb.forms.has('ing')) {
      const finite = next.verb.forms.has('past') || isSForm(next.verb);
      if (!finite || beForms.has(next.lower) || haveAux.has(next.lower)) return -1;
      for (let m = k + 2; m < Math.min(words.length, k + 8); m++) {
        const x = words[m];
        if (!x || x.isPunctuation || conjunctions.has(x.lower) || /^(?:it|i|we|they|he|she|you|there)$/.test(x.lower))
          return -1;
        if (finiteBeHave.has(x.lower)) return m;
        if (modals.has(x.lower) || (x.verb && !x.verb.noun && m > k + 2)) return -1;
      }
      return -1;
    }
    if (
      /^(?:and|or|but|nor|that|which|who|whom|whose|where|when|than|how|why|what|whether|if|while|because|since|although|though|as|unless|until)$/.test(
        w.lower,
      )
    )
      return -1;
    // "the features you plan to release next quarter looks": an infinitive that belongs to the relative clause.
    if (w.lower === 'to' && sawRelative && next?.verb?.forms.has('base')) {
      k++;
      continue;
    }
    // "to" before a verb starts an infinitive; before a noun it is a preposition ("approach to teaching is").
    if (w.lower === 'to') {
      if (!next || next.verb?.forms.has('base') || !next.isLower || !sawNoun) return -1;
      continue;
    }
    if (beForms.has(w.lower) || haveAux.has(w.lower) || /^(?:do|does|don't|doesn't)$/.test(w.lower))
      return sawNoun ? k : -1;
    if (modals.has(w.lower) || negatedDo.has(w.lower)) return -1;
    if (relativePronouns.has(w.lower)) return -1;
    if (w.verb && !w.verb.noun && !w.verb.forms.has('ing')) return sawNoun ? k : -1;
    // Not a noun with a relative clause after it: "the case studies you showed me were".
    // "with supplier lead times is": a noun before a plural noun and the verb after both modifies it; "around water
    // supply in the region is": a noun right after a preposition's bare noun is part of that noun.
    const modifiesPlural =
      (isNounLike(next) && !next.verb && numberOf(next) === 'plural' && finiteBeHave.has(words[k + 2]?.lower ?? '')) ||
      (isNounLike(words[k - 1]) &&
        !words[k - 1]?.verb &&
        numberOf(words[k - 1] as Word) === 'singular' &&
        prepositions.has(words[k - 2]?.lower ?? '') &&
        w.verb?.forms.has('base') === true &&
        !w.verb.forms.has('s'));
    if (
      w.verb?.noun &&
      (w.verb.forms.has('s') || w.verb.forms.has('base')) &&
      sawNoun &&
      !modifiesPlural &&
      // Right after a preposition it is that preposition's noun ("the processes you have in place for…"), unless
      // the preposition ends the relative clause ("the clients you work with sounds").
      (!prepositions.has(words[k - 1]?.lower ?? '') || relativeVerbAt === k - 2) &&
      (readsAsVerb(words, k) || takesComplement(words, k)) &&
      relativeSubjectEnd(words, k + 1) < 0
    )
      return k;
    if (w.verb && (w.verb.forms.has('past') || w.verb.forms.has('participle'))) return -1;
    if (!prepositions.has(w.lower) && !nounPhraseStarters.has(w.lower)) sawNoun = true;
  }
  return -1;
}

const indefinitePronouns = set(
  'someone somebody something somewhere anyone anybody anything anywhere everyone everybody everything nobody nothing',
);
const singularDeterminers = set('a an the this that each every one my your our their his her its another');

/** Whether the word before a relative pronoun is one singular thing: "someone", "a company", "the only place". */
const collectives = set(
  'team company panel board committee family group department crew organisation organization firm',
);
function isSingularAntecedent(words: Word[], i: number): boolean {
  const word = words[i];
  if (!word) return false;
  if (indefinitePronouns.has(word.lower)) return true;
  // "a company that value…": a collective noun takes either number ("the team are"), but after "a" it is one.
  if (collectives.has(word.lower) && /^(?:a|an|every|each|another)$/.test(words[i - 1]?.lower ?? '')) return true;
  if (numberOf(word) !== 'singular' || (word.verb && !word.verb.noun)) return false;
  for (let d = i - 1; d >= Math.max(0, i - 3); d--) {
    const w = words[d];
    if (!w?.isLower || w.isPunctuation) return false;
    if (singularDeterminers.has(w.lower)) return true;
    if (w.verb && !w.verb.noun) return false;
  }
  return false;
}

/** "somewhere that take code review seriously", "someone who care": the verb agrees with a singular antecedent. */
function relativeAgreement(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:that|who|which)$/.test(word.lower) || !isSingularAntecedent(words, i - 1)) return;
    const j = isAdverbBetween(words[i + 1]) ? i + 2 : i + 1;
    const next = words[j];
    const verb = verbOf(next);
    if (!next || !verb || verb.forms.size !== 1 || !verb.forms.has('base')) return;
    // A word that is also a noun ("value", "need") is the verb when an object follows it, or a bare noun that ends
    // the clause ("a company that value diversity."); not in "the idea that value matters".
    const object = words[j + 1];
    const end = words[j + 2];
    const bareObject =
      isNounLike(object) &&
      !object.verb &&
      (end === undefined || end.isPunctuation || /^(?:and|or|but)$/.test(end.lower));
    if (verb.noun && !takesComplement(words, j) && !bareObject) return;
    if (/^(?:be|have|do)$/.test(verb.base)) return;
    const sForm = verbFormOf(verb.base, 's');
    if (sForm) out.push(issue('grammar.agreement', 'The verb does not agree with its subject.', next, sForm));
  });
}

/** Verbs that take "through" as their particle: "walk me through", "go through", "read through". */
const throughVerbs = set(
  'walk talk go get look read work take guide put pass run come see follow think step lead sit browse',
);
const objectPronouns = set('me us you them him her everyone');

/**
 * "walk me though the diagrams", "went though the process": "though" after a verb that takes "through", before a
 * noun phrase that is not a clause of its own (as in "we talked though the call was short").
 */
function thoughForThrough(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'though') return;
    const object = objectPronouns.has(words[i - 1]?.lower ?? '');
    const verb = verbOf(words[object ? i - 2 : i - 1]);
    if (!verb || !throughVerbs.has(verb.base) || !determiners.has(words[i + 1]?.lower ?? '')) return;
    for (let k = i + 2; k < Math.min(words.length, i + 7); k++) {
      const w = words[k];
      if (!w || w.isPunctuation) break;
      if (
        beForms.has(w.lower) ||
        haveAux.has(w.lower) ||
        modals.has(w.lower) ||
        (w.verb && !w.verb.noun && !w.verb.forms.has('ing'))
      )
        return;
    }
    out.push(issue('grammar.word-choice', 'Did you mean "through"?', word, 'through'));
  });
}

/** "its clearly very well thought through": "its" before an adverb and a complement is "it's". */
const lyAdjectives = set(
  'early lovely friendly daily weekly monthly yearly quarterly likely costly only family lonely lively timely hourly nightly orderly elderly ugly holy silly curly',
);
function itsBeforeAdverb(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'its') return;
    const adverb = words[i + 1];
    if (!adverb?.isLower || !/ly$/.test(adverb.lower) || adverb.lower.length < 5) return;
    if (lyAdjectives.has(adverb.lower) || /-/.test(adverb.lower) || verbForms.has(adverb.lower)) return;
    const next = words[i + 2];
    const after = words[i + 3];
    const complement =
      next !== undefined &&
      (complementStarters.has(next.lower) ||
        /^(?:a|an|the|not|been|going|one)$/.test(next.lower) ||
        after === undefined ||
        after.isPunctuation ||
        /^(?:and|to|that|for|with|in|how|when)$/.test(after.lower));
    if (complement) out.push(issue('grammar.word-choice', 'Did you mean "it\'s" (it is)?', word, "it's"));
  });
}

/** "I enjoys", "these decisions takes", "she explain": the verb agrees with its subject. */
function subjectAgreement(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    // "I really appreciates it", "she also explain": one adverb may stand between the pronoun and its verb.
    const adverb =
      isAdverbBetween(words[i + 1]) && (/^(?:i|we|they|you|he|she|it)$/.test(word.lower) || isPluralSubject(words, i))
        ? 1
        : 0;
    const next = words[i + 1 + adverb];
    const verb = verbOf(next);
    if (!verb || !next) return;
    const before = words[i - 1];
    const plural =
      (word.text === 'I' && !(before && /^\p{Lu}/u.test(before.text) && !atClauseStart(words, i - 1))) ||
      (/^(?:we|they|you)$/.test(word.lower) && atClauseStart(words, i)) ||
      // "these decisions takes": a plural noun after a determiner (not "the news", "the process", "analytics").
      (isPluralSubject(words, i) && (!verbForms.has(word.lower) || (before !== undefined && isPossessor(before))));
    if (plural && isSForm(verb) && verb.base !== 'have' && verb.base !== 'do') {
      out.push(issue('grammar.agreement', 'The verb does not agree with its subject.', next, verb.base));
      return;
    }
    // "she explain", "because it seem": he, she and it take the -s form.
    const singular =
      (/^(?:he|she)$/.test(word.lower) || (word.lower === 'it' && word.text !== 'IT' && atClauseStart(words, i))) &&
      !(
        before &&
        (modals.has(before.lower) ||
          /^(?:do|does|did|to|let|make|made|help|helped|have|has|had|watch|saw|see|hear|heard)$/.test(before.lower) ||
          whWords.has(before.lower))
      );
    if (!singular || !verb.forms.has('base') || verb.forms.size > 1 || /^(?:be|have|do)$/.test(verb.base)) return;
    // "I suggested that she apply": the subjunctive after asking and recommending.
    const earlier = words.slice(0, i).map((w) => w.lower);
    if (
      earlier.some((w) =>
        /^(?:suggest|recommend|insist|request|propos|requir|demand|ask|essential|important|vital|crucial)/.test(w),
      )
    )
      return;
    const sForm = verbFormOf(verb.base, 's');
    if (sForm) out.push(issue('grammar.agreement', 'The verb does not agree with its subject.', next, sForm));
  });
}

/** Determiners a plural noun phrase may start with. */
const pluralStarters = set('the these those my your our their his her many several both all most some few no');
/** Plural nouns that measure an amount and take a singular verb ("ten minutes is plenty"). */
const measureNouns = set('seconds minutes hours days weeks months years miles dollars pounds euros percent points');
const numberWords = set('two three four five six seven eight nine ten twenty thirty hundred thousand few couple');

/** A word that may stand before the head of a noun phrase: "hiring decisions", "the new features". */
const isAcronym = (w: Word | undefined) => w !== undefined && /^[A-Z][A-Z0-9]{1,4}$/.test(w.text) && w.text !== 'I';

function isPremodifier(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w || w.isPunctuation || isFunctionWord(w) || (w.lower.endsWith('ly') && !lyAdjectives.has(w.lower)))
    return false;
  // A plural noun is the head of its own phrase ("your engineers partition…"), not a modifier.
  if (w.isLower && !w.verb && numberOf(w) === 'plural') return false;
  // An acronym before a noun describes it ("the new ERP system", "your HR team").
  if (isAcronym(w)) return isLowerWord(words[k + 1]) && !isFunctionWord(words[k + 1] as Word);
  // A capital only at the start of a sentence ("Hiring decisions…"); mid-sentence it is a name.
  if (!w.isLower && !(k === 0 || /^[.!?;:]$/.test(words[k - 1]?.text ?? ''))) return false;
  const verb = w.isLower ? w.verb : (verbForms.get(w.lower) ?? null);
  if (!verb || verb.forms.has('ing')) return true;
  // A noun before a noun is singular ("support tickets"), so a twin in its -s form is the verb: "the way your team
  // calls tickets is…".
  if (isSForm(verb) && k > 0 && isNounLike(words[k - 1])) return false;
  // "the interview felt…": a past form is the verb, even of a word that is also a noun ("feel").
  return verb.noun ? !verb.forms.has('past') : verb.forms.has('participle') && /ed$/.test(w.lower);
}

/**
 * "Hiring decisions takes time", "the new features looks great", "the way your analysts uses…": a plural noun
 * phrase (bare, or after a determiner, with up to two words before its noun) that starts a clause, and the
 * verb right after it.
 */
function pluralPhraseAgreement(words: Word[], out: Finding[]): void {
  words.forEach((head, i) => {
    if (numberOf(head) !== 'plural' || measureNouns.has(head.lower) || (head.verb && !head.verb.noun)) return;
    let s = i;
    while (s > i - 2 && isPremodifier(words, s - 1)) s--;
    // "the role needs": a word that is also a verb may be the verb of the word before it.
    if (head.verb && s < i) return;
    const det = words[s - 1];
    const phrase = words.slice(s - 1, i);
    if (phrase.some((w) => numberWords.has(w.lower) || /^\d/.test(w.text))) return;
    // "My experience leading projects is broad": the -ing phrase completes "experience", whose verb it is.
    for (let k = s - 1; k < i; k++)
      if (ingComplementNouns.has(words[k]?.lower ?? '') && /ing$/.test(words[k + 1]?.lower ?? '')) return;
    let slot: boolean;
    if (det && pluralStarters.has(det.lower)) {
      const before = words[s - 2];
      // The subject of a relative clause after a noun ("the way your analysts uses") also counts, but not the
      // object of a preposition ("the training of your analysts uses" agrees with "training").
      slot =
        (atClauseStart(words, s - 1) && !/^(?:and|or|nor)$/.test(before?.lower ?? '')) ||
        clauseTakers.has(before?.lower ?? '') ||
        afterHowAdjective(words, s - 1) ||
        (isNounPhraseHead(words, s - 2) && !head.verb);
      if (/^(?:the|my|your|our|their|his|her)$/.test(det.lower) && s === i && !slot) return;
    } else {
      // A bare plural: only at the start of a clause, and not after "and" or "or", which more often join it to
      // the noun before ("SLOs and error budgets was" agrees with "your explanation").
      slot =
        (atClauseStart(words, s) && !/^(?:and|or|nor|[/&+(-])$/.test(det?.lower ?? '')) ||
        clauseTakers.has(det?.lower ?? '');
      if (s === i && !head.isLower) return;
    }
    if (!slot || words.slice(Math.max(0, s - 6), s).some((w) => /^(?:if|wish|though)$/.test(w.lower))) return;
    const v = isAdverbBetween(words[i + 1]) && words[i + 1]?.lower !== 'not' ? i + 2 : i + 1;
    const verbWord = words[v];
    if (!verbWord?.isLower) return;
    const fix = toPlural[verbWord.lower];
    const verb = verbOf(verbWord);
    if (fix) out.push(issue('grammar.agreement', 'The verb does not agree with the plural subject.', verbWord, fix));
    else if (verb && isSForm(verb) && !/^(?:have|do)$/.test(verb.base) && (!verb.noun || readsAsVerb(words, v)))
      out.push(issue('grammar.agreement', 'The verb does not agree with the plural subject.', verbWord, verb.base));
  });
}

/** "managers who takes the time", "tools that helps": after a plural noun, "who" and "that" take a plural verb. */
function pluralRelativeAgreement(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:who|that)$/.test(word.lower)) return;
    const antecedent = words[i - 1];
    if (!antecedent || numberOf(antecedent) !== 'plural' || antecedent.verb || measureNouns.has(antecedent.lower))
      return;
    // "one of the few companies that takes…" is common and defensible; leave it.
    if (words.slice(Math.max(0, i - 6), i).some((w) => w.lower === 'one')) return;
    // After a subject pronoun the -s word is a verb the lists do not know ("it emails that…").
    if (subjectPronouns.has(words[i - 2]?.lower ?? '')) return;
    const v = isAdverbBetween(words[i + 1]) && words[i + 1]?.lower !== 'not' ? i + 2 : i + 1;
    const verbWord = words[v];
    if (!verbWord?.isLower) return;
    const fix = toPlural[verbWord.lower];
    const verb = verbOf(verbWord);
    // After "that" a noun may follow ("told the managers that reviews…"), so the -s word must read as a verb.
    const surelyVerb = verb !== null && (!verb.noun || word.lower === 'who' || readsAsVerb(words, v));
    if (fix) out.push(issue('grammar.agreement', 'The verb does not agree with the plural subject.', verbWord, fix));
    else if (verb && isSForm(verb) && !/^(?:have|do)$/.test(verb.base) && surelyVerb)
      out.push(issue('grammar.agreement', 'The verb does not agree with the plural subject.', verbWord, verb.base));
  });
}

/** People and organisations, whose things a message talks about: "the team's goals", "the manager's feedback". */
const possessors = set(
  `team company panel client customer colleague candidate engineer analyst member department organisation
  organization firm group board committee partner peer student graduate applicant intern employee scientist
  specialist consultant director executive founder leader manager recruiter interviewer employer developer designer
  reviewer owner user mentor researcher architect lead coach teacher tutor friend lab studio school university
  charity agency startup clinic hospital council`,
);
const ownedAdjectives = set('own new main biggest next first last recent current whole key top early');
/** Adjectives that never head a noun phrase themselves, so the word after them is its noun ("the main challenges"). */
const pureAdjectives = set('new main biggest greatest next recent current whole early other same real various');

/** Nouns for what someone has, feels or gives, by their ending: enthusiasm, priorities, commitment, decision. */
const abstractNoun = /(?:ness|ment|ments|tion|tions|sion|sions|ity|ities|ism|ance|ence|ship|ies|ise|ize|ledge)$/;
const possessedNouns = set(
  `feedback advice time goals values culture vision mission priorities plans roadmap questions comments thoughts
  insights insight input support help guidance perspective views expertise experience energy passion interest work
  process approach strategy decision decisions email message note notes reply response patience kindness openness
  honesty generosity hospitality enthusiasm energy ideas concerns needs expectations product products platform
  projects project office offices website tools stack codebase focus care pride drive attention`,
);

/** "the teams enthusiasm", "our managers feedback": a person or organisation noun owning the noun after it. */
function missingPossessive(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!word.isLower || !/[^s]s$/.test(word.lower)) return;
    // After a determiner, or a determiner and one word: "the teams enthusiasm", "the hiring managers feedback".
    const det = objectDeterminers.has(words[i - 1]?.lower ?? '')
      ? words[i - 1]
      : isPremodifier(words, i - 1) && words[i - 1]?.isLower
        ? words[i - 2]
        : undefined;
    if (!det || !objectDeterminers.has(det.lower)) return;
    const singular = word.lower.slice(0, -1);
    if (!possessors.has(singular)) return;
    let next = words[i + 1];
    if (!next?.isLower || next.isPunctuation || isFunctionWord(next)) return;
    // "the teams current challenges": an adjective between the owner and the thing owned.
    // After a preposition the plural cannot be a subject, so a bare noun before a plural one is a modifier of
    // the thing owned too ("about the teams growth plans").
    const afterPreposition = prepositions.has(words[words.indexOf(det) - 1]?.lower ?? '');
    const adjective =
      !next.verb &&
      !pluralQuantifiers.has(next.lower) &&
      (adjectiveEnding.test(next.lower) ||
        ownedAdjectives.has(next.lower) ||
        (afterPreposition && isNounLike(next) && numberOf(next) === 'singular'));
    const owned = words[i + 2];
    if (adjective && isNounLike(owned) && !measureNouns.has(owned.lower) && numberOf(owned) === 'plural') {
      out.push(
        issue(
          'grammar.possessive',
          `Did you mean "${singular}'s"? A possessive needs an apostrophe.`,
          word,
          `${singular}'s`,
        ),
      );
      return;
    }
    next = words[i + 1] ?? next;
    // A verb with its object ("your engineers partition ledgers", "the teams use the…") reads the plural as a
    // subject. A word that may be a verb counts as a noun only when the clause's verb comes after it ("your
    // teams approach was…", "your groups work on malaria is…").
    const after = words[i + 2];
    if (
      after &&
      (objectDeterminers.has(after.lower) || (isNounLike(after) && !after.verb && numberOf(after) === 'plural'))
    )
      return;
    const phraseStart = prepositions.has(after?.lower ?? '') ? i + 3 : i + 2;
    const later = next.verb ? words[verbInPredicate(words, phraseStart, false)] : undefined;
    // After a preposition the plural is an object, so the word after it cannot be its verb ("by the labs work").
    const objectOfPreposition = prepositions.has(words[words.indexOf(det) - 1]?.lower ?? '');
    const nounAfter =
      !next.verb ||
      objectOfPreposition ||
      /^(?:is|was|has|of)$/.test(after?.lower ?? '') ||
      /^(?:is|was|has)$/.test(later?.lower ?? '');
    if (!nounAfter || !(possessedNouns.has(next.lower) || abstractNoun.test(next.lower))) return;
    out.push(
      issue(
        'grammar.possessive',
        /[^aeiou]ys$/.test(word.lower)
          ? `Did you mean "${singular}'s"? A possessive needs an apostrophe.`
          : `Did you mean "${singular}'s" (or "${word.lower}'" for several)? A possessive needs an apostrophe.`,
        word,
        `${singular}'s`,
      ),
    );
  });
}

/** "I spoke to quickly", "it was to late to apply": "to" before an adverb or adjective that ends the phrase. */
const degreeWords = set('much many late early soon often long far fast slow busy hard big small broad vague general');
const lyNouns = set('family assembly anomaly monopoly belly jelly folly rally tally ally lily holly bully');
function tooForTo(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'to') return;
    const next = words[i + 1];
    const after = words[i + 2];
    if (!next?.isLower || next.verb || lyNouns.has(next.lower)) return;
    if (lyAdjectives.has(next.lower) && !degreeWords.has(next.lower)) return;
    const adverb = (next.lower.endsWith('ly') && next.lower.length > 4) || degreeWords.has(next.lower);
    const ends = after === undefined || after.isPunctuation || /^(?:and|but|or|so|for|to)$/.test(after.lower);
    // "from manual to automated", "from early to late": a range, not a degree.
    if (!adverb || !ends || words.slice(Math.max(0, i - 6), i).some((w) => w.lower === 'from')) return;
    // "much" and "many" may be nouns' quantifiers ("to many of you"): only before a clause's end.
    if (/^(?:much|many|long|far)$/.test(next.lower) && after !== undefined && !after.isPunctuation) return;
    out.push(issue('grammar.word-choice', 'Did you mean "too" (excessively)?', word, 'too'));
  });
  words.forEach((word, i) => {
    if (word.lower !== 'to') return;
    const next = words[i + 1];
    const after = words[i + 2];
    if (!next?.isLower || !/^(?:long|much|many)$/.test(next.lower) || !after) return;
    const before = words[i - 1]?.lower ?? '';
    // "I spent to long on the database", "took to much time", "way to long": time or effort spent, or a degree
    // word before it, makes "to" the adverb "too" ("I talked to many people" and "to long for" stay).
    const spending = timeSpenders.has(before) || /^(?:way|far|much)$/.test(before);
    const longBeforePhrase =
      next.lower === 'long' && prepositions.has(after.lower) && !/^(?:for|to)$/.test(after.lower);
    // "put to many candidates" and "added to many problems" are the preposition: "many" only after spending time.
    const many = next.lower === 'many' && !/^(?:put|putting|added)$/.test(before);
    const muchBeforeNoun =
      (next.lower === 'much' || many) &&
      spending &&
      isNounLike(after) &&
      after.lower !== 'of' &&
      !after.verb?.forms.has('ing');
    if ((next.lower === 'long' && (spending || longBeforePhrase)) || muchBeforeNoun)
      out.push(issue('grammar.word-choice', 'Did you mean "too" (excessively)?', word, 'too'));
  });
}
/** Adjectives without a telling ending that "too" often goes before: "was to long", "were to similar". */
const plainDegreeAdjectives = set(
  'long short similar late early hard easy simple vague general broad narrow high low slow fast busy big small young old quick brief',
);
/**
 * "my answer was to long and I…", "the case studies were to similar to each other": after "be" or a verb of
 * seeming, "to" before an adjective that is no verb is "too" ("was to blame" and "was to hand" stay).
 */
function tooAfterBe(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (
      word.lower !== 'to' ||
      !/^(?:is|was|were|are|be|been|seemed|seems|felt|feels|got|looked|sounded)$/.test(words[i - 1]?.lower ?? '')
    )
      return;
    const next = words[i + 1];
    const after = words[i + 2];
    if (!next?.isLower || next.verb) return;
    const adjective =
      plainDegreeAdjectives.has(next.lower) ||
      (/(?:ous|ive|ful|able|ible|ic|less|ary|ar|al)$/.test(next.lower) && !/(?:ment|body|one)$/.test(next.lower));
    const ends =
      after === undefined || after.isPunctuation || /^(?:and|but|or|so|for|to|compared|with|in)$/.test(after.lower);
    // "the shift was to digital", "from manual to automated": a destination, not a degree.
    const destination = words
      .slice(Math.max(0, i - 8), i)
      .some((w) =>
        /^(?:from|move|shift|switch|transition|change|return|trip|visit|journey|pivot|migration)$/.test(w.lower),
      );
    if (!adjective || !ends || destination) return;
    out.push(issue('grammar.word-choice', 'Did you mean "too" (excessively)?', word, 'too'));
  });
}

/** Verbs of spending time or effort, after which "to long", "to much" mean "too": "I spent to long on it". */
const timeSpenders = set(
  'spent spend spending spends took take taking takes waited wait put putting added dwelt lingered',
);

/** Determiners of one thing: "this experience", "my manager". */
const singularPhraseStarters = set('the this that my your our their his her its a an another each every');

/**
 * A noun phrase at the start of a clause (a determiner, up to two words before its noun): the index of its noun,
 * or -1. "The team's feedback", "this whole experience", "my manager".
 */
function nounPhraseAt(words: Word[], d: number): number {
  let h = d + 1;
  // Not onto a verb with its object: "each engineer own a service".
  while (
    h < d + 3 &&
    isPremodifier(words, h) &&
    (isNounLike(words[h + 1]) || (isAcronym(words[h + 1]) && isPremodifier(words, h + 1))) &&
    !(words[h + 1]?.verb && (takesComplement(words, h + 1) || readsAsVerb(words, h + 1))) &&
    // Nor onto the -ing verb of a phrase after the noun: "my experience leading projects" (after an adjective it
    // describes the noun: "the flexible working policy").
    (!words[h + 1]?.verb?.forms.has('ing') ||
      (!words[h]?.verb &&
        adjectiveBefore(words[h] as Word) &&
        isNounLike(words[h + 2]) &&
        !words[h + 2]?.verb?.forms.has('ing')))
  )
    h++;
  const head = words[h];
  return isNounLike(head) && (!head.verb || (head.verb.noun && !head.verb.forms.has('past'))) ? h : -1;
}

/**
 * A relative clause without "that" starting at `i`: a subject pronoun and its verb. "The colour palette work you
 * showed me was…" is the work (a noun) that you showed, not the palette working.
 */
const startsRelativeClause = (words: Word[], i: number) =>
  /^(?:i|you|we|they|he|she)$/.test(words[i]?.lower ?? '') && verbOf(words[i + 1]) !== null;

/** Whether the word at `d` starts a clause's subject: after a full stop, a comma or a clause word, not "and". */
const subjectStartsAt = (words: Word[], d: number) =>
  (atClauseStart(words, d) && !/^(?:and|or|nor|[/&+(-])$/.test(words[d - 1]?.lower ?? '')) ||
  clauseTakers.has(words[d - 1]?.lower ?? '') ||
  afterHowAdjective(words, d);

/** "how important the customer experience is", "how relaxed the panel were": the subject after "how" and an adjective. */
function afterHowAdjective(words: Word[], d: number): boolean {
  const adjective = words[d - 1];
  return (
    words[d - 2]?.lower === 'how' &&
    isLowerWord(adjective) &&
    !isFunctionWord(adjective) &&
    (!adjective.verb || adjective.verb.forms.has('participle'))
  );
}

/** An adjective read as a noun phrase's head ("the new hire": "new" is no subject of "hire"). */
const adjectiveBefore = (w: Word) => ownedAdjectives.has(w.lower) || adjectiveEnding.test(w.lower);
/** Whether a verb (or be, have, do, a modal) stands at `k`: then the word before it was a noun ("the hire is"). */
const verbFollows = (words: Word[], k: number) => {
  const w = words[k];
  if (!w) return false;
  return (
    beForms.has(w.lower) ||
    haveAux.has(w.lower) ||
    modals.has(w.lower) ||
    /^(?:do|does|did)$/.test(w.lower) ||
    (w.verb !== null && !w.verb.forms.has('ing'))
  );
};

/**
 * "This experience have taught me", "my manager were": a singular noun phrase starting a clause and the be, have
 * or do right after it. And "the manager and the recruiter was": two noun phrases joined by "and" are plural.
 */
function phraseSubjectAgreement(words: Word[], out: Finding[]): void {
  words.forEach((det, d) => {
    if (!singularPhraseStarters.has(det.lower) || !subjectStartsAt(words, d)) return;
    if (words.slice(Math.max(0, d - 6), d).some((w) => /^(?:if|wish|though)$/.test(w.lower))) return;
    // "my years as a teacher have…": after a plural noun, "as" is the preposition of a role, not a clause.
    if (words[d - 1]?.lower === 'as' && words[d - 2] !== undefined && numberOf(words[d - 2] as Word) === 'plural')
      return;
    const h = nounPhraseAt(words, d);
    const head = words[h];
    if (h < 0 || !head) return;
    const next = words[h + 1];
    if (!next || likeAfterSeeming(words, h + 1)) return;
    // "The manager, together with the team, were…": past an aside between commas to the verb.
    if (next.text === ',' && /^(?:along|together|alongside|combined|coupled)$/.test(words[h + 2]?.lower ?? '')) {
      if (numberOf(head) === 'singular' && !collectives.has(head.lower))
        checkAgreement(words, 'singular', verbInPredicate(words, h + 1, true), out);
      return;
    }
    // "An honest discussion like that is rare": "like" before a short phrase and the clause's own verb is the
    // preposition.
    if (
      next.lower === 'like' &&
      words
        .slice(h + 2, h + 6)
        .some((w) => /^(?:is|was|are|were|has|had|will|would|can|could|makes|made)$/.test(w.lower))
    )
      return;
    if (numberOf(head) === 'singular' && !/^(?:these|those)$/.test(det.lower)) {
      const fix = toSingular[next.lower];
      const verb = verbOf(next);
      const sForm = verb ? verbFormOf(verb.base, 's') : null;
      if (fix) out.push(issue('grammar.agreement', 'The verb does not agree with the singular subject.', next, fix));
      // "The offer letter say…", "your colleague explain…": a verb in its base form only, after a subject that
      // is not the object of "see", "help", "make" or "let" ("I saw the manager explain it") nor a subjunctive.
      else if (
        verb &&
        sForm &&
        verb.forms.size === 1 &&
        verb.forms.has('base') &&
        // A verb that is never a noun ("the role require strong…") needs no object to show it is the verb.
        (takesComplement(words, h + 1) || (!verb.noun && !adjectiveBefore(head) && !verbFollows(words, h + 2))) &&
        !/^(?:be|have|do)$/.test(verb.base) &&
        !bareInfinitiveTakers.has(words[d - 1]?.lower ?? '') &&
        !words.slice(0, d).some((w) => subjunctiveTriggers.test(w.lower)) &&
        !startsRelativeClause(words, h + 2)
      )
        out.push(issue('grammar.agreement', 'The verb does not agree with the singular subject.', next, sForm));
      // "My experience leading cross-functional projects make me…": past an -ing phrase to the verb.
      else if (
        next.isLower &&
        /^\p{L}{3,}ing$/u.test(next.lower) &&
        (!next.verb || isIng(next.verb)) &&
        !ingNouns.test(next.lower)
      )
        checkAgreement(words, 'singular', verbInPredicate(words, h + 2, false, true), out);
    }
    // "The hiring manager and the recruiter was both…": a second noun phrase with its own determiner.
    if (next.lower !== 'and' || /^(?:each|every)$/.test(det.lower)) return;
    const det2 = words[h + 2];
    if (!det2 || !singularPhraseStarters.has(det2.lower) || /^(?:a|an)$/.test(det.lower)) return;
    const h2 = nounPhraseAt(words, h + 2);
    if (h2 < 0) return;
    // "the equipment and the expertise of your technicians is": past a phrase after the second noun.
    const v = prepositions.has(words[h2 + 1]?.lower ?? '') ? verbInPredicate(words, h2 + 2, false) : h2 + 1;
    const verbWord = words[v];
    if (v < 0 || !verbWord) return;
    const verb = verbOf(verbWord);
    const fix = /^(?:is|was|has|isn't|wasn't|hasn't|doesn't)$/.test(verbWord.lower)
      ? toPlural[verbWord.lower]
      : verb && isSForm(verb) && !/^(?:have|do)$/.test(verb.base) && (!verb.noun || readsAsVerb(words, v))
        ? verb.base
        : null;
    if (fix) out.push(issue('grammar.agreement', 'Two things joined by "and" take a plural verb.', verbWord, fix));
  });
}

/**
 * "Learning about your goals have made me…": an -ing clause that opens a sentence and takes an object or a phrase
 * is one thing, so its verb is singular. Not "Hiring managers are…" or "Training sessions were…", where the -ing
 * word describes a plural noun.
 */
/** -ing words that work as prepositions: "Including the interns there were twelve of us". */
const ingPrepositions = set(
  'including regarding concerning considering following according excluding assuming barring pending',
);
function gerundSubjectAgreement(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    const before = words[i - 1];
    if (before && !/^[.!?:;]$/.test(before.text)) return;
    // Any -ing word the verb list does not know otherwise ("Reading", "Building"), but not a noun ("Morning").
    const verb = verbForms.get(word.lower);
    if (!/^\p{L}{3,}ing$/u.test(word.lower) || ingNouns.test(word.lower) || ingPrepositions.has(word.lower)) return;
    if (verb && (!verb.forms.has('ing') || verb.forms.size !== 1)) return;
    const next = words[i + 1];
    if (!next?.isLower) return;
    const object =
      (prepositions.has(next.lower) && next.lower !== 'to') ||
      objectDeterminers.has(next.lower) ||
      /^(?:a|an|me|us|them|him|it|you|new|people|other|others)$/.test(next.lower);
    if (!object) return;
    const pronoun = /^(?:me|us|them|him|it|you)$/.test(next.lower);
    const v = verbInPredicate(words, pronoun ? i + 2 : i + 1, pronoun, false, true);
    const verbWord = words[v];
    const fix = verbWord ? toSingular[verbWord.lower] : undefined;
    if (verbWord && fix && /^(?:are|were|have|aren't|weren't|haven't)$/.test(verbWord.lower))
      out.push(issue('grammar.agreement', 'An -ing clause as the subject takes a singular verb.', verbWord, fix));
  });
}

/** "There is many reasons", "there was several questions": "there is" agrees with what follows it. */
const bareInfinitiveTakers = set(
  'see saw seen hear heard notice noticed watch watched help helped make made let have had',
);
const subjunctiveTriggers =
  /^(?:suggest|recommend|insist|request|propos|requir|demand|ask|essential|important|vital|crucial)/;

/** "Everyone on the panel were", "nobody have": these pronouns take a singular verb. */
function indefiniteAgreement(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!indefinitePronouns.has(word.lower) || !subjectStartsAt(words, i)) return;
    const next = words[i + 1];
    if (!next) return;
    if (prepositions.has(next.lower) && next.lower !== 'to')
      checkAgreement(words, 'singular', verbInPredicate(words, i + 2, false), out);
    // "Everyone I met seem…": past a relative clause with its own subject.
    else if (relativeSubjectEnd(words, i + 1) > 0)
      checkAgreement(words, 'singular', verbInPredicate(words, i + 1, true), out);
    else {
      const fix = toSingular[next.lower];
      if (fix) out.push(issue('grammar.agreement', `"${word.lower}" takes a singular verb.`, next, fix));
    }
  });
}

/** "these kind of projects", "this areas", "every candidates": the determiner and its noun agree in number. */
function determinerNumber(words: Word[], out: Finding[]): void {
  words.forEach((det, i) => {
    const noun = words[i + 1];
    if (!noun?.isLower) return;
    if (
      /^(?:these|those)$/.test(det.lower) &&
      /^(?:kind|sort|type)$/.test(noun.lower) &&
      words[i + 2]?.lower === 'of'
    ) {
      const fix = det.lower === 'these' ? 'this' : 'that';
      out.push(
        issue('grammar.agreement', `Write "${fix} ${noun.lower} of" or "${det.lower} ${noun.lower}s of".`, det, fix),
      );
      return;
    }
    // "many of the challenge you described": a number of things from a group is plural.
    if (/^(?:many|several|few|both|two|three|four|five)$/.test(det.lower) && noun.lower === 'of') {
      let h = i + 2;
      if (!objectDeterminers.has(words[h]?.lower ?? '')) return;
      h++;
      while (h < i + 5 && isPremodifier(words, h) && isNounLike(words[h + 1]) && !words[h + 1]?.verb) h++;
      const head = words[h];
      const after = words[h + 1];
      if (!isNounLike(head) || numberOf(head) !== 'singular' || measureNouns.has(head.lower)) return;
      if (after && !after.isPunctuation && /^(?:of|'s)$/.test(after.lower)) return;
      // "several of the unit tests failed": a noun before a plural noun (that may also be a verb) modifies it.
      if (after?.isLower && isNounLike(after) && numberOf(after) === 'plural') return;
      const plural = /(?:s|x|z|ch|sh)$/.test(head.lower)
        ? `${head.lower}es`
        : /[^aeiou]y$/.test(head.lower)
          ? `${head.lower.slice(0, -1)}ies`
          : `${head.lower}s`;
      out.push(issue('grammar.agreement', `After "${det.lower} of", use the plural ("${plural}").`, head, plural));
      return;
    }
    if (!/^(?:this|each|every|another)$/.test(det.lower)) return;
    // "this areas": a plainly plural noun (not a verb: "this helps"), with nothing after it that makes it a
    // modifier ("this sales role", "every two weeks").
    // "this two weeks" counts a stretch, but "every months" has no number to count with.
    if (
      numberOf(noun) !== 'plural' ||
      noun.verb ||
      (measureNouns.has(noun.lower) && !/^(?:every|each)$/.test(det.lower))
    )
      return;
    // Nothing after it that makes it a verb the lists do not know ("this reads like…", "this costs us…"); a past
    // or a modal after it makes it the subject's noun ("this experiences helped me").
    const after = words[i + 2];
    const ends =
      after === undefined ||
      after.isPunctuation ||
      (prepositions.has(after.lower) && after.lower !== 'about') ||
      beForms.has(after.lower) ||
      haveAux.has(after.lower) ||
      modals.has(after.lower) ||
      (after.verb !== null && isPast(after.verb)) ||
      /^(?:and|or|that|which)$/.test(after.lower);
    if (!ends) return;
    // "don't worry if this slips": where a clause starts, "this" is the subject and a last -s word its verb.
    const before = words[i - 1];
    const clauseSlot =
      before !== undefined &&
      !before.isPunctuation &&
      (conjunctions.has(before.lower) || clauseTakers.has(before.lower));
    if (clauseSlot && (after === undefined || after.isPunctuation)) return;
    const singular = noun.lower.replace(/ies$/, 'y').replace(/s$/, '');
    out.push(
      issue('grammar.agreement', `"${det.lower}" goes with one thing: "${singular}", or "these".`, noun, singular),
    );
  });
}

const pluralQuantifiers = set(
  'many several numerous various two three four five six seven eight nine ten few multiple',
);
function existentialAgreement(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'there') return;
    // "There was several…", and the question "Was there any parts…?".
    // "I was glad to hear there is…": after a verb that takes a clause a new clause starts.
    const previous = words[i - 1]?.lower ?? '';
    const statement =
      /^(?:is|was|isn't|wasn't)$/.test(words[i + 1]?.lower ?? '') &&
      (atClauseStart(words, i) || clauseVerbs.has(previous) || clauseTakers.has(previous));
    const question = /^(?:is|was|isn't|wasn't)$/.test(words[i - 1]?.lower ?? '') && atClauseStart(words, i - 1);
    if (!statement && !question) return;
    let k = i + (statement ? 2 : 1);
    if (words[k]?.lower === 'a' && words[k + 1]?.lower === 'few') k++;
    const quantified = pluralQuantifiers.has(words[k]?.lower ?? '') || words[k]?.lower === 'any';
    if (quantified) k++;
    while (k < i + 6 && isPremodifier(words, k) && isNounLike(words[k + 1])) k++;
    const noun = words[k];
    if (!noun || numberOf(noun) !== 'plural' || (noun.verb && !noun.verb.noun)) return;
    const after = words[k + 1];
    // "There was lots of…", "there is one of…": only a plainly plural noun phrase.
    if (!quantified && after?.lower === 'of') return;
    const verbWord = words[statement ? i + 1 : i - 1];
    const fix = verbWord ? toPlural[verbWord.lower] : undefined;
    if (verbWord && fix)
      out.push(
        issue(
          'grammar.agreement',
          'With a plural after it, write "there are".',
          verbWord,
          keepCase(verbWord.text, fix),
        ),
      );
  });
  // "There are a chance…", "Were there any part that…": a plural verb before one thing.
  words.forEach((word, i) => {
    if (!/^(?:are|were|aren't|weren't)$/.test(word.lower)) return;
    const statement = words[i - 1]?.lower === 'there' && atClauseStart(words, i - 1);
    // "Were there a better option, we would…" is a condition, not a question: only before a question mark.
    const sentenceEnd = words.slice(i).find((w) => /^[.!?]$/.test(w.text));
    const question =
      words[i + 1]?.lower === 'there' &&
      atClauseStart(words, i) &&
      (!/^were/.test(word.lower) || sentenceEnd?.text === '?');
    if (!statement && !question) return;
    let k = question ? i + 2 : i + 1;
    if (!/^(?:a|an|another|any)$/.test(words[k]?.lower ?? '')) return;
    k++;
    while (k < i + 6 && isPremodifier(words, k) && isNounLike(words[k + 1])) k++;
    const noun = words[k];
    const phrase = words.slice(i + 1, k + 1);
    if (!noun || numberOf(noun) !== 'singular' || !isNounLike(noun) || quantityHeads.has(noun.lower)) return;
    if (noun.verb && (!noun.verb.noun || noun.verb.forms.has('past'))) return;
    if (phrase.some((w) => numberWords.has(w.lower) || pluralQuantifiers.has(w.lower) || /^\d/.test(w.text))) return;
    const after = words[k + 1];
    if (
      after &&
      !after.isPunctuation &&
      !prepositions.has(after.lower) &&
      !/^(?:that|which|who|where|when|why|i|you|we|they|he|she|it|to|the|my|your|our|their|this)$/.test(after.lower)
    )
      return;
    const fix = toSingular[word.lower];
    if (fix)
      out.push(issue('grammar.agreement', 'With one thing after it, write "there is" ("there was").', word, fix));
  });
}

/** Words that count or measure, heads of a phrase whose number is the noun after "of" ("a lot of people"). */
const quantityHeads = set('more less else other others left such lot bit deal plenty');

/** Verbs after which a clause may start without "that": "I hope you're well", "she said they're hiring". */
const clauseVerbs = set(
  `say tell explain mention show prove find remember forget learn read agree doubt imagine reckon bet ensure promise
  suggest confirm mean guess feel understand hope consider think know believe realise realize trust suppose hear
  notice see assume expect wish appreciate sense figure gather hope pretend decide note suspect recognise recognize
  fear accept acknowledge`,
);

/**
 * "I would value you're view", "sharing they're notes": right after a verb that takes an object (not a clause),
 * "you're" and "they're" before a noun are the possessives.
 */
/** Plural nouns for people and groups, which may follow "you're" and "they're" ("you're experts", "they're friends"). */
/** Nouns in -y, which "it's" never describes as an adjective would ("tell its story", "its strategy"). */
const yNouns = set(
  'story strategy policy company history journey identity community economy technology family energy quality safety delivery supply philosophy industry country city library',
);

function contractionAsPossessive(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    // "the school is expanding it's sixth form", "values it's people": after a verb that takes an object (not a
    // clause: "I can see it's people who…"), "it's" before a noun is the possessive.
    if (word.lower === "it's") {
      const before = words[i - 1];
      const next = words[i + 1];
      // "since it's launch", "after it's founding": after a preposition of time, a word that is a noun (or a noun
      // and a verb) cannot follow "it is", so it is owned ("since it's late" stays).
      if (
        /^(?:since|after|before|until|following|throughout|during)$/.test(before?.lower ?? '') &&
        next?.isLower &&
        (next.verb?.noun || possessedNouns.has(next.lower) || numberOf(next) === 'plural') &&
        !next.verb?.forms.has('ing') &&
        !next.verb?.forms.has('past')
      ) {
        out.push(issue('grammar.word-choice', 'Did you mean "its" (belonging to it)?', word, 'its'));
        return;
      }
      if (!before?.verb || !next || !isNounLike(next)) return;
      // After a verb that may take a clause, only a noun that cannot follow "it is" ("tell it's story").
      const clauseVerb = clauseTakers.has(before.lower) || clauseVerbs.has(before.verb.base);
      if ((clauseVerb && !yNouns.has(next.lower)) || /^(?:be|have|do)$/.test(before.verb.base)) return;
      // "given it's free", "provided it's ready": a participle used as a conjunction.
      if (/^(?:given|provided|providing|assuming|considering|granted|seeing)$/.test(before.lower)) return;
      // Surely a noun: a plural, a noun of what is owned, or a word before another noun ("its sixth form").
      const after = words[i + 2];
      const noun =
        numberOf(next) === 'plural' ||
        yNouns.has(next.lower) ||
        possessedNouns.has(next.lower) ||
        (abstractNoun.test(next.lower) && !next.verb) ||
        (!next.verb && isNounLike(after) && (!after.verb || after.verb.noun) && numberOf(after) !== null);
      if (noun) out.push(issue('grammar.word-choice', 'Did you mean "its" (belonging to it)?', word, 'its'));
      return;
    }
    const possessive = word.lower === "you're" ? 'your' : word.lower === "they're" ? 'their' : undefined;
    const before = words[i - 1];
    const next = words[i + 1];
    if (!possessive || !next || !isNounLike(next)) return;
    // "to learn you're processes": "you are" is never followed by a plural thing (unlike "you're friends",
    // "you're experts"), so that is the possessive whatever comes before.
    const pluralThing =
      numberOf(next) === 'plural' &&
      !personPlural.test(next.lower) &&
      !isAdverbBetween(words[i + 2]) &&
      !/^(?:and|or|of|in|on|at|with|to|who|that)$/.test(words[i + 2]?.lower ?? '');
    if (pluralThing) {
      out.push(issue('grammar.word-choice', `Did you mean "${possessive}"?`, word, possessive));
      return;
    }
    if (!before?.verb) return;
    if (
      clauseTakers.has(before.lower) ||
      clauseVerbs.has(before.verb.base) ||
      /^(?:be|have|do)$/.test(before.verb.base)
    )
      return;
    if (adjectiveEnding.test(next.lower) || /(?:ing|ed)$/.test(next.lower) || next.lower.endsWith('ly')) return;
    out.push(
      issue(
        'grammar.word-choice',
        `Did you mean "${possessive}" (belonging to ${possessive === 'your' ? 'you' : 'them'})?`,
        word,
        possessive,
      ),
    );
  });
}

/** -ing words that are as often nouns after "your" ("the reason your thinking on…", "the role your training for…"). */
const ingNounsAfterYour = set(
  `understanding thinking feeling meaning reasoning funding marketing planning training learning writing wording timing
  pricing branding messaging onboarding engineering housing building setting offering opening meeting booking rating
  ranking recording briefing spending staffing testing hiring being well-being wellbeing`,
);

/**
 * "the challenges your describing", "the role your hiring for": after a noun, "your" and a verb's -ing form
 * with nothing owned after it start a relative clause, so it is "you're" (you are).
 */
function yourBeforeIng(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'your') return;
    const noun = words[i - 1];
    const ing = words[i + 1];
    const after = words[i + 2];
    if (!isNounLike(noun) || numberOf(noun) === null || !ing?.verb || !isIng(ing.verb)) return;
    if (ingNounsAfterYour.has(ing.lower) || ingNouns.test(ing.lower)) return;
    // The noun ends a noun phrase ("the challenges", "the new role").
    const det = isPremodifier(words, i - 2) ? words[i - 3] : words[i - 2];
    if (!det || !determiners.has(det.lower)) return;
    const relative =
      after === undefined ||
      after.isPunctuation ||
      prepositions.has(after.lower) ||
      objectDeterminers.has(after.lower) ||
      /^(?:a|an|it|them|me|us|now|today|next|at|right|currently|here|there)$/.test(after.lower);
    if (relative) out.push(issue('grammar.word-choice', 'Did you mean "you\'re" (you are)?', word, "you're"));
  });
}

/** "pointers on were my answers fell short": a verb never follows a preposition, so this is "where". */
function wereAfterPreposition(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    // "I want to understand were I went wrong": after a verb of knowing, "were", a subject and its own finite verb
    // (past, a modal) make a clause of place ("I wonder, were they happy?" has no verb after the subject).
    if (word.lower === 'were' && questionTakers.has(words[i - 1]?.lower ?? '')) {
      const subject = words[i + 1];
      const verbWord = words[i + 2];
      const finite =
        verbWord !== undefined &&
        (modals.has(verbWord.lower) ||
          (verbWord.verb?.forms.has('past') && !verbWord.verb.forms.has('participle')) ||
          (verbWord.verb !== null && isPastOnly(verbWord.verb)));
      if (subject && /^(?:i|we|you|they|he|she)$/.test(subject.lower) && finite) {
        out.push(issue('grammar.word-choice', 'Did you mean "where"?', word, 'where'));
        return;
      }
    }
    const before = words[i - 1];
    if (word.lower !== 'were' || !before || !prepositions.has(before.lower) || before.lower === 'to') return;
    if (
      !/^(?:my|the|your|our|their|his|her|its|i|we|you|they|he|she|it|this|that|these|those)$/.test(
        words[i + 1]?.lower ?? '',
      )
    )
      return;
    out.push(issue('grammar.word-choice', 'Did you mean "where"?', word, 'where'));
  });
}

/**
 * "a team were people support each other", "a place were everyone feels heard": after one thing ("a team"), "were"
 * before a clause with its own subject and verb is "where".
 */
function wereAfterSingular(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'were') return;
    const noun = words[i - 1];
    if (!isNounLike(noun) || !(numberOf(noun) === 'singular' || collectives.has(noun.lower))) return;
    if (
      !/^(?:a|an|every|each|this|one)$/.test(words[i - 2]?.lower ?? '') &&
      !/^(?:a|an)$/.test(words[i - 3]?.lower ?? '')
    )
      return;
    const subject = words[i + 1];
    if (!subject) return;
    const pronoun = /^(?:i|you|we|they|he|she|everyone|everybody|people|nobody|someone)$/.test(subject.lower);
    const plural = isNounLike(subject) && !subject.verb && numberOf(subject) === 'plural';
    if (!pronoun && !plural) return;
    const verbWord = words[i + 2];
    const verb = verbOf(verbWord);
    const finite =
      (verb !== null && !verb.forms.has('ing') && !(verb.forms.has('participle') && !verb.forms.has('past'))) ||
      modals.has(verbWord?.lower ?? '') ||
      beForms.has(verbWord?.lower ?? '');
    if (finite) out.push(issue('grammar.word-choice', 'Did you mean "where"?', word, 'where'));
  });
}

/**
 * "Its given me a plan", "its been great": "its" before a past participle and its object is "it's" (it has).
 */
function itsBeforeParticiple(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'its' || !atClauseStart(words, i)) return;
    const next = words[i + 1];
    const verb = next?.isLower ? next.verb : null;
    if (!verb?.forms.has('participle') || verb.forms.has('base')) return;
    if (
      !/^(?:me|us|you|them|him|her|a|an|the|my|our|your|their|some|so|been|to|off|up|out)$/.test(
        words[i + 2]?.lower ?? '',
      )
    )
      return;
    out.push(
      issue('grammar.word-choice', 'Did you mean "it\'s" (it has)? "Its" means "belonging to it".', word, "it's"),
    );
  });
}

/** "I enjoyed to meet", "avoid to repeat": these verbs take the -ing form, not "to". */
const gerundTakers = set(
  `enjoy enjoys enjoyed enjoying avoid avoids avoided avoiding finish finished finishes consider considers considering
  suggest suggests suggesting recommend recommends mind minds imagine postpone postponed delay delayed risk dislike
  disliked quit`,
);
function gerundAfter(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!gerundTakers.has(word.lower)) return;
    // "I hope you don't mind me to write again": "mind" takes the person and the -ing form ("mind me writing").
    if (/^(?:mind|minds)$/.test(word.lower) && /^(?:me|us|him|her|them)$/.test(words[i + 1]?.lower ?? '')) {
      const verbWord = words[i + 3];
      const base = words[i + 2]?.lower === 'to' && verbWord?.verb?.forms.has('base') ? verbWord.verb.base : null;
      const ing = base ? verbFormOf(base, 'ing') : null;
      if (ing && verbWord)
        out.push(
          spanIssue(
            'grammar.verb-form',
            `After "mind", use the -ing form ("mind me ${ing}").`,
            words[i + 1] as Word,
            verbWord,
            `${words[i + 1]?.text} ${ing}`,
          ),
        );
      return;
    }
    if (words[i + 1]?.lower !== 'to') return;
    const next = words[i + 2];
    const verb = verbOf(next);
    // After "enjoy", "mind", "avoid" and "dislike", "to" is never a preposition before a verb ("enjoyed to the
    // full" has "the" there), so even a verb that is also a noun ("talk") is the verb.
    const neverPreposition =
      /^(?:enjoy|enjoys|enjoyed|enjoying|mind|minds|avoid|avoids|avoided|avoiding|dislike|disliked)$/.test(word.lower);
    if (!next || !verb?.forms.has('base') || (verb.noun && !neverPreposition && !takesComplement(words, i + 2))) return;
    const ing = verbFormOf(verb.base, 'ing');
    if (ing)
      out.push({
        rule: 'grammar.verb-form',
        message: `After "${word.lower}", use the -ing form ("${word.lower} ${ing}").`,
        start: words[i + 1]?.start ?? next.start,
        end: next.end,
        suggestion: ing,
      });
  });
}

/** "I am not used to present", "capable to lead": after "be used to" and "capable of", the -ing form. */
function ingAfterUsedTo(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    let to = -1;
    if (word.lower === 'used' && words[i + 1]?.lower === 'to') {
      let b = i - 1;
      if (/^(?:not|really|quite|very|so|now|already|more|well|getting|get|got)$/.test(words[b]?.lower ?? '')) b--;
      const be = words[b]?.lower ?? '';
      if (!finiteBe.has(be) && !/^(?:get|gets|got|getting|become|became)$/.test(be)) return;
      to = i + 1;
    } else if (word.lower === 'capable' && words[i + 1]?.lower === 'to') to = i + 1;
    else return;
    const next = words[to + 1];
    const verb = verbOf(next);
    if (
      !next ||
      !verb?.forms.has('base') ||
      (verb.noun &&
        !takesComplement(words, to + 1) &&
        !/^(?:to|on|with|a|an|me|us|them|him|it)$/.test(words[to + 2]?.lower ?? '') &&
        !objectDeterminers.has(words[to + 2]?.lower ?? '') &&
        // "used to lead large teams": an adjective and a plural noun as the object.
        !(isNounLike(words[to + 3]) && numberOf(words[to + 3] as Word) === 'plural'))
    )
      return;
    const ing = verbFormOf(verb.base, 'ing');
    if (!ing) return;
    const capable = word.lower === 'capable';
    out.push({
      rule: 'grammar.verb-form',
      message: capable
        ? 'Write "capable of" and the -ing form ("capable of leading").'
        : 'After "be used to" (accustomed to), use the -ing form ("used to presenting").',
      start: capable ? (words[to]?.start ?? next.start) : next.start,
      end: next.end,
      suggestion: capable ? `of ${ing}` : ing,
    });
  });
}

/** "let me to know", "made us to wait": after let and make with an object, the bare infinitive. */
function toAfterLetMake(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:let|lets|make|makes|made|making)$/.test(word.lower)) return;
    const object = words[i + 1];
    if (!/^(?:me|us|him|her|them|you|everyone)$/.test(object?.lower ?? '') || words[i + 2]?.lower !== 'to') return;
    // "made me to" never reads as a preposition before a verb; "made you to the shortlist" has no verb.
    const verb = verbOf(words[i + 3]);
    if (!verb?.forms.has('base')) return;
    const to = words[i + 2] as Word;
    const after = words[i + 3] as Word;
    out.push(
      spanIssue(
        'grammar.verb-form',
        `After "${word.lower}" and its object, use the verb without "to" ("let me know").`,
        to,
        after,
        after.text,
      ),
    );
  });
}

/** Verbs after which "if" means "whether": "I wonder if they will…" is right. */
const whetherTakers = set(
  'wonder wondering ask asked asking know knew see check checking sure unsure tell confirm doubt',
);

/** Verbs of having and knowing, never an act of will: "if you will have time" is a plain condition. */
const willessVerbs = set('have need know receive get find hear see');
/**
 * "if I will apply again": a condition takes the present ("if I apply"); "If I knew…, I would have planned": a
 * condition about the past takes the past perfect ("If I had known").
 */
function conditionalTenses(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'if') return;
    const before = words[i - 1];
    const opens =
      before === undefined || /^[.!?;,]$/.test(before.text) || /^(?:and|but|so|even|only)$/.test(before.lower);
    // "ask, if…" is whether; after a full stop the word before belongs to another sentence.
    const asked = before?.text === ',' && whetherTakers.has(words[i - 2]?.lower ?? '');
    if (!opens || asked || whetherTakers.has(before?.lower ?? '')) return;
    const subject = words[i + 1];
    // "If you will have a few minutes": "you" too, where the verb is no act of will ("if you will excuse me" asks).
    const you = subject?.lower === 'you' && words[i + 2]?.lower === 'will';
    if (
      !subject ||
      (!/^(?:i|we|they|he|she)$/.test(subject.lower) && !you) ||
      (subject.lower === 'i' && subject.text !== 'I')
    )
      return;
    const next = words[i + 2];
    if (next?.lower === 'will') {
      const v = isAdverbBetween(words[i + 3]) ? i + 4 : i + 3;
      // "will (really) apply" → "(really) apply": the adverb stays, the verb takes the present.
      const usePresent = (form: string, example: string) =>
        out.push({
          ...spanIssue(
            'grammar.tense',
            `After "if" for a condition, use the present ("${example}"), not "will".`,
            next,
            words[v] as Word,
            '',
          ),
          suggestion:
            words
              .slice(i + 3, v)
              .map((w) => `${w.text} `)
              .join('') + form,
        });
      if (words[v]?.lower === 'be' && words[i + 3]?.lower !== 'not') {
        // "if we will be in London": the present of "be".
        usePresent(subject.lower === 'i' ? 'am' : /^(?:he|she)$/.test(subject.lower) ? 'is' : 'are', 'if you are');
        return;
      }
      const verb = verbOf(words[v]);
      if (!verb?.forms.has('base') || words[i + 3]?.lower === 'not') return;
      if (you && !willessVerbs.has(verb.base)) return;
      const form = /^(?:he|she)$/.test(subject.lower) ? verbFormOf(verb.base, 's') : verb.base;
      if (form) usePresent(form, 'if I apply');
      return;
    }
    if (next?.lower === 'would' && /^(?:i|we)$/.test(subject.lower)) {
      // "if I would know": the condition takes the past ("if I knew"), "would" goes in the other clause.
      const base = words[i + 3];
      const wanted = verbOf(base);
      if (!base || !wanted?.forms.has('base') || /^(?:like|love|prefer|mind|have|rather)$/.test(wanted.base)) return;
      const past = wanted.base === 'be' ? 'were' : verbFormOf(wanted.base, 'past');
      if (past)
        out.push({
          ...spanIssue('grammar.tense', 'After "if", the past ("if I knew"), not "would".', next, base, ''),
          suggestion: past,
        });
      return;
    }
    const verb = verbOf(next);
    if (!next || !verb?.forms.has('past') || verb.forms.has('base') || beForms.has(next.lower)) return;
    // "If I had known, I would have…" is already the past perfect.
    const afterHad = isAdverbBetween(words[i + 3]) ? words[i + 4] : words[i + 3];
    if (next.lower === 'had' && (afterHad?.verb?.forms.has('participle') || afterHad?.lower === 'been')) return;
    // The main clause after the comma speaks of the past: "…, I would have planned".
    let k = i + 3;
    while (k < words.length && !/^[.!?;]$/.test(words[k]?.text ?? '') && words[k]?.text !== ',') k++;
    if (words[k]?.text !== ',') return;
    const main = words.slice(k + 1, k + 6).map((w) => w.lower);
    const m = main.findIndex((x) => /^(?:would|could|might|should|i'd|we'd|they'd|he'd|she'd)$/.test(x));
    if (m < 0 || m > 2) return;
    if (main[m + 1] !== 'have') return;
    const participle = verbFormOf(verb.base, 'participle') ?? next.lower;
    out.push(
      issue(
        'grammar.tense',
        'A condition about the past takes the past perfect ("If I had known…, I would have…").',
        next,
        `had ${participle}`,
      ),
    );
  });
}

/** Singular nouns that need an article after "I am" or "I have": "I am engineer", "I have question". */
const articleNouns = set(
  `engineer manager nurse developer designer teacher analyst consultant accountant lawyer doctor scientist researcher
  student graduate leader player learner person question idea suggestion concern problem proposal plan chance
  opportunity offer background communicator listener thinker professional specialist expert`,
);
const anBefore = (word: string) => /^(?:[aeio]|u(?!ni|ti|se|sa|su|ro|ra|re|ku))|^(?:hour|honest|honou?r)/i.test(word);

/** "I am experienced engineer", "I have question about…", "It is good opportunity": a singular noun needs "a". */
function missingArticle(words: Word[], out: Finding[]): void {
  words.forEach((verb, i) => {
    const subject = words[i - 1]?.lower ?? '';
    const be =
      (verb.lower === 'am' && subject === 'i') ||
      verb.lower === "i'm" ||
      (/^(?:is|was)$/.test(verb.lower) && /^(?:he|she|it|this|that)$/.test(subject));
    const have =
      (/^(?:have|had)$/.test(verb.lower) && /^(?:i|we|you|they)$/.test(subject)) ||
      (/^(?:has|had)$/.test(verb.lower) && /^(?:he|she)$/.test(subject));
    if (!be && !have) return;
    let k = i + 1;
    while (
      k < i + 3 &&
      isLowerWord(words[k]) &&
      !articleNouns.has(words[k]?.lower ?? '') &&
      !isFunctionWord(words[k] as Word) &&
      !words[k]?.lower.endsWith('ly') &&
      (!words[k]?.verb || words[k]?.verb?.noun || /ed$/.test(words[k]?.lower ?? '')) &&
      numberOf(words[k] as Word) !== 'plural'
    )
      k++;
    const noun = words[k];
    if (!isLowerWord(noun) || !articleNouns.has(noun.lower) || k === i + 1 + 2) return;
    const next = words[k + 1];
    // "I am manager of the store" is a title; a noun after it is the head ("I have plan changes").
    if (next && ((be && /^(?:of|at)$/.test(next.lower)) || /^['’-]/.test(next.text) || isNounLike(next))) return;
    const first = words[i + 1] as Word;
    const phrase = words
      .slice(i + 1, k + 1)
      .map((w) => w.text)
      .join(' ');
    out.push(
      spanIssue(
        'grammar.article',
        'A singular noun like this one needs "a" or "an" ("I am an engineer", "I have a question").',
        first,
        noun,
        `${anBefore(first.lower) ? 'an' : 'a'} ${phrase}`,
      ),
    );
  });
}

/** "I enjoyed very much the tour", "I have also strong experience": the adverb goes before the verb. */
function adverbBeforeObject(words: Word[], out: Finding[]): void {
  words.forEach((verb, i) => {
    if (
      /^(?:enjoy|enjoyed|like|liked|love|loved|appreciate|appreciated)$/.test(verb.lower) &&
      words[i + 1]?.lower === 'very' &&
      words[i + 2]?.lower === 'much' &&
      objectDeterminers.has(words[i + 3]?.lower ?? '')
    ) {
      out.push(
        spanIssue(
          'grammar.word-order',
          'Put "very much" before the verb or after its object ("I very much enjoyed the tour").',
          verb,
          words[i + 2] as Word,
          `very much ${verb.text}`,
        ),
      );
      return;
    }
    if (!/^(?:have|has)$/.test(verb.lower) || !/^(?:i|we|you|they|he|she)$/.test(words[i - 1]?.lower ?? '')) return;
    const adverb = words[i + 1];
    if (!/^(?:also|always|still|already|often|usually|sometimes)$/.test(adverb?.lower ?? '')) return;
    const after = words[i + 2];
    if (!isLowerWord(after) || after.lower === 'to' || after.lower === 'not' || after.lower === 'been') return;
    if (after.verb && (after.verb.forms.has('participle') || after.verb.forms.has('past') || !after.verb.noun)) return;
    if (
      !objectDeterminers.has(after.lower) &&
      !/^(?:a|an|some|any|no|many|much|strong|good|great)$/.test(after.lower)
    ) {
      // An adjective or a noun starts the object ("also strong experience"), a word the lists do not know may be
      // a participle ("have also shortlisted").
      if (!adjectiveEnding.test(after.lower) && !isNounLike(after)) return;
      if (/ed$/.test(after.lower) || !isNounLike(words[i + 3])) return;
    }
    out.push(
      spanIssue(
        'grammar.word-order',
        `Put "${adverb?.lower}" before "${verb.lower}" when "${verb.lower}" is the main verb ("I also have strong…").`,
        verb,
        adverb as Word,
        `${adverb?.lower} ${verb.lower}`,
      ),
    );
  });
}

/** Base forms that are also adjectives after "be" ("the link is secure", "that was mean"). */
const adjectivalBases = set('mean secure go awake');
/** Verbs learners put after "be" that have no passive in these messages ("I am agree", "it is depend on"). */
const verbsWithoutBe = set('agree disagree depend belong consist exist');
/** Be-forms that may stand before a participle ("I am prepared", "it was built"). */
const finiteBe = set("am is are was were be been being isn't aren't wasn't weren't i'm you're we're they're");

/**
 * "Currently I am work on a similar integration": after "I am" (or "we are"), a verb that is also a noun, before the
 * preposition its work takes, is the verb in -ing ("I am working on"); a bare noun never follows "I am" so.
 */
function bareVerbAfterAm(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    const be = word.lower;
    const subject = words[i - 1]?.lower ?? '';
    const firstPerson =
      be === "i'm" ||
      be === "we're" ||
      be === "they're" ||
      (be === 'am' && subject === 'i') ||
      (be === 'are' && /^(?:we|they|you)$/.test(subject));
    if (!firstPerson) return;
    let j = i + 1;
    if (/^(?:currently|still|now|also|already|actively)$/.test(words[j]?.lower ?? '')) j++;
    const next = words[j];
    const verb = next?.verb;
    if (!next || !verb?.noun || verb.forms.size !== 1 || !verb.forms.has('base')) return;
    if (!/^(?:on|with|at|through|towards|toward|alongside)$/.test(words[j + 1]?.lower ?? '')) return;
    const ing = verbFormOf(verb.base, 'ing');
    if (ing)
      out.push(issue('grammar.verb-form', `After "${word.lower}", the -ing form: "I am ${ing} on…".`, next, ing));
  });
}

/**
 * "I am better prepare", "I am agree", "the tests were write in a hurry": after "be", a verb that is only a
 * verb (not "work", "plan", "use", which are as often nouns) is its participle, or no "be" at all ("I agree").
 * Not in a pseudo-cleft, where "be" links two verbs ("all I did was ask").
 */
function baseAfterBe(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!finiteBe.has(word.lower)) return;
    let j = i + 1;
    while (
      j < i + 3 &&
      (isAdverbBetween(words[j]) ||
        /^(?:better|well|fully|not|very|so|quite|too|highly|more|most)$/.test(words[j]?.lower ?? ''))
    )
      j++;
    const next = words[j];
    const verb = verbOf(next);
    if (!next || !verb || verb.noun || verb.forms.size !== 1 || !verb.forms.has('base')) return;
    if (adjectivalBases.has(verb.base) || /^(?:be|have|do)$/.test(verb.base)) return;
    // The clause ends at punctuation or a word that opens another ("Do you know when the results will be publish").
    let s = i - 1;
    while (
      s >= 0 &&
      !words[s]?.isPunctuation &&
      !/^(?:when|whether|if|that|where|how|why)$/.test(words[s]?.lower ?? '')
    )
      s--;
    if (words.slice(s + 1, i).some((w) => /^(?:do|does|did|done|doing)$/.test(w.lower))) return;
    // "I am agree", "the date is depend on…": agreeing and depending are things done, never done to, so no "be"
    // ("I agree", "it depends").
    if (verbsWithoutBe.has(verb.base) && j === i + 1 && /^(?:am|i'm|are|is|we're|they're)$/.test(word.lower)) {
      const fix =
        { am: '', "i'm": 'I ', is: '' }[word.lower] ?? (/'re$/.test(word.lower) ? `${word.text.slice(0, -3)} ` : '');
      const form = word.lower === 'is' ? (verbFormOf(verb.base, 's') ?? verb.base) : verb.base;
      out.push({
        rule: 'grammar.verb-form',
        message: `"${verb.base}" is a verb: no "be" before it ("I agree", "it depends").`,
        start: word.start,
        end: next.end,
        suggestion: `${fix}${form}`,
      });
      return;
    }
    const participle = verbFormOf(verb.base, 'participle');
    out.push(
      issue(
        'grammar.verb-form',
        `After "be", use the past participle ("${participle ?? verb.base}").`,
        next,
        participle,
      ),
    );
  });
}

/**
 * "thank you for showing so patience": "so" qualifies adjectives; before a noun it is "such" ("such patience").
 * Only where "so" follows a verb or a preposition and the noun ends its phrase, so the conjunction stays ("I
 * stayed late, so attention to detail…", "and so management asked…").
 */
function soBeforeNoun(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'so') return;
    const before = words[i - 1];
    const noun = words[i + 1];
    const after = words[i + 2];
    if (!before?.isLower || !noun?.isLower || noun.verb || !abstractNoun.test(noun.lower)) return;
    const verbBefore = before.verb && (!before.verb.noun || !before.verb.forms.has('base'));
    if (!(beForms.has(before.lower) || prepositions.has(before.lower) || verbBefore)) return;
    if (clauseTakers.has(before.lower) || /^(?:do|did|does|done|doing|say|said|think)$/.test(before.lower)) return;
    if (/(?:ies|ities|ments|tions|sions|ships|nesses)$/.test(noun.lower)) return;
    if (
      after &&
      !after.isPunctuation &&
      !/^(?:and|with|in|during|throughout|towards?|to|for|on|about|today|yesterday)$/.test(after.lower)
    )
      return;
    out.push(issue('grammar.word-choice', 'Before a noun, write "such" ("such patience"), not "so".', word, 'such'));
  });
}

/** A span of words as one finding: "should to" → "should". */
const spanIssue = (rule: string, message: string, from: Word, to: Word, suggestion: string): Finding => ({
  rule,
  message,
  start: from.start,
  end: to.end,
  suggestion: keepCase(from.text, suggestion),
});

/** "should to improve", "we can to discuss": a modal takes the bare infinitive (not "ought to", "have to"). */
function toAfterModal(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!modals.has(word.lower) || words[i + 1]?.lower !== 'to') return;
    // "from May to date": the month, not the modal.
    if (/^\p{Lu}/u.test(word.text) && !atClauseStart(words, i)) return;
    const next = words[i + 2];
    if (!next?.verb?.forms.has('base')) return;
    // "the will to learn", "a must to see": a noun, not the modal.
    if (determiners.has(words[i - 1]?.lower ?? '')) return;
    out.push(
      spanIssue(
        'grammar.verb-form',
        `After "${word.lower}", the verb follows without "to" ("${word.lower} ${next.lower}").`,
        word,
        words[i + 1] as Word,
        word.text,
      ),
    );
  });
}

/** Nouns "have" may take bare after a modal: "you should have access the moment…", "I might have time". */
const bareObjects = set('access time work help support control fun experience notice input contact space room power');

/**
 * "I should have mention the project": after a modal and "have", a word that may be a noun is the verb (its
 * participle) when a determiner follows, unless it is a noun "have" takes bare ("should have access the…").
 */
function perfectAfterModal(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'have' || !modals.has(words[i - 1]?.lower ?? '')) return;
    const next = words[i + 1];
    const verb = verbOf(next);
    if (!next || !verb?.noun || !verb.forms.has('base') || bareObjects.has(verb.base)) return;
    if (!/^(?:the|my|your|our|their|his|her|this|that|these|those|it|them|him|me|us)$/.test(words[i + 2]?.lower ?? ''))
      return;
    const participle = verbFormOf(verb.base, 'participle');
    if (participle && participle !== next.lower)
      out.push(
        issue(
          'grammar.verb-form',
          'After "have", use the past participle ("should have mentioned").',
          next,
          participle,
        ),
      );
  });
}

/** "you has", "they was", "we does": a plural pronoun as subject takes have, were and do. */
function pluralPronounAuxiliary(words: Word[], out: Finding[]): void {
  const plural: Record<string, string> = wordTable({
    has: 'have',
    does: 'do',
    was: 'were',
    "hasn't": "haven't",
    "doesn't": "don't",
    "wasn't": "weren't",
  });
  words.forEach((word, i) => {
    if (!/^(?:you|we|they)$/.test(word.lower)) return;
    const next = words[i + 1];
    const fix = next ? plural[next.lower] : undefined;
    // "thank you has become…", "a 'you' was": the pronoun as a word, not the subject; after a verb or a
    // preposition it is an object ("the reason they didn't progress you was…").
    const before = words[i - 1];
    if (!next || !fix || /^(?:thank|a|the)$/.test(before?.lower ?? '')) return;
    if (before && (before.verb || prepositions.has(before.lower))) return;
    out.push(issue('grammar.agreement', `With "${word.lower}", write "${fix}".`, next, fix));
  });
}

/** "help you overcame", "let me knew", "made them went": after help, let and make with an object, the base form. */
function baseAfterCausative(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:help|helps|helped|helping|let|lets|letting|make|makes|made|making)$/.test(word.lower)) return;
    if (!/^(?:me|you|us|them|him|her|it|everyone)$/.test(words[i + 1]?.lower ?? '')) return;
    const next = words[i + 2];
    const verb = verbOf(next);
    if (!next || !verb || !isPastOnly(verb)) return;
    out.push(
      issue('grammar.verb-form', `After "${word.lower} ${words[i + 1]?.lower}", use the base form.`, next, verb.base),
    );
  });
}

/** Prepositions after which a pronoun is an object: "between you and me", "for my manager and me". */
const objectPrepositions = set('between for with to from about of at by like among except behind beside');

/** "Between you and I", "for my manager and I to discuss": after a preposition, the object form "me". */
function objectAndI(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.text !== 'I' || words[i - 1]?.lower !== 'and') return;
    // The other half: a pronoun, a name, or a short noun phrase after the preposition.
    let p = i - 2;
    if (!/^(?:you|him|her|them|us)$/.test(words[p]?.lower ?? '') && !/^\p{Lu}/u.test(words[p]?.text ?? '')) {
      if (!isNounLike(words[p])) return;
      p--;
      if (isPremodifier(words, p) && !determiners.has(words[p]?.lower ?? '')) p--;
      if (!determiners.has(words[p]?.lower ?? '')) return;
    }
    if (!objectPrepositions.has(words[p - 1]?.lower ?? '')) return;
    // Not a new clause after "and": "I worked with my manager and I presented…".
    const after = words[i + 1];
    if (after && !after.isPunctuation && !prepositions.has(after.lower) && !/^(?:both|alone|too)$/.test(after.lower))
      return;
    out.push({
      ...issue('grammar.pronoun', 'After a preposition, use "me" ("between you and me").', word, null),
      suggestion: 'me',
    });
  });
}

const subjectForms = new Map([
  ['me', 'I'],
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
  ['us', 'we'],
]);
/** The other way round: "he" → "him" ("I want him to know"); "you" and "it" stay as they are. */
const objectForms = new Map([...subjectForms].map(([object, subject]) => [subject.toLowerCase(), object]));
/** Words that may stand between a subject and its verb ("both went", "also met"). */
const subjectAdverbs = set('both also then just all later first recently finally together');

/** Whether a finite verb (or an auxiliary) starts at `k`, past one adverb: "met", "were", "both went". */
function finiteVerbAt(words: Word[], k: number): boolean {
  const at = subjectAdverbs.has(words[k]?.lower ?? '') ? k + 1 : k;
  const w = words[at];
  if (!isLowerWord(w)) return false;
  if (beForms.has(w.lower) || haveAux.has(w.lower) || modals.has(w.lower) || /^(?:do|did|didn't|don't)$/.test(w.lower))
    return !/^(?:be|been|being|having)$/.test(w.lower);
  // A past ("met", "discussed"), or a base form that is no noun ("me and him agree"): "me and him work" may be nouns.
  return w.verb !== null && (w.verb.forms.has('past') || (w.verb.forms.has('base') && !w.verb.noun));
}

/**
 * "Me and him met the lead", "My manager and me were…": two people as the subject take the subject forms, with
 * "I" last ("He and I met"); after a preposition or a verb the object forms stay ("between him and me").
 */
function objectPronounsAsSubject(words: Word[], out: Finding[]): void {
  for (let i = 1; i < words.length - 2; i++) {
    if (words[i]?.lower !== 'and') continue;
    const a = words[i - 1] as Word;
    const b = words[i + 1] as Word;
    const aSubject = subjectForms.get(a.lower);
    const bSubject = b.isLower ? subjectForms.get(b.lower) : undefined;
    if (!aSubject && !bSubject) continue;
    // Where the first half starts: a pronoun or a name, or a determiner and one or two words ("my manager").
    let s = i - 1;
    if (!aSubject && !/^(?:i|you)$/.test(a.lower) && !(/^\p{Lu}/u.test(a.text) && words[s - 1]?.text !== 'and')) {
      if (!isNounLike(a) || a.verb) continue;
      s--;
      if (isPremodifier(words, s) && !determiners.has(words[s]?.lower ?? '')) s--;
      if (!objectDeterminers.has(words[s]?.lower ?? '')) continue;
    }
    const before = words[s - 1];
    const clauseStart =
      before === undefined ||
      /^[.!?;:]$/.test(before.text) ||
      (before.text === ',' && !prepositions.has(words[s - 2]?.lower ?? '')) ||
      /^(?:and|but|so|because|when|while|since|until|although|though|after|before|once|if|that|where|yesterday|today|then)$/.test(
        before.lower,
      ) ||
      words[s]?.afterBreak === true;
    // "after" and "before" are prepositions too ("after him and me"): only before a verb.
    if (!clauseStart || !finiteVerbAt(words, i + 2)) continue;
    const plain = (w: Word) => (w.lower === 'i' ? 'I' : /^you$/.test(w.lower) ? 'you' : undefined);
    const aForm = aSubject ?? plain(a);
    const bForm = bSubject ?? plain(b);
    if (aForm && bForm) {
      // "Me and him" → "He and I": each in its subject form, "I" last.
      const pair = [aForm, bForm];
      if (pair[0] === 'I') pair.reverse();
      out.push({
        rule: 'grammar.pronoun',
        message: 'As the subject, use "I", "he", "she", "we", "they", with "I" last ("He and I met").',
        start: a.start,
        end: b.end,
        suggestion: keepCase(a.text, pair.join(' and ')),
      });
      continue;
    }
    const word = aSubject ? a : b;
    const subject = aSubject ?? bSubject ?? 'I';
    out.push(
      issue(
        'grammar.pronoun',
        'As the subject, use "I", "he", "she", "we", "they" ("My manager and I met").',
        word,
        word === a && subject !== 'I' ? keepCase(a.text, subject) : subject,
      ),
    );
  }
}

/**
 * Countable nouns that "one of the…" counts among others: "one of the reasons", never "one of the reason" ("one
 * of the team", "one of the family" are idioms, so groups are not on the list).
 */
const countedNouns = set(
  `reason thing way part aspect area project challenge highlight example question moment conversation candidate
  company organisation organization role skill factor feature benefit goal priority point idea task problem issue
  lesson opportunity topic tool product client customer colleague manager engineer interview day person child
  memory story decision mistake strength weakness achievement accomplishment hospital school city business brand
  leader mentor book course talk session presentation discussion meeting experience`,
);
const irregularPluralOf = new Map([
  ['person', 'people'],
  ['child', 'children'],
]);
const pluralOf = (noun: string) =>
  irregularPluralOf.get(noun) ??
  (/(?:s|x|z|ch|sh)$/.test(noun) ? `${noun}es` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`);
/** Words that may stand between "one of the" and its noun: "one of the best parts", "one of my favourite things". */
const amongModifiers = set(
  `most more best worst biggest greatest main key favourite favorite few many other first last big great good new real
  top hardest toughest proudest nicest largest strongest highlights`,
);

/** "one of the reason I applied", "one of the best part": "one of" picks out one of several, so the plural. */
function oneOfSingular(words: Word[], out: Finding[]): void {
  for (let i = 0; i < words.length - 3; i++) {
    if (words[i]?.lower !== 'one' || words[i + 1]?.lower !== 'of' || !objectDeterminers.has(words[i + 2]?.lower ?? ''))
      continue;
    let k = i + 3;
    while (
      k < i + 6 &&
      isLowerWord(words[k]) &&
      !countedNouns.has(words[k]?.lower ?? '') &&
      (amongModifiers.has(words[k]?.lower ?? '') ||
        /^(?:most|more|least)$/.test(words[k - 1]?.lower ?? '') ||
        /[^e]est$/.test(words[k]?.lower ?? '') ||
        (adjectiveEnding.test(words[k]?.lower ?? '') &&
          !words[k]?.verb &&
          !/(?:ing|ed|y)$/.test(words[k]?.lower ?? '')))
    )
      k++;
    const noun = words[k];
    if (!isLowerWord(noun) || !countedNouns.has(noun.lower)) continue;
    // The noun ends the phrase: "one of the project managers", "one of the interview questions" go on to theirs.
    const next = words[k + 1];
    if (/['’]s$/.test(next?.lower ?? '') || isNounLike(next)) continue;
    out.push(
      issue(
        'grammar.agreement',
        '"One of" picks one out of several: the noun after it is plural ("one of the reasons").',
        noun,
        pluralOf(noun.lower),
      ),
    );
  }
}

/** Feelings after "feel": "confident", "better", "much more prepared" (not "fell ill", "fell short", "fell behind"). */
const feelings = set(
  `confident comfortable prepared ready sure positive happy excited nervous better worse valued welcome supported
  grateful optimistic motivated reassured encouraged hopeful relieved proud inspired equipped capable secure calm
  at`,
);
function feltComplements(words: Word[], k: number): boolean {
  let j = k;
  while (
    j < k + 3 &&
    /^(?:much|more|so|very|really|quite|far|even|a|lot|bit|little|fully|a-lot)$/.test(words[j]?.lower ?? '')
  )
    j++;
  return feelings.has(words[j]?.lower ?? '') && !(words[j]?.lower === 'at' && words[j + 1]?.lower !== 'ease');
}

/** Adjectives written where the adverb belongs after a verb of doing: "I adapt quick", "I would fit good there". */
const adverbOfAdjective = new Map([
  ['good', 'well'],
  ['bad', 'badly'],
  ['quick', 'quickly'],
  ['slow', 'slowly'],
  ['easy', 'easily'],
  ['careful', 'carefully'],
  ['perfect', 'perfectly'],
  ['proper', 'properly'],
  ['efficient', 'efficiently'],
  ['effective', 'effectively'],
  ['smooth', 'smoothly'],
  ['fluent', 'fluently'],
  ['confident', 'confidently'],
  ['professional', 'professionally'],
  ['nice', 'nicely'],
  ['correct', 'correctly'],
  ['polite', 'politely'],
  ['calm', 'calmly'],
]);
/**
 * Verbs an adjective may follow as their complement, or in a set phrase: "feel good", "get ready", "take it easy",
 * "come good", "go bad", "hold tight", "do good" (good works), "stay calm", "keep calm".
 */
const complementVerbs = set(
  `be have do get make think go come keep stay hold turn grow stand sit set break taste smell look sound seem feel
  appear remain become prove find consider call leave want like need say play rest steer lie`,
);
/** Words after which the adjective ends what the verb says: "fit good there", "learn quick under pressure". */
const afterAdverb = set('and but when if so there here together too now today overall again as or because than');
/** A subject and what may stand between it and its verb: "I", "we would", "they'd", "I also". */
function subjectBefore(words: Word[], v: number): boolean {
  let s = v - 1;
  if (isAdverbBetween(words[s])) s--;
  const w = words[s];
  if (!w) return false;
  if (/^(?:i|we|they|you|he|she|it)(?:'d|'ll)?$/.test(w.lower)) return true;
  if (!modals.has(w.lower) && !/^(?:do|does|did|didn't|don't|doesn't)$/.test(w.lower)) return false;
  return /^(?:i|we|they|you|he|she|it)$/.test(words[s - 1]?.lower ?? '');
}

/** "I adapt quick to new situations", "I would fit good there": after a verb of doing, the adverb ("quickly"). */
function adjectiveAsAdverb(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    const adverb = adverbOfAdjective.get(word.lower);
    if (!adverb || !word.isLower) return;
    const verb = words[i - 1]?.verb;
    if (!verb || linkingVerbs.has(verb.base) || complementVerbs.has(verb.base) || verb.forms.has('ing')) return;
    // "to adapt quick to the role": an infinitive is a verb of doing too ("go slow", "think big" are idioms).
    const infinitive =
      words[i - 2]?.lower === 'to' &&
      !/^(?:go|come|hold|stay|keep|stand|sit|play|think|aim|fly|run|lie|turn|fall)$/.test(verb.base);
    if (!subjectBefore(words, i - 1) && !infinitive) return;
    const after = words[i + 1];
    if (after && !after.isPunctuation && !prepositions.has(after.lower) && !afterAdverb.has(after.lower)) return;
    // "made the dashboard you showed easy to follow": an adjective before "to" and a verb is a complement.
    if (after?.lower === 'to' && words[i + 2]?.verb?.forms.has('base')) return;
    out.push(issue('grammar.word-choice', `After a verb, use the adverb ("${adverb}").`, word, adverb));
  });
}

/** Nouns "other" can go before alone, because they are not counted one by one ("other experience"). */
const otherCountable = set(
  `candidate applicant role position job vacancy opening offer company organisation organization team department
  interview option person colleague manager reason opportunity project client customer employer recruiter agency
  course school hospital city country question idea day date time slot week month`,
);
/** Words before "other" that make it a determiner's: "the other", "any other", "one other", "every other". */
const otherDeterminers = set(
  `a an the this that these those my your our their his her its each every any no one some which what whose
  every another either neither many several few all both among`,
);

/**
 * "the company decided to go with other candidate": a counted noun in the singular needs a determiner, and
 * "other" is not one ("another candidate", "the other candidate").
 */
function otherWithoutDeterminer(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'other') return;
    const noun = words[i + 1];
    if (!isLowerWord(noun) || !otherCountable.has(noun.lower)) return;
    const before = words[i - 1];
    if (before && (otherDeterminers.has(before.lower) || /'s$/.test(before.lower) || /^\p{N}/u.test(before.text)))
      return;
    // "other candidate profiles": the noun describes the next one ("other day next week" has a time after it).
    const next = words[i + 2];
    if (isNounLike(next) && !/^(?:next|last|this|soon|instead|before|after)$/.test(next.lower)) return;
    out.push(
      spanIssue(
        'grammar.article',
        'A singular noun needs a determiner: "another candidate" or "the other candidate".',
        word,
        word,
        keepCase(word.text, 'another'),
      ),
    );
  });
}

/** Things one asks "for": "ask for feedback", "the help I asked for" (one asks a question, but asks for help). */
const askedForNouns = set(
  `feedback help advice information guidance clarification assistance permission update updates reference references
  extension`,
);
const askForms = set('ask asks asked asking');
/** Words that end a relative clause at its verb: "the feedback I asked last week", "the help I asked, …". */
const clauseEndAfterAsk = set('last yesterday earlier previously recently before on in this two three few several');

/**
 * "I asked feedback from the panel", "the feedback which I asked last week": one asks for a thing, so "for" goes
 * after "ask" (not before a question, "ask a question", nor a person's view, "ask your advice").
 */
function askWithoutFor(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!askForms.has(word.lower)) return;
    let k = i + 1;
    if (/^(?:you|him|her|them|us)$/.test(words[k]?.lower ?? '')) k++;
    if (/^(?:some|any|more|further|additional|a|an)$/.test(words[k]?.lower ?? '')) k++;
    const noun = words[k];
    if (
      isLowerWord(noun) &&
      askedForNouns.has(noun.lower) &&
      !isNounLike(words[k + 1]) &&
      words[i - 1]?.lower !== 'the'
    ) {
      out.push(issue('grammar.missing-word', 'One asks "for" a thing: "ask for feedback".', word, `${word.lower} for`));
      return;
    }
    // The relative clause: "the feedback (which) I asked" ending at "asked".
    const subject = words[i - 1];
    if (!subject || !/^(?:i|we)$/.test(subject.lower)) return;
    let n = i - 2;
    if (/^(?:which|that)$/.test(words[n]?.lower ?? '')) n--;
    if (!isLowerWord(words[n]) || !askedForNouns.has(words[n]?.lower ?? '')) return;
    let a = i + 1;
    if (/^(?:you|him|her|them)$/.test(words[a]?.lower ?? '')) a++;
    const after = words[a];
    if (after && !after.isPunctuation && !clauseEndAfterAsk.has(after.lower)) return;
    if (after?.text === '?') return;
    out.push(
      issue('grammar.missing-word', 'One asks "for" a thing: "the feedback I asked for".', word, `${word.lower} for`),
    );
  });
}

/** "I am used to work under pressure": "used to" after "be" or "get" is the preposition, so the -ing form. */
function usedToBase(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'used' || words[i + 1]?.lower !== 'to') return;
    let b = i - 1;
    if (/^(?:so|very|really|quite|fully|not|pretty|well|already|more|now|also)$/.test(words[b]?.lower ?? '')) b--;
    const be = words[b]?.lower ?? '';
    const subject = words[b - 1]?.lower ?? '';
    const personBe =
      /^(?:i'm|we're|you're|they're|he's|she's)$/.test(be) ||
      (/^(?:am|are|was|were|get|got|getting|become|became)$/.test(be) && /^(?:i|we|you|they|he|she)$/.test(subject)) ||
      (/^(?:be|been)$/.test(be) && /^(?:will|'ll|would|have|has|had|to)$|'ll$|'ve$/.test(subject));
    if (!personBe) return;
    const verbWord = words[i + 2];
    const verb = verbWord?.verb;
    if (!verbWord || !verb?.forms.has('base') || verb.forms.has('past')) return;
    // "I'm used to work.": the noun (work as a place) may end the phrase.
    const after = words[i + 3];
    if (verb.noun && (!after || after.isPunctuation)) return;
    const ing = verbFormOf(verb.base, 'ing');
    if (ing)
      out.push(
        issue(
          'grammar.verb-form',
          '"Used to" after "be" or "get" means accustomed to, so the -ing form follows ("used to working").',
          verbWord,
          ing,
        ),
      );
  });
}

/** Adjectives thanked for where the noun belongs: "thank you for your patient" (patience). */
const qualityNouns = new Map([
  ['patient', 'patience'],
  ['honest', 'honesty'],
  ['generous', 'generosity'],
  ['kind', 'kindness'],
  ['flexible', 'flexibility'],
  ['available', 'availability'],
  ['responsive', 'responsiveness'],
  ['supportive', 'support'],
  ['transparent', 'transparency'],
  ['open', 'openness'],
  ['hospitable', 'hospitality'],
  ['considerate', 'consideration'],
]);
const thanksWords = set('thank thanks thankful grateful appreciate appreciated appreciative');

/** "Thank you for your patient with me": one is thanked for a quality, the noun ("your patience"). */
function adjectiveThanked(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    const noun = qualityNouns.get(word.lower);
    if (!noun || !word.isLower || !/^(?:your|the|all|such)$/.test(words[i - 1]?.lower ?? '')) return;
    if (words[i - 2]?.lower !== 'for') return;
    if (!words.slice(Math.max(0, i - 6), i - 2).some((w) => thanksWords.has(w.lower))) return;
    const after = words[i + 1];
    // "for the kind, detailed reply", "for your open and honest answers": adjectives before their noun.
    if (after && !/^[.!?;]$/.test(after.text) && !/^(?:with|during|throughout|today|yesterday)$/.test(after.lower))
      return;
    out.push(issue('grammar.word-choice', `One is thanked for a quality, the noun: "your ${noun}".`, word, noun));
  });
}

/** Conjunctions that already join a clause to the next, so a "but" or "so" after them is one too many. */
const pairedConjunctions = new Map([
  ['although', 'but'],
  ['though', 'but'],
  ['because', 'so'],
]);

/**
 * "Although I was nervous, but I enjoyed it", "Because the role was paused, so I…": the first clause is joined
 * by its own conjunction; "but" or "so" after the comma joins it twice. "Even I prepared a lot, I…": "even"
 * alone cannot join a clause ("even though").
 */
function doubledConjunction(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!atClauseStart(words, i) && i > 0 && words[i - 1]?.text !== ',') return;
    const second = pairedConjunctions.get(word.lower);
    const even = word.lower === 'even' && /^(?:i|we|they|he|she|you)$/.test(words[i + 1]?.lower ?? '');
    if (!second && !even) return;
    if (word.lower === 'though' && words[i - 1]?.lower === 'even') return;
    for (let k = i + 2; k < Math.min(words.length, i + 20); k++) {
      const w = words[k] as Word;
      if (/^[.!?;:]$/.test(w.text)) return;
      if (w.text !== ',') continue;
      const next = words[k + 1];
      if (second && next?.lower === second) {
        out.push(
          issue('grammar.usage', `"${word.lower}" already joins the clauses: leave out "${second}".`, next, null),
        );
        return;
      }
      if (even && /^(?:i|we|they|he|she|you|it|my|our|the)$/.test(next?.lower ?? '')) {
        const verb = words[i + 2];
        if (!verb?.verb || verb.verb.forms.has('ing')) return;
        out.push(
          issue(
            'grammar.missing-word',
            'To join a clause, write "even though" ("even though I prepared…").',
            word,
            `${word.text} though`,
          ),
        );
      }
      // Only the comma that ends the first clause counts ("Although it was hard, I enjoyed it, but…" is right).
      return;
    }
  });
}

/** Verbs before a noun and a question ("tell the team what…", "show the panel what…"), not a relative clause. */
const questionObjectVerbs = set(
  `tell told telling tells show showed shown showing ask asked asking teach taught remind reminded explain explained
  learn learned learnt hear heard know knew understand understood see saw share shared give gave let`,
);

/** "the job what you described", "everything what I learned": a relative clause after a noun takes "that". */
function whatAsRelative(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'what' || !word.isLower) return;
    const noun = words[i - 1];
    const subject = words[i + 1];
    if (!noun || !subject) return;
    if (!/^(?:i|we|you|they|he|she|the|my|our|your|their)$/.test(subject.lower)) return;
    const pronounHead = /^(?:everything|something|anything|nothing|all)$/.test(noun.lower);
    if (!pronounHead) {
      if (!isNounLike(noun) || numberOf(noun) === null || !singularPhraseStarters.has(words[i - 2]?.lower ?? ''))
        return;
      if (words.slice(Math.max(0, i - 6), i - 2).some((w) => questionObjectVerbs.has(w.lower))) return;
    } else if (
      noun.lower === 'all' ||
      words.slice(Math.max(0, i - 4), i - 1).some((w) => questionObjectVerbs.has(w.lower))
    )
      return;
    out.push(
      issue(
        'grammar.usage',
        'After a noun, a relative clause starts with "that" ("the job that you described").',
        word,
        'that',
      ),
    );
  });
}

/** Agent nouns that already name a person: "a hard worker", not "a hard worker person". */
const agentNouns = set('worker learner player thinker communicator listener achiever starter doer organiser organizer');

/** "I am a hard worker person": the agent noun is the person, so "person" repeats it. */
function agentNounPerson(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (!agentNouns.has(word.lower) || !next || !/^(?:person|individual)$/.test(next.lower)) return;
    out.push(
      spanIssue(
        'grammar.usage',
        `"${word.lower}" already names the person: "a hard worker" or "a hard-working person".`,
        word,
        next,
        word.text,
      ),
    );
  });
}

const timeUnits = set('day days week weeks month months year years hour hours minute minutes');

/**
 * "I have applied three weeks before": a span of time counted back from now ends in "ago"; "before" needs a
 * point to count from ("two weeks before the interview", or "had" in the past perfect).
 */
function beforeForAgo(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'before' || !timeUnits.has(words[i - 1]?.lower ?? '')) return;
    const after = words[i + 1];
    if (after && !after.isPunctuation && !/^(?:and|but|so|when|because)$/.test(after.lower)) return;
    const count = words[i - 2];
    if (
      !count ||
      !(
        /^\p{N}+$/u.test(count.text) ||
        /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple)$/.test(count.lower)
      )
    )
      return;
    let start = i - 3;
    while (start >= 0 && !(words[start] as Word).isPunctuation) start--;
    const clause = words.slice(start + 1, i - 2);
    // "Two weeks before, the manager called": a time opening the sentence counts from a point already told.
    if (clause.length === 0 || clause.some((w) => /^(?:had|hadn't|'d)$/.test(w.lower) || w.lower.endsWith("'d")))
      return;
    if (!clause.some((w) => w.verb && (w.verb.forms.has('past') || w.verb.forms.has('participle')))) return;
    out.push(issue('grammar.word-choice', 'Counting back from now, write "ago" ("three weeks ago").', word, 'ago'));
  });
}

/**
 * "It is a long time that I want to work here": a state lasting until now takes the present perfect ("I have
 * wanted to work here for a long time").
 */
function longTimeThatPresent(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'it' && word.lower !== "it's") return;
    let k = i + 1;
    if (word.lower === 'it') {
      if (!/^(?:is|has)$/.test(words[k]?.lower ?? '')) return;
      if (words[k]?.lower === 'has') k++;
      k++;
    }
    if (words[k]?.lower === 'been') k++;
    // "It's already two months that I work here": a count of units is a long time too.
    if (/^(?:already|now|almost|nearly|over)$/.test(words[k]?.lower ?? '')) k++;
    if (
      /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|few)$/.test(words[k]?.lower ?? '') &&
      /^(?:years|months|weeks|days)$/.test(words[k + 1]?.lower ?? '')
    )
      k++;
    if (/^(?:a|so)$/.test(words[k]?.lower ?? '')) k++;
    if (
      !/^(?:long|years|months|ages|while)$/.test(words[k]?.lower ?? '') &&
      !/^(?:time)$/.test(words[k + 1]?.lower ?? '')
    )
      return;
    while (k < i + 7 && words[k]?.lower !== 'that' && words[k]?.lower !== 'since') k++;
    if (words[k]?.lower !== 'that') return;
    const subject = words[k + 1];
    let v = k + 2;
    if (isAdverbBetween(words[v])) v++;
    const verb = words[v];
    if (
      !subject ||
      !/^(?:i|we|they|you)$/.test(subject.lower) ||
      !verb?.verb?.forms.has('base') ||
      verb.verb.forms.has('past')
    )
      return;
    const participle = verbFormOf(verb.verb.base, 'participle');
    out.push({
      ...spanIssue(
        'grammar.tense',
        'A state lasting until now takes the present perfect: "I have wanted to … for a long time".',
        word,
        verb,
        '',
      ),
      suggestion: participle ? `${subject.text} have ${participle} … for a long time` : null,
    });
  });
}

/**
 * "what I should improve it": in a clause opened by "what" or "which", the object is that word, so a pronoun after
 * the verb repeats it.
 */
function resumptivePronoun(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:what|which)$/.test(word.lower) || !/^(?:i|we|you|they|he|she)$/.test(words[i + 1]?.lower ?? '')) return;
    let k = i + 2;
    if (modals.has(words[k]?.lower ?? '')) k++;
    else if (/^(?:have|has|had)$/.test(words[k]?.lower ?? '') && words[k + 1]?.lower === 'to') k += 2;
    else return;
    if (isAdverbBetween(words[k])) k++;
    const verb = words[k];
    const pronoun = words[k + 1];
    if (!verb?.verb?.forms.has('base') || !pronoun || !/^(?:it|them)$/.test(pronoun.lower)) return;
    const after = words[k + 2];
    if (after && !after.isPunctuation && !/^(?:and|but|next|before|after)$/.test(after.lower)) return;
    out.push(
      issue('grammar.usage', `"${word.lower}" is already the object: leave out "${pronoun.lower}".`, pronoun, null),
    );
  });
}

/** Verbs of something done once, which end by a deadline ("send it by Friday"), not last until it. */
const deadlineVerbs = set(
  `send sent submit submitted finish finished complete completed deliver delivered return returned confirm confirmed
  sign signed reply replied respond responded decide decided share shared forward forwarded`,
);
const timePoints = set(
  `monday tuesday wednesday thursday friday saturday sunday tomorrow tonight noon midday january february march
  april may june july august september october november december end next`,
);

/** "I will send you the references until Friday": a deadline is met "by" a day; "until" is for what lasts. */
function untilForBy(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'until' && word.lower !== 'till') return;
    const point = words[i + 1];
    const pointWord = point?.lower === 'the' ? words[i + 2] : point;
    if (!pointWord || !(timePoints.has(pointWord.lower) || /^\p{N}/u.test(pointWord.text))) return;
    let k = i - 1;
    let verb: Word | undefined;
    let future = false;
    for (; k >= Math.max(0, i - 9); k--) {
      const w = words[k] as Word;
      if (w.isPunctuation || /^(?:and|but|or|because|so)$/.test(w.lower)) break;
      if (!w.isLower) continue;
      if (/^(?:not|never|don't|won't|can't|didn't|haven't|wait|waiting|stay|be|am|is|are|was)$/.test(w.lower)) return;
      if (deadlineVerbs.has(w.lower)) verb = w;
      if (/^(?:will|'ll|can|could|would|should|must|to|please)$|'ll$/.test(w.lower)) future = true;
    }
    if (!verb || !future) return;
    out.push(
      issue(
        'grammar.word-choice',
        'For a deadline, write "by" ("send it by Friday"); "until" is for what lasts.',
        word,
        'by',
      ),
    );
  });
}

/** Verbs that take "that" and a clause, never an object and "to": "suggest that you apply" ("recommend you to" is
 * British usage, so it is left alone). */
const thatClauseVerbs = set('suggest suggests suggested suggesting propose proposed proposing');

/** "I suggest you to consider me": "suggest" takes a clause ("suggest that you consider"), not "you to". */
function suggestObjectTo(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!thatClauseVerbs.has(word.lower)) return;
    const object = words[i + 1];
    const to = words[i + 2];
    const verbWord = words[i + 3];
    if (!object || !/^(?:you|him|her|them|me|us)$/.test(object.lower) || to?.lower !== 'to') return;
    if (!verbWord?.verb?.forms.has('base')) return;
    const subject = subjectForms.get(object.lower) ?? object.lower;
    out.push(
      spanIssue(
        'grammar.verb-form',
        `"${word.lower}" takes a clause: "${word.lower} that ${subject} ${verbWord.lower}".`,
        word,
        verbWord,
        `${word.text} that ${subject} ${verbWord.text}`,
      ),
    );
  });
}

const monthNames = set('january february march april may june july august september october november december');
const ordinalWords = set('first second third fourth fifth sixth seventh eighth ninth tenth');

/** "The interview was held in 5th of May", "in Monday": a day takes "on" ("on 5 May", "on Monday"). */
function inBeforeDay(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'in') return;
    let k = i + 1;
    if (words[k]?.lower === 'the') k++;
    const first = words[k];
    if (!first) return;
    const ordinal = /^\d{1,2}(?:st|nd|rd|th)$/.test(first.lower) || ordinalWords.has(first.lower);
    const isDay =
      (ordinal &&
        (monthNames.has(words[k + 1]?.lower ?? '') ||
          (words[k + 1]?.lower === 'of' && monthNames.has(words[k + 2]?.lower ?? '')))) ||
      (weekdays.has(first.lower) &&
        !/^(?:mornings?|afternoons?|evenings?|nights?)$/.test(words[k + 1]?.lower ?? '') &&
        k === i + 1) ||
      (monthNames.has(first.lower) &&
        /^\d{1,2}(?:st|nd|rd|th)?$/.test(words[k + 1]?.lower ?? '') &&
        words[k + 2]?.text !== ',' &&
        !/^\d{4}$/.test(words[k + 1]?.text ?? ''));
    if (!isDay) return;
    out.push(
      issue('grammar.usage', 'A day takes "on" ("on 5 May", "on Monday"); "in" is for months and years.', word, 'on'),
    );
  });
}

/** Verbs of a way of living or working, whose present with "for" and a span is a state lasting until now. */
const lastingVerbs = set(
  'live living lives work working works study studying studies teach teaching teaches know knows',
);

/**
 * "I am living in Manchester for three years now", "I know him for ten years": a state lasting until now takes
 * the present perfect ("I have lived", "I have known").
 */
function presentForSpan(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'for') return;
    const count = words[i + 1];
    const unit = words[i + 2];
    if (
      !count ||
      !unit ||
      !/^(?:years|months|weeks|decades|ages|a|over|more|almost|nearly|\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|few)$/.test(
        count.lower,
      )
    )
      return;
    let u = i + 2;
    if (/^(?:a|over|more|almost|nearly)$/.test(count.lower) && !timeUnits.has(unit.lower) && unit.lower !== 'decade')
      u++;
    if (/^(?:than|few|couple|long)$/.test(words[u]?.lower ?? '')) u++;
    if (words[u]?.lower === 'of') u++;
    const unitWord = words[u];
    if (!unitWord || !(timeUnits.has(unitWord.lower) || /^(?:decades?|ages|time)$/.test(unitWord.lower))) return;
    if (count.lower === 'ages' || count.lower === 'years' || count.lower === 'months') u = i + 1;
    const now = /^(?:now|already)$/.test(words[u + 1]?.lower ?? '');
    // The verb of the clause: "am living", "I live", "I know".
    let v = i - 1;
    while (v > i - 8 && v >= 0 && !(words[v] as Word).isPunctuation && !lastingVerbs.has((words[v] as Word).lower)) v--;
    const verb = words[v];
    if (!verb || !lastingVerbs.has(verb.lower)) return;
    const before = words[v - 1]?.lower ?? '';
    const continuous = /ing$/.test(verb.lower) && /^(?:am|is|are|i'm|we're|they're|he's|she's)$/.test(before);
    const simple =
      !/ing$/.test(verb.lower) &&
      ((/^(?:i|we|they|you)$/.test(before) && !/s$/.test(verb.lower)) ||
        (/^(?:he|she)$/.test(before) && /s$/.test(verb.lower)));
    if (!continuous && !simple) return;
    // "I'm working in Leeds for two weeks" may be a plan; with "now" or "already", or a state verb, it is not.
    if (!now && !/^(?:know|knows|live|lives|living)$/.test(verb.lower)) return;
    const from = continuous ? (words[v - 1] as Word) : verb;
    const base = verbOf(verb)?.base ?? verb.lower;
    const participle = verbFormOf(base, 'participle');
    const have = /^(?:he|she|he's|she's|is)$/.test(continuous ? (words[v - 2]?.lower ?? before) : before)
      ? 'has'
      : 'have';
    out.push(
      spanIssue(
        'grammar.tense',
        'A state lasting until now takes the present perfect ("I have lived here for three years").',
        from,
        verb,
        participle ? `${have} ${continuous ? `been ${verb.lower}` : participle}` : '',
      ),
    );
  });
}

/** "She said me that…": "say" takes no person as its object; "tell" does ("she told me"). */
function saidMe(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:say|says|said|saying)$/.test(word.lower)) return;
    const object = words[i + 1];
    if (!object || !/^(?:me|him|us|them)$/.test(object.lower)) return;
    const after = words[i + 2];
    if (
      after &&
      !after.isPunctuation &&
      !/^(?:that|about|the|my|your|it|how|what|why|when|where|to)$/.test(after.lower)
    )
      return;
    if (after?.lower === 'to') return;
    const tell = { say: 'tell', says: 'tells', said: 'told', saying: 'telling' }[word.lower] ?? 'tell';
    out.push(
      spanIssue(
        'grammar.word-choice',
        `"Say" takes no person as object: "${tell} ${object.lower}".`,
        word,
        object,
        `${tell} ${object.lower}`,
      ),
    );
  });
}

/** "Thank you for the feedback, I really appreciate.": "appreciate" needs its object ("appreciate it"). */
function appreciateWithoutObject(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'appreciate') return;
    const after = words[i + 1];
    if (after && !/^[.!;]$/.test(after.text)) return;
    let b = i - 1;
    if (
      /^(?:really|truly|genuinely|greatly|do|very|much|sincerely|deeply|so|totally|definitely)$/.test(
        words[b]?.lower ?? '',
      )
    )
      b--;
    if (/^(?:really|truly|much|very|so)$/.test(words[b]?.lower ?? '')) b--;
    if (!/^(?:i|we|i'd|we'd|would|i'll)$/.test(words[b]?.lower ?? '')) return;
    out.push(
      issue(
        'grammar.missing-word',
        '"Appreciate" needs its object: "I really appreciate it".',
        word,
        `${word.text} it`,
      ),
    );
  });
}

/** "What does mean cultural fit?": in a question with "do", the subject comes before the verb. */
function doQuestionOrder(words: Word[], out: Finding[]): void {
  words.forEach((wh, i) => {
    if (!/^(?:what|how|why|where|when)$/.test(wh.lower)) return;
    const aux = words[i + 1];
    const verbWord = words[i + 2];
    const next = words[i + 3];
    if (!aux || !/^(?:does|do|did)$/.test(aux.lower) || !verbWord?.verb?.forms.has('base') || verbWord.verb.noun)
      return;
    if (!next || next.isPunctuation || beForms.has(next.lower) || modals.has(next.lower) || next.lower === 'to') return;
    if (/^(?:i|you|we|they|he|she|it)$/.test(next.lower)) return;
    // A question: it ends with "?" before another sentence begins.
    const end = words.slice(i + 3).find((w) => /^[.!?]$/.test(w.text));
    if (end?.text !== '?') return;
    out.push(
      spanIssue(
        'grammar.word-order',
        `In a question with "${aux.lower}", the subject comes before the verb ("what does this word mean?").`,
        wh,
        verbWord,
        '',
      ),
    );
  });
}

/** Verbs that need a preposition before their object: "the manager I spoke to", "the team I worked with". */
const prepositionVerbs = new Map([
  ['spoke', 'to'],
  ['speak', 'to'],
  ['talked', 'to'],
  ['talk', 'to'],
  ['listened', 'to'],
  ['reported', 'to'],
  ['applied', 'to'],
  ['worked', 'with'],
  ['dealt', 'with'],
  ['relied', 'on'],
  ['depended', 'on'],
  ['waited', 'for'],
]);

/** "The manager who I spoke was friendly": a relative clause's verb keeps its preposition ("who I spoke to"). */
function relativeWithoutPreposition(words: Word[], out: Finding[]): void {
  words.forEach((rel, i) => {
    if (!/^(?:who|whom|that|which)$/.test(rel.lower) || !isNounLike(words[i - 1])) return;
    const subject = words[i + 1];
    const verbWord = words[i + 2];
    const preposition = prepositionVerbs.get(verbWord?.lower ?? '');
    if (!subject || !verbWord || !preposition || !/^(?:i|we|you|they|he|she)$/.test(subject.lower)) return;
    const next = words[i + 3];
    if (
      !next ||
      !(
        beForms.has(next.lower) ||
        haveAux.has(next.lower) ||
        modals.has(next.lower) ||
        (next.verb !== null && isPast(next.verb) && !next.verb.noun)
      )
    )
      return;
    out.push(
      issue(
        'grammar.missing-word',
        `The verb keeps its preposition: "${verbWord.lower} ${preposition}".`,
        verbWord,
        `${verbWord.lower} ${preposition}`,
      ),
    );
  });
}

/** Verbs that go with a noun in set pairs: one asks a question, takes an exam or a photo. */
const lightVerbNouns = new Map([
  ['question', 'ask'],
  ['questions', 'ask'],
  ['photo', 'take'],
  ['photos', 'take'],
  ['exam', 'take'],
  ['exams', 'take'],
]);
const formsOfMake: Record<string, Record<string, string>> = {
  ask: { make: 'ask', makes: 'asks', made: 'asked', making: 'asking' },
  take: { make: 'take', makes: 'takes', made: 'took', making: 'taking' },
};

/** Words that make "make" causative when they follow its object: "made my questions more useful". */
const comparatives = set('more less clearer better worse easier harder simpler shorter longer stronger sharper');

/** "I would like to make a question": one "asks" a question ("takes" an exam). */
function makeForLightVerb(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:make|makes|made|making)$/.test(word.lower)) return;
    let k = i + 1;
    // "make you a question": the person between "make" and the question.
    if (
      /^(?:you|him|her|them|us)$/.test(words[k]?.lower ?? '') &&
      /^(?:a|an|one|two|some)$/.test(words[k + 1]?.lower ?? '')
    )
      k++;
    if (/^(?:a|an|some|any|few|more|one|two|the|my|this|that|another)$/.test(words[k]?.lower ?? '')) k++;
    if (/^(?:quick|short|small|last|final|few|couple|follow-up|further|simple)$/.test(words[k]?.lower ?? '')) k++;
    const right = lightVerbNouns.get(words[k]?.lower ?? '');
    const next = words[k + 1];
    if (!right || (next && isNounLike(next) && !prepositions.has(next.lower))) return;
    // "made the question clearer": "make" with a complement after its object.
    if (next?.isLower && adjectiveEnding.test(next.lower) && !prepositions.has(next.lower)) return;
    // "What would have made my questions for the panel more useful?": the complement after a phrase.
    for (let j = k + 1; j < k + 7 && words[j] && !words[j]?.isPunctuation; j++)
      if (comparatives.has(words[j]?.lower ?? '')) return;
    const fix = formsOfMake[right]?.[word.lower] ?? right;
    out.push(issue('grammar.word-choice', `One "${right}s" a ${words[k]?.lower.replace(/s$/, '')}.`, word, fix));
  });
}

/** Nouns "answer" takes straight after it as a verb: "answer my questions", not "answer to my questions". */
const answeredThings = set(
  'question questions email emails message messages letter letters call calls enquiry enquiries request requests comment comments',
);

/** "Thank you for answering to all my questions": the verb "answer" takes its object without "to". */
function answerTo(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:answer|answers|answered|answering)$/.test(word.lower) || words[i + 1]?.lower !== 'to') return;
    if (word.lower === 'answer' || word.lower === 'answers') {
      const before = words[i - 1]?.lower ?? '';
      if (!(modals.has(before) || /^(?:i|we|you|they|to|please|not)$/.test(before))) return;
    }
    let k = i + 2;
    while (
      k < i + 5 &&
      /^(?:all|of|my|your|the|these|those|our|his|her|their|each|every|any|many|few|several)$/.test(
        words[k]?.lower ?? '',
      )
    )
      k++;
    if (isLowerWord(words[k]) && !answeredThings.has(words[k]?.lower ?? '') && isNounLike(words[k + 1])) k++;
    if (!answeredThings.has(words[k]?.lower ?? '')) return;
    out.push(
      spanIssue(
        'grammar.usage',
        'The verb "answer" takes no "to": "answering my questions".',
        word,
        words[i + 1] as Word,
        word.text,
      ),
    );
  });
}

/** "I very like the idea": "very" goes with adjectives; a verb takes "really" (or "very much" after it). */
function veryBeforeVerb(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'very' || !/^(?:i|we|you|they|he|she)$/.test(words[i - 1]?.lower ?? '')) return;
    const verbWord = words[i + 1];
    const verb = verbWord?.verb;
    if (!verbWord || !verb || verbWord.lower === 'much' || verb.forms.has('participle') || verb.forms.has('ing'))
      return;
    if (!(verb.forms.has('base') || verb.forms.has('s') || verb.forms.has('past'))) return;
    out.push(
      issue(
        'grammar.word-choice',
        '"Very" does not go before a verb: "I really like" (or "I like … very much").',
        word,
        'really',
      ),
    );
  });
}

/** "I was responsible for to manage the stock": after a preposition, the -ing form ("for managing"). */
function prepositionBeforeTo(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'for' || words[i + 1]?.lower !== 'to') return;
    const verbWord = words[i + 2];
    const verb = verbWord?.verb;
    if (!verbWord || !verb?.forms.has('base') || verb.forms.has('past')) return;
    // "for to" in "looking for to-do lists" or "the time for to be…" is rare; a noun object after the verb makes it sure.
    const next = words[i + 3];
    if (verb.noun && !(next && (objectDeterminers.has(next.lower) || /^(?:a|an|me|us|them|him|it)$/.test(next.lower))))
      return;
    const ing = verbFormOf(verb.base, 'ing');
    if (!ing) return;
    out.push(
      spanIssue(
        'grammar.verb-form',
        'After "for", use the -ing form ("responsible for managing").',
        words[i + 1] as Word,
        verbWord,
        ing,
      ),
    );
  });
}

/** "This is the first time I apply": the first time up to now takes the present perfect ("I have applied"). */
function firstTimePresent(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'time' || !/^(?:first|second|third|only)$/.test(words[i - 1]?.lower ?? '')) return;
    if (words[i - 2]?.lower !== 'the' || !/^(?:is|it's|that's)$/.test(words[i - 3]?.lower ?? '')) return;
    let s = i + 1;
    if (words[s]?.lower === 'that') s++;
    const subject = words[s];
    const verbWord = words[s + 1];
    const verb = verbWord?.verb;
    if (
      !subject ||
      !/^(?:i|we|they|you)$/.test(subject.lower) ||
      !verbWord ||
      !verb?.forms.has('base') ||
      verb.forms.has('past')
    )
      return;
    // "the first time I have applied": "have" is already the perfect's auxiliary.
    const after = words[s + 2]?.verb;
    if (/^(?:have|do)$/.test(verb.base) && after && (after.forms.has('participle') || after.forms.has('base'))) return;
    const participle = verbFormOf(verb.base, 'participle');
    if (participle)
      out.push(
        issue(
          'grammar.tense',
          'The first time up to now takes the present perfect ("the first time I have applied").',
          verbWord,
          `have ${participle}`,
        ),
      );
  });
}

/** "I have finished the university in 2022": a stage of life is named without "the" ("finished university"). */
function finishedTheSchool(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (
      !/^(?:finish|finished|finishing|complete|completed|leave|left)$/.test(word.lower) ||
      words[i + 1]?.lower !== 'the'
    )
      return;
    const place = words[i + 2];
    if (!place || !/^(?:university|school|college)$/.test(place.lower)) return;
    if (
      /^(?:complete|completed|leave|left)$/.test(word.lower) &&
      words[i - 1]?.lower !== 'i' &&
      words[i - 1]?.lower !== 'have'
    )
      return;
    const after = words[i + 3];
    if (after && !after.isPunctuation && !/^(?:in|at|and|with|last|two|three|four|five|ten|a)$/.test(after.lower))
      return;
    out.push(
      spanIssue(
        'grammar.article',
        `Write "${word.lower} ${place.lower}" (a stage of life, without "the").`,
        words[i + 1] as Word,
        place,
        place.text,
      ),
    );
  });
}

/** "According to me, …": "according to" reports another's view; for one's own, "in my opinion". */
function accordingToMe(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'according' || words[i + 1]?.lower !== 'to' || !/^(?:me|us)$/.test(words[i + 2]?.lower ?? ''))
      return;
    const mine = words[i + 2]?.lower === 'me' ? 'my' : 'our';
    out.push(
      spanIssue(
        'grammar.usage',
        `"According to" reports someone else's view; for your own, write "in ${mine} opinion".`,
        word,
        words[i + 2] as Word,
        keepCase(word.text, `in ${mine} opinion`),
      ),
    );
  });
}

/** "I prefer to work in team": a single team or group needs its article ("in a team"). */
function workInTeam(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    // "worked as team leader" names a role, which may go without an article.
    if (!/^(?:work|works|worked|working)$/.test(word.lower) || words[i + 1]?.lower !== 'in') return;
    const noun = words[i + 2];
    if (!noun || !/^(?:team|group)$/.test(noun.lower) || isNounLike(words[i + 3])) return;
    out.push(
      spanIssue('grammar.article', 'A single team needs its article: "work in a team".', noun, noun, `a ${noun.text}`),
    );
  });
}

/** Nouns for an opening one applies for: "apply for this position". */
const openingNouns = set('position positions role roles job jobs vacancy vacancies post posts opening openings');

/** "I would like to apply on this position": one applies "for" a job ("on" the website). */
function applyOn(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:apply|applies|applied|applying)$/.test(word.lower) || words[i + 1]?.lower !== 'on') return;
    let k = i + 2;
    if (/^(?:this|the|that|your|a|an|these|those|any|several|many|some)$/.test(words[k]?.lower ?? '')) k++;
    if (
      isLowerWord(words[k]) &&
      !openingNouns.has(words[k]?.lower ?? '') &&
      openingNouns.has(words[k + 1]?.lower ?? '')
    )
      k++;
    if (!openingNouns.has(words[k]?.lower ?? '')) return;
    out.push(
      issue('grammar.usage', 'One applies "for" a position ("apply for this role").', words[i + 1] as Word, 'for'),
    );
  });
}

/** "postponed on next week", "I'll call you in next week": "next" and "last" take no preposition before them. */
function prepositionBeforeNext(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:on|in|at)$/.test(word.lower)) return;
    const when = words[i + 1];
    const unit = words[i + 2];
    if (
      !when ||
      !/^(?:next|last)$/.test(when.lower) ||
      !unit ||
      !/^(?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(unit.lower)
    )
      return;
    // "in the next week", "at last week's meeting": an article, or the time owning a noun.
    if (/^['’]/.test(words[i + 3]?.text ?? '')) return;
    const moved =
      /^(?:postponed|postpone|moved|move|rescheduled|reschedule|delayed|delay|pushed|push|put|deferred)$/.test(
        words[i - 1]?.lower ?? '',
      );
    // "the freeze that came in last week": the preposition is a particle of the verb before it.
    // "took place in last Tuesday": "place" there is the noun of "take place".
    const tookPlace =
      words[i - 1]?.lower === 'place' && /^(?:took|take|takes|taking|taken)$/.test(words[i - 2]?.lower ?? '');
    if (!moved && !tookPlace && words[i - 1]?.verb) return;
    out.push(
      issue(
        'grammar.usage',
        moved
          ? 'Moved to a later time: "postponed to next week".'
          : `"${when.lower} ${unit.lower}" takes no preposition before it.`,
        word,
        moved ? 'to' : null,
      ),
    );
  });
}

/** Adjectives written after a possessive where their noun belongs: "for my late" (lateness). */
const possessedQualities = new Map([
  ['late', 'lateness'],
  ['absent', 'absence'],
  ['ill', 'illness'],
  ['sick', 'sickness'],
  ['nervous', 'nervousness'],
  ['honest', 'honesty'],
  ['generous', 'generosity'],
]);

/** "I apologise for my late to the interview": after "my", a noun ("my lateness", or "for being late"). */
function adjectiveAfterPossessive(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    const noun = possessedQualities.get(word.lower);
    if (!noun || !word.isLower || !/^(?:my|your|his|her|our|their)$/.test(words[i - 1]?.lower ?? '')) return;
    const after = words[i + 1];
    if (
      after &&
      !/^[.!?;,]$/.test(after.text) &&
      !/^(?:to|for|at|in|during|and|yesterday|today|this)$/.test(after.lower)
    )
      return;
    out.push(issue('grammar.word-choice', `After "${words[i - 1]?.lower}", use the noun: "${noun}".`, word, noun));
  });
}

/** "I am writing to inform that…": "inform" needs the person told ("inform you that"). */
function informWithoutObject(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:inform|informs|informing)$/.test(word.lower) || !/^(?:that|about)$/.test(words[i + 1]?.lower ?? ''))
      return;
    if (beForms.has(words[i - 1]?.lower ?? '') || /^(?:get|got|getting|keep|kept)$/.test(words[i - 1]?.lower ?? ''))
      return;
    out.push(
      issue('grammar.missing-word', '"Inform" needs the person told: "inform you that".', word, `${word.text} you`),
    );
  });
}

/** Things thanked for that are counted, so they need "your" or "the": "thank you for your reply". */
const thankedThings = set('reply response email message answer letter call note invitation offer');

/** "Thank you for reply": a counted noun needs its determiner ("for your reply"). */
function thanksForBareNoun(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'for' || !thankedThings.has(words[i + 1]?.lower ?? '')) return;
    const noun = words[i + 1] as Word;
    const after = words[i + 2];
    if (after && (after.lower === 'to' || isNounLike(after))) return;
    if (!words.slice(Math.max(0, i - 4), i).some((w) => /^(?:thank|thanks|grateful)$/.test(w.lower))) return;
    out.push(
      spanIssue(
        'grammar.article',
        `A counted noun needs its determiner: "for your ${noun.lower}".`,
        noun,
        noun,
        `your ${noun.text}`,
      ),
    );
  });
}

/** "I am very interested to the role": interest is "in" a thing ("interested to hear" is a verb). */
function interestedTo(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'interested' || words[i + 1]?.lower !== 'to') return;
    if (!/^(?:the|this|your|a|an|that|these|those|our|my|its|their)$/.test(words[i + 2]?.lower ?? '')) return;
    if (/^(?:point|extent|degree)$/.test(words[i + 3]?.lower ?? '')) return;
    out.push(
      issue(
        'grammar.usage',
        'One is interested "in" something ("interested in the role").',
        words[i + 1] as Word,
        'in',
      ),
    );
  });
}

/** "The training last three months": "last" before a count of time is the verb, so it agrees ("lasts"). */
function lastAsVerb(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'last') return;
    const count = words[i + 1];
    const unit = words[i + 2];
    if (!count || !unit || !/^(?:\d+|two|three|four|five|six|eight|ten|twelve|several|a)$/.test(count.lower)) return;
    if (!/^(?:days|weeks|months|years|hours|minutes|week|month|year|day|hour)$/.test(unit.lower)) return;
    if (count.lower === 'a' && !/^(?:week|month|year|day|hour)$/.test(unit.lower)) return;
    const subject = words[i - 1];
    if (
      !isNounLike(subject) ||
      numberOf(subject) !== 'singular' ||
      !singularPhraseStarters.has(words[i - 2]?.lower ?? '')
    )
      return;
    // "the training of the last three months was": the time then belongs to a noun phrase before a verb.
    const after = words[i + 3];
    if (after && (beForms.has(after.lower) || haveAux.has(after.lower) || after.lower === "'s")) return;
    out.push(issue('grammar.agreement', 'The verb "last" agrees with its singular subject: "lasts".', word, 'lasts'));
  });
}

/** "since long time": a span takes "for" ("for a long time"). */
function sinceLongTime(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'since') return;
    let k = i + 1;
    if (words[k]?.lower === 'a') k++;
    if (words[k]?.lower !== 'long' || words[k + 1]?.lower !== 'time' || words[k + 2]?.lower === 'ago') return;
    out.push(
      spanIssue(
        'grammar.usage',
        'A span of time takes "for": "for a long time".',
        word,
        words[k + 1] as Word,
        'for a long time',
      ),
    );
  });
}

/** Words after which "to" is the preposition, so a verb after it takes -ing: "close to getting", "committed to improving". */
const prepositionalTo = set(
  'close closer committed dedicated devoted accustomed addition opposed objected object comes came',
);

/** "I was close to get the job", "I am committed to improve": after these, "to" is a preposition (-ing). */
function ingAfterPrepositionalTo(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'to') return;
    let h = i - 1;
    // "close or not to get": a short aside may stand between.
    if (words[h]?.lower === 'not' && words[h - 1]?.lower === 'or') h -= 2;
    const head = words[h];
    if (!head || !prepositionalTo.has(head.lower)) return;
    // "when it comes to", "in addition to", "I object to": only those set pieces for the verbs.
    if (/^(?:comes|came)$/.test(head.lower) && words[h - 1]?.lower !== 'it') return;
    if (head.lower === 'addition' && words[h - 1]?.lower !== 'in') return;
    if (/^(?:object|objected)$/.test(head.lower) && !/^(?:i|we|they|you|he|she)$/.test(words[h - 1]?.lower ?? ''))
      return;
    // "close to" also means near a place ("close to home"): a verb that may be a noun needs its object after it.
    const verbWord = words[i + 1];
    const verb = verbWord?.verb;
    if (!verbWord || !verb?.forms.has('base') || verb.forms.has('past')) return;
    const after = words[i + 2];
    const surelyVerb =
      !verb.noun ||
      (after !== undefined &&
        (objectDeterminers.has(after.lower) || /^(?:a|an|me|us|them|him|it|more)$/.test(after.lower)));
    if (!surelyVerb) return;
    const ing = verbFormOf(verb.base, 'ing');
    if (!ing) return;
    out.push(
      issue(
        'grammar.verb-form',
        `After "${head.lower} to", use the -ing form ("${head.lower} to ${ing}").`,
        verbWord,
        ing,
      ),
    );
  });
}

/** "the best place where to grow my career": after a noun, "to" alone ("the best place to grow"). */
function whereToAfterNoun(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'where' || words[i + 1]?.lower !== 'to' || !words[i + 2]?.verb?.forms.has('base')) return;
    const noun = words[i - 1];
    // A noun with its determiner or adjective ("the best place", "a team"), not a verb ("I wonder where to go").
    const before = words[i - 2]?.lower ?? '';
    const nounPhrase =
      determiners.has(before) || /^(?:best|perfect|right|ideal|good|great|only|new|same)$/.test(before);
    if (!isNounLike(noun) || numberOf(noun) === null || !nounPhrase) return;
    out.push(issue('grammar.usage', 'After a noun, write "the place to grow" (no "where" before "to").', word, null));
  });
}

/**
 * "I hope you and your family is well": two people joined by "and" are a plural subject ("are"). Only a pronoun and
 * a possessed noun, so a single idea ("research and development is") stays.
 */
function coordinatedSubject(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:you|he|she|i|we|they)$/.test(word.lower) || words[i + 1]?.lower !== 'and') return;
    if (!/^(?:your|his|her|my|our|their|the)$/.test(words[i + 2]?.lower ?? '')) return;
    const noun = words[i + 3];
    const verbWord = words[i + 4];
    if (!isNounLike(noun) || !verbWord || !/^(?:is|was|has)$/.test(verbWord.lower)) return;
    // The clause starts here: "I hope you and your family…", "Thank you and your team…" is no subject.
    if (!atClauseStart(words, i) && !clauseTakers.has(words[i - 1]?.lower ?? '')) return;
    const fix = toPlural[verbWord.lower] ?? (verbWord.lower === 'has' ? 'have' : null);
    if (fix)
      out.push(issue('grammar.agreement', 'Two joined by "and" are plural: "you and your family are".', verbWord, fix));
  });
}

/**
 * Points in time that "since" counts from: "since January", "since 2019", "since last year", "since then" (not "since
 * the interview went well", where "since" may mean "because").
 */
const sincePoints = set(
  `january february march april may june july august september october november december monday tuesday wednesday
  thursday friday saturday sunday last then yesterday christmas easter`,
);

/**
 * "I am now working as a team leader since January": a state running from a point until now takes the present
 * perfect ("I have been working … since January").
 */
function continuousBeforeSince(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'since') return;
    const point = words[i + 1];
    if (!point || !(sincePoints.has(point.lower) || /^(?:19|20)\d\d$/.test(point.text))) return;
    for (let k = i - 1; k >= Math.max(0, i - 10); k--) {
      const w = words[k] as Word;
      if (w.isPunctuation || /^(?:and|but|so|because|when|while|that|which|who)$/.test(w.lower)) return;
      if (!/^(?:am|is|are|i'm|we're|they're|he's|she's)$/.test(w.lower)) continue;
      let v = k + 1;
      if (/^(?:now|currently|still|also|really)$/.test(words[v]?.lower ?? '')) v++;
      const verbWord = words[v];
      if (!verbWord?.verb || !/ing$/.test(verbWord.lower) || !verbWord.verb.forms.has('ing')) return;
      const has = /^(?:is|he's|she's)$/.test(w.lower);
      out.push(
        spanIssue(
          'grammar.tense',
          'A state running from a point until now takes the present perfect ("I have been working … since January").',
          w,
          verbWord,
          `${/^(?:i'm)$/.test(w.lower) ? 'I ' : /^(?:we're)$/.test(w.lower) ? 'we ' : /^(?:they're)$/.test(w.lower) ? 'they ' : /^(?:he's)$/.test(w.lower) ? 'he ' : /^(?:she's)$/.test(w.lower) ? 'she ' : ''}${has ? 'has' : 'have'} been ${verbWord.lower}`,
        ),
      );
      return;
    }
  });
}

/** "It was a pleasure to discuss with you.": "discuss" needs its object ("discuss it with you"). */
function discussWithoutObject(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:discuss|discussed|discussing)$/.test(word.lower) || words[i + 1]?.lower !== 'with') return;
    let k = i + 2;
    if (/^(?:the|your|my|our)$/.test(words[k]?.lower ?? '')) k++;
    const person = words[k];
    if (
      !person ||
      !(/^(?:you|him|her|them|us|me)$/.test(person.lower) || /^\p{Lu}/u.test(person.text) || isNounLike(person))
    )
      return;
    const after = words[k + 1];
    if (after && !/^[.!;,]$/.test(after.text) && !/^(?:today|yesterday|again|and|too|soon)$/.test(after.lower)) return;
    out.push(
      issue('grammar.missing-word', '"Discuss" needs its object: "discuss it with you".', word, `${word.text} it`),
    );
  });
}

/** "I still didn't receive any answer": "still" waiting until now goes with the present perfect ("still haven't received"). */
function stillDidNot(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'still') return;
    let k = i + 1;
    let end = k;
    if (words[k]?.lower === "didn't") end = k;
    else if (words[k]?.lower === 'did' && words[k + 1]?.lower === 'not') end = k + 1;
    else return;
    // Only what one waits for ("still didn't receive", "hear", "get"): "I still didn't know" may tell a story.
    const verbWord = words[end + 1];
    const verb = verbWord?.verb;
    if (!verbWord || !verb?.forms.has('base') || !/^(?:receive|hear|get)$/.test(verb.base)) return;
    if (!/^(?:i|we|they|you)$/.test(words[i - 1]?.lower ?? '')) return;
    const participle = verbFormOf(verb.base, 'participle');
    if (!participle) return;
    k = end + 1;
    out.push(
      spanIssue(
        'grammar.tense',
        'Waiting until now takes the present perfect: "I still haven\'t received".',
        words[i + 1] as Word,
        words[k] as Word,
        `haven't ${participle}`,
      ),
    );
  });
}

/**
 * "Until now I didn't receive any answer", "I didn't hear from you yet": waiting up to now takes the present perfect
 * ("So far I haven't received", "I haven't heard from you yet"), like "still" above.
 */
function didNotUpToNow(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    let end = i;
    if (word.lower === 'did' && words[i + 1]?.lower === 'not') end = i + 1;
    else if (word.lower !== "didn't") return;
    if (!/^(?:i|we)$/.test(words[i - 1]?.lower ?? '')) return;
    const verbWord = words[end + 1];
    const verb = verbWord?.verb;
    if (!verbWord || !verb?.forms.has('base') || !/^(?:receive|hear|get)$/.test(verb.base)) return;
    const before = words
      .slice(Math.max(0, i - 5), i - 1)
      .map((w) => w.lower)
      .join(' ');
    const upToNow = /\b(?:until now|so far|up to now|till now|up till now),?$/.test(before.replace(/ ,/g, ','));
    let yet = false;
    for (let k = end + 2; k < Math.min(words.length, end + 10); k++) {
      const w = words[k] as Word;
      // "… yet", "… till now", "… so far": the waiting runs up to now.
      const upToHere =
        (w.lower === 'now' && /^(?:until|till)$/.test(words[k - 1]?.lower ?? '')) ||
        (w.lower === 'far' && words[k - 1]?.lower === 'so');
      if (w.lower === 'yet' || upToHere) {
        yet = true;
        break;
      }
      if (w.isPunctuation || conjunctions.has(w.lower)) break;
    }
    if (!upToNow && !yet) return;
    const participle = verbFormOf(verb.base, 'participle');
    if (!participle) return;
    out.push(
      spanIssue(
        'grammar.tense',
        'Waiting until now takes the present perfect: "I haven\'t heard from you yet", "so far I haven\'t received".',
        word,
        verbWord,
        `haven't ${participle}`,
      ),
    );
  });
}

/** Heads that take "to" as a preposition or another preposition before an -ing form, written with an infinitive. */
const ingHeads: Record<string, string> = wordTable({
  succeed: 'in',
  succeeded: 'in',
  succeeds: 'in',
  insist: 'on',
  insisted: 'on',
  insists: 'on',
  difficulty: 'in',
  difficulties: 'in',
  trouble: '',
  busy: '',
});
/**
 * "I will try to succeed to explain", "I had difficulty to judge", "busy to prepare": these take a preposition
 * and the -ing form ("succeed in explaining", "difficulty judging"); so does time spent ("spend a month to learn it").
 */
function ingAfterHead(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'to') return;
    const next = words[i + 1];
    const verb = next?.verb;
    if (!next || !verb?.forms.has('base') || verb.forms.size > 1) return;
    const head = words[i - 1]?.lower ?? '';
    let preposition = ingHeads[head];
    // "trouble" and "busy" only after a verb of having or being ("I had trouble to", "I was busy to").
    if (preposition === '' && !/^(?:had|have|has|having|was|were|am|is|are|been|'m)$/.test(words[i - 2]?.lower ?? ''))
      preposition = undefined;
    // "spend the next month to learn it", "spent two years to build": time spent on doing something.
    if (preposition === undefined) {
      const spend = words
        .slice(Math.max(0, i - 5), i)
        .findIndex((w) => /^(?:spend|spent|spending|spends)$/.test(w.lower));
      const unit = /^(?:time|hours?|days?|weeks?|months?|years?|evenings?|weekends?|while)$/.test(head);
      if (spend < 0 || !unit) return;
      preposition = '';
    }
    const ing = verbFormOf(verb.base, 'ing');
    if (!ing) return;
    out.push(
      spanIssue(
        'grammar.verb-form',
        'This takes the -ing form, not "to": "succeed in explaining", "had difficulty judging", "spend a month learning".',
        word,
        next,
        preposition ? `${preposition} ${ing}` : ing,
      ),
    );
  });
}

/** Names of fields in -ics whose -ic adjective means something else: "the logistics sector", not "logistic". */
const fieldAdjectives = set('logistic analytic electronic statistic mathematic robotic mechatronic');
/** Nouns a field's name describes: "the logistics sector", "an analytics team", "a mathematics teacher". */
const fieldHeads = set(
  `sector industry company companies firm team teams department manager managers coordinator coordinators field
  career background degree teacher lecturer role roles operations centre center hub provider providers business
  experience`,
);

/** "I have learnt a lot about the logistic sector": a field's name keeps its -s before the noun it describes. */
function fieldNameAsAdjective(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!word.isLower || !fieldAdjectives.has(word.lower) || !fieldHeads.has(words[i + 1]?.lower ?? '')) return;
    out.push(
      issue(
        'grammar.word-choice',
        `As the name of a field, write "${word.lower}s" ("the logistics sector").`,
        word,
        `${word.lower}s`,
      ),
    );
  });
}

/** Set phrases people get slightly wrong in emails: "please find attach", "touch basis", "regarding to". */
/** The words the set phrases below start with, to pass over every other word at once. */
const setPhraseStarts = set(
  `in make makes made making less like appreciate appreciated possibility get got getting gets have had has having fell
  find touch regarding many most all some several both few do does did doing done`,
);
const doForms = set('do does did doing done');
const mistakeModifiers = set(
  'the a an same any many those these such similar silly basic big small few no more fewer obvious simple careless',
);
/** Nouns of a movement or a look inside, which take "into": "expansion into", "an insight into". */
const intoNouns = set(
  `expansion expansions move moves foray forays insight insights research investigation inquiry enquiry transition
  entry venture step steps conversion integration migration switch shift look dive push`,
);
function setPhrases(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (!next || (!setPhraseStarts.has(word.lower) && next.lower !== 'exited')) return;
    // "effort goes in to keeping it running", "put a lot in to the launch": "into" (not "log in to", "ran in to
    // tell").
    if (
      word.lower === 'in' &&
      next.lower === 'to' &&
      /^(?:go|goes|went|gone|going|put|puts|putting|look|looked|looking|invest|invested|investing|delve|delved|dig|dug|tap|tapped|poured|pour)$/.test(
        words[i - 1]?.lower ?? '',
      ) &&
      (objectDeterminers.has(words[i + 2]?.lower ?? '') ||
        /^(?:a|an)$/.test(words[i + 2]?.lower ?? '') ||
        (words[i + 2]?.isLower === true && /^\p{L}{3,}ing$/u.test(words[i + 2]?.lower ?? '')))
    ) {
      out.push(spanIssue('spelling.boundary', 'Write "into" as one word here.', word, next, 'into'));
      return;
    }
    // "the company's expansion in to South America", "an insight in to the team": a noun of movement or looking.
    if (
      word.lower === 'in' &&
      next.lower === 'to' &&
      intoNouns.has(words[i - 1]?.lower ?? '') &&
      (objectDeterminers.has(words[i + 2]?.lower ?? '') ||
        /^(?:a|an)$/.test(words[i + 2]?.lower ?? '') ||
        /^\p{Lu}/u.test(words[i + 2]?.text ?? ''))
    ) {
      out.push(spanIssue('spelling.boundary', 'Write "into" as one word here.', word, next, 'into'));
      return;
    }
    // "I don't want to do the same mistakes again": one makes a mistake.
    if (doForms.has(word.lower)) {
      for (let m = i + 1; m < i + 5; m++) {
        const w = words[m];
        if (!w?.isLower || w.isPunctuation) break;
        if (/^(?:mistakes?|errors?)$/.test(w.lower)) {
          const make = { do: 'make', does: 'makes', did: 'made', doing: 'making', done: 'made' }[word.lower] ?? 'make';
          out.push(issue('grammar.word-choice', 'One "makes" a mistake ("make the same mistakes").', word, make));
          return;
        }
        if (!mistakeModifiers.has(w.lower)) break;
      }
    }
    // "many of whom has complex needs": the people counted are several.
    if (
      /^(?:many|most|all|some|several|both|few)$/.test(word.lower) &&
      next.lower === 'of' &&
      /^(?:whom|which|them|us)$/.test(words[i + 2]?.lower ?? '') &&
      words[i - 1]?.text === ','
    ) {
      const verbWord = words[i + 3];
      const fix = verbWord ? toPlural[verbWord.lower] : undefined;
      if (verbWord && fix) {
        out.push(issue('grammar.agreement', 'The verb does not agree with the plural subject.', verbWord, fix));
        return;
      }
    }
    // "make a positive effect on": one "has" an effect, or "makes" an impact.
    if (/^(?:make|makes|made|making)$/.test(word.lower) && /^(?:a|an|any|some|no)$/.test(next.lower)) {
      let e = i + 2;
      if (words[e]?.isLower && words[e]?.lower !== 'effect') e++;
      const effect = words[e];
      if (effect?.lower === 'effect' && words[e + 1]?.lower === 'on') {
        out.push(
          issue(
            'grammar.word-choice',
            'One "has" an effect, or "makes" an impact ("make an impact on").',
            effect,
            'impact',
          ),
        );
        return;
      }
    }
    // "less years of experience", "less candidates": "fewer" before a plural that is counted.
    if (word.lower === 'less' && next.isLower && !next.verb && numberOf(next) === 'plural') {
      if (!/^(?:than|of)$/.test(words[i - 1]?.lower ?? '') && isNounLike(next) && !notNouns.has(next.lower)) {
        out.push(
          issue(
            'grammar.word-choice',
            'Before a plural that is counted, write "fewer" ("fewer years").',
            word,
            'fewer',
          ),
        );
        return;
      }
    }
    // "I would like understand why", "I'd like discuss": "like" in a wish takes "to" before a verb (a verb that is
    // never a noun, so "I'd like feedback" stays).
    if (
      word.lower === 'like' &&
      /^(?:would|'d|i'd|we'd|should)$/.test(words[i - 1]?.lower ?? '') &&
      next.verb?.forms.has('base') &&
      !next.verb.noun &&
      next.verb.forms.size === 1
    ) {
      out.push(
        issue(
          'grammar.missing-word',
          'Write "would like to" before a verb ("I would like to understand").',
          word,
          'like to',
        ),
      );
      return;
    }
    if (word.lower === 'find' && /^(?:attach|enclose)$/.test(next.lower) && atClauseStart(words, i - 1)) {
      const participle = next.lower === 'attach' ? 'attached' : 'enclosed';
      out.push(issue('grammar.verb-form', `"Please find ${participle}": the participle.`, next, participle));
    } else if (word.lower === 'touch' && next.lower === 'basis')
      out.push(issue('grammar.word-choice', 'The phrase is "touch base".', next, 'base'));
    else if (
      /^(?:appreciate|appreciated)$/.test(word.lower) &&
      next.lower === 'to' &&
      words[i + 2]?.verb?.forms.has('base') &&
      /^(?:would|'d|i'd|really|truly|greatly|much|we'd|definitely)$/.test(words[i - 1]?.lower ?? '')
    ) {
      // "I'd really appreciate to hear": "appreciate" takes the -ing form ("appreciate hearing").
      const verbWord = words[i + 2] as Word;
      const ing = verbFormOf(verbWord.verb?.base ?? '', 'ing');
      if (ing)
        out.push(
          spanIssue(
            'grammar.verb-form',
            '"Appreciate" takes the -ing form ("I would appreciate hearing").',
            next,
            verbWord,
            ing,
          ),
        );
    } else if (
      word.lower === 'possibility' &&
      next.lower === 'to' &&
      words[i + 2]?.verb?.forms.has('base') &&
      !words[i + 2]?.verb?.noun
    ) {
      // "the possibility to join": a possibility "of" doing something.
      const verbWord = words[i + 2] as Word;
      const ing = verbFormOf(verbWord.verb?.base ?? '', 'ing');
      if (ing)
        out.push(
          spanIssue(
            'grammar.usage',
            'Write "the possibility of joining" (of, then the -ing form).',
            next,
            verbWord,
            `of ${ing}`,
          ),
        );
    } else if (
      /^(?:get|got|getting|gets|have|had|has|having)$/.test(word.lower) &&
      /^(?:chance|opportunity)$/.test(next.lower) &&
      words[i + 2]?.lower === 'to'
    )
      // "I didn't get chance to ask": the chance, or a chance.
      out.push(
        spanIssue(
          'grammar.article',
          `Write "the ${next.lower}" (or "a ${next.lower}").`,
          next,
          next,
          `the ${next.lower}`,
        ),
      );
    else if (
      word.lower === 'fell' &&
      /^(?:i|we|you|they)$/.test(words[i - 1]?.lower ?? '') &&
      feltComplements(words, i + 1)
    )
      // "I fell much more confident": the feeling is "feel" (or "felt").
      out.push(
        issue('grammar.word-choice', 'Did you mean "feel" (or "felt")? "Fell" is the past of "fall".', word, 'feel'),
      );
    else if (/^(?:appreciate|appreciated)$/.test(word.lower) && next.lower === 'if')
      out.push(
        spanIssue(
          'grammar.word-choice',
          '"Appreciate" needs its object: "I would appreciate it if…".',
          word,
          next,
          `${word.lower} it if`,
        ),
      );
    else if (word.lower === 'regarding' && next.lower === 'to')
      out.push(
        spanIssue(
          'grammar.word-choice',
          '"Regarding" takes no "to" ("regarding my interview").',
          word,
          next,
          word.text,
        ),
      );
    else if (
      next.lower === 'exited' &&
      (beForms.has(word.lower) ||
        /'(?:m|re|s)$/.test(word.lower) ||
        /^(?:so|very|really|truly|extremely|incredibly|feel|felt|genuinely)$/.test(word.lower)) &&
      !/^(?:from|the|via|through|out)$/.test(words[i + 2]?.lower ?? '')
    )
      out.push(issue('spelling.misspelling', 'Did you mean "excited"? "Exited" means left.', next, 'excited'));
  });
}

const weekdays = set('monday tuesday wednesday thursday friday saturday sunday');

/** "on wednesday": the days of the week take a capital. */
function weekdayCapitals(words: Word[], out: Finding[]): void {
  for (const word of words) {
    if (!weekdays.has(word.text)) continue;
    out.push(
      issue(
        'spelling.capitalization',
        'Days of the week take a capital letter.',
        word,
        word.text.charAt(0).toUpperCase() + word.text.slice(1),
      ),
    );
  }
}

/** "was suppose to", "I'm use to": the participle in "supposed to" and "used to". */
function supposedTo(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:suppose|use)$/.test(word.lower) || words[i + 1]?.lower !== 'to') return;
    const before = words[i - 1]?.lower ?? '';
    const be =
      beForms.has(before) ||
      /'(?:m|re|s)$/.test(before) ||
      (before === 'not' && beForms.has(words[i - 2]?.lower ?? ''));
    if (be) out.push(issue('grammar.verb-form', `Did you mean "${word.lower}d to"?`, word, `${word.lower}d`));
  });
}

/**
 * Noun/verb twins: the noun where a verb must stand ("might suite me", "could you advice") and the verb where a
 * noun must ("any advise", "my believe").
 */
// Maps, not object literals: a lookup of every word of the text in an object walks its prototype when absent.
const twinsByNoun = new Map([
  ['advice', 'advise'],
  ['suite', 'suit'],
  ['belief', 'believe'],
  ['choice', 'choose'],
  ['breath', 'breathe'],
  ['device', 'devise'],
  ['except', 'accept'],
]);
const twinsByVerb = new Map([
  ['advise', 'advice'],
  ['believe', 'belief'],
  ['choose', 'choice'],
  ['breathe', 'breath'],
  ['devise', 'device'],
]);
const nounSlotBefore = set(
  'a an the my your our their his her its any much good great helpful useful valuable honest practical expert further excellent sound wise specific constructive brilliant invaluable',
);

function nounVerbTwins(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    const before = words[i - 1];
    const asVerb = twinsByNoun.get(word.lower);
    if (asVerb && isLowerWord(word) && before) {
      const modalBefore = modals.has(before.lower) || /'ll$/.test(before.lower) || negatedDo.has(before.lower);
      const toInfinitive = before.lower === 'to' && infinitiveTakers.has(words[i - 2]?.lower ?? '');
      const subject = isAdverbBetween(before) ? words[i - 2] : before;
      const iBefore = (subject?.text === 'I' || subject?.lower === 'we') && word.lower !== 'suite';
      const pleaseBefore = before.lower === 'please' && word.lower === 'advice';
      if (modalBefore || toInfinitive || iBefore || pleaseBefore)
        out.push(issue('grammar.word-choice', `Did you mean "${asVerb}" (the verb)?`, word, asVerb));
    }
    if (word.lower === 'suites' && /^(?:you|me|us|them|everyone|both)$/.test(words[i + 1]?.lower ?? ''))
      out.push(issue('grammar.word-choice', 'Did you mean "suits" (is convenient for)?', word, 'suits'));
    const asNoun = twinsByVerb.get(word.lower);
    // "some advise against it" is people advising; "give me some advise" is the noun.
    const quantifier = before !== undefined && /^(?:some|more|no)$/.test(before.lower) && !atClauseStart(words, i - 1);
    if (asNoun && isLowerWord(word) && before && (nounSlotBefore.has(before.lower) || quantifier)) {
      // "the people who advise", "a way to choose": only a determiner or an adjective right before.
      out.push(issue('grammar.word-choice', `Did you mean "${asNoun}" (the noun)?`, word, asNoun));
    }
  });
}

/** Time nouns after "last": "last week", "last Monday". */
const lastTimes = set(
  `week month year night weekend spring summer autumn fall winter quarter term semester time monday tuesday
  wednesday thursday friday saturday sunday january february march april may june july august september october
  november december`,
);

/**
 * Where a finished time ("Yesterday", "Last month", "Two weeks ago", "When I worked at X,") opens a sentence: the
 * index just after it, or -1. A time counted up to now ("since last year", "over the last month") is no finished
 * time.
 */
function finishedTimeOpening(words: Word[], d: number): number {
  const at = (k: number) => words[k]?.lower ?? '';
  let k = d;
  if (at(k) === 'yesterday') k++;
  else if (at(k) === 'last' && lastTimes.has(at(k + 1))) k += 2;
  else if (/^(?:a|an|one|two|three|four|five|six|ten|few|several|\d+)$/.test(at(k))) {
    if (at(k) === 'a' && at(k + 1) === 'few') k++;
    if (!/^(?:days?|weeks?|months?|years?)$/.test(at(k + 1)) || at(k + 2) !== 'ago') return -1;
    k += 3;
  } else if (
    /^(?:in|at|during)$/.test(at(k)) &&
    at(k + 1) === 'my' &&
    /^(?:previous|last|former|old)$/.test(at(k + 2))
  ) {
    // "In my previous role, I have led…": a job that is over is a finished time, up to its comma.
    const comma = words.findIndex((w, m) => m > k + 2 && w.isPunctuation);
    return comma > 0 && words[comma]?.text === ',' && comma < k + 9 ? comma + 1 : -1;
  } else if (/^(?:when|while)$/.test(at(k)) && /^(?:i|we)$/.test(at(k + 1))) {
    // "When I worked at Samsung, …": a past verb in the opening clause, up to its comma.
    const verb = words[k + 2]?.verb;
    if (!verb?.forms.has('past') || verb.forms.has('base')) return -1;
    const comma = words.findIndex((w, m) => m > k + 2 && w.isPunctuation);
    return comma > 0 && words[comma]?.text === ',' && comma < k + 10 ? comma + 1 : -1;
  } else return -1;
  if (/^(?:morning|afternoon|evening|night)$/.test(at(k))) k++;
  if (words[k]?.text === ',') k++;
  return k;
}

/**
 * "Yesterday evening I meet with…", "When I worked at Samsung, I manage a team…", "Last month I have completed a
 * course": a finished time at the start of the sentence puts its verb in the past simple.
 */
const finishedTimeStarts = set(
  'yesterday last when while a an one two three four five six ten few several in at during',
);
const atSentenceStart = (words: Word[], d: number) =>
  d === 0 || words[d]?.afterBreak === true || /^[.!?]$/.test(words[d - 1]?.text ?? '');
function tenseAfterFinishedTime(words: Word[], out: Finding[]): void {
  words.forEach((word, d) => {
    if (!(finishedTimeStarts.has(word.lower) || /^\d/.test(word.text)) || !atSentenceStart(words, d)) return;
    const s = finishedTimeOpening(words, d);
    if (s < 0) return;
    const subject = words[s];
    if (!subject || !/^(?:i|we|they|he|she)$/.test(subject.lower) || (subject.lower === 'i' && subject.text !== 'I'))
      return;
    let v = s + 1;
    if (isAdverbBetween(words[v]) && words[v]?.lower !== 'not') v++;
    const verbWord = words[v];
    if (!verbWord?.isLower) return;
    const be = { am: 'was', is: 'was', are: 'were' }[verbWord.lower];
    if (be) {
      out.push(issue('grammar.tense', 'This happened at a finished time: use the past ("was").', verbWord, be));
      return;
    }
    if (/^(?:have|has)$/.test(verbWord.lower)) {
      const participle = words[v + 1];
      const past = participle?.verb?.forms.has('participle') ? verbFormOf(participle.verb.base, 'past') : null;
      if (participle && past && participle.verb?.base !== 'be')
        out.push({
          ...spanIssue(
            'grammar.tense',
            'With a finished time, use the past simple ("completed"), not "have completed".',
            verbWord,
            participle,
            past,
          ),
          suggestion: past,
        });
      return;
    }
    const verb = verbWord.verb;
    if (!verb || modals.has(verbWord.lower) || /^(?:be|have|do)$/.test(verb.base)) return;
    const present =
      (isSForm(verb) || verb.forms.has('base')) &&
      !verb.forms.has('past') &&
      (/^(?:he|she)$/.test(subject.lower) || !isSForm(verb));
    const past = verbFormOf(verb.base, 'past');
    if (present && past)
      out.push(
        issue('grammar.tense', 'This happened at a finished time: use the past ("met", "managed").', verbWord, past),
      );
  });
}

/**
 * "I have met your colleague at a conference last week": a finished time later in the same clause also puts
 * "have" + participle in the past simple. The clause ends at punctuation, a conjunction or a new subject (in
 * "I've applied for the role you advertised last week" the time is the advert's).
 */
/** Verbs of arranging, whose date may be ahead: "I have booked the room on Monday". */
const arrangingVerbs = set(
  'book schedule arrange plan move set organise organize confirm fix postpone reschedule put pencil block reserve invite',
);
function perfectBeforeFinishedTime(words: Word[], out: Finding[]): void {
  words.forEach((have, i) => {
    if (!/^(?:have|has|i've|we've|they've)$/.test(have.lower)) return;
    const subject = /'ve$/.test(have.lower) ? have : words[i - 1];
    if (!subject || !/^(?:i|we|they|he|she|i've|we've|they've)$/.test(subject.lower)) return;
    const participle = words[i + 1];
    // "been" is on no verb list (the forms of "be" are function words).
    const verb: VerbForm | null | undefined =
      participle?.lower === 'been' ? { base: 'be', forms: new Set(['participle']), noun: false } : participle?.verb;
    // "they've had to pull the role": "have to" is a need, not a tense.
    if (!participle || !verb?.forms.has('participle') || (verb.base === 'have' && words[i + 2]?.lower === 'to')) return;
    // "I have been to Paris last year" (went), "we have been in Leeds last week" (were): a visit, then a place.
    const place = words[i + 2]?.lower ?? '';
    if (verb.base === 'be' && !/^(?:to|in|at)$/.test(place)) return;
    const pastBe =
      place === 'to' ? 'went' : /^(?:he|she)$/.test(subject.lower) || subject.lower === 'i' ? 'was' : 'were';
    const past = verb.base === 'be' ? pastBe : verbFormOf(verb.base, 'past');
    if (!past) return;
    let sawIng = false;
    for (let k = verb.base === 'be' ? i + 3 : i + 2; k < Math.min(words.length, i + 14); k++) {
      const w = words[k] as Word;
      // "the call we have had on Thursday", "I have graduated in 2019": a day or a year that is over. Not after
      // verbs of arranging, whose day may be ahead ("I have booked the room on Monday").
      // "I've got two offers expiring on Monday": "have got" is "have", and a day after an -ing word is its own.
      if (w.lower.endsWith('ing') && w.verb) sawIng = true;
      const datedPast =
        !sawIng &&
        !arrangingVerbs.has(verb.base) &&
        verb.base !== 'get' &&
        ((w.lower === 'on' && weekdays.has(words[k + 1]?.lower ?? '') && words[k + 2]?.text !== "'s") ||
          (w.lower === 'in' && /^(?:19|20)\d\d$/.test(words[k + 1]?.text ?? '') && words[k + 2]?.text !== '-'));
      if (
        !datedPast &&
        (w.isPunctuation ||
          conjunctions.has(w.lower) ||
          subjectPronouns.has(w.lower) ||
          /^(?:who|which|since|for|over|in|during|this|these|after|before|by|from|until|because)$/.test(w.lower))
      )
        return;
      const timeEnd =
        datedPast ||
        w.lower === 'yesterday' ||
        (w.lower === 'last' && lastTimes.has(words[k + 1]?.lower ?? '')) ||
        (/^(?:days?|weeks?|months?|years?)$/.test(w.lower) && words[k + 1]?.lower === 'ago');
      if (!timeEnd) continue;
      out.push({
        ...spanIssue(
          'grammar.tense',
          'With a finished time ("last week", "yesterday"), use the past simple ("met"), not "have met".',
          have,
          participle,
          past,
        ),
        suggestion: /'ve$/.test(have.lower) ? `${have.text.slice(0, -3)} ${past}` : past,
      });
      return;
    }
  });
}

/**
 * "I send you my application two weeks ago", "we meet the team yesterday": a finished time later in the same clause
 * puts the writer's present verb in the past. The clause ends at punctuation, a conjunction, a preposition (in "I
 * follow up on our call yesterday" the time is the call's), a new subject or another verb; verbs that take a clause
 * ("I hear you started…") are left alone.
 */
function presentBeforeFinishedTime(words: Word[], out: Finding[]): void {
  words.forEach((verbWord, i) => {
    const subject = words[i - 1];
    const verb = verbWord.verb;
    if (!subject || !(subject.text === 'I' || /^(?:we|they)$/.test(subject.lower)) || !verb) return;
    if (!verb.forms.has('base') || verb.forms.has('past') || /^(?:be|have|do)$/.test(verb.base)) return;
    if (clauseVerbs.has(verb.base) || clauseTakers.has(verb.base)) return;
    const past = verbFormOf(verb.base, 'past');
    if (!past) return;
    for (let k = i + 1; k < Math.min(words.length, i + 12); k++) {
      const w = words[k] as Word;
      if (k === i + 1 && /^(?:you|him|her|them|us|me|it)$/.test(w.lower)) continue;
      // "I apply for the job two weeks ago": the preposition of applying belongs to the verb.
      if (k === i + 1 && w.lower === 'for' && /^(?:apply|register|enrol|enroll)$/.test(verb.base)) continue;
      const timeEnd =
        w.lower === 'yesterday' ||
        (w.lower === 'last' && lastTimes.has(words[k + 1]?.lower ?? '')) ||
        (/^(?:days?|weeks?|months?|years?)$/.test(w.lower) && words[k + 1]?.lower === 'ago');
      if (timeEnd) {
        out.push(
          issue('grammar.tense', 'This happened at a finished time: use the past ("sent", "met").', verbWord, past),
        );
        return;
      }
      if (
        w.isPunctuation ||
        conjunctions.has(w.lower) ||
        subjectPronouns.has(w.lower) ||
        prepositions.has(w.lower) ||
        /^(?:who|which|what|whatever|whom|whose)$/.test(w.lower) ||
        beForms.has(w.lower) ||
        haveAux.has(w.lower) ||
        modals.has(w.lower) ||
        (w.verb !== null && (!w.verb.noun || w.verb.forms.has('past')))
      )
        return;
    }
  });
}

/** "Thank you to consider my application": one thanks someone for doing something ("for considering"). */
function thankYouTo(words: Word[], out: Finding[]): void {
  words.forEach((to, i) => {
    if (to.lower !== 'to') return;
    let t = i - 1;
    if (words[t]?.lower === 'much' && /^(?:very|so)$/.test(words[t - 1]?.lower ?? '')) t -= 2;
    if (words[t]?.lower !== 'you' || words[t - 1]?.lower !== 'thank') return;
    const next = words[i + 1];
    const verb = next?.verb;
    if (!next || !verb?.forms.has('base') || verb.forms.has('past') || verb.forms.has('participle')) return;
    // "Thank you to the team", "thank you to all": only a verb; one that is also a noun before its object.
    const after = words[i + 2]?.lower ?? '';
    if (verb.noun && !(objectDeterminers.has(after) || /^(?:me|us|him|them|a|an)$/.test(after))) return;
    const ing = verbFormOf(verb.base, 'ing');
    if (ing)
      out.push({
        ...spanIssue('grammar.usage', 'Thank someone for doing something: "thank you for considering".', to, next, ''),
        suggestion: `for ${ing}`,
      });
  });
}

/**
 * "Despite I prepared a lot": "despite" takes a noun or an -ing form ("despite preparing"); before a clause,
 * write "although".
 */
function despiteBeforeClause(words: Word[], out: Finding[]): void {
  words.forEach((despite, i) => {
    if (despite.lower !== 'despite') return;
    const subject = words[i + 1];
    const next = words[i + 2];
    if (!subject || !next) return;
    const personal = subject.text === 'I' || /^(?:we|they|he|she)$/.test(subject.lower);
    const finite =
      modals.has(next.lower) ||
      /^(?:am|is|are|was|were|has|have|had|do|does|did)$/.test(next.lower) ||
      next.verb?.forms.has('past') === true ||
      (next.verb !== null && isSForm(next.verb));
    if (personal ? next.isPunctuation : !(/^(?:it|you|this|that)$/.test(subject.lower) && finite)) return;
    out.push(issue('grammar.usage', 'Before a clause, write "although" ("although I prepared").', despite, 'although'));
  });
}

/** Prepositions after which a verb takes -ing: "thank you for giving", "interested in joining". */
const prepositionsBeforeIng = set('for in by about without of after before instead');

/** Nouns and adjectives of skill and interest, after which "in" or "of" names an activity. */
const skillNouns = set(
  'experience expertise skilled skills background interested interest knowledge passion passionate capable',
);
/** "thank you for give me the chance", "interested in join the team": after a preposition, the -ing form. */
function baseAfterPreposition(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!prepositionsBeforeIng.has(word.lower) || !word.isLower) return;
    const next = words[i + 1];
    const verb = next?.verb;
    if (!next || !verb?.forms.has('base') || verb.forms.has('past') || verb.forms.has('participle')) return;
    const after = words[i + 2]?.lower ?? '';
    // "I'm writing for thank you": "thank" is never a noun on its own ("a thank-you" is hyphenated).
    if (next.lower === 'thank' && /^(?:you|everyone|all)$/.test(after) && word.lower !== 'of') {
      out.push(
        issue(
          'grammar.verb-form',
          `After "${word.lower}", use the -ing form ("${word.lower} thanking").`,
          next,
          'thanking',
        ),
      );
      return;
    }
    // A verb that is also a noun ("for help", "in support of") only before an object pronoun.
    // ("in interview it sounded…": "it" and "you" may start a clause of their own).
    const objectPronoun = /^(?:me|us|him|them)$/.test(after) || (!verb.noun && after === 'you');
    // "experience in manage forecasts": a verb that is never a noun, before a plural noun as its object.
    const afterWord = words[i + 2];
    // Only after a noun of skill or interest: "for graduate schemes", "by repeat bookings" are modifiers.
    const pluralObject =
      !verb.noun &&
      skillNouns.has(words[i - 1]?.lower ?? '') &&
      isLowerWord(afterWord) &&
      !afterWord.verb &&
      !isFunctionWord(afterWord) &&
      numberOf(afterWord) === 'plural';
    if (
      verb.noun
        ? !objectPronoun
        : !(objectPronoun || pluralObject || objectDeterminers.has(after) || /^(?:a|an)$/.test(after))
    )
      return;
    // "instead" takes "of"; "of" after a noun of doing ("in favour of") is not checked.
    if (
      word.lower === 'instead' ||
      (word.lower === 'of' && !/^(?:capable|instead|idea|way|thought|chance)$/.test(words[i - 1]?.lower ?? ''))
    )
      return;
    const ing = verbFormOf(verb.base, 'ing');
    if (!ing) return;
    out.push(
      issue('grammar.verb-form', `After "${word.lower}", use the -ing form ("${word.lower} ${ing}").`, next, ing),
    );
  });
}

/** "When you will make a decision?": a direct question puts the auxiliary before the subject. */
function uninvertedQuestion(words: Word[], out: Finding[]): void {
  words.forEach((wh, i) => {
    if (!/^(?:when|where|why|how)$/.test(wh.lower) || !atSentenceStart(words, i)) return;
    const subject = words[i + 1];
    const aux = words[i + 2];
    if (!subject || !aux || !/^(?:you|we|they|he|she|i)$/.test(subject.lower)) return;
    // "Why you didn't choose me?": negated auxiliaries too.
    if (
      !/^(?:will|can|could|would|should|shall|might|may|didn't|don't|doesn't|can't|won't|wouldn't|couldn't|shouldn't)$/.test(
        aux.lower,
      )
    )
      return;
    if (!verbOf(words[i + 3])?.forms.has('base')) return;
    // Only a question: the sentence ends with "?".
    let k = i + 3;
    while (k < words.length && !/^[.!?]$/.test(words[k]?.text ?? '')) k++;
    if (words[k]?.text !== '?') return;
    const lead = wh.text;
    out.push({
      ...spanIssue(
        'grammar.word-order',
        'In a question the auxiliary comes before the subject ("When will you decide?").',
        wh,
        aux,
        '',
      ),
      suggestion: `${lead} ${aux.lower} ${subject.text}`,
    });
  });
}

/** Words before a plural that "a" may still go with: "a few tips", "a great many", "a hundred people". */
const aBeforePlural = set('few great good many hundred thousand million dozen couple number lot bunch handful pair');
const notPluralNouns = set(
  'crossroads series species means barracks gallows innings whereabouts headquarters shambles',
);

/** "a useful tips on structure": "a" counts one, so not before a plural noun. */
function articleBeforePlural(words: Word[], out: Finding[]): void {
  words.forEach((article, i) => {
    // "M&A transactions": a capital "A" mid-sentence is a letter.
    if (!/^(?:a|an)$/.test(article.lower) || (!article.isLower && !atSentenceStart(words, i))) return;
    let k = i + 1;
    const modifier = words[k];
    if (
      isLowerWord(modifier) &&
      !aBeforePlural.has(modifier.lower) &&
      (adjectiveEnding.test(modifier.lower) || ownedAdjectives.has(modifier.lower)) &&
      (!modifier.verb || modifier.verb.forms.has('ing') || /ed$/.test(modifier.lower)) &&
      numberOf(modifier) !== 'plural'
    )
      k++;
    const noun = words[k];
    if (!isLowerWord(noun) || aBeforePlural.has(words[i + 1]?.lower ?? '') || notPluralNouns.has(noun.lower)) return;
    if (numberOf(noun) !== 'plural' || (noun.verb && !noun.verb.noun) || noun.verb?.forms.has('s') === true) return;
    const next = words[k + 1];
    // "a systems engineer", "a sports club": a plural before a noun describes it.
    if (next && (/^['’-]/.test(next.text) || /^\p{Lu}/u.test(next.text) || isNounLike(next))) return;
    out.push(
      spanIssue(
        'grammar.article',
        '"A" counts one thing: drop it before a plural ("useful tips"), or make the noun singular.',
        article,
        noun,
        words
          .slice(i + 1, k + 1)
          .map((w) => w.text)
          .join(' '),
      ),
    );
  });
}

/** Nouns of a mass, not counted: "much experience", "little knowledge", "some advice". */
const massNouns = set(
  `experience knowledge information advice feedback equipment research software hardware homework training evidence
  guidance progress luggage furniture machinery traffic`,
);
/** The word that measures a mass for each word that counts: "many experience" → "much experience". */
const massQuantifier: Record<string, string> = wordTable({
  many: 'much',
  few: 'little',
  several: 'some',
  various: 'a range of',
  numerous: 'a lot of',
  multiple: 'a lot of',
});

/**
 * Counted nouns ending as adjectives often do (-ent, -ant, -al, -ic, -ive, -ary, -y): "multiple client", "many
 * company" want the plural as any noun does.
 */
const adjectiveShapedNouns = set(
  `client student patient agent parent resident component incident event document department requirement assignment
  appointment achievement environment argument statement segment element investment opportunity company country city
  activity party industry story study technology facility university community category responsibility
  applicant consultant assistant participant restaurant accountant tenant proposal hospital professional
  individual rival channel portal journal seminar calendar topic clinic metric initiative objective
  executive representative summary salary secretary library boundary diary subsidiary`,
);

/**
 * Methods, conditions and states named with "multiple" as an adjective ("involving several"), not counted:
 * "multiple regression", "multiple imputation", "multiple inheritance", "multiple sclerosis", "multiple
 * deprivation".
 */
const multipleMassNouns = set(
  `regression imputation inheritance sclerosis myeloma correlation integration dispatch occupancy ownership
  citizenship nationality tenancy deprivation disadvantage discrimination morbidity pregnancy birth trauma
  exposure choice entry intelligence causation membership allegiance authorship`,
);

/**
 * "several apprentice", "many candidate": after a word that counts several, the plural. Before a mass noun the
 * counting word is what is wrong: "many experience" → "much experience", "few knowledge" → "little knowledge".
 */
function singularAfterMany(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (!/^(?:several|many|various|numerous|multiple|few)$/.test(word.lower)) return;
    if (word.lower === 'few' && words[i - 1]?.lower === 'a' && words[i - 2]?.lower === 'quite') return;
    const noun = words[i + 1];
    const quantifier = massQuantifier[word.lower];
    const following = words[i + 2];
    // "several training sessions", "many software engineers": the mass noun describes the noun after it.
    const modifies =
      following !== undefined &&
      (/^['’-]/.test(following.text) || numberOf(following) === 'plural' || isNounLike(following));
    if (noun && quantifier && massNouns.has(noun.lower) && !modifies) {
      // "a few advice" → "a little advice"; "so many feedback" → "so much feedback".
      out.push(
        spanIssue(
          'grammar.agreement',
          `"${noun.lower}" is not counted: write "${quantifier} ${noun.lower}".`,
          word,
          noun,
          `${quantifier} ${noun.lower}`,
        ),
      );
      return;
    }
    // A noun that is also a verb only in its base form ("many volunteer").
    if (!isLowerWord(noun) || numberOf(noun) !== 'singular' || isFunctionWord(noun)) return;
    if (word.lower === 'multiple' && multipleMassNouns.has(noun.lower)) return;
    // A base verb after a word that only counts ("multiple site across", "several update.") is a noun: "multiple"
    // and "several" never stand as a subject before their verb the way "many believe" does, unless the verb goes on
    // ("several remain open", "several want to").
    const after = words[i + 2];
    const countedVerbNoun =
      /^(?:multiple|several|numerous|various)$/.test(word.lower) &&
      noun.verb?.forms.has('base') &&
      noun.verb.forms.size === 1 &&
      (after === undefined || after.isPunctuation || (prepositions.has(after.lower) && after.lower !== 'to'));
    if (noun.verb && !(noun.verb.noun && noun.verb.forms.has('base') && noun.verb.forms.size === 1) && !countedVerbNoun)
      return;
    const adjectiveLike =
      (adjectiveEnding.test(noun.lower) && !adjectiveShapedNouns.has(noun.lower)) ||
      ownedAdjectives.has(noun.lower) ||
      /(?:er|est|ly)$/.test(noun.lower);
    if (adjectiveLike) return;
    const next = words[i + 2];
    // "many wrong joins": a word before a plural describes it.
    if (next && (/^['’-]/.test(next.text) || numberOf(next) === 'plural' || isNounLike(next))) return;
    out.push(
      issue(
        'grammar.agreement',
        `After "${word.lower}", the noun is plural ("${word.lower} ${pluralOf(noun.lower)}").`,
        noun,
        pluralOf(noun.lower),
      ),
    );
  });
}

/** Plural nouns "much" may stand before: "much thanks" (informal), "much needs" (a verb in "much needs doing"). */
const afterMuch = set('thanks needs means remains goes happens changes');

/** Countable nouns a message counts: "three interviews", "five years", "a lot of things". */
const countableUnits = set(
  `interview year month week day hour minute project round stage candidate question role job offer colleague
  reference example tip point area thing skill course certificate language call meeting email application`,
);
const countWords = set('two three four five six seven eight nine ten eleven twelve fifteen twenty thirty several');
/**
 * "I had three interview with your team", "5 year experience", "a lot of thing": a number above one or "a lot of"
 * counts things in the plural ("a 5-year plan", with "a" before it, is a compound).
 */
function singularAfterCount(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    const digits = /^\d{1,2}$/.test(word.text) && Number(word.text) > 1;
    const lotOf = word.lower === 'of' && /^(?:lot|lots|plenty)$/.test(words[i - 1]?.lower ?? '');
    if (!digits && !countWords.has(word.lower) && !lotOf) return;
    if (/^(?:a|an|the|this|that|each|every|per|my|our|your)$/.test(words[i - 1]?.lower ?? '') && !lotOf) return;
    if (/^[£$€#%]$/.test(words[i - 1]?.text ?? '') || (lotOf && words[i - 2]?.lower === 'the')) return;
    // "the Band 6 role", "a Level 2 certificate": a number after a word of grade or place is a label, not a count.
    const before = words[i - 1];
    if (
      digits &&
      before &&
      !before.isPunctuation &&
      !/^(?:had|have|has|did|spent|with|for|in|of|after|over|about|around|almost|nearly|only|just|than|across|within|and|or|i|we)$/.test(
        before.lower,
      )
    )
      return;
    const noun = words[i + 1];
    const after = words[i + 2];
    if (!noun?.isLower || !countableUnits.has(noun.lower)) return;
    if (after && /^[-'’]/.test(after.text)) return;
    if (after?.lower === 'old' || (after && /^(?:of|or|and)$/.test(after.lower) && lotOf)) return;
    // "three time zones", "two project leads": the noun describes the one after it ("5 year experience" is counted).
    if (
      after &&
      isNounLike(after) &&
      !isFunctionWord(after) &&
      after.lower !== 'experience' &&
      (!after.verb || after.verb.noun)
    )
      return;
    const plural =
      noun.lower === 'day' || /[aeiou]y$/.test(noun.lower)
        ? `${noun.lower}s`
        : `${noun.lower.replace(/y$/, 'ie').replace(/(?:s|x|ch|sh)$/, '$&e')}s`;
    out.push(issue('grammar.agreement', `More than one takes the plural: "${word.lower} ${plural}".`, noun, plural));
  });
}

/** "so much details", "too much meetings": "much" measures a mass, so before a plural it is "many". */
function pluralAfterMuch(words: Word[], out: Finding[]): void {
  words.forEach((much, i) => {
    if (much.lower !== 'much') return;
    // "Thanks so much guys!", "thank you very much folks": the people thanked, not what "much" measures.
    let t = i - 1;
    if (/^(?:so|very)$/.test(words[t]?.lower ?? '')) t--;
    if (words[t]?.lower === 'thanks' || (words[t]?.lower === 'you' && words[t - 1]?.lower === 'thank')) return;
    const noun = words[i + 1];
    if (!isNounLike(noun) || numberOf(noun) !== 'plural' || afterMuch.has(noun.lower)) return;
    if (noun.verb && !noun.verb.noun) return;
    // "much hopes to…": a verb the lists know as a noun; "much details about", "so much meetings." stay nouns.
    const after = words[i + 2];
    if (
      after &&
      !after.isPunctuation &&
      (after.lower === 'to' || !(prepositions.has(after.lower) || conjunctions.has(after.lower)))
    )
      return;
    out.push(issue('grammar.agreement', `Before a plural, write "many" ("many ${noun.lower}").`, much, 'many'));
  });
}

/**
 * "I want that you know how grateful I am": "want" and "would like" take the person and "to" ("I want you to
 * know"); "I want that role" (a determiner) is right.
 */
function wantThatClause(words: Word[], out: Finding[]): void {
  words.forEach((that, i) => {
    if (that.lower !== 'that') return;
    const want = words[i - 1];
    const liking = want?.lower === 'like' && /^(?:would|'d|i'd|we'd)$/.test(words[i - 2]?.lower ?? '');
    if (!want || !(/^(?:want|wants|wanted)$/.test(want.lower) || liking)) return;
    const person = words[i + 1];
    const verb = words[i + 2];
    if (!person || !verb || !/^(?:you|he|she|they|we|it)$/.test(person.lower)) return;
    if (!verb.verb?.forms.has('base') || verb.verb.forms.has('past')) return;
    const object = objectForms.get(person.lower) ?? person.lower;
    out.push(
      spanIssue(
        'grammar.usage',
        `Write "${want.lower} ${object} to ${verb.lower}": "${want.lower}" takes the person and "to".`,
        want,
        verb,
        `${want.lower} ${object} to ${verb.lower}`,
      ),
    );
  });
}

/** Verbs of a point in time after "since", past and -ing: "since I graduated", "since joining". */
const pointPasts = set(
  'graduated joined started left moved arrived began finished qualified returned came switched relocated retired enrolled',
);
const pointIngs = set(
  'graduating joining starting leaving moving arriving beginning finishing qualifying returning coming switching relocating',
);

/**
 * Where a time counted up to now opens a sentence ("Since I graduated", "Since 2019,", "Since then", "Since joining
 * the bank"): the index after it, or -1. A causal "since" ("Since I missed the call, …") is no time.
 */
function sinceOpening(words: Word[], d: number): number {
  if (words[d]?.lower !== 'since') return -1;
  const next = words[d + 1];
  if (!next) return -1;
  let k = d + 2;
  if (next.lower === 'then' || /^(?:19|20)\d\d$/.test(next.text)) k = d + 2;
  else if (next.lower === 'last' && lastTimes.has(words[d + 2]?.lower ?? '')) k = d + 3;
  else if (/^(?:i|we)$/.test(next.lower) && pointPasts.has(words[d + 2]?.lower ?? '')) k = d + 3;
  else if (pointIngs.has(next.lower)) k = d + 2;
  else return -1;
  // The rest of the opening clause, up to its comma or to the main clause's subject.
  for (let m = k; m < Math.min(words.length, k + 8); m++) {
    const w = words[m];
    if (!w) return -1;
    if (w.text === ',') return m + 1;
    if (w.isPunctuation) return -1;
    if ((w.text === 'I' || w.lower === 'we') && m > k - 1) return m;
  }
  return -1;
}

/**
 * "Since I graduated I worked in two start-ups", "Since 2019 I led…": a time counted up to now takes the present
 * perfect ("I have worked").
 */
function tenseAfterSince(words: Word[], out: Finding[]): void {
  words.forEach((word, d) => {
    if (word.lower !== 'since' || !atSentenceStart(words, d)) return;
    const s = sinceOpening(words, d);
    const subject = words[s];
    if (s < 0 || !subject || !(subject.text === 'I' || subject.lower === 'we')) return;
    let v = s + 1;
    if (isAdverbBetween(words[v]) && words[v]?.lower !== 'not') v++;
    const verbWord = words[v];
    const verb = verbWord?.verb;
    if (!verbWord || !verb?.forms.has('past') || verb.forms.has('base')) return;
    if (/^(?:be|have|do)$/.test(verb.base) && verbWord.lower !== 'was' && verbWord.lower !== 'were') return;
    const participle = verbFormOf(verb.base, 'participle');
    if (participle)
      out.push(
        issue(
          'grammar.tense',
          'A time counted up to now ("since…") takes the present perfect ("I have worked").',
          verbWord,
          `have ${participle}`,
        ),
      );
  });
}

/** Verbs and adjectives before an indirect question ("tell me what I could…", "wonder where we…"). */
const questionTakers = set(
  'tell told know knew wonder wondering wondered ask asking asked understand explain share clarify sure unsure curious learn see',
);
const indirectQuestionWords = set('what where how why when which');
/** Nouns of a time or a place, which make "what" or "which" the complement: "what time the debrief is". */
const whenWhereNouns = set('time day date room floor building address venue location platform entrance');
const invertingAuxiliaries = set('could would should can will did do does was were is are have has had might may');

/**
 * "tell me what could I have done differently", "I wonder where did I lose points": an indirect question keeps the
 * order of a statement (subject, then verb: "what I could have done").
 */
function invertedIndirectQuestion(words: Word[], out: Finding[]): void {
  words.forEach((wh, i) => {
    if (!indirectQuestionWords.has(wh.lower)) return;
    let t = i - 1;
    if (/^(?:me|us|you|him|her|them)$/.test(words[t]?.lower ?? '')) t--;
    if (!questionTakers.has(words[t]?.lower ?? '')) return;
    // "how long", "which part": one word may go with the question word.
    let a = i + 1;
    if (!invertingAuxiliaries.has(words[a]?.lower ?? '') && isLowerWord(words[a]) && !words[a]?.verb) a++;
    const aux = words[a];
    let subject = words[a + 1];
    if (!aux || !subject || !invertingAuxiliaries.has(aux.lower)) return;
    let end = a + 1;
    const pronoun =
      /^(?:i|we|you|they|he|she|it)$/.test(subject.lower) && (subject.lower !== 'i' || subject.text === 'I');
    // "what time", "which room", "how long": a question word with a word that makes it the complement of "be".
    const complementLead =
      a === i + 2 &&
      (/^(?:what|which)$/.test(wh.lower)
        ? whenWhereNouns.has(words[i + 1]?.lower ?? '')
        : wh.lower === 'how' && /^(?:long|much|far|often|soon)$/.test(words[i + 1]?.lower ?? ''));
    // "tell me what are my weak points": "what" cannot be the subject of a plural "are", so it is the complement
    // and the plural noun phrase the subject ("what my weak points are").
    const pluralComplement = /^(?:what|which)$/.test(wh.lower) && a === i + 1 && /^(?:are|were)$/.test(aux.lower);
    if (
      !pronoun &&
      /^(?:is|was|are|were)$/.test(aux.lower) &&
      ((/^(?:where|when|why|how)$/.test(wh.lower) && a === i + 1) || complementLead || pluralComplement)
    ) {
      // "tell me where is the weakness", "what time is the debrief": after where, when, why and how (or "what
      // time") the noun phrase is the subject, so "be" goes after it ("where the weakness is").
      if (!objectDeterminers.has(subject.lower)) return;
      let n = a + 2;
      if (!isNounLike(words[n])) return;
      // "the debrief tomorrow": a time said after the noun phrase stays after the verb.
      if (
        isNounLike(words[n + 1]) &&
        !words[n + 1]?.verb &&
        !/^(?:today|tomorrow|tonight|now)$/.test(words[n + 1]?.lower ?? '')
      )
        n++;
      // "what were the skills I was missing": a relative clause may follow the head; the writer then reorders.
      let relative = false;
      if (pluralComplement) {
        // The plural head ends the noun phrase ("my weak points", "the next steps"), whatever else it may be.
        while (n < a + 5 && isNounLike(words[n + 1])) n++;
        const after = words[n + 1];
        relative = after !== undefined && /^(?:i|we|you|they|he|she)$/.test(after.lower);
        if (
          numberOf(words[n] as Word) !== 'plural' ||
          (after &&
            !after.isPunctuation &&
            !prepositions.has(after.lower) &&
            !/^(?:so|and|but|because|as|before)$/.test(after.lower) &&
            !relative)
        )
          return;
      }
      // "which day is the best": a superlative is the complement, and the question word the subject.
      if (
        /^(?:best|worst|most|least|latest|earliest|soonest|easiest|closest|nearest|quickest|ideal|right|one)$/.test(
          words[n]?.lower ?? '',
        )
      )
        return;
      const phrase = words
        .slice(a + 1, n + 1)
        .map((w) => w.text)
        .join(' ');
      const lead = words
        .slice(i, a)
        .map((w) => w.text)
        .join(' ');
      out.push({
        ...spanIssue(
          'grammar.word-order',
          'In an indirect question the subject comes before the verb ("tell me where the problem is").',
          wh,
          words[n] as Word,
          '',
        ),
        suggestion: relative ? null : keepCase(wh.text, `${lead.toLowerCase()} ${phrase} ${aux.lower}`),
      });
      return;
    }
    if (!pronoun) {
      // "where did my answers fall short", "what could the team do": a noun phrase, then the verb's base form. After
      // "be" the question word may be the subject itself ("tell me what was the main reason").
      if (!objectDeterminers.has(subject.lower) || !(modals.has(aux.lower) || /^(?:do|does|did)$/.test(aux.lower)))
        return;
      // "when will the decision be made", "how long does the process usually take".
      const baseAt = (k: number) =>
        words[k]?.lower === 'be' ||
        words[k]?.verb?.forms.has('base') === true ||
        (isAdverbBetween(words[k]) && words[k + 1]?.verb?.forms.has('base') === true);
      const verbAfterNoun = (k: number) => isNounLike(words[k]) && baseAt(k + 1);
      end = verbAfterNoun(a + 2) ? a + 2 : isPremodifier(words, a + 2) && verbAfterNoun(a + 3) ? a + 3 : -1;
      if (end < 0) return;
      subject = words[end] as Word;
    }
    const restVerb = words[end + 1];
    if (!restVerb || restVerb.isPunctuation) return;
    const lead = words
      .slice(i, a)
      .map((w) => w.text)
      .join(' ');
    const subjectText = words
      .slice(a + 1, end + 1)
      .map((w) => w.text)
      .join(' ');
    // With "do" the auxiliary goes ("what you think"); "does" and "did" move their tense to the verb, which the
    // writer has to choose ("where I lost").
    const suggestion =
      aux.lower === 'do'
        ? `${lead} ${subjectText}`
        : /^(?:does|did)$/.test(aux.lower)
          ? null
          : `${lead} ${subjectText} ${aux.lower}`;
    out.push({
      ...spanIssue(
        'grammar.word-order',
        'In an indirect question the subject comes before the verb ("tell me what I could have done").',
        wh,
        subject,
        '',
      ),
      suggestion: suggestion === null ? null : keepCase(wh.text, suggestion),
    });
  });
}

/** Plural nouns for the other people in a hiring round. */
const rivals = set('candidates applicants finalists interviewees shortlisters');

/**
 * "my experience was not as strong as the other candidates": the writer's thing is set against people, so the
 * comparison needs their thing, the possessive "candidates'". Not when a person is the subject between ("my
 * answers were fine but I was slower than the other candidates").
 */
function comparedWithPeople(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    if (word.lower !== 'than' && word.lower !== 'as') return;
    let k = i + 1;
    if (words[k]?.lower === 'the') k++;
    if (/^(?:other|most|many|some|all)$/.test(words[k]?.lower ?? '')) k++;
    const people = words[k];
    const end = words[k + 1];
    if (!people || !rivals.has(people.lower) || k === i + 1) return;
    if (end && !end.isPunctuation && !/^(?:and|but|so|in|at|for|on)$/.test(end.lower)) return;
    // "as … as": the second "as", after an adjective or adverb.
    if (word.lower === 'as' && !words.slice(Math.max(0, i - 4), i - 1).some((w) => w.lower === 'as')) return;
    for (let b = i - 1; b >= Math.max(0, i - 14); b--) {
      const w = words[b];
      if (!w || /^[.!?;:]$/.test(w.text)) return;
      if (/^(?:i|we|they|he|she|you|who)$/.test(w.lower) || (w.text === 'I' && b > 0)) return;
      if (!/^(?:my|our)$/.test(w.lower)) continue;
      const thing = words[b + 1];
      // A person or a group may be compared with people ("my manager was kinder than…").
      if (
        !isNounLike(thing) ||
        possessors.has(thing.lower.replace(/s$/, '')) ||
        /^(?:boss|referees?)$/.test(thing.lower)
      )
        return;
      out.push(
        issue(
          'grammar.possessive',
          `This compares your ${thing.lower} with people: write "${people.lower}'" (theirs).`,
          people,
          `${people.lower}'`,
        ),
      );
      return;
    }
  });
}

/** Nouns written for the -s form of their verb: "the team priorities patient safety" (prioritises). */
const nounForSVerb = new Map([
  ['priorities', 'prioritises'],
  ['emphasis', 'emphasises'],
]);

/**
 * "how the team priorities patient safety", "she emphasis the need": after a subject of one (he, she, it, who, or a
 * singular noun after its determiner), a noun twin before an object, with no verb later in the clause, stands where
 * the verb must.
 */
function nounAsSVerb(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    const verb = nounForSVerb.get(word.lower);
    const subject = words[i - 1];
    const object = words[i + 1];
    if (!verb || !word.isLower || !subject || !object?.isLower) return;
    const pronoun = /^(?:he|she|it|who|that|which)$/.test(subject.lower);
    const noun =
      isNounLike(subject) &&
      !subject.verb &&
      (numberOf(subject) === 'singular' || collectives.has(subject.lower)) &&
      singularPhraseStarters.has(words[i - 2]?.lower ?? '');
    if (!pronoun && !noun) return;
    if (!(objectDeterminers.has(object.lower) || /^(?:a|an)$/.test(object.lower) || isNounLike(object))) return;
    for (let k = i + 1; k < Math.min(words.length, i + 8); k++) {
      const w = words[k];
      if (!w || w.isPunctuation || conjunctions.has(w.lower)) break;
      if (beForms.has(w.lower) || haveAux.has(w.lower) || modals.has(w.lower) || (w.verb && !w.verb.noun)) return;
    }
    out.push(issue('grammar.word-choice', `Did you mean "${verb}" (the verb)?`, word, verb));
  });
}

/**
 * Grammar findings from reading the words around verbs and their twins.
 *
 * @example
 * grammarFindings('It would mean a lot if you could spare ten minutes to talked through it.')[0]?.suggestion; // 'talk'
 */
/** Points in time a span starts from: "since the first day", "since day one", "since the start". */
function startingPointAt(words: Word[], k: number): number {
  const at = (n: number) => words[n]?.lower ?? '';
  if (at(k) === 'day' && /^(?:one|1)$/.test(at(k + 1))) return k + 2;
  if (at(k) !== 'the') return -1;
  if (/^(?:start|beginning|outset|get-go)$/.test(at(k + 1))) return k + 2;
  if (at(k + 1) === 'first' && /^(?:day|week|month)$/.test(at(k + 2))) return k + 3;
  if (at(k + 1) === 'very' && /^(?:start|beginning|first)$/.test(at(k + 2)))
    return at(k + 2) === 'first' ? k + 4 : k + 3;
  return -1;
}

/**
 * "I'm confident I could add value since the first day": what a modal puts ahead starts "from" a point; "since"
 * counts from a point up to now ("I have loved it since the first day").
 */
function sinceAfterModal(words: Word[], out: Finding[]): void {
  words.forEach((since, i) => {
    if (since.lower !== 'since' || startingPointAt(words, i + 1) < 0) return;
    for (let k = i - 1; k >= Math.max(0, i - 10); k--) {
      const w = words[k] as Word;
      if (w.isPunctuation || /^(?:and|but|because|that|which|who)$/.test(w.lower)) return;
      if (haveAux.has(w.lower) || /'ve$/.test(w.lower)) return;
      if (/^(?:will|would|could|can|'ll|'d|i'll|i'd|we'll|we'd|going)$/.test(w.lower) || /'(?:ll|d)$/.test(w.lower)) {
        out.push(
          issue(
            'grammar.usage',
            'For what is still ahead, write "from" ("from the first day"); "since" counts up to now.',
            since,
            'from',
          ),
        );
        return;
      }
    }
  });
}

/** Things and events, which are "interesting" to someone but never "interested" themselves. */
const thingSubjects = set(
  `discussion discussions conversation conversations talk talks chat presentation interview interviews meeting session
  visit tour day event role position job project projects work task exercise challenge challenges question questions
  topic topics case problem product roadmap idea ideas approach process lunch call course book article demo workshop
  assessment opportunity`,
);
const feelingEdAdjectives: Record<string, string> = wordTable({
  interested: 'interesting',
  bored: 'boring',
  excited: 'exciting',
  amazed: 'amazing',
  fascinated: 'fascinating',
  surprised: 'surprising',
  disappointed: 'disappointing',
  tired: 'tiring',
});

/**
 * "The discussion about your roadmap was very interested": a thing or an event is "interesting"; "interested" is
 * how a person feels. Only where no "in", "by" or "to" says who or what the feeling is about.
 */
function feelingOfAThing(words: Word[], out: Finding[]): void {
  words.forEach((be, v) => {
    if (!/^(?:is|was|were|are)$/.test(be.lower)) return;
    let a = v + 1;
    if (/^(?:very|so|really|quite|extremely|truly|incredibly|super|such)$/.test(words[a]?.lower ?? '')) a++;
    const adjective = words[a];
    const ing = adjective ? feelingEdAdjectives[adjective.lower] : undefined;
    if (!adjective || !ing) return;
    const after = words[a + 1];
    if (after && !after.isPunctuation && !/^(?:and|but|so|because|as|for|overall|too)$/.test(after.lower)) return;
    // The subject: the head noun after the determiner that opens the clause ("The discussion about … was").
    let start = v - 1;
    while (
      start > 0 &&
      !(words[start - 1] as Word).isPunctuation &&
      !conjunctions.has((words[start - 1] as Word).lower)
    )
      start--;
    if (v - start > 12) return;
    const first = words[start];
    const head =
      first && /^(?:the|this|that|our|your|their|my|his|her|today's|yesterday's)$/.test(first.lower)
        ? words[start + 1]
        : undefined;
    const pronounIt = first?.lower === 'it' && start === v - 1;
    const headNoun =
      head &&
      (thingSubjects.has(head.lower)
        ? head
        : thingSubjects.has(words[start + 2]?.lower ?? '')
          ? words[start + 2]
          : undefined);
    if (!headNoun && !pronounIt) return;
    // "The team was interested": only things; a word for people between ("the interview panel") is left alone.
    if (headNoun && /^(?:panel|team|board|committee)$/.test(words[words.indexOf(headNoun) + 1]?.lower ?? '')) return;
    out.push(
      issue(
        'grammar.word-choice',
        `A thing or an event is "${ing}"; "${adjective.lower}" is how a person feels.`,
        adjective,
        ing,
      ),
    );
  });
}

/** "I would like thank you": after "would like", "want" or "love", a verb takes "to" ("would like to thank"). */
function toAfterWouldLike(words: Word[], out: Finding[]): void {
  words.forEach((like, i) => {
    if (!/^(?:like|love|prefer)$/.test(like.lower)) return;
    if (!/^(?:would|'d|i'd|we'd|wouldn't)$/.test(words[i - 1]?.lower ?? '') && !/'d$/.test(words[i - 1]?.lower ?? ''))
      return;
    const next = words[i + 1];
    const verb = next?.verb;
    if (!next || !verb?.forms.has('base') || verb.forms.size > 1) return;
    const after = words[i + 2]?.lower ?? '';
    // A verb that is also a noun ("I'd like help with…", "would like work that…") only before an object pronoun.
    if (
      verb.noun
        ? !/^(?:you|him|her|them|us|everyone)$/.test(after)
        : !/^(?:you|him|her|them|us|everyone|the|your|my|our|a|an|this|that|to|more|with|about|if|whether|how|what)$/.test(
            after,
          )
    )
      return;
    out.push({
      ...issue(
        'grammar.verb-form',
        'After "would like", the verb takes "to" ("would like to thank").',
        next,
        `to ${next.lower}`,
      ),
    });
  });
}

export function grammarFindings(text: string): Finding[] {
  const words = wordsOf(text);
  const out: Finding[] = [];
  afterModals(words, out);
  afterDo(words, out);
  afterTo(words, out);
  afterHave(words, out);
  subjectAgreement(words, out);
  pluralHeadAgreement(words, out);
  headAgreement(words, out);
  itsBeforeAdverb(words, out);
  relativeAgreement(words, out);
  pluralPhraseAgreement(words, out);
  pluralRelativeAgreement(words, out);
  missingPossessive(words, out);
  phraseSubjectAgreement(words, out);
  indefiniteAgreement(words, out);
  determinerNumber(words, out);
  gerundAfter(words, out);
  ingAfterUsedTo(words, out);
  toAfterLetMake(words, out);
  conditionalTenses(words, out);
  missingArticle(words, out);
  adverbBeforeObject(words, out);
  perfectBeforeFinishedTime(words, out);
  baseAfterPreposition(words, out);
  uninvertedQuestion(words, out);
  articleBeforePlural(words, out);
  singularAfterMany(words, out);
  pluralAfterMuch(words, out);
  wantThatClause(words, out);
  contractionAsPossessive(words, out);
  wereAfterPreposition(words, out);
  yourBeforeIng(words, out);
  itsBeforeParticiple(words, out);
  existentialAgreement(words, out);
  tooForTo(words, out);
  thoughForThrough(words, out);
  supposedTo(words, out);
  toAfterModal(words, out);
  perfectAfterModal(words, out);
  pluralPronounAuxiliary(words, out);
  baseAfterCausative(words, out);
  setPhrases(words, out);
  weekdayCapitals(words, out);
  baseAfterBe(words, out);
  soBeforeNoun(words, out);
  gerundSubjectAgreement(words, out);
  wereAfterSingular(words, out);
  nounVerbTwins(words, out);
  nounAsSVerb(words, out);
  comparedWithPeople(words, out);
  invertedIndirectQuestion(words, out);
  tenseAfterFinishedTime(words, out);
  presentBeforeFinishedTime(words, out);
  thankYouTo(words, out);
  despiteBeforeClause(words, out);
  objectAndI(words, out);
  objectPronounsAsSubject(words, out);
  oneOfSingular(words, out);
  tenseAfterSince(words, out);
  adjectiveAsAdverb(words, out);
  otherWithoutDeterminer(words, out);
  askWithoutFor(words, out);
  fieldNameAsAdjective(words, out);
  usedToBase(words, out);
  adjectiveThanked(words, out);
  doubledConjunction(words, out);
  whatAsRelative(words, out);
  agentNounPerson(words, out);
  beforeForAgo(words, out);
  longTimeThatPresent(words, out);
  resumptivePronoun(words, out);
  untilForBy(words, out);
  suggestObjectTo(words, out);
  inBeforeDay(words, out);
  presentForSpan(words, out);
  saidMe(words, out);
  appreciateWithoutObject(words, out);
  doQuestionOrder(words, out);
  relativeWithoutPreposition(words, out);
  makeForLightVerb(words, out);
  answerTo(words, out);
  veryBeforeVerb(words, out);
  prepositionBeforeTo(words, out);
  firstTimePresent(words, out);
  finishedTheSchool(words, out);
  accordingToMe(words, out);
  workInTeam(words, out);
  applyOn(words, out);
  prepositionBeforeNext(words, out);
  adjectiveAfterPossessive(words, out);
  informWithoutObject(words, out);
  thanksForBareNoun(words, out);
  interestedTo(words, out);
  lastAsVerb(words, out);
  sinceLongTime(words, out);
  ingAfterPrepositionalTo(words, out);
  whereToAfterNoun(words, out);
  coordinatedSubject(words, out);
  continuousBeforeSince(words, out);
  discussWithoutObject(words, out);
  stillDidNot(words, out);
  sinceAfterModal(words, out);
  feelingOfAThing(words, out);
  tooAfterBe(words, out);
  didNotUpToNow(words, out);
  ingAfterHead(words, out);
  bareVerbAfterAm(words, out);
  singularAfterCount(words, out);
  toAfterWouldLike(words, out);
  return out;
}
