import type { Application } from '../applications/applications.schema';
import type { Contact } from '../contacts/contacts.schema';
import type { Interview } from '../interviews/interviews.schema';
import type { Message } from '../messages/messages.schema';
import { addBusinessDaysMs, businessDaysBetween } from '../time/time.business';
import { type Instant, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, toIso, toMs } from '../time/time.zone';
import { type TimingRules, timingRules } from './decisions.rules';

type TimedInterview = Pick<Interview, 'startsAt' | 'durationMinutes'>;

/**
 * The instant an interview ends (start plus its planned duration).
 *
 * @example
 * interviewEndMs({ startsAt: '2026-11-24T10:00:00.000Z', durationMinutes: 45 }); // Date.parse('2026-11-24T10:45:00Z')
 */
export function interviewEndMs(interview: TimedInterview): number {
  return toMs(interview.startsAt) + interview.durationMinutes * MS_PER_MINUTE;
}

export interface DebriefTiming {
  /** Best written by: 30 minutes after the interview ends. */
  bestBy: string;
  /** Due by: 24 hours after the interview ends. */
  dueAt: string;
  reason: string;
}

/**
 * When the debrief of an interview is due: within 24 h of its end, best within 30 minutes.
 *
 * @example
 * debriefDue({ startsAt: '2026-11-24T10:00:00Z', durationMinutes: 60 }).dueAt; // '2026-11-25T11:00:00.000Z'
 */
export function debriefDue(interview: TimedInterview, overrides?: Partial<TimingRules>): DebriefTiming {
  const rules = timingRules(overrides);
  const end = interviewEndMs(interview);
  return {
    bestBy: toIso(end + rules.debriefBestMinutes * MS_PER_MINUTE),
    dueAt: toIso(end + rules.debriefDueHours * MS_PER_HOUR),
    reason: `Write it down while it is fresh: best within ${rules.debriefBestMinutes} minutes of the end, at the latest within ${rules.debriefDueHours} hours. The questions, your answers and their concerns feed the thank-you notes and any later feedback request.`,
  };
}

export interface ThankYouTiming {
  dueAt: string;
  /** One note per interviewer, each different. */
  contactIds: string[];
  reason: string;
}

/**
 * When the thank-you notes for an interview are due (within 24 h of its end) and to whom (each interviewer).
 *
 * @example
 * thankYouDue({ startsAt: '2026-11-24T10:00:00Z', durationMinutes: 45, interviewerIds: ['a', 'b'] }).contactIds;
 * // ['a', 'b']
 */
export function thankYouDue(
  interview: TimedInterview & Pick<Interview, 'interviewerIds'>,
  overrides?: Partial<TimingRules>,
): ThankYouTiming {
  const rules = timingRules(overrides);
  return {
    dueAt: toIso(interviewEndMs(interview) + rules.thankYouDueHours * MS_PER_HOUR),
    contactIds: [...new Set(interview.interviewerIds)],
    reason: `A short, personal note to each interviewer within ${rules.thankYouDueHours} hours keeps you in mind while they decide; no group sends, each note different.`,
  };
}

export type NudgeAction = 'not_sent' | 'wait' | 'nudge' | 'close' | 'done';

export interface NudgeDecision {
  action: NudgeAction;
  /** When the next step (the nudge, or closing) falls due; null when nothing is left to do. */
  dueAt: string | null;
  reason: string;
}

type TrackedMessage = Pick<Message, 'status' | 'sentAt' | 'repliedAt'>;

/**
 * The numbers behind `decideNudge` (what to do and when, as epoch ms) without the sentences, for the agenda,
 * which asks this of every open request on every request.
 *
 * @example
 * nudgeTiming(request, null, Date.now(), 'Europe/London', timingRules()); // { action: 'nudge', dueMs: …, nudged: false }
 */
export function nudgeTiming(
  request: TrackedMessage,
  nudge: TrackedMessage | null,
  nowMs: number,
  timeZone: string,
  rules: TimingRules,
): { action: NudgeAction; dueMs: number | null; nudged: boolean } {
  if (request.status === 'replied' || request.repliedAt || nudge?.status === 'replied' || nudge?.repliedAt) {
    return { action: 'done', dueMs: null, nudged: Boolean(nudge?.sentAt) };
  }
  if (request.status === 'closed') return { action: 'done', dueMs: null, nudged: Boolean(nudge?.sentAt) };
  if (!request.sentAt) return { action: 'not_sent', dueMs: null, nudged: false };
  if (nudge?.sentAt) {
    const closeAt = addBusinessDaysMs(nudge.sentAt, rules.closeAfterNudgeBusinessDays, timeZone);
    return { action: nowMs < closeAt ? 'wait' : 'close', dueMs: closeAt, nudged: true };
  }
  const nudgeAt = addBusinessDaysMs(request.sentAt, rules.nudgeAfterBusinessDays, timeZone);
  if (nowMs < nudgeAt) return { action: 'wait', dueMs: nudgeAt, nudged: false };
  const giveUpAt = addBusinessDaysMs(request.sentAt, rules.closeUnnudgedBusinessDays, timeZone);
  if (nowMs >= giveUpAt) return { action: 'close', dueMs: giveUpAt, nudged: false };
  return { action: 'nudge', dueMs: nudgeAt, nudged: false };
}

/**
 * What to do about a feedback request still waiting for a reply: wait, send one polite nudge after 5–7 business
 * days, and after that close it as "no reply", with no judgement.
 *
 * @example
 * decideNudge({ status: 'sent', sentAt: '2026-11-02T10:00:00Z', repliedAt: null }, null, now, 'Europe/London').action;
 */
export function decideNudge(
  request: TrackedMessage,
  nudge: TrackedMessage | null,
  now: Instant,
  timeZone: string,
  overrides?: Partial<TimingRules>,
): NudgeDecision {
  const rules = timingRules(overrides);
  const nowMs = toMs(now);
  const { action, dueMs, nudged } = nudgeTiming(request, nudge, nowMs, timeZone, rules);
  const dueAt = dueMs === null ? null : toIso(dueMs);
  switch (action) {
    case 'done':
      return { action, dueAt, reason: request.status === 'closed' ? 'The request is closed.' : 'They replied.' };
    case 'not_sent':
      return { action, dueAt, reason: 'The request has not been sent yet.' };
    case 'wait':
      return {
        action,
        dueAt,
        reason: nudged
          ? 'You sent your one nudge; give it a few more business days.'
          : `Give them ${rules.nudgeAfterBusinessDays} business days; people are busy, and feedback often needs a word with colleagues first.`,
      };
    case 'close':
      return {
        action,
        dueAt,
        reason: nudged
          ? 'No reply after a request and a nudge: close it as "no reply". Many employers never give feedback, often for legal reasons; it says nothing about you.'
          : 'It has been weeks without a reply: close it as "no reply" and put the energy elsewhere.',
      };
    default: {
      const waited = request.sentAt ? businessDaysBetween(request.sentAt, nowMs, timeZone) : 0;
      return {
        action,
        dueAt,
        reason: `${waited} business days without a reply: one short, polite nudge in the same thread is fine (best within ${rules.nudgeAfterBusinessDays}–${rules.nudgeLatestBusinessDays} business days); after that, let it go.`,
      };
    }
  }
}

export interface GhostedCheck {
  ghosted: boolean;
  /** When silence turns into "ghosted" (or turned). */
  dueAt: string;
  reason: string;
}

/**
 * Whether an open application has gone silent long enough (default 21 days) to count as ghosted.
 *
 * @example
 * ghostedCheck({ outcome: 'open' }, '2026-10-01T10:00:00Z', '2026-11-24T10:00:00Z').ghosted; // true
 */
export function ghostedCheck(
  application: Pick<Application, 'outcome'>,
  lastActivityAt: Instant,
  now: Instant,
  overrides?: Partial<TimingRules>,
): GhostedCheck {
  const rules = timingRules(overrides);
  const dueAt = toMs(lastActivityAt) + rules.ghostedAfterDays * MS_PER_DAY;
  const silentDays = Math.floor((toMs(now) - toMs(lastActivityAt)) / MS_PER_DAY);
  const ghosted = application.outcome === 'open' && toMs(now) >= dueAt;
  return {
    ghosted,
    dueAt: toIso(dueAt),
    reason: ghosted
      ? `No word for ${silentDays} days: mark it as ghosted so it leaves your daily view. It is their silence, not your failure.`
      : `It counts as ghosted after ${rules.ghostedAfterDays} days of silence.`,
  };
}

/**
 * When the next keep-in-touch message to a contact is due: their own cadence (or about every three months)
 * after the last contact. Null when the contact is not in the keep-in-touch list.
 *
 * @example
 * keepInTouchDue({ keepInTouchDays: 90, lastContactedAt: '2026-09-01T09:00:00Z', createdAt: '…' });
 * // '2026-11-30T09:00:00.000Z'
 */
export function keepInTouchDue(
  contact: Pick<Contact, 'keepInTouchDays' | 'lastContactedAt' | 'createdAt'>,
): string | null {
  if (contact.keepInTouchDays === null) return null;
  const since = contact.lastContactedAt ?? contact.createdAt;
  return toIso(toMs(since) + contact.keepInTouchDays * MS_PER_DAY);
}
