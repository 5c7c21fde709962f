import { isPlaceholderName } from '../drafting/drafting.text';
import type { LintIssue, LintOptions } from './lint.schema';
import { isValediction, type Sentence, words } from './lint.text';
import { verbForms } from './lint.words';

/**
 * Personalisation: a thank-you note should be to one person about one conversation. Flags notes that could go
 * to anyone, sentences copied from another note to the same company, and a note that never names the person or
 * the role it is about.
 */

/** Kinds where a note to one person about one conversation is expected. */
const personalKinds = new Set(['thank-you', 'influence-letter', 'keep-in-touch']);
const namedKinds = new Set(['thank-you', 'influence-letter']);
/** Kinds written to one person, who should be greeted by name (a subject access request rightly goes to "Sir or Madam"). */
const onePersonKinds = new Set([
  'thank-you',
  'influence-letter',
  'feedback-request',
  'nudge',
  'keep-in-touch',
  'feedback-reply',
  'reply-to-feedback',
  'thank-you-for-feedback',
  'referral-request',
]);

const greetingOpener = /^(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening))\b/i;
// The last word of a greeting to nobody in particular: "Dear Hiring Manager", "Dear Acme team", "Hi there".
const genericHead =
  /^(?:manager|managers|team|teams|panel|committee|department|recruiter|recruiters|recruitment|hiring|hr|people|partner|partners|officer|sirs?|madam|concern|all|everyone|everybody|there|folks|friends?|colleagues|company|organi[sz]ation|mr|mrs|ms|mx|dr|miss)$/i;

/** "Sir or Madam", "Hiring Manager", "Acme team": every person the greeting names is a role or a crowd. */
function isGenericAddressee(addressee: string): boolean {
  const parts = addressee
    .split(/\s*(?:&|\/|\band\b|\bor\b|,)\s*/i)
    .map((part) => part.replace(/[.!?:;]+$/, '').trim())
    .filter((part) => part !== '');
  return parts.every((part) => genericHead.test(part.split(/\s+/).at(-1) ?? ''));
}
/** Sentence openers that end in a comma without being a name ("Unfortunately, …"). */
const commaOpeners =
  /^(?:thanks|thank you|hope|firstly|first|unfortunately|sorry|apologies|again|yesterday|today|also|just|following|further|furthermore|as|after|since|however|ok|okay|great|well|so|yes|no|of course|finally|lastly|anyway|meanwhile|actually|honestly|overall|ideally|personally|separately|otherwise|in short|in any case|by the way)$/i;

// Words every such note uses; a note made only of these says nothing specific.
const genericVocabulary = new Set(
  `thank thanks thankful time today yesterday morning afternoon evening meeting meet met meets interview interviews
  interviewing interviewed opportunity opportunities chance role roles position positions job jobs team teams company
  companies organisation organization conversation conversations discussion discussions chat chats learning learn
  learned learnt more about enjoyed enjoy enjoying really very great pleasure look looking forward hearing hear
  excited exciting excitement interest interested appreciate appreciated appreciation consideration considering
  speaking speak spoke talking talk taking take took again best regards kind kindly sincerely dear hello everyone hope
  hoping well wish wishes touch stay keep contact update news success successful future next steps step process
  candidate candidates application applications contribute contributing bring join joining work working fit good
  wonderful fantastic lovely nice truly grateful glad happy pleased discuss discussing discussed further reach
  questions question know please feel free anything else need would could also week weeks insight insights valuable
  helpful culture values mission department firm business industry field area responsibilities colleagues people
  staff panel able help much today's great amazing excellent brilliant incredibly definitely certainly forward
  getting give given gave making made make sure thing things something everything lots always still just like
  would've could've should've being been having have that this these those there their they them what when where
  which while with within without your yours you're from into onto over under your myself yourself opportunity
  role's company's team's team’s company’s role’s skills skill experience experiences background strong stronger
  best better potential possible possibly part parts spend spent share shared sharing taking welcome welcoming
  organisation's describe described explained explaining explain walked walking through insightful informative
  inspiring impressive impressed enthusiasm enthusiastic passion passionate valuable valued meaningful`.split(/\s+/),
);
const stopwords = new Set(
  `the and for are but not you all any can had her was one our out has him his how its may new now old see two way
  who did get got let put say she too use yet than then them they this that with have from will your what when were
  been also into only some such very just over most much each even many like well back here there their about after
  again while being below above because before between both down during few further more other same should so own
  off once these those through until which would could might must shall`.split(/\s+/),
);
/** Words of a generic greeting, which name nobody ("Dear Hiring Manager", "To whom it may concern"). */
const addresseeWords =
  /^(?:hiring|recruiting|recruitment|talent|acquisition|manager|managers|team|teams|panel|committee|department|recruiter|recruiters|hr|people|partner|officer|sir|sirs|madam|whom|concern|all|everyone|everybody|there|folks|colleagues|to)$/;
const calendarWords =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|i|dear|hi|hello|thank|thanks|best|kind|warm|regards|sincerely|cheers)$/;

function isSpecificWord(word: string): boolean {
  return word.length >= 4 && !genericVocabulary.has(word) && !stopwords.has(word) && !/^\d+$/.test(word);
}

/**
 * The stock nouns of notes and cover letters: what any candidate says of any employer ("the culture", "your
 * vision", "long-term aspirations", "results under pressure") and the interview's own shape ("the video call",
 * "the trial shift"). Naming them is no detail of one conversation.
 */
const stockNouns = new Set(
  `aspiration aspirations dedication ethic atmosphere environment environments priority priorities ambition
  ambitions vision picture understanding contribution contributions commitment innovation trust belief sense deal
  prospect prospects addition challenge challenges quality outcome journey growth development goal goals direction
  strategy approach attitude purpose impact difference success progress career careers energy warmth kindness
  honesty transparency support guidance advice feedback information details detail update updates note line
  thoughts thought idea ideas view views perspective perspectives ethos spirit excellence standards standard care
  moment minute minutes hour hours day days month months year years while ways kind sort type level levels range
  variety example examples aspects aspect areas point points matter matters issue issues answer answers person
  everyone anyone someone nothing anything something everything nobody hand ground running fingers crossed luck
  rest mind heart honour honor privilege delight gratitude process application candidacy post vacancy opening
  openings place setting workplace pressure relationships relationship stakeholders ownership background strengths
  strength weaknesses case decision paths path welcome manner openness candour candor conversation phone video
  call calls zoom teams skype webex panel trial shift assessment screen screening round stage onsite visit
  interviewer interviewers recruiter hiring manager future reply response offer role position service services
  value values desire desires outcomes respect boundaries track record outset love guys folks percent
  collaboration improvement possibility possibilities itself myself yourself ourselves themselves throughout`.split(
    /\s+/,
  ),
);
/** Everyday adjectives and adverbs, which describe but never name a thing talked about. */
const describingWords = new Set(
  `clear clearer genuine sincere long longer short shorter true deep deeper wide wider whole full easy easier hard
  harder open free fair warm keen proud sure main major minor huge tiny quick quickly early late later latest final
  current recent similar different same various particular special general right wrong ready busy lovely nice
  happy glad fine kind able unable likely unlikely possible important useful helpful relevant honest frank direct
  positive negative calm friendly welcoming supportive strong stronger solid broad broader rich high higher
  away aside ahead along alone apart back forward forwards together soon already still ever never always often
  confident eager professional excellent superb exceptional outstanding proven every single little entire clean
  smart bright brilliant good best better esteemed favourable favorable academic technical practical analytical
  organisational organizational interpersonal dynamic energetic enthusiastic personal special amazing awesome
  fast faster rather quite somewhat truly really simply fully further instead perhaps maybe hopefully anyway otherwise
  express expressed sincerely term`.split(/\s+/),
);
/** Suffixes of abstract nouns ("collaboration", "improvement", "excellence"). */
const abstractNoun = /(?:tion|sion|ment|ance|ence|ity|ities|ure)s?$/;
/** Suffixes of words for qualities and of adjectives ("adaptability", "professionalism", "collaborative"). */
const qualityWord = /(?:ness|ism|ship|abilit(?:y|ies)|ivity|itude)$|^.{4,}(?:ive|ous|ful|ible|able)$/;

/** Determiners: what follows one is read as a noun ("the restructure", "your close"), even if it can be a verb. */
const determiners = new Set('the a an this that these those my your our their his her its'.split(' '));

/**
 * Whether a word can name a thing of one conversation ("rota", "backlog", "sluice", "lab"): not the stock
 * vocabulary of notes, not an adjective, an adverb or a word for a quality, not the person's, company's or
 * role's own name, and not a verb unless a determiner makes it a noun. `short` lets a three-letter word count
 * ("the lab"): one pointed at, after a determiner.
 */
function isDetailWord(word: string, before: string | undefined, given: Set<string>, short = false): boolean {
  if (word.length < (short ? 3 : 4) || genericVocabulary.has(word) || stopwords.has(word) || given.has(word))
    return false;
  if (stockNouns.has(word) || describingWords.has(word) || addresseeWords.test(word) || calendarWords.test(word))
    return false;
  if (/['’]|ly$|[^e]ed$|^\d/.test(word) || qualityWord.test(word)) return false;
  // "the training budget", "the mentoring scheme": after a determiner an -ing word names a thing.
  if (/ing$/.test(word)) return determiners.has(before ?? '');
  // "rota", "plans" and "close" name things as well as actions; "left" and "aligns" are only verbs.
  const verb = verbForms.get(word);
  if (!verb) return true;
  const nounForm = word === verb.base || (verb.forms.has('s') && !verb.forms.has('past'));
  return nounForm && (verb.noun || determiners.has(before ?? ''));
}

/**
 * Words that point at something of the conversation, after them ("your point about…", "you mentioned…", "thanks
 * for showing me…", "good to hear that…", "the tour of…", "did the restructure…?") or before them ("the rota change
 * you described").
 */
const pointsForward =
  /\b(?:about|regarding|around|on the (?:subject|topic|question) of|(?:questions?|exchange|discussion|chat|conversation|talk|point|story|comment|example|advice|tip|ideas?|thoughts|focus|views?|work|plans?|research|insight) (?:on|of|around|regarding|into|in)|you (?:mentioned|said|described|explained|showed|told me|raised|shared|asked|pointed out|outlined|suggested|recommended|talked about|discussed)|(?:show|tell|walk|talk|take|let)(?:t?ing|ed)? me (?:through|about|around|to|into)?|(?:explain|describ|outlin|shar|mention|discuss)(?:e|es|ed|ing)|(?:tour|demo|walk-?through|sight) of|(?:hear|hearing|heard|learn|learning|learnt|learned|read|reading|see|seeing|saw|seen)(?: more)? (?:that|how|why|what|your|the|you|they)|(?:enjoyed|liked|loved|appreciated|valued|fascinated by|struck by|interested in|impressed by|congratulations on)|(?:did|has|have|how is|how's|how did|how are)(?= (?:the|your) )|^on the)\b/giu;
const pointsBack =
  /\b(?:you|they|he|she|the team|your team) (?:mentioned|described|showed|explained|talked about|raised|outlined|shared|said|told me|asked|discussed|use|used|built|are (?:building|planning|using|running))\b/giu;

/**
 * One real thing of the conversation the note names, if any: a detail word in what a pointing phrase points at,
 * a proper noun that is not the person's, company's or role's own, a figure of something, their words quoted, or a
 * sentence with three detail words ("the reading corner the children built out of cardboard boxes").
 *
 * @example
 * detailOf(prepareText('Hi Sam, I enjoyed our talk about the rota.'), new Set(['sam'])); // 'about rota'
 */
function detailOf(note: Sentence[], given: Set<string>): string | null {
  // A topic pointed at may be short ("the lab") or an activity ("budget forecasting"), if not an everyday verb.
  const pointedAt = (list: string[]) =>
    list.find(
      (word, i) =>
        isDetailWord(word, list[i - 1], given, determiners.has(list[i - 1] ?? '')) ||
        (/ing$/.test(word) &&
          isSpecificWord(word) &&
          !given.has(word) &&
          !verbForms.has(word) &&
          isDetailWord(word.slice(0, -3), undefined, given)),
    );
  for (const sentence of note) {
    const text = sentence.text;
    // A name of their own ("React", "PASMA", "Jonas"), whatever the word means in lower case.
    const noun = properNouns([sentence]).find((noun) => {
      const lower = noun.toLowerCase().replace(/['’]s$/, '');
      // "Al-Mansouri", "Sir/Madam", "Professor": their name, a greeting's words or a title.
      const own = (part: string) => given.has(part) || addresseeWords.test(part) || honorifics.test(part);
      if (own(lower) || own(noun.toLowerCase()) || lower.split(/[-/]/).every(own)) return false;
      if (calendarWords.test(lower) || stockNouns.has(lower)) return false;
      return /^\p{Lu}[\p{Lu}\d&/-]+$/u.test(noun) || isSpecificWord(lower);
    });
    if (noun) return noun;
    // A figure of a thing: "reduced falls by 40%", "312 units", "a 40,000-document review" (not a date or a time).
    const figure = /\b\d[\d,.]*(?:%|[- ]?(\p{L}+))/gu;
    for (const [found, unit] of text.matchAll(figure)) {
      if (!unit || isDetailWord(unit.toLowerCase(), undefined, given)) return found;
    }
    // Their own words quoted: "How would you measure the success of this feature?"
    const quoted = /["“]([^"”]+)["”]/u.exec(text)?.[1];
    if (quoted && words(quoted).length >= 3) return quoted;
    for (const cue of text.matchAll(pointsForward)) {
      const after = text.slice(cue.index + cue[0].length).split(/[,;:.!?()—–]|\b(?:and I|which|but)\b/)[0] ?? '';
      const word = pointedAt(words(after).slice(0, 8));
      if (word) return `${cue[0]} ${word}`;
    }
    for (const cue of text.matchAll(pointsBack)) {
      const before =
        text
          .slice(0, cue.index)
          .split(/[,;:.!?()—–]/)
          .at(-1) ?? '';
      const word = pointedAt(words(before).slice(-6));
      if (word) return `${word} ${cue[0]}`;
    }
    // Abstract nouns ("collaboration", "improvement") are what notes say of any employer.
    const list = words(text);
    const found = new Set(list.filter((word, i) => isDetailWord(word, list[i - 1], given) && !abstractNoun.test(word)));
    if (found.size >= 3) return [...found].join(' ');
  }
  return null;
}

/** Names and proper nouns: capitalised words after the first word of a sentence (not days, months or greetings). */
function properNouns(sentences: Sentence[]): string[] {
  const found: string[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.text.split(/\s+/);
    tokens.forEach((token, index) => {
      const word = token.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, '');
      const isGreeting = index === 1 && /^(?:dear|hi|hello|hey)$/i.test(tokens[0] ?? '');
      const lower = word.toLowerCase();
      if (calendarWords.test(lower) || addresseeWords.test(lower)) return;
      if ((index > 0 || tokens.length === 1) && /^\p{Lu}/u.test(word)) found.push(word);
      else if (isGreeting) found.push(word);
    });
  }
  return found;
}

/**
 * The sentences before the sign-off: the closing line ("Kind regards,") and the writer's name and title under it
 * are the user's own, not a sign that the note names the person it is for. Without a closing line, a last line of
 * one to three capitalised words ("Sam" or "Sam Lee") is taken for the signature.
 */
function beforeSignOff(sentences: Sentence[]): Sentence[] {
  const closing = sentences.findLastIndex((sentence, index) => index > 0 && isValediction(sentence.text));
  if (closing > 0) return sentences.slice(0, closing);
  // "Sam Lee", "- Sam", "xx Holly": a name alone on the last line.
  const last = (sentences.at(-1)?.text.trim() ?? '').replace(/^(?:[-–—~]+\s*|x+\s+)/i, '');
  return sentences.length > 1 && /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u.test(last)
    ? sentences.slice(0, -1)
    : sentences;
}

/** Word trigrams of a text, for near-duplicate detection. */
function trigrams(list: string[]): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 2 < list.length; i++) grams.add(`${list[i]} ${list[i + 1]} ${list[i + 2]}`);
  return grams;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

function mentions(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu').test(text);
}

const honorifics = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame)\.?$/i;

/**
 * Personalisation issues for a message.
 *
 * @example
 * lintPersonalisation('Thank you for your time.', sentences, { kind: 'thank-you', recipientName: 'Dana Lee' });
 */
export function lintPersonalisation(text: string, sentences: Sentence[], given: LintOptions): LintIssue[] {
  // A stand-in for a name ("Interviewer 3", "the recruiter") is no name: never advise "Dear Interviewer 3,".
  const { recipientName: _, ...rest } = given;
  const options: LintOptions = isPlaceholderName(given.recipientName) ? rest : given;
  const issues: LintIssue[] = [];
  const kind = (options.kind ?? '')
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-');
  const body =
    sentences.find((s) => !/^(?:dear|hi|hello|hey|good (?:morning|afternoon))\b/i.test(s.text)) ?? sentences[0];
  const all = words(text);

  // A judgement on a whole note: one sentence (a greeting, a line being typed) is not yet a note.
  if (personalKinds.has(kind) && all.length >= 20 && sentences.length >= 2) {
    // "Dear Hiring Manager" names nobody and says nothing specific; the sign-off is the writer's own.
    const note = beforeSignOff(sentences);
    // Their name, the company and the role are not things talked about: "Hi Samira, thank you for the analyst
    // interview at Acme…" is for them, but could follow any conversation.
    const given = new Set(
      [
        ...words(/^\s*(?:dear|hi|hello|hey|hiya)\s+([^,!:\n]{1,40})[,!:\n]/i.exec(text)?.[1] ?? ''),
        ...words(options.recipientName ?? ''),
        ...words(options.greetAs ?? ''),
        ...words(options.company ?? ''),
        ...words(options.role ?? ''),
      ].filter((word) => word.length > 1),
    );
    const named =
      properNouns(note).some((noun) => given.has(noun.toLowerCase())) ||
      (options.recipientName ? mentionsName(text, options.recipientName) : false) ||
      (options.company?.trim() ? mentions(text, options.company.trim()) : false);
    const message =
      detailOf(note, given) === null &&
      (named
        ? 'Apart from the names, this note could go to anyone. Mention one specific thing you talked about (a topic, a question they asked, something about the team), so it reads as written for them.'
        : 'This note could go to anyone. Name the person and mention one specific thing you talked about, so it reads as written for them.');
    if (message) {
      issues.push({
        rule: 'personalisation.generic',
        category: 'personalisation',
        message,
        start: 0,
        end: text.length,
        suggestion: null,
      });
    }
  }

  const others = (options.otherNotes ?? []).filter((note) => note.trim() !== '' && note.trim() !== text.trim());
  if (others.length > 0) {
    const otherSentences = new Map<string, Set<string>>();
    for (const note of others) {
      for (const part of note.split(/(?<=[.!?])\s+|\n+/)) {
        const list = words(part);
        if (list.length >= 8) otherSentences.set(list.join(' '), trigrams(list));
      }
    }
    let copied = 0;
    for (const sentence of sentences) {
      const list = words(sentence.text);
      if (list.length < 8) continue;
      const grams = trigrams(list);
      const key = list.join(' ');
      const isCopy =
        otherSentences.has(key) || [...otherSentences.values()].some((other) => jaccard(grams, other) >= 0.5);
      if (!isCopy) continue;
      copied++;
      issues.push({
        rule: 'personalisation.copy-paste',
        category: 'personalisation',
        message:
          'This sentence is (almost) the same as one in another note to this company. Interviewers compare notes; make each one different.',
        start: sentence.start,
        end: sentence.end,
        suggestion: null,
      });
    }
    const whole = trigrams(all);
    if (copied === 0 && others.some((note) => jaccard(whole, trigrams(words(note))) >= 0.35)) {
      issues.push({
        rule: 'personalisation.copy-paste',
        category: 'personalisation',
        message: 'This note is very close to another note to this company. Make each note about its own conversation.',
        start: 0,
        end: text.length,
        suggestion: null,
      });
    }
  }

  // A phone script is spoken: the caller greets them in the opening words, so only a name never said counts.
  const spoken = options.channel?.trim().toLowerCase() === 'phone';
  const greeting = onePersonKinds.has(kind) && !spoken ? greetingIssue(text, sentences, options) : null;
  if (greeting) issues.push(greeting);
  else if (
    (namedKinds.has(kind) || (spoken && onePersonKinds.has(kind))) &&
    options.recipientName?.trim() &&
    !mentionsName(text, options.recipientName) &&
    !(options.greetAs?.trim() && mentionsName(text, options.greetAs))
  ) {
    const greeting =
      sentences[0] && /^(?:dear|hi|hello|hey|to whom|good (?:morning|afternoon))\b/i.test(sentences[0].text)
        ? sentences[0]
        : null;
    const name = options.recipientName.trim();
    const greet = options.greetAs?.trim() || name;
    issues.push({
      rule: 'personalisation.missing-name',
      category: 'personalisation',
      message: `The note never names ${name}. A note that greets them by name reads as written for them.`,
      start: greeting?.start ?? 0,
      end: greeting?.end ?? 0,
      suggestion: greeting ? `Dear ${greet},` : `Dear ${greet},\n\n`,
    });
  }

  if (kind === 'thank-you' && options.role?.trim() && !mentionsRole(text, options.role)) {
    issues.push({
      rule: 'personalisation.missing-role',
      category: 'personalisation',
      message: `The note does not mention the role (${options.role.trim()}). Say which role you interviewed for, so it is clear at a glance.`,
      start: body?.start ?? 0,
      end: body?.end ?? 0,
      suggestion: null,
    });
  }
  return issues;
}

/**
 * A note to one person that greets nobody in particular ("Dear Hiring Manager,", "To whom it may concern") or,
 * once it is a whole note, greets no one at all. Addressing them by name anywhere in the opening sentence
 * ("Nadia, thanks…", "Thanks for the update, Nadia.") counts as a greeting.
 */
function greetingIssue(text: string, sentences: Sentence[], options: LintOptions): LintIssue | null {
  const name = options.recipientName?.trim() || null;
  const greet = options.greetAs?.trim() || name;
  const { line: firstLine, at: leading } = greetingLine(text);
  const whom = /^to whom it may concern\b[,.:!]?/i.exec(firstLine);
  const opener = greetingOpener.exec(firstLine);
  if (whom || opener) {
    const segment = whom ? whom[0] : (/^[^,!:;—–]*[,!:;—–]?/.exec(firstLine)?.[0] ?? firstLine);
    const addressee = whom
      ? 'whom it may concern'
      : segment
          .slice(opener?.[0].length ?? 0)
          .replace(/[,.!:;—–]$/, '')
          .trim();
    if (addressee !== '' && !isGenericAddressee(addressee)) return null;
    return {
      rule: 'personalisation.missing-name',
      category: 'personalisation',
      message: name
        ? `The greeting is to nobody in particular. Greet ${name} by name, so it reads as written for them.`
        : 'The greeting is to nobody in particular. Find the name of the person you are writing to (the invitation or the recruiter will have it) and greet them by it.',
      start: leading,
      end: leading + segment.trimEnd().length,
      suggestion: greet ? `Dear ${greet},` : null,
    };
  }
  // No greeting word: a line being typed is not yet a note, and a vocative name is a greeting.
  if (words(text).length < 20 || sentences.length < 2) return null;
  const opening = sentences[0]?.text ?? '';
  if (addressesByName(opening, name) || (greet !== name && addressesByName(opening, greet))) return null;
  return {
    rule: 'personalisation.missing-name',
    category: 'personalisation',
    message: name
      ? `The note does not greet anyone. Open with ${name}'s name, so it reads as written for them.`
      : 'The note does not greet anyone. Open with the name of the person you are writing to, so it reads as written for them.',
    start: leading,
    end: leading,
    suggestion: greet ? `Dear ${greet},\n\n` : null,
  };
}

/**
 * The line a greeting is on, and where it starts: the first line, or in a letter the first greeting line after
 * the address block (names, addresses, the date), which comes before the body's first full sentence.
 *
 * @example
 * greetingLine('Alex Morgan\n12 May 2026\n\nDear Dana,\n\nThank you…').line; // 'Dear Dana,'
 */
function greetingLine(text: string): { line: string; at: number } {
  let at = 0;
  let first: { line: string; at: number } | null = null;
  for (const raw of text.split('\n').slice(0, 16)) {
    const line = raw.trimStart();
    const here = { line, at: at + raw.length - line.length };
    at += raw.length + 1;
    if (line.trim() === '') continue;
    first ??= here;
    if (greetingOpener.test(line) || /^to whom it may concern\b/i.test(line)) return here;
    if (words(line).length >= 10) break; // the body has begun
  }
  return first ?? { line: '', at: text.length - text.trimStart().length };
}

/** "Nadia, thanks for…" or "Thanks for the update, Nadia.": the sentence speaks to someone by name. */
function addressesByName(sentence: string, name: string | null): boolean {
  const vocatives = [
    /^([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,2}),/u.exec(sentence)?.[1],
    /, ([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,2})[.!?]?$/u.exec(sentence.trim())?.[1],
    // "Thanks, Nadia, that's really helpful."
    /^[\p{L}'’]+(?: [\p{L}'’]+)?, ([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,2})[,!]/u.exec(sentence)?.[1],
  ].filter((v): v is string => v !== undefined);
  return vocatives.some(
    (v) =>
      (name ? mentionsName(v, name) : true) &&
      !commaOpeners.test(v) &&
      !isGenericAddressee(v) &&
      !calendarWords.test(v.toLowerCase()),
  );
}

function mentionsName(text: string, recipientName: string): boolean {
  const parts = recipientName
    .split(/\s+/)
    .map((part) => part.replace(/[.,]/g, ''))
    .filter((part) => part.length >= 2 && !honorifics.test(part));
  return parts.some((part) => mentions(text, part));
}

function mentionsRole(text: string, role: string): boolean {
  if (mentions(text, role.trim())) return true;
  const significant = words(role).filter(
    (w) => w.length >= 3 && !/^(?:senior|junior|lead|principal|staff|head|the|and|of|for)$/.test(w),
  );
  if (significant.length === 0) return true;
  const present = new Set(words(text));
  const hits = significant.filter((w) => present.has(w) || present.has(`${w}s`)).length;
  return hits / significant.length >= 0.6;
}
