import type { Application, StageEvent } from '../applications/applications.schema';
import type { Contact, ContactRole } from '../contacts/contacts.schema';
import type { Interview } from '../interviews/interviews.schema';
import type { Message, MessageChannel } from '../messages/messages.schema';
import { addBusinessDaysMs } from '../time/time.business';
import { formatLocalDateTime } from '../time/time.format';
import {
  addLocalDays,
  type Instant,
  localDayNumber,
  localParts,
  MS_PER_HOUR,
  startOfDayNumber,
  toIso,
  toMs,
} from '../time/time.zone';
import { type Alternative, noFeedbackAlternatives, type Region, regionFromTimeZone } from './decisions.alternatives';
import { type TimingRules, timingRules } from './decisions.rules';

export type DecisionApplication = Pick<
  Application,
  'id' | 'company' | 'role' | 'source' | 'agency' | 'referrerContactId' | 'stage'
>;
export type DecisionContact = Pick<Contact, 'id' | 'name' | 'role' | 'email' | 'phone' | 'connectedWell'> &
  Partial<Pick<Contact, 'applicationId' | 'title'>>;
export type DecisionInterview = Pick<Interview, 'id' | 'startsAt' | 'durationMinutes' | 'interviewerIds' | 'type'>;
export type DecisionRejection = Pick<StageEvent, 'occurredAt' | 'channel' | 'stage' | 'email'>;
export type DecisionMessage = Pick<Message, 'id' | 'kind' | 'status' | 'contactId' | 'sentAt'>;

export interface FeedbackRequestInput {
  application: DecisionApplication;
  /** The application's contacts, plus the referrer when there is one. */
  contacts: readonly DecisionContact[];
  interviews: readonly DecisionInterview[];
  /** The rejection event; null when there is none yet. */
  rejection: DecisionRejection | null;
  /** Messages already written for this application (to see whether a request or a thank-you went out). */
  messages?: readonly DecisionMessage[];
  /** The user's region for the subject access request; guessed from the time zone when absent. */
  region?: Region;
}

export interface FeedbackRecipient {
  contactId: string | null;
  name: string | null;
  role: ContactRole | null;
  email: string | null;
  phone: string | null;
  reason: string;
}

export interface FeedbackChannelChoice {
  channel: MessageChannel;
  /** The address to write to, when the channel is email and it is known. */
  to: string | null;
  /** The Message-ID to reply to, so the request lands in the rejection's own thread. */
  threadRef: string | null;
  subject: string | null;
  /** Offer a short call (always offered in the message; a phone rejection gets a call script). */
  offerCall: boolean;
  reason: string;
}

export type FeedbackTimingStatus = 'cooling_off' | 'due' | 'late' | 'too_late';

export interface FeedbackTiming {
  status: FeedbackTimingStatus;
  /** Not before: the end of the cooling-off. */
  earliestAt: string;
  /** Best by: 2 business days after the rejection. */
  dueAt: string;
  /** Never after: 7 days after the rejection. */
  lastAt: string;
  reason: string;
}

export interface FeedbackRequestDecision {
  shouldAsk: boolean;
  /** Why (or why not) to ask, in one sentence the user can read. */
  reason: string;
  recipient: FeedbackRecipient | null;
  channel: FeedbackChannelChoice | null;
  timing: FeedbackTiming | null;
  /** Further notes for the user (a thank-you should have gone first, a missing email address…). */
  notes: string[];
  /** What to do instead when not asking, or when the answer does not come. */
  alternatives: Alternative[];
}

/**
 * Parses `Jane Doe <jane@acme.com>` (or a bare address) into a name and a lower-cased address.
 *
 * @example
 * parseAddress('Sam Taylor <Sam.Taylor@acme.com>'); // { name: 'Sam Taylor', address: 'sam.taylor@acme.com' }
 */
export function parseAddress(from: string | null | undefined): { name: string | null; address: string | null } {
  if (!from) return { name: null, address: null };
  const angle = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (angle) {
    const name = angle[1]?.trim() ?? '';
    return { name: name === '' ? null : name, address: angle[2]?.trim().toLowerCase() ?? null };
  }
  const bare = from.trim();
  return { name: null, address: bare.includes('@') ? bare.toLowerCase() : null };
}

const noReplyPattern = /(^|[^a-z])(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer-daemon|notifications?|jobs-noreply)@/i;

/**
 * True when the rejection came from an address nobody reads (flagged by mail import, or by its name).
 *
 * @example
 * isNoReplySender({ channel: 'email', email: { from: 'no-reply@acme.com' }, … }); // true
 */
export function isNoReplySender(rejection: DecisionRejection | null): boolean {
  if (!rejection?.email) return false;
  if (rejection.email.noReply) return true;
  return noReplyPattern.test(rejection.email.from ?? '');
}

/**
 * "Re: " once, however many the subject already carries.
 *
 * @example
 * replySubject('RE: Re: Your application'); // 'Re: Your application'
 */
export function replySubject(subject: string | null | undefined): string | null {
  if (!subject || subject.trim() === '') return null;
  const bare = subject.replace(/^\s*((re|aw|sv|fw|fwd)\s*:\s*)+/i, '').trim();
  return `Re: ${bare}`;
}

function interviewEnd(interview: DecisionInterview): number {
  return toMs(interview.startsAt) + interview.durationMinutes * 60_000;
}

/**
 * Interviews with a person (a take-home alone is not one) that had started before the rejection.
 *
 * @example
 * humanInterviewsBefore(interviews, Date.parse(rejection.occurredAt)).length > 0; // met someone
 */
export function humanInterviewsBefore(
  interviews: readonly DecisionInterview[],
  rejectedAt: number,
): DecisionInterview[] {
  return interviews
    .filter((interview) => interview.type !== 'take_home' && toMs(interview.startsAt) <= rejectedAt)
    .sort((a, b) => interviewEnd(b) - interviewEnd(a));
}

const roleLabel: Record<ContactRole, string> = {
  interviewer: 'interviewer',
  hiring_manager: 'hiring manager',
  recruiter: 'recruiter',
  agency_recruiter: 'agency recruiter',
  referrer: 'referrer',
  hr: 'HR contact',
};

function recipientFrom(contact: DecisionContact, reason: string): FeedbackRecipient {
  return {
    contactId: contact.id,
    name: contact.name,
    role: contact.role,
    email: contact.email,
    phone: contact.phone,
    reason,
  };
}

/**
 * Whom to ask, in the order of DESIGN.md: the agency recruiter for an agency candidate; the referrer when
 * referred; the interviewer the user connected with; else the person who sent the rejection, the hiring
 * manager or the recruiter. After a no-reply rejection, an interviewer rather than a mailbox nobody reads.
 *
 * @example
 * chooseFeedbackRecipient({ application, contacts, interviews, rejection })?.reason;
 * // 'You came through an agency, so ask your agency recruiter at Hirewell: …'
 */
export function chooseFeedbackRecipient(input: FeedbackRequestInput): FeedbackRecipient | null {
  const { application, contacts, rejection } = input;
  const rejectedAt = rejection ? toMs(rejection.occurredAt) : Number.POSITIVE_INFINITY;
  const sender = parseAddress(rejection?.email?.from);
  const senderContact = sender.address
    ? contacts.find((contact) => contact.email?.toLowerCase() === sender.address)
    : undefined;
  const byRole = (role: ContactRole) => contacts.filter((contact) => contact.role === role);

  const isAgency = application.source === 'agency' || application.agency !== null || rejection?.channel === 'agency';
  if (isAgency) {
    const agencyRecruiters = byRole('agency_recruiter');
    const chosen = agencyRecruiters.find((contact) => contact.id === senderContact?.id) ?? agencyRecruiters[0];
    const agency = application.agency ? ` at ${application.agency}` : '';
    const reason = `You came through an agency, so ask your agency recruiter${agency}: the employer gives its feedback to them, and they want to place you elsewhere.`;
    if (chosen) return recipientFrom(chosen, reason);
    return {
      contactId: null,
      name: null,
      role: 'agency_recruiter',
      email: null,
      phone: null,
      reason: `${reason} Add them as a contact so the draft can be addressed.`,
    };
  }

  const isReferred = application.source === 'referral' || application.referrerContactId !== null;
  if (isReferred) {
    const referrer = contacts.find((contact) => contact.id === application.referrerContactId) ?? byRole('referrer')[0];
    if (referrer) {
      return recipientFrom(
        referrer,
        `${referrer.name} referred you, so they can ask internally and hear a more candid answer than a formal reply would give.`,
      );
    }
  }

  const interviewerIds = new Set<string>();
  for (const interview of humanInterviewsBefore(input.interviews, rejectedAt)) {
    for (const id of interview.interviewerIds) interviewerIds.add(id);
  }
  const interviewers = contacts.filter(
    (contact) => interviewerIds.has(contact.id) || contact.role === 'interviewer' || contact.role === 'hiring_manager',
  );
  const connected = interviewers.find((contact) => contact.connectedWell);
  if (connected) {
    return recipientFrom(
      connected,
      `You connected well with ${connected.name} in the interview, and the person who saw you answer gives the most useful feedback.`,
    );
  }

  const noReply = isNoReplySender(rejection) || rejection?.channel === 'automated' || rejection?.channel === 'portal';
  if (noReply) {
    // Nobody reads a no-reply mailbox: go to a person who met the user, by the order they met them.
    const orderedIds = [...interviewerIds];
    const interviewer =
      orderedIds.map((id) => contacts.find((contact) => contact.id === id)).find((contact) => contact !== undefined) ??
      interviewers[0] ??
      byRole('hiring_manager')[0] ??
      byRole('recruiter')[0] ??
      byRole('hr')[0];
    if (interviewer) {
      return recipientFrom(
        interviewer,
        `The rejection came from an address nobody reads, so write to ${interviewer.name} (${roleLabel[interviewer.role]}) directly.`,
      );
    }
    return null;
  }

  if (senderContact) {
    return recipientFrom(
      senderContact,
      `${senderContact.name} sent the rejection, so a reply to them is the natural place to ask.`,
    );
  }
  if (sender.address && rejection?.channel !== 'phone') {
    return {
      contactId: null,
      name: sender.name,
      role: null,
      email: sender.address,
      phone: null,
      reason: `${sender.name ?? sender.address} sent the rejection, so a reply to them is the natural place to ask.`,
    };
  }
  const fallback = byRole('hiring_manager')[0] ?? byRole('recruiter')[0] ?? byRole('hr')[0] ?? interviewers[0];
  if (fallback) {
    return recipientFrom(
      fallback,
      `${fallback.name} is the ${roleLabel[fallback.role]} for this role, who can speak for the panel.`,
    );
  }
  return null;
}

/**
 * How to ask: by the channel the rejection came through — a reply in the same email thread with the same
 * subject, a phone call (with a script and the offer of a short call) after a phone rejection, a letter after a
 * letter — and an email straight to the person when the rejection came from a no-reply address or when the
 * recipient is not the person who sent it.
 *
 * @example
 * chooseFeedbackChannel(input, recipient); // { channel: 'email', threadRef: '<m@acme.com>', subject: 'Re: …', … }
 */
export function chooseFeedbackChannel(
  input: FeedbackRequestInput,
  recipient: FeedbackRecipient | null,
): FeedbackChannelChoice {
  const { rejection, application } = input;
  const sender = parseAddress(rejection?.email?.from);
  const isSender =
    recipient !== null &&
    sender.address !== null &&
    (recipient.email?.toLowerCase() === sender.address || (recipient.contactId === null && recipient.email !== null));
  const freshSubject = `Feedback on my interview for the ${application.role} role`;
  const directEmail = (reason: string): FeedbackChannelChoice => ({
    channel: 'email',
    to: recipient?.email ?? null,
    threadRef: null,
    subject: freshSubject,
    offerCall: true,
    reason: recipient?.email ? reason : `${reason} Their email address is missing: add it to the contact first.`,
  });

  if (rejection?.channel === 'phone' || rejection?.channel === 'in_person') {
    return {
      channel: 'phone',
      to: recipient?.phone ?? null,
      threadRef: null,
      subject: null,
      offerCall: true,
      reason:
        'The news came by phone, so ask by phone too: a short script keeps it calm, and if now is not a good time you offer a short call later.',
    };
  }
  if (rejection?.channel === 'letter') {
    return {
      channel: 'letter',
      to: null,
      threadRef: null,
      subject: freshSubject,
      offerCall: true,
      reason: 'The rejection came by letter, so answer in kind with a short letter.',
    };
  }
  if (isNoReplySender(rejection) || rejection?.channel === 'automated' || rejection?.channel === 'portal') {
    return directEmail('The rejection came from an address nobody reads, so write a new email to the person directly.');
  }
  if (isSender && rejection?.email?.messageId) {
    return {
      channel: 'email',
      to: recipient?.email ?? sender.address,
      threadRef: rejection.email.messageId,
      subject: replySubject(rejection.email.subject) ?? `Re: ${freshSubject}`,
      offerCall: true,
      reason:
        'Reply in the same email thread, with the same subject, so they see the context at once and it does not read as a new matter.',
    };
  }
  if (isSender) {
    return {
      channel: 'email',
      to: recipient?.email ?? sender.address,
      threadRef: null,
      subject: replySubject(rejection?.email?.subject) ?? freshSubject,
      offerCall: true,
      reason: 'Reply to the rejection email with its subject, so they see the context at once.',
    };
  }
  if (rejection?.channel === 'agency' && recipient?.role === 'agency_recruiter') {
    if (!recipient.email && recipient.phone) {
      return {
        channel: 'phone',
        to: recipient.phone,
        threadRef: null,
        subject: null,
        offerCall: true,
        reason: 'Your agency recruiter passed on the news; call them back with a short script.',
      };
    }
    return {
      ...directEmail(
        'Your agency recruiter passed on the news, so write back to them: the employer gives its feedback to them.',
      ),
      subject: `Feedback from ${application.company}`,
    };
  }
  if (!recipient?.email && recipient?.phone) {
    return {
      channel: 'phone',
      to: recipient.phone,
      threadRef: null,
      subject: null,
      offerCall: true,
      reason: 'You only have a phone number for them, so a short call with a script is the way to ask.',
    };
  }
  return directEmail(
    recipient?.role === 'referrer' || recipient?.role === 'agency_recruiter'
      ? 'They did not send the rejection, so write to them directly by email.'
      : 'They did not send the rejection, so write to them directly by email rather than into someone else’s thread.',
  );
}

/**
 * The window for a feedback request, as epoch ms: not before the end of the cooling-off (moved to the next
 * morning when it ends at night), best by 2 business days after the rejection (same wall-clock time, in the
 * user's zone), never after 7 calendar days (the same local time a week later, across a DST change too).
 *
 * @example
 * feedbackRequestWindow('2026-11-27T21:30:00Z', 'Europe/London', timingRules()).earliestMs;
 * // Date.parse('2026-11-28T08:00:00Z'): the next morning, not 00:30
 */
export function feedbackRequestWindow(
  rejectedAt: Instant,
  timeZone: string,
  rules: TimingRules,
): { earliestMs: number; dueMs: number; lastMs: number } {
  const start = toMs(rejectedAt);
  let earliestMs = start + rules.feedbackCoolingOffHours * MS_PER_HOUR;
  const hour = localParts(earliestMs, timeZone).hour;
  if (hour >= rules.feedbackLatestEveningHour || hour < rules.feedbackEarliestMorningHour) {
    const day = localDayNumber(earliestMs, timeZone) + (hour >= rules.feedbackLatestEveningHour ? 1 : 0);
    earliestMs = startOfDayNumber(day, timeZone) + rules.feedbackEarliestMorningHour * MS_PER_HOUR;
  }
  const dueMs = Math.max(earliestMs, addBusinessDaysMs(start, rules.feedbackRequestBusinessDays, timeZone));
  const lastMs = Math.max(dueMs, addLocalDays(start, rules.feedbackRequestLastDays, timeZone).getTime());
  return { earliestMs, dueMs, lastMs };
}

/**
 * When to ask: after a cooling-off of a few hours, within 1–2 business days, never after 7 days.
 *
 * @example
 * feedbackRequestTiming('2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z', 'Europe/London').status; // 'cooling_off'
 */
export function feedbackRequestTiming(
  rejectedAt: Instant,
  now: Instant,
  timeZone: string,
  overrides?: Partial<TimingRules>,
): FeedbackTiming {
  const rules = timingRules(overrides);
  const nowMs = toMs(now);
  const { earliestMs: earliest, dueMs: due, lastMs: last } = feedbackRequestWindow(rejectedAt, timeZone, rules);
  const when = (ms: number) => formatLocalDateTime(ms, timeZone);
  let status: FeedbackTimingStatus;
  let reason: string;
  if (nowMs < earliest) {
    status = 'cooling_off';
    reason = `Let the news settle first: write after ${when(earliest)}, and by ${when(due)} while they still remember you.`;
  } else if (nowMs <= due) {
    status = 'due';
    reason = `Now is a good time: within ${rules.feedbackRequestBusinessDays} business days of the rejection (by ${when(due)}), while they still remember you.`;
  } else if (nowMs <= last) {
    status = 'late';
    reason = `It is later than ideal but still fine: send it before ${when(last)}, a week after the rejection.`;
  } else {
    status = 'too_late';
    reason = `More than ${rules.feedbackRequestLastDays} days have passed since the rejection; a request now would read oddly and memories have faded. Keep in touch instead.`;
  }
  return {
    status,
    earliestAt: toIso(earliest),
    dueAt: toIso(due),
    lastAt: toIso(last),
    reason,
  };
}

/** Why not to ask, in short: the ids the sentences of `decideFeedbackRequest` are written for. */
export type FeedbackVerdict = 'ask' | 'no_rejection' | 'silence' | 'automated_screen' | 'already_asked' | 'too_late';

/**
 * Whether to ask and by when, as numbers and without a sentence: the cheap core of `decideFeedbackRequest`,
 * for the agenda, which asks it of every recent rejection on every request.
 *
 * @example
 * feedbackRequestVerdict(input, Date.now(), 'Europe/London', timingRules()); // { verdict: 'ask', dueMs: …, … }
 */
export function feedbackRequestVerdict(
  input: FeedbackRequestInput,
  nowMs: number,
  timeZone: string,
  rules: TimingRules,
): { verdict: FeedbackVerdict; metSomeone: boolean; earliestMs: number; dueMs: number; lastMs: number } {
  const { rejection } = input;
  const none = { metSomeone: false, earliestMs: 0, dueMs: 0, lastMs: 0 };
  if (!rejection) return { verdict: 'no_rejection', ...none };
  if (rejection.channel === 'silence') return { verdict: 'silence', ...none };
  const rejectedAt = toMs(rejection.occurredAt);
  let interviewed = false;
  for (const interview of input.interviews) {
    if (interview.type !== 'take_home' && toMs(interview.startsAt) <= rejectedAt) interviewed = true;
  }
  const stage = rejection.stage ?? input.application.stage;
  const metSomeone = interviewed || stage === 'interview' || stage === 'final' || stage === 'offer';
  const automated = rejection.channel === 'automated' || rejection.channel === 'portal' || isNoReplySender(rejection);
  const times = { metSomeone, ...feedbackRequestWindow(rejectedAt, timeZone, rules) };
  if (!metSomeone && automated) return { verdict: 'automated_screen', ...times };
  const asked = input.messages?.some(
    (message) => message.kind === 'feedback-request' && (message.status === 'sent' || message.status === 'replied'),
  );
  if (asked) return { verdict: 'already_asked', ...times };
  if (nowMs > times.lastMs) return { verdict: 'too_late', ...times };
  return { verdict: 'ask', ...times };
}

/**
 * The whole feedback-request decision: whether to ask, whom, through which channel and when, each with a
 * reason the user can read, and what to do instead when not asking.
 *
 * @example
 * const decision = decideFeedbackRequest({ application, contacts, interviews, rejection }, now, 'Europe/London');
 * if (decision.shouldAsk) draft('feedback-request', context);
 */
export function decideFeedbackRequest(
  input: FeedbackRequestInput,
  now: Instant,
  timeZone: string,
  overrides?: Partial<TimingRules>,
): FeedbackRequestDecision {
  const rules = timingRules(overrides);
  const region = input.region ?? regionFromTimeZone(timeZone);
  const alternatives = noFeedbackAlternatives({ company: input.application.company, region });
  const notAsking = (reason: string, timing: FeedbackTiming | null = null): FeedbackRequestDecision => ({
    shouldAsk: false,
    reason,
    recipient: null,
    channel: null,
    timing,
    notes: [],
    alternatives,
  });
  const { verdict, metSomeone } = feedbackRequestVerdict(input, toMs(now), timeZone, rules);
  if (verdict === 'no_rejection' || !input.rejection) {
    return notAsking('There is no rejection recorded, so there is nothing to ask about yet.');
  }
  if (verdict === 'silence') {
    return notAsking('They went silent rather than saying no: send one polite nudge, then close it and move on.');
  }
  if (verdict === 'automated_screen') {
    return notAsking(
      'This was an automated rejection at the CV screen: nobody looked closely enough to give useful feedback, so put the energy into the next application.',
    );
  }
  // Whom, how and when are worked out even when the advice is not to ask, so a draft the user insists on is
  // still addressed right.
  const timing = feedbackRequestTiming(input.rejection.occurredAt, now, timeZone, rules);
  const recipient = chooseFeedbackRecipient(input);
  const channel = chooseFeedbackChannel(input, recipient);
  if (verdict === 'already_asked') {
    return {
      ...notAsking('You have already asked for feedback; wait for the reply, then nudge once if it does not come.'),
      recipient,
      channel,
      timing,
      alternatives: [],
    };
  }
  if (verdict === 'too_late') {
    return {
      ...notAsking(timing.reason, timing),
      recipient,
      channel,
      alternatives: alternatives.filter((alternative) => alternative.kind !== 'subject-access-request'),
    };
  }
  const notes: string[] = [];
  const reason = metSomeone
    ? 'You met people in a human interview, so a short, specific request has a real chance of a useful answer.'
    : 'A person turned you down at the CV stage, so a short question is reasonable; expect a brief answer.';
  if (!recipient) {
    notes.push(
      'No contact is recorded for this application: add the recruiter or an interviewer to address the draft.',
    );
  }
  const thankYouSent = input.messages?.some(
    (message) => message.kind === 'thank-you' && (message.status === 'sent' || message.status === 'replied'),
  );
  if (metSomeone && !thankYouSent) {
    notes.push('A thank-you note should have gone first; this request thanks them for the interview as well.');
  }
  return { shouldAsk: true, reason, recipient, channel, timing, notes, alternatives };
}
