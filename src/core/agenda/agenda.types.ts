import type { Application, StageEvent } from '../applications/applications.schema';
import type { Contact } from '../contacts/contacts.schema';
import type { Debrief, Interview } from '../interviews/interviews.schema';
import type { Message } from '../messages/messages.schema';
import type { ActionItem } from '../plan/plan.schema';

/**
 * The rows the agenda reads, narrowed to the columns it needs so a store can load them in a few cheap,
 * indexed queries. Only open or recent rows matter (see each field); passing more is correct, only slower.
 */
export interface AgendaData {
  /**
   * Applications that are not archived. `lastActivityAt` (the latest stage event, interview or message either
   * way) drives the ghosted check; without it `updatedAt` is used.
   */
  applications: readonly AgendaApplication[];
  /** Interviews that ended in the last 7 days or start before the end of the week. */
  interviews: readonly AgendaInterview[];
  /** The debriefs of those interviews (only which interviews have one). */
  debriefs: readonly Pick<Debrief, 'interviewId'>[];
  /** Contacts of those applications (interviewers, recruiters, referrers) and contacts with a keep-in-touch cadence. */
  contacts: readonly AgendaContact[];
  /** Rejections of the last 8 days. */
  rejections: readonly AgendaRejection[];
  /**
   * Messages still in play: drafts with a due date, feedback requests and nudges without a reply, and the
   * thank-you notes and feedback requests of the applications above (to know what was already sent).
   */
  messages: readonly AgendaMessage[];
  /** Plan items that are open or in progress and have a due date. */
  actionItems: readonly AgendaActionItem[];
}

export type AgendaApplication = Pick<
  Application,
  'id' | 'company' | 'role' | 'outcome' | 'stage' | 'source' | 'agency' | 'referrerContactId' | 'archived' | 'updatedAt'
> & { lastActivityAt?: string | null };
export type AgendaInterview = Pick<
  Interview,
  'id' | 'applicationId' | 'startsAt' | 'durationMinutes' | 'interviewerIds' | 'type' | 'round'
>;
export type AgendaContact = Pick<
  Contact,
  | 'id'
  | 'applicationId'
  | 'name'
  | 'role'
  | 'email'
  | 'phone'
  | 'connectedWell'
  | 'keepInTouchDays'
  | 'lastContactedAt'
  | 'createdAt'
>;
export type AgendaRejection = Pick<
  StageEvent,
  'applicationId' | 'outcome' | 'occurredAt' | 'channel' | 'stage' | 'email'
>;
export type AgendaMessage = Pick<
  Message,
  'id' | 'applicationId' | 'contactId' | 'kind' | 'status' | 'dueAt' | 'sentAt' | 'repliedAt' | 'parentMessageId'
>;
export type AgendaActionItem = Pick<ActionItem, 'id' | 'applicationId' | 'text' | 'nextStep' | 'status' | 'dueAt'>;

export const agendaKinds = [
  'debrief',
  'thank-you',
  'feedback-request',
  'nudge',
  'close-no-reply',
  'keep-in-touch',
  'plan-step',
  'ghosted-check',
  'message',
] as const;
export type AgendaKind = (typeof agendaKinds)[number];

export type AgendaBucket = 'overdue' | 'today' | 'this_week';

export interface AgendaItem {
  /** Stable across requests (e.g. `thank-you:int-1:c-2`), for keys in the UI and UIDs in the iCalendar feed. */
  id: string;
  kind: AgendaKind;
  title: string;
  dueAt: string;
  bucket: AgendaBucket;
  applicationId: string | null;
  contactId?: string;
  messageId?: string;
  interviewId?: string;
  actionItemId?: string;
  reason: string;
}

export interface Agenda {
  now: string;
  timeZone: string;
  /** The user's today, [start, end). */
  today: { start: string; end: string };
  /** The rest of the user's week ends here (exclusive). */
  weekEnd: string;
  /** How many items each list has in full (the lists themselves stop at the `limit` option). */
  counts: { overdue: number; dueToday: number; thisWeek: number };
  overdue: AgendaItem[];
  dueToday: AgendaItem[];
  thisWeek: AgendaItem[];
}
