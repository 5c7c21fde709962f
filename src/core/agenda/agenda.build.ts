import type { TimingRules } from '../decisions/decisions.rules';
import { endOfLocalDay, endOfLocalWeek, type Instant, startOfLocalDay, toIso, toMs } from '../time/time.zone';
import {
  type Emit,
  feedbackRequestRules,
  ghostedRules,
  indexAgendaData,
  interviewRules,
  keepInTouchRules,
  type PendingItem,
  planRules,
  scheduledDraftRules,
  waitingRules,
} from './agenda.rules';
import type { Agenda, AgendaBucket, AgendaData, AgendaItem } from './agenda.types';

interface Pending {
  dueMs: number;
  build: () => PendingItem;
}

/**
 * The `limit` earliest items, in due order (ties keep the order the rules found them in). Only those are
 * sorted: the cut-off comes from a typed-array sort of the due dates, which needs no comparator calls.
 */
function earliest(pending: Pending[], limit: number): Pending[] {
  if (limit === 0) return [];
  if (pending.length > limit * 2) {
    const dues = new Float64Array(pending.length);
    for (let i = 0; i < pending.length; i++) dues[i] = pending[i]?.dueMs ?? 0;
    dues.sort();
    const cutoff = dues[limit - 1] ?? Number.POSITIVE_INFINITY;
    const kept: Pending[] = [];
    for (const entry of pending) if (entry.dueMs <= cutoff) kept.push(entry);
    pending = kept;
  }
  return pending.sort((a, b) => a.dueMs - b.dueMs).slice(0, limit);
}

export interface AgendaOptions {
  /** The user's own timings (e.g. ghosted after 14 days). */
  rules?: Partial<TimingRules>;
  /** 1 = weeks start on Monday (the default), 0 = on Sunday. */
  weekStartsOn?: 0 | 1;
  /**
   * At most this many items per list (default 200), earliest due first; `counts` still tells the whole
   * number. A long-neglected tracker can have thousands of overdue checks, and nobody reads past the first page.
   */
  limit?: number;
}

/**
 * What is due for the user: overdue, today and the rest of this week, in their time zone. Debriefs, thank-you
 * notes, feedback requests, nudges, closing requests as "no reply", keep-in-touch messages, plan steps,
 * ghosted checks and scheduled drafts, each with the reason it is there. One pass over each input (O(n)), so
 * it can run on every request.
 *
 * @example
 * const agenda = buildAgenda(await store.agendaData(userId), new Date(), 'Europe/London');
 * agenda.dueToday.map((item) => item.title); // ['Thank Priya Shah for the technical interview (Acme)', …]
 */
export function buildAgenda(data: AgendaData, now: Instant, timeZone: string, options: AgendaOptions = {}): Agenda {
  const nowMs = toMs(now);
  const todayStart = startOfLocalDay(nowMs, timeZone).getTime();
  const todayEnd = endOfLocalDay(nowMs, timeZone).getTime();
  const weekEnd = endOfLocalWeek(nowMs, timeZone, options.weekStartsOn ?? 1).getTime();
  const limit = Math.max(0, options.limit ?? 200);
  const index = indexAgendaData(data, nowMs, weekEnd, timeZone, options.rules);
  const overdue: Pending[] = [];
  const dueToday: Pending[] = [];
  const thisWeek: Pending[] = [];
  const emit: Emit = (dueMs, build) => {
    // A row with an unreadable date (NaN) has no place on the agenda, and must not break it for the rest.
    if (!(dueMs < weekEnd)) return;
    const pending = { dueMs, build };
    if (dueMs < nowMs) overdue.push(pending);
    else if (dueMs < todayEnd) dueToday.push(pending);
    else thisWeek.push(pending);
  };
  interviewRules(data, index, emit);
  feedbackRequestRules(data, index, emit);
  waitingRules(data, index, emit);
  keepInTouchRules(data, index, emit);
  planRules(data, index, emit);
  ghostedRules(index, emit);
  scheduledDraftRules(data, index, emit);
  const finish = (pending: Pending[], bucket: AgendaBucket): AgendaItem[] =>
    earliest(pending, limit).map(({ dueMs, build }) => {
      const item = build();
      const full: AgendaItem = {
        id: item.id,
        kind: item.kind,
        title: item.title,
        dueAt: toIso(dueMs),
        bucket,
        applicationId: item.applicationId,
        reason: item.reason,
      };
      if (item.contactId !== undefined) full.contactId = item.contactId;
      if (item.messageId !== undefined) full.messageId = item.messageId;
      if (item.interviewId !== undefined) full.interviewId = item.interviewId;
      if (item.actionItemId !== undefined) full.actionItemId = item.actionItemId;
      return full;
    });
  return {
    now: new Date(nowMs).toISOString(),
    timeZone,
    today: { start: new Date(todayStart).toISOString(), end: new Date(todayEnd).toISOString() },
    weekEnd: new Date(weekEnd).toISOString(),
    counts: { overdue: overdue.length, dueToday: dueToday.length, thisWeek: thisWeek.length },
    overdue: finish(overdue, 'overdue'),
    dueToday: finish(dueToday, 'today'),
    thisWeek: finish(thisWeek, 'this_week'),
  };
}
