import type { TimingRules } from '../decisions/decisions.rules';
import { endOfLocalDay, endOfLocalWeek, type Instant, startOfLocalDay, toMs } from '../time/time.zone';
import {
  type Emit,
  feedbackRequestRules,
  ghostedRules,
  indexAgendaData,
  interviewRules,
  keepInTouchRules,
  planRules,
  scheduledDraftRules,
  waitingRules,
} from './agenda.rules';
import type { Agenda, AgendaData, AgendaItem } from './agenda.types';

export interface AgendaOptions {
  /** The user's own timings (e.g. ghosted after 14 days). */
  rules?: Partial<TimingRules>;
  /** 1 = weeks start on Monday (the default), 0 = on Sunday. */
  weekStartsOn?: 0 | 1;
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
  const index = indexAgendaData(data, nowMs, weekEnd, timeZone, options.rules);
  const overdue: (AgendaItem & { dueMs: number })[] = [];
  const dueToday: (AgendaItem & { dueMs: number })[] = [];
  const thisWeek: (AgendaItem & { dueMs: number })[] = [];
  const emit: Emit = (item) => {
    if (item.dueMs >= weekEnd) return;
    const bucket = item.dueMs < nowMs ? 'overdue' : item.dueMs < todayEnd ? 'today' : 'this_week';
    const full = { ...item, dueAt: new Date(item.dueMs).toISOString(), bucket } as const;
    (bucket === 'overdue' ? overdue : bucket === 'today' ? dueToday : thisWeek).push(full);
  };
  interviewRules(data, index, emit);
  feedbackRequestRules(data, index, emit);
  waitingRules(data, index, emit);
  keepInTouchRules(data, index, emit);
  planRules(data, index, emit);
  ghostedRules(index, emit);
  scheduledDraftRules(data, index, emit);
  const finish = (items: (AgendaItem & { dueMs: number })[]): AgendaItem[] =>
    items.sort((a, b) => a.dueMs - b.dueMs || a.id.localeCompare(b.id)).map(({ dueMs: _dueMs, ...item }) => item);
  return {
    now: new Date(nowMs).toISOString(),
    timeZone,
    today: { start: new Date(todayStart).toISOString(), end: new Date(todayEnd).toISOString() },
    weekEnd: new Date(weekEnd).toISOString(),
    overdue: finish(overdue),
    dueToday: finish(dueToday),
    thisWeek: finish(thisWeek),
  };
}
