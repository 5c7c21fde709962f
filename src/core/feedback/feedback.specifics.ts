import { findLexiconTerms } from './feedback.lexicon';

/**
 * Pulls the named things out of one clause: lexicon terms plus the noun phrase that follows a cue
 * ("experience with X", "knowledge of X", "depth in X", "questions on X", "weaker on X", "X knowledge was …").
 */

const lead = String.raw`(?:(?:the|our|your|their|a|an|any|some|more|much|real|deep|deeper|solid|strong|stronger|basic|modern|enough|sufficient|direct|relevant|proper|practical|hands-on|working|production|commercial|specific|recent|current|previous|good|great|broad|broader|wider|extensive|significant|genuine|true|actual|further|additional|particular|strong enough)\s+)*`;
const phrase = String.raw`([A-Za-z0-9][^,.;:()!?"\u2014\u2013]*)`;

const afterCue = new RegExp(
  String.raw`\b(?:experience|knowledge|understanding|grasp|command|depth|expertise|proficiency|familiarity|exposure|background|gaps?|skills?|fluency|competence|grounding|track record|insight|awareness|confidence|comfort)\s+(?:with|in|of|on|around|across|using|to|about)\s+${lead}${phrase}`,
  'gi',
);
// "more evidence of working with engineers": the gerund is the skill, so no lead word ("working") is dropped.
const afterEvidence = new RegExp(
  String.raw`\b(?:evidence|examples?)\s+(?:of|in)\s+(?:(?:the|your|any|more)\s+)?${phrase}`,
  'gi',
);
const afterAdjective = new RegExp(
  String.raw`\b(?:familiar|comfortable|confident|experienced|proficient|fluent|strong|weak|weaker|shaky|rusty|light|thin|lacking|struggled|stumbled|questions?|probed|asked)\s+(?:with|in|on|around|about)\s+${lead}${phrase}`,
  'gi',
);
const afterExample = new RegExp(
  String.raw`\b(?:particularly|especially|specifically|in particular|such as|like|e\.g\.?|including|notably|mainly|namely)\s+(?:with\s+|on\s+|in\s+|around\s+)?${lead}${phrase}`,
  'gi',
);
// "your Kubernetes knowledge wasn't …", "more UX research experience", "React fundamentals".
const beforeHead =
  /\b(?:your|more|deeper|stronger|some|the|real|hands-on|enough|any|solid|strong)\s+((?:[A-Za-z][\w/+#.&-]*\s+){0,2}[A-Za-z][\w/+#.&-]*)\s+(?:knowledge|skills|fundamentals|experience|expertise|ability|background)\b/gi;

// Words that end a noun phrase: verbs, clause openers, prepositions that start a new idea.
const stopWord =
  /^(?:was|were|is|are|be|been|being|wasn't|weren't|isn't|aren't|did|didn't|do|does|doesn't|had|hadn't|has|have|haven't|which|that|who|whom|whose|when|where|while|for|to|so|because|as|but|than|then|given|since|during|at|from|if|though|although|you|we|they|it|he|she|i|would|could|should|will|can|might|may|must|yet|seemed|felt|came|really|quite|very|too|compared|rather|instead|beyond|before|after|until|by|versus|vs|against|day|needed|need|needs|required|requires|wasn’t|weren’t|didn’t|isn’t|into|in|on|within|without|using|via|among|per|each|every|and then|specifically|particularly|especially|like|such|including|mostly|mainly|largely|etc|too|also|though|either|rather)$/i;

// Phrases that name nothing the user could work on.
const generic =
  /^(?:technical depth|how|what|why|when|where|whether|which|partners?|managers?|directors?|heads?|leads?|colleagues?|clients?|customers?|patients?|pupils?|students?|staff|recruiters?|it|this|that|them|support|these|those|us|you|role|roles|team|teams|job|company|business|area|areas|field|level|work|things?|stuff|everything|anything|something|general|detail|details|depth|practice|terms|way|ways|one|two|three|people|person|candidates?|others|all|day|time|us|this role|the role|our stack|stack|our needs|needs|what we|our team|position|interview|questions?|answers?|them all|the team|particular|points?|examples?|some|most|much|mind|place|fact|sense|front|end|cases?|case|limited|side|industry|sector|ours|yours|theirs|interviewers?|panel|most|level of|market|space|area|domain|field|concerns?|gaps?|reservations?|doubts?|(?:other|successful|chosen|internal|external) (?:candidates?|applicants?)|applicants?)$/i;

function trimPhrase(text: string): string {
  const words = text.trim().split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    const bare = word.replace(/['’]s$/, '').replace(/[^\w/+#.&'’-]/g, '');
    if (stopWord.test(bare) || stopWord.test(word)) break;
    kept.push(word);
    if (kept.length >= 5) break;
  }
  return kept
    .join(' ')
    .replace(/^(?:the|our|your|their|a|an|some|any|more)\s+/i, '')
    .replace(/[\s'’-]+$/, '');
}

function splitList(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+(?:and|or|nor|&|plus)\s+|\s*\/\s*(?=[A-Za-z]{3,})/i)
    .map((item) => item.replace(/^(?:the|our|your|their|a|an|some|any|more|also|how|with|of)\s+/i, '').trim())
    .filter((item) => item.length >= 2);
}

// Qualifiers that say how much or what kind, not what: insights group specifics across feedback, so
// "deeper hands-on Kubernetes experience" must come out as "Kubernetes", the same as a bare "Kubernetes".
const modifierWords = `hands-on|hands on|in-depth|in depth|real-world|real world|day-to-day|production-grade|production-level|enterprise-grade|expert-level|senior-level|direct|exact|relevant|deeper|deep|strong|stronger|solid|more|much|enough|sufficient|real|same|similar|specific|broader|broad|wider|wide|proper|practical|basic|advanced|production|commercial|proven|demonstrable|demonstrated|extensive|significant|substantial|recent|current|good|better|greater|further|additional|genuine|actual|true|previous|prior|recognised|recognized|expert|thorough|robust|comprehensive|some|any|a bit more|a little more|bit more|little more`;
const qualifier = new RegExp(String.raw`^(?:${modifierWords})(?:\s+|,\s*)`, 'i');
const onlyModifiers = new RegExp(String.raw`^(?:(?:${modifierWords})[\s,]*)+$`, 'i');
const trailingHead =
  /\s+(?:experience|knowledge|skills?|skillset|skill set|background|expertise|exposure|proficiency|familiarity|competence|capabilit(?:y|ies)|abilit(?:y|ies)|know-how|understanding|fundamentals|side|questions?|exercise|task|section|scenario|problem|challenge|part|specifically|in particular|this time|at the moment|for now)$/i;

/** A lexicon term that begins with a modifier word ("commercial awareness") keeps it. */
function startsWithTerm(text: string): boolean {
  const lower = text.toLowerCase();
  return findLexiconTerms(text).some((hit) => lower.startsWith(hit.name.toLowerCase()));
}

// The head that framed a listed item ("gaps in your understanding of TCP/IP and subnetting"), not its name.
const leadingHead =
  /^(?:knowledge|understanding|grasp|command|experience|expertise|familiarity|awareness|exposure|depth)\s+(?:of|in|with|on|around)\s+/i;

function clean(item: string): string {
  let out = item.trim().replace(leadingHead, '');
  if (startsWithTerm(out)) return out.replace(trailingHead, '').replace(/\s+(?:and|or|with|of)$/i, '');
  // Loops, not one pass: modifiers stack ("more advanced hands-on") and heads follow each other ("skills background").
  for (let i = 0; i < 4 && qualifier.test(out); i++) out = out.replace(qualifier, '');
  for (let i = 0; i < 2 && trailingHead.test(out); i++) out = out.replace(trailingHead, '');
  for (let i = 0; i < 4 && qualifier.test(out); i++) out = out.replace(qualifier, '');
  for (let i = 0; i < 3; i++) out = out.replace(/\s+(?:and|or|some|any|the|a|an|with|of)$/i, '');
  return out.trim();
}

// Where the gap showed ("rusty on the live coding"), not what to learn: the step should name the skill itself.
const interviewFormat =
  /^(?:live[- ]coding|pair(?:ing)?(?: programming)?(?: session| exercise| round)?|whiteboard(?:ing)?(?: session| round)?|(?:technical|coding|take[- ]home|online|written) (?:test|round|exercise|interview|challenge|screen|assessment)|take[- ]home|tech(?:nical)? screen|(?:first|second|final|panel) (?:round|interview|stage))(?: session| round)?$/i;

function isNamed(item: string): boolean {
  if (generic.test(item) || onlyModifiers.test(item) || interviewFormat.test(item)) return false;
  if (/^(?:the|our|your|their|my|his|her|most|some|any|all|much|many)\b/i.test(item)) return false;
  if (/\b(?:your|our|their|my)$/i.test(item)) return false;
  if (
    /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|people|person|months?|years?|weeks?|minutes?)\b/i.test(
      item,
    )
  )
    return false;
  const words = item.split(/\s+/);
  if (words.length > 4) return false;
  return /[A-Za-z]{2,}/.test(item);
}

/**
 * Credentials by their form: an awarding body or scheme, then its level or grade ("CIPD Level 7", "PRINCE2
 * Practitioner", "NEBOSH General Certificate", "a Level 3 Diploma in Accounting"). Short acronyms that are also
 * words or initials ("CPA", "APM") count only in capitals.
 */
const credentialName =
  /\b(?:(?:cipd|prince2|acca|cima|nebosh|iosh|smsts|sssts|cscs|taqa|celta|pgce|itil|cissp|ccna|ccnp|comptia|icaew|mcips|ipaf|pasma|qts|nvq|btec|cpa|aca|cfa|pmp|aat|cism|cisa|apm|cii|rics|hnc|hnd|cips|cim|sia|delta)(?:\s+(?:level\s+\d+|foundation|practitioner|agile|general|diploma|certificate|award|professional|associate|expert|advanced|intermediate|security\+|network\+|a\+|part\s+(?:\d|i{1,3}|one|two|three)|in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})){0,3}|level\s+\d\s+(?:diploma|certificate|award|qualification|assessor|apprenticeship)(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?)/gi;
const capitalsOnly = /^(?:cpa|aca|cfa|pmp|aat|cism|cisa|apm|cii|rics|hnc|hnd|cips|cim|sia|delta)$/i;

/**
 * The credentials a text names, each as written with its level ("CIPD Level 7", "PRINCE2 Practitioner").
 *
 * @example
 * credentialsIn('You need PRINCE2 Practitioner; you hold the Foundation.') // ['PRINCE2 Practitioner']
 */
export function credentialsIn(text: string): string[] {
  const found: string[] = [];
  credentialName.lastIndex = 0;
  for (let m = credentialName.exec(text); m !== null; m = credentialName.exec(text)) {
    const first = m[0].split(/\s+/)[0] ?? '';
    if (capitalsOnly.test(first) && first !== first.toUpperCase()) continue;
    // "in Accounting" names the subject only while its words are capitalised ("… in Accounting for this role").
    const kept: string[] = [];
    let inSubject = false;
    for (const word of m[0].split(/\s+/)) {
      if (inSubject && !/^[A-Z]/.test(word)) break;
      if (word.toLowerCase() === 'in') inSubject = true;
      kept.push(word);
    }
    if (kept[kept.length - 1]?.toLowerCase() === 'in') kept.pop();
    const whole = kept.join(' ');
    // "an SMSTS certificate" is the SMSTS; "the NEBOSH General Certificate" is the name in full.
    const name = whole.replace(/^(\S+)\s+(?:certificate|certification|qualification)$/i, '$1');
    found.push(
      /^level\b/i.test(name) ? name.replace(/^level/i, 'Level') : name.replace(/^\S+/, (w) => w.toUpperCase()),
    );
  }
  return found;
}

/**
 * Whether a specific is a credential (a qualification to work towards, not a skill to practise).
 *
 * @example
 * isCredential('CIPD Level 7') // true
 */
export function isCredential(name: string): boolean {
  const found = credentialsIn(name);
  return found.length === 1 && found[0]?.length === name.length;
}

/**
 * The named skills, tools and subjects in a clause, lexicon terms in their canonical spelling first.
 *
 * @example
 * extractSpecifics('your experience with distributed databases was not deep enough') // ['distributed databases']
 */
export function extractSpecifics(raw: string): string[] {
  const text = raw.replace(/[\u2018\u2019]/g, "'");
  const lexicon = findLexiconTerms(text).map((hit) => hit.name);
  const captured: string[] = [];
  for (const pattern of [afterCue, afterEvidence, afterAdjective, afterExample]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      for (const item of splitList(trimPhrase(m[1] ?? ''))) captured.push(item);
    }
  }
  beforeHead.lastIndex = 0;
  for (let m = beforeHead.exec(text); m !== null; m = beforeHead.exec(text)) {
    const item = trimPhrase(m[1] ?? '');
    if (
      !/^(?:technical|relevant|direct|practical|previous|industry|leadership|management|people|team|work|overall|general|professional|hands-on|your|our|coding)$/i.test(
        item,
      )
    )
      captured.push(...splitList(item));
  }
  const result: string[] = [];
  const seen = new Set<string>();
  const add = (item: string) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    result.push(item);
  };
  for (const credential of credentialsIn(text)) add(credential);
  const named = captured.map(clean).filter(isNamed);
  for (const item of named) {
    const inside = findLexiconTerms(item);
    // A captured phrase that is exactly a lexicon term, or just a term plus filler, reads best canonically.
    if (
      inside.length === 1 &&
      inside[0] &&
      item.toLowerCase().startsWith(inside[0].name.toLowerCase()) &&
      item.split(/\s+/).length <= inside[0].name.split(/\s+/).length
    ) {
      add(inside[0].name);
    } else if (inside.length <= 1) {
      add(item);
    }
  }
  for (const term of lexicon) {
    const lower = term.toLowerCase();
    // Contained as a word, not as letters: "R" is not inside "tidyverse", "Go" not inside "Google".
    const within = (item: string) => ` ${item.toLowerCase().replace(/[^\w+#.-]+/g, ' ')} `.includes(` ${lower} `);
    if (!result.some((item) => item.toLowerCase() !== lower && within(item))) add(term);
  }
  // A phrase cut short at a stop word ("infrastructure" from "infrastructure as code") repeats a longer name.
  return result.filter((item) => {
    const lower = item.toLowerCase();
    return !result.some((other) => other.length > item.length && other.toLowerCase().startsWith(`${lower} `));
  });
}
