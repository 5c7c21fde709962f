import type { Application, StageEvent } from '../applications/applications.schema';
import type { Contact } from '../contacts/contacts.schema';
import type { Region } from '../decisions/decisions.alternatives';
import type { Feedback } from '../feedback/feedback.schema';
import type { Debrief, Interview } from '../interviews/interviews.schema';
import type { Message, MessageChannel, MessageKind } from '../messages/messages.schema';

/** The kinds of message the engine drafts (every message kind but `other`). */
export type DraftKind = Exclude<MessageKind, 'other'>;

export const draftKinds = [
  'thank-you',
  'influence-letter',
  'feedback-request',
  'nudge',
  'feedback-reply',
  'follow-up-question',
  'keep-in-touch',
  'other-openings',
  'referral-request',
  'subject-access-request',
] as const satisfies readonly DraftKind[];

/**
 * Everything a draft may draw on, for one application. The service loads it; the engine only reads it.
 * `now` and `timeZone` make "today", "on Tuesday" and the due dates right for the user.
 */
export interface DraftContext {
  /** The user's name, which signs the drafts; empty or null when they have not set one (no name is invented). */
  userName: string | null;
  userEmail?: string | null;
  application: Application;
  /** The application's contacts (interviewers, recruiter, agency recruiter…) and the referrer, if any. */
  contacts: readonly Contact[];
  interviews: readonly Interview[];
  debriefs: readonly Debrief[];
  /** The rejection event, when there is one (how it came: channel, sender, subject, Message-ID). */
  rejection?: StageEvent | null;
  feedback?: readonly Feedback[];
  /** Messages already written for the application (the request a nudge follows, thank-you notes sent…). */
  messages?: readonly Message[];
  now: string;
  timeZone: string;
  /** For the subject access request; guessed from the time zone when absent. */
  region?: Region;
}

export interface DraftOptions {
  /** Whom to write to, instead of the engine's own choice. */
  contactId?: string;
  /** Which interview a thank-you note or an influence letter is about (default: the latest). */
  interviewId?: string;
  /** Which feedback a reply or follow-up question answers (default: the latest). */
  feedbackId?: string;
  /** A channel other than the engine's choice (a feedback request as a letter or a phone script). */
  channel?: Extract<MessageChannel, 'email' | 'letter' | 'phone'>;
  /** Varies the phrasing deterministically; defaults to the recipient's contact id. */
  seed?: string;
}

export interface Draft {
  kind: DraftKind;
  channel: MessageChannel;
  /** The address (or phone number) to send to, when known. */
  to: string | null;
  contactId: string | null;
  recipientName: string | null;
  subject: string | null;
  body: string;
  /** The Message-ID to reply to, so the message lands in the same thread. */
  threadRef: string | null;
  /** When it should go out, if the etiquette says so. */
  dueAt: string | null;
  /** Why it is shaped so: whom, which channel, when, which questions and why. */
  reasons: string[];
}
