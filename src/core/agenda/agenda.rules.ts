import { decideFeedbackRequest, feedbackRequestVerdict } from '../decisions/decisions.feedback-request';
import { type TimingRules, timingRules } from '../decisions/decisions.rules';
import { decideNudge, nudgeTiming } from '../decisions/decisions.timing';
import { formatLocalDateTime } from '../time/time.format';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, toMs } from '../time/time.zone';
import type {
  AgendaApplication,
  AgendaContact,
  AgendaData,
  AgendaInterview,
  AgendaItem,
  AgendaKind,
  AgendaMessage,
} from './agenda.types';

/** How long past due an item stays on the agenda before it is no longer worth doing. */
export const staleAfter = {
  /** A debrief written a week later has lost most of what it would have kept. */
  debriefDays: 7,
  /** A thank-you note three days late reads oddly; let it go. */
  thankYouHours: 72,
} as const;

/** Lookups built once per agenda, so every rule is a single pass over its own rows. */
export interface AgendaIndex {
  nowMs: number;
  /** Items due at or after this instant are beyond the agenda. */
  horizonMs: number;
  timeZone: string;
  rules: TimingRules;
  applications: Map<string, AgendaApplication>;
  contacts: Map<string, AgendaContact>;
  contactsByApplication: Map<string, AgendaContact[]>;
  interviewsByApplication: Map<string, AgendaInterview[]>;
  messagesByApplication: Map<string, AgendaMessage[]>;
  debriefed: Set<string>;
  /** Draft messages a rule has attached to an item, so they are not listed twice. */
  claimedMessages: Set<string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the lookups in one pass over each input, and only for the rows some rule will look up: contacts,
 * interviews and messages by application are kept just for applications with a recent interview or rejection,
 * which keeps the work (and the garbage) small when a store passes more than it needs to.
 */
export function indexAgendaData(
  data: AgendaData,
  nowMs: number,
  horizonMs: number,
  timeZone: string,
  overrides?: Partial<TimingRules>,
): AgendaIndex {
  const rules = timingRules(overrides);
  const index: AgendaIndex = {
    nowMs,
    horizonMs,
    timeZone,
    rules,
    applications: new Map(),
    contacts: new Map(),
    contactsByApplication: new Map(),
    interviewsByApplication: new Map(),
    messagesByApplication: new Map(),
    debriefed: new Set(),
    claimedMessages: new Set(),
  };
  for (const application of data.applications) {
    if (!application.archived) index.applications.set(application.id, application);
  }
  const interviewWindowStart = nowMs - (staleAfter.debriefDays + 2) * MS_PER_DAY;
  const rejectionWindowStart = nowMs - (rules.feedbackRequestLastDays + 1) * MS_PER_DAY;
  const active = new Set<string>();
  const rejected = new Set<string>();
  const wantedContacts = new Set<string>();
  for (const interview of data.interviews) {
    const startMs = toMs(interview.startsAt);
    if (startMs >= interviewWindowStart && startMs < horizonMs) {
      active.add(interview.applicationId);
      for (const id of interview.interviewerIds) wantedContacts.add(id);
    }
  }
  for (const rejection of data.rejections) {
    if (toMs(rejection.occurredAt) >= rejectionWindowStart) {
      active.add(rejection.applicationId);
      rejected.add(rejection.applicationId);
      const referrer = index.applications.get(rejection.applicationId)?.referrerContactId;
      if (referrer) wantedContacts.add(referrer);
    }
  }
  for (const interview of data.interviews) {
    if (rejected.has(interview.applicationId)) push(index.interviewsByApplication, interview.applicationId, interview);
  }
  for (const message of data.messages) {
    if (message.contactId) wantedContacts.add(message.contactId);
    if (message.applicationId && active.has(message.applicationId)) {
      push(index.messagesByApplication, message.applicationId, message);
    }
  }
  for (const contact of data.contacts) {
    if (wantedContacts.has(contact.id)) index.contacts.set(contact.id, contact);
    if (contact.applicationId && rejected.has(contact.applicationId)) {
      push(index.contactsByApplication, contact.applicationId, contact);
    }
  }
  for (const debrief of data.debriefs) index.debriefed.add(debrief.interviewId);
  return index;
}

/** An agenda item before it is placed in a list (its due date and bucket are set there). */
export type PendingItem = Omit<AgendaItem, 'bucket' | 'dueAt'>;

/**
 * Hands an item to the agenda. The item is built lazily: a neglected tracker can have thousands of overdue
 * checks, and only the few that make the capped lists are worth their strings.
 */
export type Emit = (dueMs: number, build: () => PendingItem) => void;

const closedOutcomes = new Set(['withdrawn', 'offer_accepted', 'offer_declined']);

const interviewTypeNames: Record<AgendaInterview['type'], string> = {
  phone_screen: 'phone screen',
  recruiter_screen: 'recruiter screen',
  technical: 'technical interview',
  behavioural: 'behavioural interview',
  case: 'case interview',
  take_home: 'take-home review',
  panel: 'panel interview',
  hiring_manager: 'hiring manager interview',
  final: 'final interview',
  other: 'interview',
};

function isDone(message: AgendaMessage): boolean {
  return message.status === 'sent' || message.status === 'replied' || message.status === 'closed';
}

/** Debriefs and thank-you notes for interviews that ended recently (or end before the horizon). */
export function interviewRules(data: AgendaData, index: AgendaIndex, emit: Emit): void {
  const { nowMs, horizonMs, rules } = index;
  const debriefStale = staleAfter.debriefDays * MS_PER_DAY;
  const thankYouStale = staleAfter.thankYouHours * MS_PER_HOUR;
  for (const interview of data.interviews) {
    const application = index.applications.get(interview.applicationId);
    if (!application || closedOutcomes.has(application.outcome)) continue;
    const endMs = toMs(interview.startsAt) + interview.durationMinutes * MS_PER_MINUTE;
    const kind = interviewTypeNames[interview.type];
    const debriefDueMs = endMs + rules.debriefDueHours * MS_PER_HOUR;
    if (!index.debriefed.has(interview.id) && debriefDueMs < horizonMs && nowMs - debriefDueMs < debriefStale) {
      emit(debriefDueMs, () => ({
        id: `debrief:${interview.id}`,
        kind: 'debrief',
        title: `Debrief your ${kind} at ${application.company}`,
        applicationId: application.id,
        interviewId: interview.id,
        reason: `Best within ${rules.debriefBestMinutes} minutes of the end (${formatLocalDateTime(endMs + rules.debriefBestMinutes * MS_PER_MINUTE, index.timeZone)}), at the latest within ${rules.debriefDueHours} hours, while the questions are fresh: they feed your thank-you notes and any feedback request.`,
      }));
    }
    // After a rejection the feedback request thanks them instead; no thank-you note is chased any more.
    if (application.outcome !== 'open') continue;
    const thankYouDueMs = endMs + rules.thankYouDueHours * MS_PER_HOUR;
    if (thankYouDueMs >= horizonMs || nowMs - thankYouDueMs >= thankYouStale) continue;
    const messages = index.messagesByApplication.get(application.id) ?? [];
    for (const contactId of new Set(interview.interviewerIds)) {
      let draftId: string | undefined;
      let sent = false;
      for (const message of messages) {
        if (message.kind !== 'thank-you' || message.contactId !== contactId) continue;
        if (isDone(message)) sent = true;
        else draftId = message.id;
      }
      if (sent) continue;
      if (draftId) index.claimedMessages.add(draftId);
      const name = index.contacts.get(contactId)?.name ?? 'your interviewer';
      emit(thankYouDueMs, () => ({
        id: `thank-you:${interview.id}:${contactId}`,
        kind: 'thank-you',
        title: `Thank ${name} for the ${kind} (${application.company})`,
        applicationId: application.id,
        contactId,
        interviewId: interview.id,
        messageId: draftId,
        reason: `Within ${rules.thankYouDueHours} hours of the interview, one note per interviewer, each different: it keeps you in mind while they decide.`,
      }));
    }
  }
}

/** Feedback requests for recent rejections, by the rules of `decideFeedbackRequest`. */
export function feedbackRequestRules(data: AgendaData, index: AgendaIndex, emit: Emit): void {
  const { nowMs, rules } = index;
  const lookback = (rules.feedbackRequestLastDays + 1) * MS_PER_DAY;
  for (const rejection of data.rejections) {
    if (rejection.outcome !== 'rejected') continue;
    const rejectedMs = toMs(rejection.occurredAt);
    if (nowMs - rejectedMs > lookback) continue;
    const application = index.applications.get(rejection.applicationId);
    if (!application) continue;
    const messages = index.messagesByApplication.get(application.id) ?? [];
    let draftId: string | undefined;
    let asked = false;
    for (const message of messages) {
      if (message.kind !== 'feedback-request') continue;
      if (isDone(message)) asked = true;
      else draftId = message.id;
    }
    if (asked) continue;
    const contacts = index.contactsByApplication.get(application.id) ?? [];
    const referrer = application.referrerContactId ? index.contacts.get(application.referrerContactId) : undefined;
    const input = {
      application,
      contacts: referrer && !contacts.includes(referrer) ? [...contacts, referrer] : contacts,
      interviews: index.interviewsByApplication.get(application.id) ?? [],
      rejection,
      messages,
    };
    // The cheap verdict decides; the full decision (names, sentences) is only made for items that are shown.
    const { verdict, dueMs } = feedbackRequestVerdict(input, nowMs, index.timeZone, rules);
    if (verdict !== 'ask') continue;
    if (draftId) index.claimedMessages.add(draftId);
    emit(dueMs, () => {
      const decision = decideFeedbackRequest(input, nowMs, index.timeZone, rules);
      const whom = decision.recipient?.name ?? 'your contact';
      return {
        id: `feedback-request:${application.id}`,
        kind: 'feedback-request',
        title: `Ask ${whom} for feedback (${application.company}, ${application.role})`,
        applicationId: application.id,
        contactId: decision.recipient?.contactId ?? undefined,
        messageId: draftId,
        reason: `${decision.timing?.reason ?? ''} ${decision.recipient?.reason ?? ''}`.trim(),
      };
    });
  }
}

/** One nudge after 5–7 business days without a reply, then closing the request as "no reply". */
export function waitingRules(data: AgendaData, index: AgendaIndex, emit: Emit): void {
  const nudgesByParent = new Map<string, AgendaMessage[]>();
  for (const message of data.messages) {
    if (message.kind === 'nudge' && message.parentMessageId) push(nudgesByParent, message.parentMessageId, message);
  }
  for (const request of data.messages) {
    if (request.kind !== 'feedback-request' || request.status !== 'sent' || !request.sentAt || request.repliedAt) {
      continue;
    }
    const nudges = nudgesByParent.get(request.id);
    const sentNudge = nudges?.find((nudge) => nudge.sentAt) ?? null;
    const draftNudge = nudges?.find((nudge) => !nudge.sentAt && nudge.status === 'draft');
    const timing = nudgeTiming(request, sentNudge, index.nowMs, index.timeZone, index.rules);
    if (timing.dueMs === null || timing.action === 'done' || timing.action === 'not_sent') continue;
    const closing = timing.action === 'close' || timing.nudged;
    if (!closing && draftNudge) index.claimedMessages.add(draftNudge.id);
    emit(timing.dueMs, () => {
      const kind: AgendaKind = closing ? 'close-no-reply' : 'nudge';
      const application = request.applicationId ? index.applications.get(request.applicationId) : undefined;
      const whom = request.contactId ? index.contacts.get(request.contactId)?.name : undefined;
      const company = application ? ` (${application.company})` : '';
      return {
        id: `${kind}:${request.id}`,
        kind,
        title: closing
          ? `Close the feedback request${whom ? ` to ${whom}` : ''} as "no reply"${company}`
          : `Nudge ${whom ?? 'them'} once about your feedback request${company}`,
        applicationId: request.applicationId,
        contactId: request.contactId ?? undefined,
        messageId: !closing && draftNudge ? draftNudge.id : request.id,
        reason: closing
          ? 'No reply after a request and one nudge: close it with no judgement. Many employers never give feedback, often for legal reasons. Keep in touch, ask about other openings or for referrals elsewhere instead.'
          : decideNudge(request, sentNudge, index.nowMs, index.timeZone, index.rules).reason,
      };
    });
  }
}

/** Keep-in-touch messages on each contact's cadence. */
export function keepInTouchRules(data: AgendaData, index: AgendaIndex, emit: Emit): void {
  for (const contact of data.contacts) {
    if (contact.keepInTouchDays === null) continue;
    const dueMs = toMs(contact.lastContactedAt ?? contact.createdAt) + contact.keepInTouchDays * MS_PER_DAY;
    if (dueMs >= index.horizonMs) continue;
    const application = contact.applicationId ? index.applications.get(contact.applicationId) : undefined;
    emit(dueMs, () => ({
      id: `keep-in-touch:${contact.id}`,
      kind: 'keep-in-touch',
      title: `Keep in touch with ${contact.name}${application ? ` (${application.company})` : ''}`,
      applicationId: contact.applicationId,
      contactId: contact.id,
      reason: `Your cadence with ${contact.name} is every ${contact.keepInTouchDays} days: a short, friendly update keeps the relationship that outlives the "no".`,
    }));
  }
}

/** The next step of each open plan item with a due date. */
export function planRules(data: AgendaData, index: AgendaIndex, emit: Emit): void {
  for (const item of data.actionItems) {
    if ((item.status !== 'open' && item.status !== 'doing') || !item.dueAt) continue;
    const dueMs = toMs(item.dueAt);
    if (dueMs >= index.horizonMs) continue;
    emit(dueMs, () => ({
      id: `plan-step:${item.id}`,
      kind: 'plan-step',
      title: item.nextStep ?? item.text,
      applicationId: item.applicationId,
      actionItemId: item.id,
      reason: item.nextStep ? `Next step for your plan item "${item.text}".` : 'A step in your plan: make a start.',
    }));
  }
}

/** Open applications silent for long enough to count as ghosted. */
export function ghostedRules(index: AgendaIndex, emit: Emit): void {
  const after = index.rules.ghostedAfterDays * MS_PER_DAY;
  for (const application of index.applications.values()) {
    if (application.outcome !== 'open') continue;
    const lastMs = toMs(application.lastActivityAt ?? application.updatedAt);
    const dueMs = lastMs + after;
    if (dueMs >= index.horizonMs) continue;
    const silentDays = Math.floor((index.nowMs - lastMs) / MS_PER_DAY);
    emit(dueMs, () => ({
      id: `ghosted-check:${application.id}`,
      kind: 'ghosted-check',
      title: `No word from ${application.company} (${application.role}) for ${Math.max(silentDays, index.rules.ghostedAfterDays)} days: mark it as ghosted?`,
      applicationId: application.id,
      reason: `After ${index.rules.ghostedAfterDays} days of silence it counts as ghosted: closing it takes it out of your daily view. It is their silence, not your failure.`,
    }));
  }
}

const kindTitles: Partial<Record<AgendaMessage['kind'], string>> = {
  'influence-letter': 'Send your influence letter',
  'feedback-reply': 'Thank them for the feedback',
  'follow-up-question': 'Send your follow-up question',
  'keep-in-touch': 'Send your keep-in-touch message',
  'other-openings': 'Ask about other openings',
  'referral-request': 'Ask for an introduction',
  'subject-access-request': 'Send your subject access request',
};

/** Drafts the user scheduled themselves, unless a rule above already listed them. */
export function scheduledDraftRules(data: AgendaData, index: AgendaIndex, emit: Emit): void {
  for (const message of data.messages) {
    if (message.status !== 'draft' || !message.dueAt || index.claimedMessages.has(message.id)) continue;
    const dueMs = toMs(message.dueAt);
    if (dueMs >= index.horizonMs) continue;
    const application = message.applicationId ? index.applications.get(message.applicationId) : undefined;
    if (message.applicationId && !application) continue;
    const name = message.contactId ? index.contacts.get(message.contactId)?.name : undefined;
    emit(dueMs, () => ({
      id: `message:${message.id}`,
      kind: 'message',
      title: `${kindTitles[message.kind] ?? `Send your ${message.kind} draft`}${name ? ` to ${name}` : ''}${application ? ` (${application.company})` : ''}`,
      applicationId: message.applicationId,
      messageId: message.id,
      contactId: message.contactId ?? undefined,
      reason: 'You scheduled this draft; proofread it and send it.',
    }));
  }
}
