import type { Contact, ContactRole } from '../contacts/contacts.schema';
import { regionFromTimeZone } from '../decisions/decisions.alternatives';
import { decideFeedbackRequest, replySubject } from '../decisions/decisions.feedback-request';
import { decideNudge, keepInTouchDue, thankYouDue } from '../decisions/decisions.timing';
import { ValidationError } from '../errors';
import type { Feedback, FeedbackCategory } from '../feedback/feedback.schema';
import type { Debrief, DebriefQuestion, Interview } from '../interviews/interviews.schema';
import type { Message, MessageChannel } from '../messages/messages.schema';
import { formatLetterDate, formatLocalDateTime, formatLocalDay } from '../time/time.format';
import { localDayNumber, localWeekdayName, toMs } from '../time/time.zone';
import {
  feedbackQuestions,
  type QuestionAudience,
  questionFor,
  reasonLabel,
  type WeakPoint,
  weakestPoints,
} from './drafting.questions';
import { pick } from './drafting.seed';
import * as t from './drafting.templates';
import {
  greetingFor,
  inlinePhrase,
  isPlaceholderName,
  isSentenceLike,
  joinList,
  quotedQuestion,
  roleInSentence,
  tidyText,
} from './drafting.text';
import type { Draft, DraftContext, DraftKind, DraftOptions } from './drafting.types';

const roleNames: Record<ContactRole, string> = {
  interviewer: 'interviewer',
  hiring_manager: 'hiring manager',
  recruiter: 'recruiter',
  agency_recruiter: 'agency recruiter',
  referrer: 'referrer',
  hr: 'HR contact',
};

function contactById(context: DraftContext, id: string | null | undefined): Contact | undefined {
  return id ? context.contacts.find((contact) => contact.id === id) : undefined;
}

function firstOfRoles(context: DraftContext, roles: readonly ContactRole[]): Contact | undefined {
  for (const role of roles) {
    const found = context.contacts.find((contact) => contact.role === role);
    if (found) return found;
  }
  return undefined;
}

/**
 * "today", "yesterday", "on Tuesday" (within the week) or "on 3 November", as the user would say it.
 *
 * @example
 * dayPhrase('2026-11-23T10:00:00Z', '2026-11-24T09:00:00Z', 'Europe/London'); // 'yesterday'
 */
export function dayPhrase(instant: string, now: string, timeZone: string): string {
  const diff = localDayNumber(now, timeZone) - localDayNumber(instant, timeZone);
  if (diff === 0) return 'today';
  if (diff === 1) return 'yesterday';
  if (diff > 1 && diff < 7) return `on ${localWeekdayName(instant, timeZone)}`;
  const [, day = '', month = ''] = formatLocalDay(instant, timeZone).split(' ');
  return `on ${day} ${month}`;
}

/**
 * The zone an interview's day is told in: its own, where it has one, so a note to a Tokyo interviewer says
 * "Wednesday" for a Wednesday-morning interview that was Tuesday evening for a user in London. `UTC` is what the
 * schema stores when no zone was given (an interview added from the CLI or the API without one), so it falls
 * back to the user's zone like a missing one.
 *
 * @example
 * interviewZone({ timeZone: 'Asia/Tokyo' }, 'Europe/London'); // 'Asia/Tokyo'
 * interviewZone({ timeZone: 'UTC' }, 'Europe/London'); // 'Europe/London'
 */
export function interviewZone(interview: Pick<Interview, 'timeZone'>, userZone: string): string {
  const zone = interview.timeZone?.trim();
  if (!zone || zone === 'UTC' || zone === 'Etc/UTC') return userZone;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return userZone;
  }
}

/** "yesterday", "on Tuesday"… for an interview, as the day was where it took place. */
function interviewDay(context: DraftContext, interview: Interview): string {
  return dayPhrase(interview.startsAt, context.now, interviewZone(interview, context.timeZone));
}

/** The interviews that took place with a person (not a take-home alone), up to now. */
function heldInterviews(context: DraftContext): Interview[] {
  const nowMs = toMs(context.now);
  return context.interviews.filter((interview) => interview.type !== 'take_home' && toMs(interview.startsAt) <= nowMs);
}

/**
 * Whether the user met anyone, and in how many interviews: a rejection at the CV screen has no interview to
 * thank anyone for, and one interview is not "the interviews". An application that reached the interview stage
 * counts as interviewed even when no interview was recorded.
 */
function interviewFacts(context: DraftContext): { met: boolean; interviews: number } {
  const held = heldInterviews(context).length;
  // The stage the application reached; a rejection event's own stage may be a default, not evidence.
  const stage = context.application.stage;
  const met = held > 0 || stage === 'interview' || stage === 'final' || stage === 'offer';
  return { met, interviews: met ? Math.max(1, held) : 0 };
}

/** The user's name as set, or '' when they have not set one. */
function userNameOf(context: DraftContext): string {
  return context.userName?.trim() ?? '';
}

/** A subject access request must say who is asking: a marked placeholder when the name is not set. */
const namePlaceholder = '[your name]';

function vars(
  context: DraftContext,
  recipient: { name: string | null; greetAs?: string | null } | null,
  day = 'recently',
): t.Vars {
  return {
    first: greetingFor(recipient),
    company: context.application.company,
    role: roleInSentence(context.application.role),
    user: userNameOf(context),
    day,
    ...interviewFacts(context),
  };
}

function latestInterview(context: DraftContext, interviewId?: string): Interview | undefined {
  if (interviewId) return context.interviews.find((interview) => interview.id === interviewId);
  const nowMs = toMs(context.now);
  const sorted = [...context.interviews].sort((a, b) => toMs(b.startsAt) - toMs(a.startsAt));
  return sorted.find((interview) => toMs(interview.startsAt) <= nowMs) ?? sorted[sorted.length - 1];
}

function debriefsOf(context: DraftContext): Debrief[] {
  // Oldest interview first, so the weakest-point ranking can favour later rounds on ties.
  const order = new Map(
    [...context.interviews]
      .sort((a, b) => toMs(a.startsAt) - toMs(b.startsAt))
      .map((interview, index) => [interview.id, index]),
  );
  return context.debriefs
    .filter((debrief) => order.has(debrief.interviewId))
    .sort((a, b) => (order.get(a.interviewId) ?? 0) - (order.get(b.interviewId) ?? 0));
}

function topicOf(question: DebriefQuestion): { text: string; quoted: boolean } {
  return question.probedFor
    ? { text: inlinePhrase(question.probedFor), quoted: false }
    : { text: quotedQuestion(question.question), quoted: true };
}

function paragraphs(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('\n\n');
}

function emailOf(contact: Contact | undefined): string | null {
  return contact?.email ?? null;
}

function baseDraft(kind: DraftKind, channel: MessageChannel, contact: Contact | undefined): Omit<Draft, 'body'> {
  return {
    kind,
    channel,
    to: channel === 'phone' ? (contact?.phone ?? null) : emailOf(contact),
    contactId: contact?.id ?? null,
    recipientName: contact?.name ?? null,
    subject: null,
    threadRef: null,
    dueAt: null,
    reasons: [],
  };
}

function missingAddress(contact: Contact | undefined, channel: MessageChannel): string | null {
  if (!contact) return 'No recipient is recorded: add the contact so the draft can be addressed.';
  if (channel === 'email' && !contact.email) return `There is no email address for ${contact.name}: add it first.`;
  return null;
}

/** A contact recorded under a stand-in ("Interviewer 2") is greeted without a name; say so. */
function placeholderNameReason(contact: { name: string } | null | undefined): string | null {
  return contact && isPlaceholderName(contact.name)
    ? `"${contact.name}" does not look like a name, so the draft greets them without one: add their name to the contact so it reads as written for them.`
    : null;
}

/** Whether the contact sat in the interview a debrief is of (listed, or met according to the debrief). */
function attendedDebrief(context: DraftContext, contactId: string | undefined, debriefId: string): boolean {
  if (!contactId) return false;
  const debrief = context.debriefs.find((candidate) => candidate.id === debriefId);
  if (!debrief) return false;
  const interview = context.interviews.find((candidate) => candidate.id === debrief.interviewId);
  return Boolean(interview?.interviewerIds.includes(contactId) || debrief.interviewersMet.includes(contactId));
}

/**
 * Who heard the answer a weak point is about, as a question to someone else names them: the panel (several
 * interviewers), the interviewer by first name (one, with a real name), or "the interviewer".
 */
function panelOf(context: DraftContext, debriefId: string): string {
  const debrief = context.debriefs.find((candidate) => candidate.id === debriefId);
  const interview = debrief ? context.interviews.find((candidate) => candidate.id === debrief.interviewId) : undefined;
  const ids = [...new Set([...(interview?.interviewerIds ?? []), ...(debrief?.interviewersMet ?? [])])];
  if (ids.length > 1) return 'the panel';
  const only = contactById(context, ids[0]);
  return greetingFor(only) ?? 'the interviewer';
}

/**
 * For each weak point, whether the recipient heard it themselves ("you mentioned…") or passes the question on
 * ("Priya raised…"): only someone who sat in that interview is asked as if they had.
 */
function readerOf(context: DraftContext, recipient: Contact | undefined, passesOn = false) {
  return (point: WeakPoint): { audience: QuestionAudience; panel: string } => ({
    audience: !passesOn && attendedDebrief(context, recipient?.id, point.debriefId) ? 'direct' : 'panel',
    panel: panelOf(context, point.debriefId),
  });
}

// ——— Thank-you note ———

/**
 * Thank-you notes for an interview, one per interviewer and each different.
 *
 * @example
 * draftThankYouNotes(context, 'int-1').map((note) => note.recipientName); // ['Priya Shah', 'Tom Berg']
 */
export function draftThankYouNotes(context: DraftContext, interviewId?: string, seed?: string): Draft[] {
  const interview = latestInterview(context, interviewId);
  if (!interview) throw new ValidationError('A thank-you note needs an interview: add the interview first.');
  return [...new Set(interview.interviewerIds)]
    .filter((id) => contactById(context, id))
    .map((contactId) =>
      draft('thank-you', context, { interviewId: interview.id, contactId, ...(seed ? { seed } : {}) }),
    );
}

/** Whether the contact was in the interview: listed as an interviewer, or met according to its debrief. */
function attended(context: DraftContext, interview: Interview, contactId: string): boolean {
  return (
    interview.interviewerIds.includes(contactId) ||
    context.debriefs.some(
      (debrief) => debrief.interviewId === interview.id && debrief.interviewersMet.includes(contactId),
    )
  );
}

/** The interview a thank-you note is about: the one asked for, else the latest the contact was in. */
function thankYouInterview(context: DraftContext, options: DraftOptions): Interview | undefined {
  if (options.interviewId || !options.contactId) return latestInterview(context, options.interviewId);
  const contactId = options.contactId;
  const theirs = context.interviews.filter((interview) => attended(context, interview, contactId));
  return latestInterview({ ...context, interviews: theirs }) ?? latestInterview(context);
}

/**
 * Everyone the user met at this company, in the order they met them: a note's place in this list picks its
 * phrasings, so notes to two interviewers of the same company (in one round or in two) never share one.
 */
function interviewersInOrder(context: DraftContext): string[] {
  const ids = [...context.interviews]
    .sort((a, b) => toMs(a.startsAt) - toMs(b.startsAt))
    .flatMap((interview) => interview.interviewerIds);
  return [...new Set(ids)];
}

function draftThankYou(context: DraftContext, options: DraftOptions): Draft {
  const interview = thankYouInterview(context, options);
  if (!interview) throw new ValidationError('A thank-you note needs an interview: add the interview first.');
  const interviewerIds = [...new Set(interview.interviewerIds)];
  const contact =
    contactById(context, options.contactId) ??
    contactById(context, interviewerIds[0]) ??
    firstOfRoles(context, ['interviewer', 'hiring_manager']);
  const met = interviewersInOrder(context);
  const metIndex = contact ? met.indexOf(contact.id) : -1;
  const position = metIndex >= 0 ? metIndex : met.length;
  // Within the interview, each interviewer gets their own topic from its debrief.
  const localPosition = Math.max(0, contact ? interviewerIds.indexOf(contact.id) : 0);
  const group = options.seed ?? context.application.id;
  // Past the last phrasing, each part moves on by its own step, so two notes share at most one part.
  const steps: Record<string, number> = { opening: 1, topic: 2, interest: 3, loose: 4, closing: 5 };
  const choose = <T>(phrasings: readonly T[], slot: string): T =>
    pick(phrasings, group, slot, position + Math.floor(position / phrasings.length) * (steps[slot] ?? 1));
  const v = vars(context, contact ?? null, interviewDay(context, interview));
  const debrief = context.debriefs.find((candidate) => candidate.interviewId === interview.id);
  const questions = debrief?.questions ?? [];
  const good = [...questions]
    .filter((question) => (question.rating ?? 3) >= 3)
    .sort((a, b) => (b.rating ?? 3) - (a.rating ?? 3) || Number(Boolean(b.probedFor)) - Number(Boolean(a.probedFor)));
  const weak = [...questions]
    .filter((question) => question.rating !== null && question.rating <= 2)
    .sort((a, b) => (a.rating ?? 0) - (b.rating ?? 0));
  // Strong answers make the best topics; when there are fewer than interviewers, the others come next.
  const candidates = [...good, ...questions.filter((question) => !good.includes(question))];
  const topicQuestion = candidates[localPosition % Math.max(1, candidates.length)];
  const topic = topicQuestion ? topicOf(topicQuestion) : null;
  const weakQuestion = weak.find((question) => question !== topicQuestion);
  const weakTopic = weakQuestion ? topicOf(weakQuestion) : null;
  const strengthQuestion = good.find(
    (question) => question !== topicQuestion && question.probedFor && (question.rating ?? 0) >= 4,
  );
  const strength = strengthQuestion?.probedFor ? inlinePhrase(strengthQuestion.probedFor) : null;

  const topicSentence = topic
    ? topic.quoted
      ? choose(t.thankYouQuestionPhrases, 'topic')(topic.text)
      : choose(t.thankYouTopicPhrases, 'topic')(topic.text)
    : choose(t.thankYouNoTopic, 'topic')(v);
  const looseEnd = choose(
    t.thankYouLooseEnds,
    'loose',
  )(weakTopic ? (weakTopic.quoted ? `my answer to ${weakTopic.text}` : weakTopic.text) : null);
  const lastLine = `${looseEnd} ${choose(t.thankYouClosings, 'closing')(v)}`;
  const body = paragraphs(
    choose(t.greetings, 'greeting')(v),
    `${choose(t.thankYouOpenings, 'opening')(v)} ${topicSentence}`,
    choose(t.thankYouInterest, 'interest')(v, strength),
    lastLine,
    choose(t.signOffsAfter(lastLine), 'signoff')(v),
  );
  const due = thankYouDue(interview);
  const zone = interviewZone(interview, context.timeZone);
  // The user sends it by their own clock; the interviewer's clock is worth a word when it differs.
  const theirClock =
    zone !== context.timeZone &&
    formatLocalDateTime(due.dueAt, zone) !== formatLocalDateTime(due.dueAt, context.timeZone)
      ? ` your time (${formatLocalDateTime(due.dueAt, zone)} in ${zone}, where the interview was; the note names the day as it was there)`
      : '';
  const reasons = [
    contact
      ? `To ${contact.name} (${roleNames[contact.role]}): one note per interviewer, never a group send, and each note different from the others to ${context.application.company}.`
      : 'No interviewer is recorded for this interview: add them so each gets a personal note.',
    topic
      ? `Mentions ${topic.text}, from your debrief of this interview, so the note could only be about this conversation.`
      : 'There is no debrief to draw a topic from; add one specific thing you discussed before sending.',
    toMs(context.now) > toMs(due.dueAt)
      ? `It was due by ${formatLocalDateTime(due.dueAt, context.timeZone)}${theirClock} (24 hours after the interview); a short note now is still better than none.`
      : `Send it by ${formatLocalDateTime(due.dueAt, context.timeZone)}${theirClock}: within 24 hours of the interview.`,
    'Short on purpose: thanks, the role and the day, one specific topic, renewed interest and loose ends. Proofread it before sending.',
  ];
  const missing = missingAddress(contact, 'email');
  if (missing) reasons.push(missing);
  const placeholder = placeholderNameReason(contact);
  if (placeholder) reasons.push(placeholder);
  return {
    ...baseDraft('thank-you', 'email', contact),
    subject: choose(t.thankYouSubjects, 'subject')(v),
    body,
    dueAt: due.dueAt,
    reasons,
  };
}

// ——— Influence letter ———

/**
 * What a concern raised in the interview is about, because each wants its own answer: a gap in skills or
 * experience is closed by a plan, terms (pay, notice, location, visa, hours) are talked through, a doubt that the
 * role is too junior for them is answered with why they want it, and a question about their history (a gap, short
 * stays, a change of career) with an offer of the background.
 */
type ConcernKind = 'gap' | 'terms' | 'level' | 'history';

const concernKinds: ReadonlyArray<[Exclude<ConcernKind, 'gap'>, RegExp]> = [
  [
    'terms',
    /\b(?:salary|pay|compensation|package|day rate|hourly rate|notice( period)?|start(?:ing)? date|availability|relocat\w*|location|commut\w*|visa|sponsor(?:ship)?|right to work|work permit|working hours|hours (?:a|per) week|part[- ]time|shift (?:pattern|work)|night shifts?|weekend work|travel(?:ling)? (?:for work|required|away)|remote work\w*|working remotely|hybrid work\w*|on[- ]site|days in the office|contract length)\b/i,
  ],
  ['level', /\b(?:over[- ]?qualified|too senior|more senior than|get bored|be bored|boredom|step down|step back)\b/i],
  [
    'history',
    /\b(?:(?:a |the )?gaps? (?:in|on) (?:my |the |your )?(?:cv|résumé|resume|employment|career|work history|record)|(?:employment|career|cv) gaps?|gap (?:year|between (?:jobs|roles))|career break|time out of work|short (?:stints?|tenures?|stays?)|job[- ]hopp\w*|(?:moved|changed) (?:jobs|roles) (?:often|a lot|frequently)|career change|changing careers?|switch(?:ing)? careers?)\b/i,
  ],
];

function concernKind(concern: string): ConcernKind {
  return concernKinds.find(([, pattern]) => pattern.test(concern))?.[0] ?? 'gap';
}

// How the user would answer each kind of concern, said as what they would do: the draft claims nothing about
// their past that the data does not show (they add their own example), and promises nothing about terms.
const concernParagraphs: Readonly<Record<ConcernKind, readonly ((c: string) => string)[]>> = {
  gap: [
    (c) =>
      `On ${c}: I understand why this matters for the role, and I take it seriously. From my first weeks I would put a focused plan in place to build depth, so that it would not slow the team down.`,
    (c) =>
      `On ${c}, I would like to add some context. My approach would be to pair with experienced colleagues and practise on real work early, and I would be glad to share how I would structure that.`,
    (c) =>
      `Regarding ${c}, I have reflected on it since we spoke. I would handle it by setting clear goals for my first weeks, asking for early feedback and sharing my progress openly with the team.`,
  ],
  terms: [
    (c) =>
      `On ${c}: I would be glad to talk it through openly, and I am confident we could find an arrangement that works for both sides.`,
    (c) =>
      `Regarding ${c}, I would welcome a short conversation about it. I would not want it to stand in the way, and I am open to discussing the details.`,
    (c) =>
      `On ${c}, I have thought about it since we spoke, and I would be happy to discuss what would work for the team as well as for me.`,
  ],
  level: [
    (c) =>
      `On ${c}: this is the role I want, for the work itself, and I would be glad to say more about why it is the right next step for me.`,
    (c) =>
      `Regarding ${c}, I would like to reassure you that I am applying for this role deliberately. The work is what draws me, and I would be happy to explain why.`,
  ],
  history: [
    (c) =>
      `On ${c}: I would be glad to give you the full background in a short conversation, and to explain how it has shaped what I want from my next role.`,
    (c) =>
      `Regarding ${c}, there is context I would be happy to share, and I think it would help show why this role fits where I am now.`,
  ],
};

/** How the reasons say each kind of concern is answered. */
const concernAnswers: Record<ConcernKind, string> = {
  gap: 'by saying how you would close the gap; add a real example of your own',
  terms: 'by offering to talk the terms through, promising nothing; say what you could accept before sending',
  level: 'by saying why you want this role; add your real reason',
  history: 'by offering the background; add a sentence of it if you are comfortable',
};

function concernPhrase(concern: string): string {
  const phrase = inlinePhrase(concern);
  if (!isSentenceLike(phrase)) return `the concern about ${phrase}`;
  return `the concern I noted as "${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}"`;
}

function draftInfluenceLetter(context: DraftContext, options: DraftOptions): Draft {
  const interview = latestInterview(context, options.interviewId);
  // A letter that adds context to "our conversation" needs one to have taken place.
  if (!interview || !interviewFacts(context).met) {
    throw new ValidationError('An influence letter follows an interview: add the interview first.');
  }
  const interviewers = interview ? interview.interviewerIds.map((id) => contactById(context, id)) : [];
  const contact =
    contactById(context, options.contactId) ??
    firstOfRoles(context, ['hiring_manager']) ??
    interviewers.find((candidate) => candidate?.connectedWell) ??
    interviewers.find((candidate) => candidate !== undefined) ??
    firstOfRoles(context, ['recruiter']);
  const seed = options.seed ?? contact?.id ?? context.application.id;
  const v = vars(context, contact ?? null, interviewDay(context, interview));
  const debriefs = debriefsOf(context);
  const concerns = [...new Set(debriefs.flatMap((debrief) => debrief.concernsRaised))].slice(0, 3);
  const strengths = [
    ...new Set(
      debriefs.flatMap((debrief) =>
        debrief.questions
          .filter((question) => (question.rating ?? 0) >= 4 && question.probedFor)
          .map((question) => inlinePhrase(question.probedFor ?? '')),
      ),
    ),
  ].slice(0, 2);
  // A topic other than the strengths named below, so the letter does not say the same thing twice.
  const topicQuestion = debriefs
    .flatMap((debrief) => debrief.questions)
    .find(
      (question) =>
        question.probedFor && (question.rating ?? 3) >= 3 && !strengths.includes(inlinePhrase(question.probedFor)),
    );
  const topic = topicQuestion?.probedFor ? inlinePhrase(topicQuestion.probedFor) : null;
  const offset = seed.length % 3;
  const concernText = concerns.map((concern, index) =>
    pick(concernParagraphs[concernKind(concern)], seed, 'concern', index + offset)(concernPhrase(concern)),
  );
  const kinds = [...new Set(concerns.map(concernKind))];
  const bring =
    strengths.length > 0
      ? `More broadly, I believe I would bring real strength in ${joinList(strengths)}, together with clear communication and a steady, careful way of working.`
      : 'More broadly, I believe I would bring a steady, careful way of working, clear communication with colleagues and a real interest in the problems your team is solving.';
  const body = paragraphs(
    t.formalGreeting(v),
    `${pick(t.thankYouOpenings, seed, 'opening')(v)} ${
      concerns.length === 0
        ? 'Since then I have thought carefully about our conversation, and I would like to say a little more about how I would approach the role.'
        : `Since then I have thought carefully about ${concerns.length === 1 ? 'a point' : 'the points'} that came up, and I would like to address ${concerns.length === 1 ? 'it' : 'them'} directly.`
    }`,
    ...concernText,
    concerns.length < 2 &&
      kinds.every((kind) => kind === 'gap') &&
      'I know the role asks a lot, and I want to be clear about how I would approach it: by learning the systems and the people quickly, asking for early feedback and delivering small, useful results in my first weeks.',
    topic &&
      `Our conversation about ${topic} also stayed with me. It is exactly the kind of work I want to do more of, and hearing how the team approaches it made the role even more appealing.`,
    `${bring} I enjoy working closely with colleagues, I take ownership of my work, and I look for ways to make the whole team more effective.`,
    `I remain very enthusiastic about the ${v.role} role and about ${v.company}. If it would be useful, I would be glad to provide references, a short work sample or a brief call to go through any of these points in more detail.`,
    'Thank you again for your time and consideration.',
    pick(t.signOffsAfter('Thank you again'), seed, 'signoff')(v),
  );
  const reasons = [
    contact
      ? `To ${contact.name} (${roleNames[contact.role]}), who has a say in the decision.`
      : 'No hiring manager or interviewer is recorded: add one to address the letter.',
    concerns.length > 0
      ? `Addresses the ${concerns.length === 1 ? 'concern' : 'concerns'} raised in your debrief (${joinList(concerns.map((concern) => (isSentenceLike(concern) ? `"${inlinePhrase(concern)}"` : inlinePhrase(concern))))}) calmly, without arguing: ${kinds.map((kind) => concernAnswers[kind]).join('; ')}.`
      : 'Your debrief records no concerns, so the letter restates how you would approach the role; add any concern you sensed.',
    'About 300 words, so it is read in full.',
  ];
  if (context.application.outcome === 'rejected' || context.rejection) {
    // A letter to sway a decision already made reads as contesting it: the feedback request is the step now.
    reasons.unshift(
      `Not recommended: ${context.application.company} has already turned the application down, so it is too late to influence the decision. Ask for feedback instead (the feedback request draft), and keep in touch.`,
    );
  } else {
    reasons.push('Send it before they decide, ideally within a day of the interview.');
  }
  const missing = missingAddress(contact, 'email');
  if (missing) reasons.push(missing);
  return {
    ...baseDraft('influence-letter', 'email', contact),
    subject: `Following up on our conversation about the ${v.role} role`,
    body,
    reasons,
  };
}

// ——— Feedback request ———

/** Who the request goes to, relative to the rejection: its sender, an interviewer, the referrer, the agency. */
function requestAudience(
  context: DraftContext,
  recipient: Contact | undefined,
  decidedAddress: string | null | undefined,
): t.RequestAudience {
  if (recipient?.role === 'agency_recruiter') return 'agency';
  if (recipient?.role === 'referrer') return 'referrer';
  const rejection = context.rejection;
  const sender = rejection?.email?.from?.toLowerCase() ?? '';
  const sentIt =
    !recipient ||
    (recipient.email !== null && sender.includes(recipient.email.toLowerCase())) ||
    (decidedAddress !== null && decidedAddress !== undefined && sender.includes(decidedAddress.toLowerCase()));
  if (sentIt) return 'sender';
  // News by phone or letter names no sender: whoever is called back (bar an interviewer) delivered it.
  const spoken =
    rejection?.channel === 'phone' || rejection?.channel === 'in_person' || rejection?.channel === 'letter';
  if (spoken) return recipient.role === 'interviewer' ? 'interviewer' : 'sender';
  const noPersonSent =
    rejection?.channel === 'automated' || rejection?.channel === 'portal' || Boolean(rejection?.email?.noReply);
  if (noPersonSent || recipient.role === 'interviewer' || recipient.role === 'hiring_manager') {
    return recipient.role === 'recruiter' || recipient.role === 'hr' ? 'sender' : 'interviewer';
  }
  return 'sender';
}

function draftFeedbackRequest(context: DraftContext, options: DraftOptions): Draft {
  const decision = decideFeedbackRequest(
    {
      application: context.application,
      contacts: context.contacts,
      interviews: context.interviews,
      rejection: context.rejection ?? null,
      messages: context.messages ?? [],
      ...(context.region ? { region: context.region } : {}),
    },
    context.now,
    context.timeZone,
  );
  const chosen = contactById(context, options.contactId ?? decision.recipient?.contactId);
  const recipientName = chosen?.name ?? decision.recipient?.name ?? null;
  const seed = options.seed ?? chosen?.id ?? decision.recipient?.email ?? context.application.id;
  const v = vars(context, chosen ?? { name: recipientName });
  const decided = decision.channel?.channel;
  const channel: MessageChannel =
    options.channel ?? (decided === 'phone' || decided === 'letter' || decided === 'email' ? decided : 'email');
  const sameRecipient = !options.contactId || options.contactId === decision.recipient?.contactId;
  const audience = requestAudience(context, chosen, sameRecipient ? decision.channel?.to : null);
  const interviewerIds = new Set(context.interviews.flatMap((interview) => interview.interviewerIds));
  const sawInterview =
    chosen !== undefined &&
    (interviewerIds.has(chosen.id) || chosen.role === 'interviewer' || chosen.role === 'hiring_manager');
  const passesOn = audience === 'referrer' || audience === 'agency';
  const debriefs = debriefsOf(context);
  const { questions, reasons: questionReasons } = feedbackQuestions(debriefs, {
    company: context.application.company,
    role: v.role,
    seed,
    audience: sawInterview && !passesOn ? 'direct' : 'panel',
    // "You mentioned…" only to someone who sat in the interview the point comes from.
    audienceOf: readerOf(context, chosen, passesOn),
  });
  const numbered = questions.map((question, index) => `${index + 1}. ${question}`).join('\n');
  const ask =
    audience === 'referrer' || audience === 'agency'
      ? pick(t.requestAskThrough[audience], seed, 'ask')(v)
      : questions.length === 1
        ? pick(t.requestAskOne, seed, 'ask')(v)
        : pick(t.requestAsk, seed, 'ask')(v);
  // Turned down on the application (a CV screen): no interview to thank them for or to ask about.
  const interviewed = v.met;
  const thanks =
    audience === 'sender'
      ? pick(interviewed ? t.requestThanks : t.requestThanksApplication, seed, 'thanks')(v)
      : pick(t.requestThanksBy[audience], seed, 'thanks')(v);
  const future =
    audience === 'referrer' || audience === 'agency'
      ? pick(t.requestFutureBy[audience], seed, 'future')(v)
      : pick(interviewed ? t.requestFutureOpenings : t.requestFutureOpeningsApplication, seed, 'future')(v);
  const plainSubject = `Feedback on my ${interviewed ? 'interview' : 'application'} for the ${v.role} role`;

  let body: string;
  let subject: string | null = null;
  let threadRef: string | null = null;
  let to: string | null = null;
  if (channel === 'phone') {
    const first = v.first ? ` ${v.first}` : '';
    const phoneOpening: Record<t.RequestAudience, string> = {
      sender: `Thank you for letting me know about the ${v.role} role.`,
      interviewer: `Thank you again for interviewing me for the ${v.role} role. I have heard that the team decided not to go ahead.`,
      referrer: `I wanted to let you know that ${v.company} decided not to go ahead with my application, and to thank you again for referring me.`,
      agency: `Thank you for letting me know about the outcome at ${v.company}.`,
    };
    body = paragraphs(
      `Phone script: call ${recipientName ?? `your contact at ${v.company}`}${chosen?.phone ? ` on ${chosen.phone}` : ''}. Have ${debriefs.length > 0 ? 'your debrief' : 'your notes on the application'} in front of you, and note down what they say.`,
      `Opening: "Hello${first}, ${v.user ? `this is ${v.user}` : `I am calling about my application to ${v.company}`}. ${phoneOpening[audience]} I accept the decision and I am not calling to contest it. Do you have five minutes for a few specific questions that would help me improve?"`,
      'If now is not a good time: "Of course. Could we find 10 minutes for a short call at a time that suits you later this week?"',
      `Your questions, one at a time, listening more than talking:\n${numbered}`,
      `Closing: "Thank you, this is really helpful. ${future}"`,
      'Afterwards: write down what they said, in their words, and log it as feedback.',
    );
    to = chosen?.phone ?? decision.recipient?.phone ?? null;
  } else {
    const parts = [
      thanks,
      pick(t.requestNotContesting, seed, 'contest')(v),
      `${ask}\n\n${numbered}`,
      pick(t.requestCall, seed, 'call')(v),
      future,
      pick(t.requestClosings, seed, 'closing')(v),
    ];
    if (channel === 'letter') {
      const named = Boolean(v.first);
      body = paragraphs(
        [v.user, context.userEmail].filter(Boolean).join('\n'),
        formatLetterDate(context.now, context.timeZone),
        // An agency recruiter works at the agency, not at the company that turned the application down.
        [
          recipientName ?? 'The Recruitment Team',
          (chosen?.role === 'agency_recruiter' ? context.application.agency?.trim() : null) ||
            chosen?.company?.trim() ||
            v.company,
        ].join('\n'),
        t.formalGreeting(v),
        ...parts,
        t.signed(`${named ? 'Yours sincerely' : 'Yours faithfully'},`, v.user),
      );
      subject = plainSubject;
    } else {
      const signOffs = t.signOffsAfter(parts.filter((part) => typeof part === 'string').at(-1));
      body = paragraphs(pick(t.greetings, seed, 'greeting')(v), ...parts, pick(signOffs, seed, 'signoff')(v));
      const sameThread = sameRecipient && decision.channel?.channel === 'email' && Boolean(decision.channel.threadRef);
      subject = sameThread
        ? (decision.channel?.subject ?? replySubject(context.rejection?.email?.subject))
        : sameRecipient && decision.channel?.subject
          ? decision.channel.subject
          : plainSubject;
      subject ??= plainSubject;
      threadRef = sameThread ? (decision.channel?.threadRef ?? null) : null;
      to = sameRecipient
        ? (decision.channel?.to ?? chosen?.email ?? decision.recipient?.email ?? null)
        : (chosen?.email ?? null);
    }
  }
  const reasons: string[] = [];
  if (!decision.shouldAsk) reasons.push(`Not recommended: ${decision.reason}`);
  else reasons.push(decision.reason);
  if (chosen && options.contactId) reasons.push(`To ${chosen.name}, as you chose.`);
  else if (decision.recipient) reasons.push(decision.recipient.reason);
  if (options.channel && options.channel !== decided)
    reasons.push(`As a ${options.channel === 'phone' ? 'phone script' : options.channel}, as you chose.`);
  else if (decision.channel) reasons.push(decision.channel.reason);
  if (decision.timing) reasons.push(decision.timing.reason);
  reasons.push(
    ...questionReasons,
    'It thanks them, says plainly you are not contesting the decision, asks specific open questions rather than a general "why", offers a 10-minute call and asks to be kept in mind.',
    ...decision.notes,
  );
  return {
    kind: 'feedback-request',
    channel,
    to,
    contactId: chosen?.id ?? decision.recipient?.contactId ?? null,
    recipientName,
    subject,
    body,
    threadRef,
    dueAt: decision.timing?.dueAt ?? null,
    reasons,
  };
}

// ——— Nudge ———

function latestRequest(context: DraftContext): Message | undefined {
  return [...(context.messages ?? [])]
    .filter((message) => message.kind === 'feedback-request' && message.applicationId === context.application.id)
    .sort((a, b) => toMs(b.sentAt ?? b.createdAt) - toMs(a.sentAt ?? a.createdAt))[0];
}

/**
 * Whether to send the nudge now, in the words of the draft's reasons: a nudge drafted when it is not time (no
 * reply due yet, a reply already in, weeks gone) says so first, as the feedback request does.
 */
function nudgeAdvice(decision: ReturnType<typeof decideNudge>): string {
  switch (decision.action) {
    case 'done':
      return decision.reason === 'They replied.'
        ? 'Not recommended: they have replied to your request, so there is nothing to chase; thank them for what they said instead.'
        : `Not recommended: ${decision.reason}`;
    case 'close':
      return `Not recommended: ${decision.reason}`;
    case 'wait':
    case 'not_sent':
      return `Not yet: ${decision.reason}`;
    default:
      return decision.reason;
  }
}

function draftNudge(context: DraftContext, options: DraftOptions): Draft {
  const request = latestRequest(context);
  if (!request) throw new ValidationError('A nudge follows a feedback request: record the request first.');
  const contact = contactById(context, options.contactId ?? request.contactId);
  const seed = options.seed ?? contact?.id ?? request.id;
  const sentAt = request.sentAt ?? request.createdAt;
  const v = vars(context, contact ?? null, dayPhrase(sentAt, context.now, context.timeZone));
  const way: t.RequestWay = request.channel === 'phone' || request.channel === 'letter' ? request.channel : 'email';
  // A written nudge is the lighter touch, so it goes by email when there is an address; a request made by phone
  // to someone with only a number is followed up by phone.
  const recordedTo = request.recipient?.trim() || null;
  const email = contact?.email ?? (recordedTo?.includes('@') ? recordedTo : null);
  const phone = contact?.phone ?? (recordedTo && !recordedTo.includes('@') ? recordedTo : null);
  const channel: MessageChannel = email || !phone ? 'email' : 'phone';
  const [point] = weakestPoints(debriefsOf(context), 1);
  // A short noun phrase only: a concern noted as a sentence ("They worried I…") does not fit "especially on …".
  const topic =
    point && (point.source !== 'question' || point.question?.probedFor) && !isSentenceLike(point.concern ?? '')
      ? point.label
      : null;
  const nudgeText = pick(t.nudgeBodies, seed, 'body')(v, topic, way);
  const thanks = `Thank you again, and ${pick(['best wishes', 'all the best', 'warm wishes'], seed, 'wish')} to you and the team.`;
  const body =
    channel === 'phone'
      ? paragraphs(
          `Phone script: call ${contact?.name ?? 'them'}${phone ? ` on ${phone}` : ''}. Keep it short: one follow-up, no pressure.`,
          `"Hello${v.first ? ` ${v.first}` : ''}, ${v.user ? `this is ${v.user}` : 'I am calling about my feedback request'}. ${nudgeText.replace(/^I hope [^.]+\. /, '')} If now is not a good time, could we find 10 minutes later this week?"`,
          `Closing: "${thanks}"`,
        )
      : paragraphs(
          pick(t.greetings, seed, 'greeting')(v),
          nudgeText,
          pick(t.nudgeCall, seed, 'call')(v),
          thanks,
          v.user,
        );
  const nudges = (context.messages ?? []).filter(
    (message) => message.kind === 'nudge' && message.parentMessageId === request.id,
  );
  const sentNudge = nudges.find((message) => message.sentAt);
  const decision = decideNudge(request, sentNudge ?? null, context.now, context.timeZone);
  const inThread = way === 'email' && channel === 'email' && Boolean(request.threadRef || request.subject);
  const reasons = [
    inThread
      ? `A reply in the same thread as your request${request.subject ? ` ("${request.subject}")` : ''}, so they see what it is about at once.`
      : way === 'email'
        ? 'A short email that says which request it follows, so they see what it is about at once.'
        : channel === 'phone'
          ? `You asked by ${way === 'phone' ? 'phone' : 'letter'} and only a phone number is known, so the follow-up is a short call.`
          : `You asked by ${way === 'phone' ? 'phone' : 'letter'}; a short email is the lightest way to follow up, and it names the ${way === 'phone' ? 'call' : 'letter'} it follows.`,
    nudgeAdvice(decision),
    'One nudge only, kind and short, with no deadline; if it goes unanswered, close the request as "no reply" and move on.',
  ];
  if (sentNudge) reasons.unshift('Not recommended: you have already sent your one nudge.');
  const missing = channel === 'email' && !email ? missingAddress(contact, 'email') : null;
  if (missing) reasons.push(missing);
  return {
    ...baseDraft('nudge', channel, contact),
    to: channel === 'phone' ? phone : email,
    subject:
      channel === 'phone'
        ? null
        : ((inThread ? replySubject(request.subject) : null) ??
          `Following up: feedback on my ${t.stageNoun(v)} for the ${v.role} role`),
    threadRef: inThread ? (request.threadRef ?? null) : null,
    body,
    dueAt: decision.dueAt,
    reasons,
  };
}

// ——— Replies to feedback ———

function chosenFeedback(context: DraftContext, feedbackId?: string): Feedback | undefined {
  const all = context.feedback ?? [];
  if (feedbackId) return all.find((feedback) => feedback.id === feedbackId);
  return [...all].sort((a, b) => toMs(b.receivedAt) - toMs(a.receivedAt))[0];
}

const categoryPhrases: Partial<Record<FeedbackCategory, string>> = {
  skills: 'the technical depth you were looking for',
  experience: 'the level of experience the role needs',
  answers: 'the structure of my answers',
  communication: 'the way I communicated',
  preparation: 'my preparation',
  conduct: 'how I came across',
};

function feedbackContact(context: DraftContext, feedback: Feedback | undefined, options: DraftOptions) {
  const contact = contactById(context, options.contactId ?? feedback?.contactId);
  return { contact, name: contact?.name ?? feedback?.fromName ?? null };
}

function draftFeedbackReply(context: DraftContext, options: DraftOptions): Draft {
  const feedback = chosenFeedback(context, options.feedbackId);
  if (!feedback) throw new ValidationError('A thank-you for feedback needs the feedback: log it first.');
  const { contact, name } = feedbackContact(context, feedback, options);
  const seed = options.seed ?? contact?.id ?? feedback.id;
  const v = vars(context, { name, greetAs: contact?.greetAs });
  const categories = feedback.analysis?.categories ?? [];
  const category = categories.find((candidate) => categoryPhrases[candidate]);
  // "The position is on hold", "we do not give feedback": nothing to work on, and the reply should not say so.
  const notAboutYou =
    !category && categories.some((candidate) => candidate === 'role_change' || candidate === 'no_feedback');
  const specific = notAboutYou ? undefined : feedback.analysis?.specifics[0];
  const focus = specific ?? (category ? categoryPhrases[category] : undefined);
  const thanks = notAboutYou
    ? `${pick(t.feedbackReplyUpdateThanks, seed, 'thanks')(v)} ${
        categories.includes('role_change')
          ? pick(t.feedbackReplyRoleChange, seed, 'general')(v)
          : pick(t.feedbackReplyNoFeedback, seed, 'general')(v)
      }`
    : `${pick(t.feedbackReplyThanks, seed, 'thanks')(v)} ${focus ? pick(t.feedbackReplySpecific, seed, 'specific')(focus) : pick(t.feedbackReplyGeneral, seed, 'general')(v)}`;
  const closing = pick(t.feedbackReplyClosings, seed, 'closing')(v);
  const body = paragraphs(
    pick(t.greetings, seed, 'greeting')(v),
    thanks,
    closing,
    pick(t.signOffsAfter(closing), seed, 'signoff')(v),
  );
  return {
    ...baseDraft('feedback-reply', 'email', contact),
    recipientName: name,
    subject: 'Thank you for your feedback',
    body,
    reasons: [
      `To ${name ?? 'the person who gave the feedback'}, who took the time many employers do not.`,
      'Short and genuine, with no arguing or explaining: a gracious reply is the only right answer to feedback, and it keeps the door open.',
      notAboutYou
        ? 'The reply is about the role or is a standard one, not about you: the thank-you is for answering, and does not pretend it gave you something to work on.'
        : focus
          ? `Names ${focus} so they know it landed.`
          : 'The feedback names nothing specific to thank them for; consider the follow-up question draft.',
      'Send it within a day or two.',
    ],
  };
}

function draftFollowUpQuestion(context: DraftContext, options: DraftOptions): Draft {
  const feedback = chosenFeedback(context, options.feedbackId);
  // "To make the most of your feedback" needs feedback to have come: without it, this would thank them for
  // something they never sent.
  if (!feedback) throw new ValidationError('A follow-up question follows feedback: log the feedback first.');
  const { contact, name } = feedbackContact(context, feedback, options);
  const seed = options.seed ?? contact?.id ?? feedback.id;
  const v = vars(context, { name, greetAs: contact?.greetAs });
  const [point] = weakestPoints(debriefsOf(context), 1);
  const passesOn = contact?.role === 'agency_recruiter' || contact?.role === 'referrer';
  // The analysis's question stands alone, thanks first ("Thank you for letting me know. If you are able…"); in
  // this draft, which thanks them in its opening, a second thank-you in front of the question would repeat it.
  const proposed = feedback.analysis?.followUpQuestion
    ?.trim()
    .replace(/^(?:(?:thank you|thanks)\b[^.!?]*[.!]\s+)+/i, '');
  let question =
    (proposed ? `${proposed.charAt(0).toUpperCase()}${proposed.slice(1)}` : '') ||
    (point
      ? questionFor(point, { company: v.company, seed, ...readerOf(context, contact, passesOn)(point) })
      : 'Which one area would you suggest I focus on first before applying for a similar role?');
  // A question ending in a quoted question ("…the question "How do you prioritise?"") already ends with one.
  if (!/\?"?$/.test(question)) question = `${question.replace(/[.!]+$/, '')}?`;
  const body = paragraphs(
    pick(t.greetings, seed, 'greeting')(v),
    `${pick(t.followUpOpenings, seed, 'opening')(v)} ${pick(t.followUpBridges, seed, 'bridge')(v)}`,
    question,
    pick(t.followUpClosings, seed, 'closing')(v),
    // It has thanked them once already: a "With thanks" under it would be the second.
    pick(
      t.signOffs.filter((signOff) => !/thank/i.test(signOff(v))),
      seed,
      'signoff',
    )(v),
  );
  const vague = feedback.analysis?.vague;
  return {
    ...baseDraft('follow-up-question', 'email', contact),
    recipientName: name,
    subject: 'A short follow-up on your feedback',
    body,
    reasons: [
      vague === false
        ? 'The feedback already names specifics: a short thank-you may serve you better than another question.'
        : 'The feedback was general, so one polite, specific follow-up question gives them an easy way to say more.',
      feedback.analysis?.followUpQuestion
        ? 'The question is the one the feedback analysis proposed for this reply.'
        : point
          ? `The question comes from the weakest point of your own debrief: ${reasonLabel(point)}.`
          : 'With no debrief to draw on, it asks for the one area to work on first.',
      'Ask once; if the answer does not come, thank them and close it.',
    ],
  };
}

// ——— Keeping the relationship ———

function relationshipContact(context: DraftContext, options: DraftOptions, roles: readonly ContactRole[]) {
  return (
    contactById(context, options.contactId) ??
    context.contacts.find((contact) => contact.connectedWell) ??
    firstOfRoles(context, roles)
  );
}

function strengthOf(context: DraftContext): string | null {
  for (const debrief of debriefsOf(context).reverse()) {
    const best = [...debrief.questions]
      .filter((question) => question.probedFor && (question.rating ?? 0) >= 4)
      .sort((a, b) => (b.rating ?? 0) - (a.rating ?? 0))[0];
    if (best?.probedFor) return inlinePhrase(best.probedFor);
  }
  return null;
}

/**
 * Something this person and the user talked about, to recall in a later note: the best-rated topic from the debrief
 * of the latest interview they sat on. Null for someone who was not in the room (a recruiter), or with no debrief.
 */
function sharedTopic(context: DraftContext, contact: Contact | undefined): string | null {
  if (!contact) return null;
  const theirs = new Set(
    context.interviews.filter((interview) => interview.interviewerIds.includes(contact.id)).map((i) => i.id),
  );
  for (const debrief of debriefsOf(context).reverse()) {
    if (!theirs.has(debrief.interviewId)) continue;
    const best = [...debrief.questions]
      .filter((question) => question.probedFor)
      .sort((a, b) => (b.rating ?? 3) - (a.rating ?? 3))[0];
    if (best?.probedFor) return inlinePhrase(best.probedFor);
  }
  return null;
}

function draftKeepInTouch(context: DraftContext, options: DraftOptions): Draft {
  const contact = relationshipContact(context, options, [
    'hiring_manager',
    'interviewer',
    'recruiter',
    'agency_recruiter',
  ]);
  const seed = options.seed ?? contact?.id ?? context.application.id;
  const v = vars(context, contact ?? null);
  const topic = sharedTopic(context, contact);
  const closing = pick(t.keepInTouchClosings, seed, 'closing')(v);
  const body = paragraphs(
    pick(t.greetings, seed, 'greeting')(v),
    [
      pick(t.keepInTouchBodies, seed, 'body')(v),
      topic ? pick(t.keepInTouchTopics, seed, 'topic')(topic) : null,
      pick(t.keepInTouchUpdates, seed, 'update')(v),
    ]
      .filter(Boolean)
      .join(' '),
    closing,
    pick(t.signOffsAfter(closing), seed, 'signoff')(v),
  );
  const due = contact ? keepInTouchDue(contact) : null;
  const days = contact?.keepInTouchDays ?? 90;
  return {
    ...baseDraft('keep-in-touch', 'email', contact),
    subject: pick(
      [
        v.user ? `Hello from ${v.user}` : 'Hello again',
        'Catching up',
        v.met ? `Staying in touch after the ${v.role} ${t.stageNoun(v)}` : `Staying in touch about ${v.company}`,
      ],
      seed,
      'subject',
    ),
    body,
    dueAt: due,
    reasons: [
      contact
        ? `To ${contact.name}: ${contact.connectedWell ? 'you connected well, and ' : ''}relationships outlive the "no".`
        : 'Add the person you want to stay in touch with.',
      `About every ${Math.round(days / 30)} months: often enough to be remembered, rarely enough not to be a burden.`,
      topic
        ? `Recalls ${topic}, from your debrief of the interview they were in, so the note is about your conversation and no other.`
        : 'Add one thing you talked about, or news of theirs you have seen, so the note could only be to them.',
      'No request in it; add a real update (a project, a course, a result) in your own words before sending.',
    ],
  };
}

function draftOtherOpenings(context: DraftContext, options: DraftOptions): Draft {
  const contact =
    contactById(context, options.contactId) ??
    firstOfRoles(context, ['recruiter', 'agency_recruiter', 'hiring_manager', 'hr']) ??
    context.contacts.find((candidate) => candidate.connectedWell);
  const seed = options.seed ?? contact?.id ?? context.application.id;
  const v = vars(context, contact ?? null);
  const body = paragraphs(
    pick(t.greetings, seed, 'greeting')(v),
    pick(t.otherOpeningsBodies, seed, 'body')(v, strengthOf(context)),
    pick(['Thank you for considering it.', 'Thank you, and I hope to speak again soon.'], seed, 'closing'),
    pick(t.signOffsAfter('Thank you'), seed, 'signoff')(v),
  );
  return {
    ...baseDraft('other-openings', 'email', contact),
    subject: `Other openings at ${v.company}`,
    body,
    reasons: [
      contact
        ? contact.role === 'agency_recruiter'
          ? `To ${contact.name} (${roleNames[contact.role]}), who recruits for ${v.company} and hears of its openings.`
          : `To ${contact.name} (${roleNames[contact.role]}), who sees the openings across ${v.company}.`
        : 'Add the recruiter so the draft can be addressed.',
      'You already know the people and the process, and a nearby role may suit you better than the one you missed.',
    ],
  };
}

function metInInterview(context: DraftContext, contactId: string): boolean {
  return heldInterviews(context).some((interview) => attended(context, interview, contactId));
}

/** Why this person is worth asking for an introduction, without claiming they saw work they did not. */
function referralWhy(context: DraftContext, contact: Contact): string {
  if (metInInterview(context, contact.id)) return 'who has seen your work up close';
  if (contact.role === 'agency_recruiter') return 'who knows your background and who is hiring';
  if (contact.role === 'referrer') return 'who already vouched for you once';
  return 'who knows your application';
}

function draftReferralRequest(context: DraftContext, options: DraftOptions): Draft {
  const contact = relationshipContact(context, options, [
    'agency_recruiter',
    'hiring_manager',
    'interviewer',
    'recruiter',
  ]);
  const seed = options.seed ?? contact?.id ?? context.application.id;
  const v = vars(context, contact ?? null);
  const body = paragraphs(
    pick(t.greetings, seed, 'greeting')(v),
    pick(t.referralBodies, seed, 'body')(v),
    pick(t.referralEasyOut, seed, 'easy')(v),
    pick(['Thank you for thinking about it.', 'Thank you, and all the best.'], seed, 'closing'),
    pick(t.signOffsAfter('Thank you'), seed, 'signoff')(v),
  );
  return {
    ...baseDraft('referral-request', 'email', contact),
    subject: 'A small request',
    body,
    reasons: [
      contact
        ? `To ${contact.name}, ${referralWhy(context, contact)}${contact.connectedWell ? ', and with whom you connected well' : ''}.`
        : 'Add someone you met in the process so the draft can be addressed.',
      `${contact && metInInterview(context, contact.id) ? 'An introduction from someone who interviewed you' : 'A warm introduction'} is worth more than a cold application; the easy way out keeps it comfortable for them.`,
    ],
  };
}

// ——— Subject access request ———

function draftSubjectAccessRequest(context: DraftContext, options: DraftOptions): Draft {
  const region = context.region ?? regionFromTimeZone(context.timeZone);
  const law =
    region === 'uk'
      ? 'Article 15 of the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018'
      : 'Article 15 of the General Data Protection Regulation (GDPR)';
  const app = context.application;
  // Dates as the company recorded them: in the interview's own zone.
  const interviewDays = [
    ...new Set(
      heldInterviews(context)
        .sort((a, b) => toMs(a.startsAt) - toMs(b.startsAt))
        .map((interview) => formatLetterDate(interview.startsAt, interviewZone(interview, context.timeZone))),
    ),
  ];
  const role = roleInSentence(app.role);
  const contact = contactById(context, options.contactId);
  const name = userNameOf(context) || namePlaceholder;
  const details = [
    `Name: ${name}`,
    context.userEmail ? `Email address used in my application: ${context.userEmail}` : null,
    role ? `Role applied for: ${app.role}` : null,
    app.appliedAt ? `Date of application: ${formatLetterDate(app.appliedAt, context.timeZone)}` : null,
    interviewDays.length > 0
      ? `Interview ${interviewDays.length > 1 ? 'dates' : 'date'}: ${joinList(interviewDays)}`
      : null,
  ].filter((line): line is string => line !== null);
  const body = paragraphs(
    contact ? `Dear ${contact.name},` : 'Dear Data Protection Officer,',
    `Subject access request: ${name}`,
    `I am writing to make a subject access request under ${law}. I am asking for a copy of the personal data that ${app.company} holds about me in connection with my application for the ${role} role.`,
    [
      'In particular, please provide:',
      interviewFacts(context).met
        ? `1. the notes taken by the interviewers during and after my ${interviewFacts(context).interviews > 1 ? 'interviews' : 'interview'};`
        : '1. any notes or comments made when my application was screened, including any automated assessment;',
      '2. any scores, ratings, assessment forms or test results recorded about me;',
      '3. any internal emails or messages in which my application was discussed;',
      '4. the purposes of the processing, the recipients of the data and how long it will be kept.',
    ].join('\n'),
    `To help you locate the data, my details are:\n${details.join('\n')}`,
    'I understand that you have one month from receipt of this request to respond. If you need any further information to confirm my identity or to find the data, please let me know.',
    'Thank you for your help.',
    `Yours ${contact ? 'sincerely' : 'faithfully'},\n${name}`,
  );
  const reasons = [
    'A last, formal resort when feedback is not coming: the right of access covers interview notes and scores, which often say more than a polite rejection.',
    "Send it to the company's data protection contact, usually named in its privacy notice; keep a copy and note the date you sent it.",
    'They have one month to respond (extendable in complex cases); the request is free of charge.',
  ];
  if (region === 'other') {
    reasons.unshift(
      'Check first: this right exists in the UK and the EU (and similar rights elsewhere); it may not apply where you or the employer are based.',
    );
  }
  return {
    ...baseDraft('subject-access-request', 'email', contact),
    to: contact?.email ?? null,
    subject: `Subject access request: ${name}`,
    body,
    reasons,
  };
}

/** Each reason once: a "Not recommended: …" warning already says what the same plain reason would. */
function distinctReasons(reasons: readonly string[]): string[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = reason.replace(/^Not recommended: /, '').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const drafters: Record<DraftKind, (context: DraftContext, options: DraftOptions) => Draft> = {
  'thank-you': draftThankYou,
  'influence-letter': draftInfluenceLetter,
  'feedback-request': draftFeedbackRequest,
  nudge: draftNudge,
  'feedback-reply': draftFeedbackReply,
  'follow-up-question': draftFollowUpQuestion,
  'keep-in-touch': draftKeepInTouch,
  'other-openings': draftOtherOpenings,
  'referral-request': draftReferralRequest,
  'subject-access-request': draftSubjectAccessRequest,
};

/**
 * Drafts a message of the given kind from the stored data, with the reasons it is shaped so. Pure: the same
 * context, options and seed always give the same text. Throws a `ValidationError` when the data it needs is
 * missing (a thank-you without an interview, a nudge without a request).
 *
 * @example
 * const request = draft('feedback-request', context);
 * request.subject; // 'Re: Your application for Backend Engineer'
 * request.reasons; // ['You met people in a human interview…', 'Sam Taylor sent the rejection…', …]
 */
export function draft(kind: DraftKind, context: DraftContext, options: DraftOptions = {}): Draft {
  const drafter = drafters[kind];
  if (!drafter) throw new ValidationError(`Nextround cannot draft a message of kind "${kind}".`);
  const made = drafter(context, options);
  // Unusual values (a company ending in "Inc.", a role left as "N/A") must not leave "Inc.." or "the  role".
  const subject = made.subject === null ? null : tidyText(made.subject);
  const result: Draft = {
    ...made,
    subject: subject ? subject.charAt(0).toUpperCase() + subject.slice(1) : subject,
    body: tidyText(made.body),
    reasons: made.reasons.map(tidyText),
  };
  if (!userNameOf(context)) {
    result.reasons.push(
      kind === 'subject-access-request'
        ? `Your name is not set, so the request says "${namePlaceholder}": replace it with your full name (the company needs it to find your data), and set your name in your profile.`
        : 'Your name is not set, so the draft is signed without one: add your name before sending, and set it in your profile.',
    );
  }
  return { ...result, reasons: distinctReasons(result.reasons) };
}
