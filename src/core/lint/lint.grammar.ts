import type { LintIssue } from './lint.schema';
import { clauseTakers, type VerbForm, verbFormOf, verbForms } from './lint.words';

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
}

type Finding = Omit<LintIssue, 'category'>;

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function wordsOf(text: string): Word[] {
  return Array.from(text.matchAll(wordPattern), (m) => {
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
  'and but or so because if when while as since although though that whereas until unless once where why how then',
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
  wished while enough how order long effort reason decision ability goal first last only`,
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
    const takesObject = after === undefined || objectStarters.has(after.lower) || /^[.,;:!?]$/.test(after.text);
    const wrong =
      isPastOnly(verb) || (verb.forms.has('base') && !verb.noun && takesObject && !/^(?:have|be|do)$/.test(verb.base));
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

/** A plural noun after a determiner that starts a clause: "these decisions", "your comments" (not "the news"). */
function isPluralSubject(words: Word[], i: number): boolean {
  const word = words[i];
  const before = words[i - 1];
  if (!word || !before || !pluralDeterminers.has(before.lower)) return false;
  if (!/^\p{Ll}+[^\Wsuiy]s$/u.test(word.text)) return false;
  if (/(?:ics|news|series|species|means|sales|headquarters|kudos|thanks|lots|loads|tons)$/.test(word.lower))
    return false;
  return atClauseStart(words, i - 1) || clauseTakers.has(words[i - 2]?.lower ?? '');
}

/** "Your comments about my portfolio was…": the verb agrees with the plural noun, not the phrase after it. */
function pluralHeadAgreement(words: Word[], out: Finding[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!isPluralSubject(words, i) || !prepositions.has(words[i + 1]?.lower ?? '')) continue;
    for (let k = i + 2; k < Math.min(words.length, i + 8); k++) {
      const w = words[k];
      if (!w || w.isPunctuation || /^(?:and|or|but|that|which|who|whom|where|when)$/.test(w.lower)) break;
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
      if (beForms.has(w.lower) || haveAux.has(w.lower) || modals.has(w.lower) || (verb && !verb.noun)) break;
    }
  }
}

/** "I enjoys", "these decisions takes", "she explain": the verb agrees with its subject. */
function subjectAgreement(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    const next = words[i + 1];
    const verb = verbOf(next);
    if (!verb || !next) return;
    const before = words[i - 1];
    const plural =
      (word.text === 'I' && !(before && /^\p{Lu}/u.test(before.text) && !atClauseStart(words, i - 1))) ||
      (/^(?:we|they|you)$/.test(word.lower) && atClauseStart(words, i)) ||
      // "these decisions takes": a plural noun after a determiner (not "the news", "the process", "analytics").
      (isPluralSubject(words, i) && !verbForms.has(word.lower));
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
const twinsByNoun: Record<string, string> = {
  advice: 'advise',
  suite: 'suit',
  belief: 'believe',
  choice: 'choose',
  breath: 'breathe',
  device: 'devise',
  except: 'accept',
};
const twinsByVerb: Record<string, string> = {
  advise: 'advice',
  believe: 'belief',
  choose: 'choice',
  breathe: 'breath',
  devise: 'device',
};
const nounSlotBefore = set(
  'a an the my your our their his her its any much good great helpful useful valuable honest practical expert further excellent sound wise specific constructive brilliant invaluable',
);

function nounVerbTwins(words: Word[], out: Finding[]): void {
  words.forEach((word, i) => {
    const before = words[i - 1];
    const asVerb = twinsByNoun[word.lower];
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
    const asNoun = twinsByVerb[word.lower];
    // "some advise against it" is people advising; "give me some advise" is the noun.
    const quantifier = before !== undefined && /^(?:some|more|no)$/.test(before.lower) && !atClauseStart(words, i - 1);
    if (asNoun && isLowerWord(word) && before && (nounSlotBefore.has(before.lower) || quantifier)) {
      // "the people who advise", "a way to choose": only a determiner or an adjective right before.
      out.push(issue('grammar.word-choice', `Did you mean "${asNoun}" (the noun)?`, word, asNoun));
    }
  });
}

/**
 * Grammar findings from reading the words around verbs and their twins.
 *
 * @example
 * grammarFindings('It would mean a lot if you could spare ten minutes to talked through it.')[0]?.suggestion; // 'talk'
 */
export function grammarFindings(text: string): Finding[] {
  const words = wordsOf(text);
  const out: Finding[] = [];
  afterModals(words, out);
  afterDo(words, out);
  afterTo(words, out);
  afterHave(words, out);
  subjectAgreement(words, out);
  pluralHeadAgreement(words, out);
  supposedTo(words, out);
  nounVerbTwins(words, out);
  return out;
}
