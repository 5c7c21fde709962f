/**
 * Small text helpers that keep user-entered fragments (names, debrief notes) grammatical inside a template.
 */

const honorifics = /^(dr|mr|mrs|ms|mx|prof|professor|sir|dame)\.?$/i;

/**
 * The name to greet someone by: the first name, or the whole name after an honorific ("Dr Okafor").
 *
 * @example
 * greetingName('Priya Shah'); // 'Priya'
 * greetingName('Dr. Ada Okafor'); // 'Dr. Ada Okafor'
 */
export function greetingName(name: string | null | undefined): string | null {
  const trimmed = name?.trim();
  if (!trimmed) return null;
  const [first = trimmed] = trimmed.split(/\s+/);
  return honorifics.test(first) ? trimmed : first;
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
