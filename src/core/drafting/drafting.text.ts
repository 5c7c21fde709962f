/**
 * Small text helpers that keep user-entered fragments (names, debrief notes) grammatical inside a template.
 */

const honorifics = /^(dr|mr|mrs|ms|mx|prof|professor|sir|dame)\.?$/i;

/**
 * Words a user types in place of a name they do not know ("Interviewer 2", "Unknown", "the CTO", "TBC"): a
 * greeting must not read "Dear Interviewer", so such a contact is greeted without a name.
 */
const placeholderWords =
  /^(the|a|an|unknown|unnamed|anonymous|n\/?a|tbc|tbd|none|someone|somebody|interviewer|interviewers|panel|panellist|panelist|recruiter|recruiters|hiring|manager|hr|talent|team|contact|person|engineer|lead|head|director|cto|ceo|vp|member|staff|\?+|-+)$/i;

/**
 * Whether a contact's name is a stand-in rather than a person's name: nothing but role words, numbers and
 * punctuation, or an email address.
 *
 * @example
 * isPlaceholderName('Interviewer 2'); // true
 * isPlaceholderName('Priya Shah'); // false
 */
export function isPlaceholderName(name: string | null | undefined): boolean {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '' || trimmed.includes('@')) return true;
  const words = trimmed.split(/[\s,;:()#]+/).filter((word) => word !== '');
  return words.every((word) => placeholderWords.test(word) || /^[\d\W_]+$/u.test(word));
}

/**
 * The name to greet someone by: the first name, or the title and surname after an honorific ("Dr Okafor");
 * null for a stand-in name ("Interviewer 2"), which must not be greeted as if it were one. A family name written
 * first in capitals, as many East Asian and European forms do ("WANG Wei"), is passed over for the given name;
 * initials in capitals ("JP Smith") have no vowel and stay the name they go by.
 *
 * @example
 * greetingName('Priya Shah'); // 'Priya'
 * greetingName('Dr. Ada Okafor'); // 'Dr. Okafor'
 * greetingName('WANG Wei'); // 'Wei'
 * greetingName('Interviewer 2'); // null
 */
export function greetingName(name: string | null | undefined): string | null {
  const trimmed = name?.trim();
  if (!trimmed || isPlaceholderName(trimmed)) return null;
  const words = trimmed.split(/\s+/);
  const [first = trimmed] = words;
  if (honorifics.test(first)) {
    const surname = words.length > 1 ? words[words.length - 1] : undefined;
    return surname ? `${first} ${surname}` : trimmed;
  }
  const given = words.slice(1).filter((word) => /\p{Ll}/u.test(word));
  if (/^\p{Lu}{2,}$/u.test(first) && /[AEIOUY]/.test(first) && given.length > 0) return given[0] ?? first;
  return first;
}

/**
 * How to greet a person: as the user noted they prefer ("Mr Wang", "Kate"), else by {@link greetingName}.
 *
 * @example
 * greetingFor({ name: 'Wang Wei', greetAs: 'Mr Wang' }); // 'Mr Wang'
 * greetingFor({ name: 'Priya Shah' }); // 'Priya'
 */
export function greetingFor(
  person: { name: string | null; greetAs?: string | null } | null | undefined,
): string | null {
  return person?.greetAs?.trim() || greetingName(person?.name);
}

// Markers that job ads add to a title but nobody says in a sentence: "(m/w/d)", "(f/m/x)", "(all genders)".
const titleMarkers = /\s*[([]\s*(?:[mfwdxh]\s*\/\s*){1,3}[mfwdxh]\s*[)\]]|\s*\(\s*all genders\s*\)/gi;
const placeholderRoles =
  /^(?:n\/?a|tbc|tbd|unknown|none|-+|\?+|various|open application|general application|speculative(?: application)?)$/i;

/**
 * The role as it reads inside a sentence ("the {role} role"): without a job ad's gender marker or a trailing
 * "role"/"position", and '' when the user typed a stand-in ("N/A", "-") rather than a title.
 *
 * @example
 * roleInSentence('Backend Engineer (m/w/d)'); // 'Backend Engineer'
 * roleInSentence('N/A'); // ''
 */
export function roleInSentence(role: string): string {
  const cleaned = role
    .replace(titleMarkers, '')
    .replace(/\s+(?:role|position)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return placeholderRoles.test(cleaned) ? '' : cleaned;
}

/**
 * Smooths what templates leave behind with unusual values: a company ending in a full stop ("Acme Inc.")
 * before the sentence's own, a double space where an empty role was, a space before a comma.
 *
 * @example
 * tidyText('I wish everyone at Acme Inc.. all the best.'); // 'I wish everyone at Acme Inc. all the best.'
 */
export function tidyText(text: string): string {
  return text
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:?!])/g, '$1')
    .replace(/^ +| +$/gm, '');
}

// Words that start a lower-case phrase; a capital on them only means the user started a note with it.
const lowerStarters = new Set(
  'a an the my our your their his her its this that these those how what when where which who lack lack of limited little no not more less some any few many much handling dealing working managing leading explaining structuring depth breadth experience knowledge understanding familiarity exposure gaps gap concerns concern questions question answers answer time team teams people stakeholder stakeholders system systems design testing communication confidence examples example use using hands-on hands direct recent previous prior salary notice relocation travel availability seniority leadership ownership focus clarity detail details'.split(
    ' ',
  ),
);

/**
 * A user's note made fit to sit inside a sentence: trimmed, without a final full stop, and lower-cased at the
 * start when the capital was only there because the note began with it ("Limited Kubernetes use" → "limited
 * Kubernetes use"; "AWS" and "Kubernetes" stay as written).
 *
 * @example
 * inlinePhrase('Limited experience with Terraform.'); // 'limited experience with Terraform'
 */
export function inlinePhrase(text: string): string {
  let phrase = text.trim().replace(/\s+/g, ' ');
  phrase = phrase.replace(/[.;:,!]+$/, '').trim();
  const firstWord = phrase.split(' ')[0] ?? '';
  if (/^[A-Z][a-z-]+$/.test(firstWord) && lowerStarters.has(firstWord.toLowerCase())) {
    phrase = phrase.charAt(0).toLowerCase() + phrase.slice(1);
  }
  return phrase;
}

/** A note that reads as a full sentence ("They worried I had not led a team") rather than a noun phrase. */
export function isSentenceLike(text: string): boolean {
  return (
    /^(i|i'm|they|he|she|we|you|it|there)\b/i.test(text.trim()) ||
    /\b(was|were|is|are|had|has|did|didn't|wasn't|felt|thought|said|worried)\b/i.test(text)
  );
}

/**
 * An interview question quoted as the user noted it, with its question mark.
 *
 * @example
 * quotedQuestion('how would you scale the API'); // '"How would you scale the API?"'
 */
export function quotedQuestion(question: string): string {
  let text = question.trim().replace(/\s+/g, ' ').replace(/[.]+$/, '');
  text = text.charAt(0).toUpperCase() + text.slice(1);
  if (!text.endsWith('?') && interrogative.test(text)) text = `${text}?`;
  return `"${text}"`;
}

const interrogative =
  /^(how|what|why|when|where|which|who|whom|whose|can|could|would|will|do|does|did|is|are|have|has|should)\b/i;

/** "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
