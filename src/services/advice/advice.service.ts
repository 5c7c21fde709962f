import { z } from 'zod';
import { type Agenda, buildAgenda } from '../../core/agenda';
import type { AgendaData } from '../../core/agenda/agenda.types';
import { agendaToIcs } from '../../core/calendar/calendar.ics';
import { idSchema } from '../../core/common.schema';
import { decideFeedbackRequest, type FeedbackRequestDecision } from '../../core/decisions';
import { type Draft, type DraftContext, draft, draftKinds } from '../../core/drafting';
import { ValidationError } from '../../core/errors';
import { buildInsights, type Insights } from '../../core/insights';
import { addLocalDays, endOfLocalWeek, localDate } from '../../core/time';
import { DebriefEvidenceCache } from '../../store/insights/insights.repository';
import { repositories } from '../../store/store.repositories';
import type { ApplicationDetail, applicationsService } from '../applications/applications.service';
import type { meService } from '../me/me.service';
import { type Actor, keepRecent, parseInput, type ServiceDeps } from '../services.context';

export const draftRequest = z.object({
  kind: z.enum(draftKinds),
  applicationId: idSchema,
  contactId: idSchema.optional(),
  interviewId: idSchema.optional(),
  feedbackId: idSchema.optional(),
  channel: z.enum(['email', 'letter', 'phone']).optional(),
  seed: z.string().max(100).optional(),
});

/** A value derived from a user's data, kept until the data changes (revision) or the local day turns. */
interface Cached<T> {
  revision: number;
  day: string;
  value: T;
}

/**
 * The advice engine over stored data: the agenda, insights, drafts and the feedback-request decision.
 * Agenda data and insights are cached per user against the user's revision, so a busy server recomputes
 * them only after a write; the 1,000 users served most recently keep theirs.
 */
export function adviceService(
  { store, clock }: ServiceDeps,
  applications: ReturnType<typeof applicationsService>,
  me: ReturnType<typeof meService>,
) {
  const read = repositories(store.db);
  const agendaCache = new Map<string, Cached<AgendaData>>();
  // The built agenda too, for the current minute: due times are shown to the minute, and 20 people polling
  // Today then cost one revision read each instead of a rebuild.
  const builtAgendaCache = new Map<string, Cached<Agenda>>();
  const insightsCache = new Map<string, Cached<Insights>>();
  // What insights took from each debrief, per user, so a rebuild after a write parses only changed debriefs. It
  // holds about as much as the debriefs' text (4–5 MB at 10,000 applications), so only the users who asked
  // most recently keep one, up to a total of debriefs; the others rebuild from scratch, with the same result.
  const keptDebriefs = new Map<string, DebriefEvidenceCache>();
  const keptDebriefsLimit = 20_000;

  function debriefsKeptFor(userId: string): DebriefEvidenceCache {
    const kept = keptDebriefs.get(userId) ?? new DebriefEvidenceCache();
    keptDebriefs.delete(userId);
    keptDebriefs.set(userId, kept);
    return kept;
  }

  /** After a load: drops the least recently served users' debriefs while more than the limit are kept. */
  function trimKeptDebriefs() {
    let total = 0;
    for (const kept of keptDebriefs.values()) total += kept.size;
    for (const [userId, kept] of keptDebriefs) {
      if (total <= keptDebriefsLimit) break;
      total -= kept.size;
      keptDebriefs.delete(userId);
    }
  }

  async function cached<T>(cache: Map<string, Cached<T>>, actor: Actor, day: string, load: () => Promise<T>) {
    const revision = await read.users.revision(actor.userId);
    const hit = cache.get(actor.userId);
    if (hit && hit.revision === revision && hit.day === day) return hit.value;
    const value = await load();
    keepRecent(cache, actor.userId, { revision, day, value });
    return value;
  }

  async function draftContext(actor: Actor, detail: ApplicationDetail): Promise<DraftContext> {
    const profile = await me.get(actor);
    const { events, contacts, interviews, debriefs, messages, feedback, actionItems: _items, ...application } = detail;
    const rejection = [...events].reverse().find((event) => event.outcome === 'rejected') ?? null;
    const referrer =
      application.referrerContactId && !contacts.some((c) => c.id === application.referrerContactId)
        ? await read.contacts.rows.get(actor.userId, application.referrerContactId)
        : undefined;
    return {
      userName: profile.name,
      userEmail: profile.email,
      application,
      contacts: referrer ? [...contacts, referrer] : contacts,
      interviews,
      debriefs,
      rejection,
      feedback,
      messages,
      now: clock().toISOString(),
      timeZone: profile.timeZone,
    };
  }

  return {
    /** What is due today, overdue and this week, in the user's time zone. */
    async agenda(actor: Actor, options: { limit?: number } = {}): Promise<Agenda> {
      const now = clock();
      const { timeZone, ghostedAfterDays } = await me.get(actor);
      const day = localDate(now, timeZone);
      const minute = `${now.toISOString().slice(0, 16)}|${options.limit ?? ''}|${timeZone}|${ghostedAfterDays}`;
      // Read before loading: a write that lands meanwhile leaves this entry behind the next revision.
      const revision = await read.users.revision(actor.userId);
      const built = builtAgendaCache.get(actor.userId);
      if (built && built.day === minute && built.revision === revision) return built.value;
      const data = await cached(agendaCache, actor, day, () =>
        read.agenda.load(actor.userId, {
          // A day either side of the window the agenda looks at, so a cached load serves the whole day.
          since: addLocalDays(now, -9, timeZone).toISOString(),
          until: addLocalDays(endOfLocalWeek(now, timeZone), 1, timeZone).toISOString(),
        }),
      );
      const agenda = buildAgenda(data, now, timeZone, {
        rules: { ghostedAfterDays },
        ...(options.limit ? { limit: options.limit } : {}),
      });
      keepRecent(builtAgendaCache, actor.userId, { revision, day: minute, value: agenda });
      return agenda;
    },

    /**
     * The agenda as an iCalendar feed (events with reminders, or to-dos), for the user's calendar app.
     *
     * @example
     * const ics = await advice.agendaIcs(actor, { component: 'VTODO' });
     */
    async agendaIcs(actor: Actor, options: { component?: 'VEVENT' | 'VTODO'; baseUrl?: string } = {}): Promise<string> {
      const agenda = await this.agenda(actor);
      const items = [...agenda.overdue, ...agenda.dueToday, ...agenda.thisWeek].map((item) => ({
        id: item.id,
        kind: item.kind,
        title: item.title,
        dueAt: item.dueAt,
        reason: item.reason,
        url: options.baseUrl && item.applicationId ? `${options.baseUrl}/#/applications/${item.applicationId}` : null,
      }));
      return agendaToIcs(items, {
        now: clock(),
        name: 'Nextround',
        ...(options.component ? { component: options.component } : {}),
      });
    },

    /** Rejections by stage, categories and specifics over time, response rates, and the top three. */
    async insights(actor: Actor): Promise<Insights> {
      const now = clock();
      const { timeZone } = await me.get(actor);
      return cached(insightsCache, actor, localDate(now, timeZone), async () => {
        const data = await read.insights.load(actor.userId, debriefsKeptFor(actor.userId));
        trimKeptDebriefs();
        return buildInsights(data, now, { timeZone });
      });
    },

    /** Whether, whom, through which channel and when to ask for feedback on this application. */
    async recommendation(actor: Actor, applicationId: string): Promise<FeedbackRequestDecision> {
      const context = await draftContext(actor, await applications.detail(actor, applicationId));
      return decideFeedbackRequest(
        {
          application: context.application,
          contacts: context.contacts,
          interviews: context.interviews,
          rejection: context.rejection ?? null,
          messages: context.messages ?? [],
        },
        clock(),
        context.timeZone,
      );
    },

    /**
     * A draft of `kind` for an application, from everything stored about it.
     *
     * @example
     * await advice.draft(actor, { kind: 'thank-you', applicationId, contactId });
     */
    async draft(actor: Actor, input: unknown): Promise<Draft> {
      const request = parseInput(draftRequest, input);
      const context = await draftContext(actor, await applications.detail(actor, request.applicationId));
      for (const [field, id, list] of [
        ['contactId', request.contactId, context.contacts],
        ['interviewId', request.interviewId, context.interviews],
        ['feedbackId', request.feedbackId, context.feedback ?? []],
      ] as const) {
        if (id && !list.some((row) => row.id === id)) {
          throw new ValidationError(`${field}: ${id} does not belong to this application.`);
        }
      }
      const { kind, applicationId: _app, ...options } = request;
      return draft(kind, context, options);
    },
  };
}
