import { extractParties } from './mail.extractor';
import { unwrapForward } from './mail.forward';
import {
  bodySignals,
  conditionalBefore,
  futureRoles,
  harmlessNegations,
  type MailSignal,
  negationBefore,
  subjectSignals,
} from './mail.signals';
import { cleanBody, sentences } from './mail.text';
import type { MailClassification, MailContent, MailKind } from './mail.types';

type Scores = Record<MailKind, number>;

/** A phrase this strong decides the kind by itself ("we will not be moving forward", "pleased to offer you"). */
const decisive = 3;

/** Below this, nothing in the email is a clear job-process signal and it is `other`. */
const minimumScore = 2;

function scoreSentence(
  sentence: string,
  signals: MailSignal[],
  scores: Scores,
  reasons: Set<string>,
  strongest: Scores | null,
): void {
  const note = (kind: MailKind, weight: number) => {
    scores[kind] += weight;
    if (strongest && weight > strongest[kind]) strongest[kind] = weight;
  };
  const lower = sentence.toLowerCase();
  const neutralised = lower.replace(harmlessNegations, (m) => '_'.repeat(m.length));
  for (const signal of signals) {
    const match = signal.pattern.exec(lower);
    if (!match) continue;
    const before = neutralised.slice(0, match.index);
    // "If you have not heard from us in four weeks, your application has not been successful" is not a no yet.
    const conditional = signal.kind !== 'other' && conditionalBefore.test(before);
    if (!signal.assertive) {
      note(signal.kind, conditional ? signal.weight * 0.25 : signal.weight);
      reasons.add(signal.label);
      continue;
    }
    if (negationBefore.test(before)) {
      // "We will not be inviting you to interview" / "we are unable to offer you": a no, not a yes.
      if (signal.kind === 'interview' || signal.kind === 'offer') {
        note('rejection', signal.weight);
        reasons.add(`negated: ${signal.label}`);
      }
      continue;
    }
    const after = lower.slice(match.index + match[0].length);
    if (signal.kind === 'offer' && /^[^.]{0,40}\bto (?:another|a different|an internal|other|someone)\b/.test(after)) {
      note('rejection', decisive);
      reasons.add('offered to someone else');
      continue;
    }
    let weight = signal.weight;
    if (conditional || (signal.kind !== 'acknowledgement' && futureRoles.test(lower))) {
      weight *= 0.25;
    }
    note(signal.kind, weight);
    reasons.add(signal.label);
  }
}

/**
 * Decides what kind of job email a message is — rejection, interview, offer, acknowledgement or other — and who
 * it is from (the employer and the role, never the hiring platform or the agency). Pure: runs in the browser too.
 *
 * Phrases are weighed sentence by sentence; a negation before a positive phrase turns it into a rejection,
 * a condition ("if you are shortlisted…") weakens it, and quoted history of a reply is ignored.
 *
 * @example
 * classifyMail({ subject: 'Your application', text: 'Unfortunately we will not be moving forward…', … }).kind;
 * // 'rejection'
 */
export function classifyMail(received: MailContent): MailClassification {
  const content = unwrapForward(received);
  const body = cleanBody(content.text);
  const scores: Scores = { rejection: 0, interview: 0, offer: 0, acknowledgement: 0, other: 0 };
  const reasons = new Set<string>();
  const strongest: Scores = { rejection: 0, interview: 0, offer: 0, acknowledgement: 0, other: 0 };

  const subject = content.subject.replace(/^(?:(?:re|fwd?|fw|aw|wg|tr|sv)\s*:\s*)+/i, '');
  // A subject's few words ("Your offer is waiting: 50% off") hint, they never decide alone.
  scoreSentence(subject, subjectSignals, scores, reasons, null);
  // The subject's own wording ("Unfortunately…", "Invitation to interview") counts like a sentence of the body.
  scoreSentence(subject, bodySignals, scores, reasons, strongest);
  for (const sentence of sentences(body)) scoreSentence(sentence, bodySignals, scores, reasons, strongest);

  if (content.sentByUser || content.autoReply) {
    // The user's own sent mail and out-of-office replies may quote every phrase above; they are not news.
    scores.other += 20;
    reasons.add(content.sentByUser ? 'sent by you' : 'automatic reply');
  }
  if (content.calendarInvite) {
    scores.interview += 2;
    reasons.add('calendar invitation');
  }
  const bulk =
    content.bulk.listUnsubscribe || content.bulk.listId || /^(?:bulk|list|junk)$/.test(content.bulk.precedence ?? '');
  if (bulk) {
    scores.other += 1.5;
    reasons.add('bulk mail headers');
  }
  // An automated no-reply message is not an offer made to a person or an invitation written by one,
  // but it is how most acknowledgements and screening rejections arrive: no adjustment beyond the phrases.

  // An offer beats everything but a clear no; a clear no beats a thank-you-for-applying.
  const ranked = (Object.keys(scores) as MailKind[])
    .filter((kind) => kind !== 'other')
    .sort((a, b) => scores[b] - scores[a]);
  let kind: MailKind = ranked[0] ?? 'other';
  const top = scores[kind];
  if (top < minimumScore || scores.other >= top + 0.5) kind = 'other';
  // A decisive no outweighs any number of softer hints of an interview or an acknowledgement
  // ("thanks for the take-home… we will not continue to the next interview round"); a decisive offer outweighs
  // the interview it mentions. A decisive no and a decisive yes together fall back to the totals.
  // Not for what is clearly no news at all: the user's own sent mail, an out-of-office reply.
  const noNews = scores.other >= 6;
  if (!noNews && strongest.offer >= decisive && strongest.rejection < decisive) kind = 'offer';
  else if (!noNews && strongest.rejection >= decisive && strongest.offer < decisive && strongest.interview < decisive)
    kind = 'rejection';

  // Job alerts and newsletters name many companies and roles; none of them is "the" one this email is about.
  const parties =
    kind === 'other'
      ? { company: null, role: null, platform: null, agency: null, certainty: 1 }
      : extractParties(content, body);
  // Confidence grows with the winner's lead over the runner-up and with its own strength, and saturates below 1:
  // two clear phrases are near-certain, one soft hint is a coin toss worth reviewing.
  const rivals = (Object.keys(scores) as MailKind[]).filter((k) => k !== kind).map((k) => scores[k]);
  const margin = scores[kind] - Math.max(0, ...rivals);
  let confidence =
    kind === 'other'
      ? 0.55 + 0.4 * Math.tanh(0.3 * scores.other + 0.3 * (minimumScore - top))
      : 0.5 + 0.45 * Math.tanh(0.35 * margin + 0.1 * scores[kind]);
  if (kind !== 'other' && strongest[kind] >= decisive) confidence = Math.max(confidence, 0.75);
  // A sure kind with a shaky employer is still worth a look: a wrong company should not read as near-certain.
  confidence = Math.min(confidence, parties.certainty);
  return {
    kind,
    company: parties.company,
    role: parties.role,
    confidence: Math.round(clamp(confidence) * 100) / 100,
    platform: parties.platform,
    agency: parties.agency,
    reasons: [...reasons],
  };
}

function clamp(value: number): number {
  return Math.min(0.97, Math.max(0.2, value));
}
