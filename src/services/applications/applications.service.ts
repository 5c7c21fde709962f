import {
  type Application,
  type ApplicationPatch,
  applicationInput,
  applicationListQuery,
  applicationPatch,
  type NewStageEvent,
  type StageEvent,
  stageEventInput,
} from '../../core/applications/applications.schema';
import type { Page } from '../../core/common.schema';
import type { Contact } from '../../core/contacts/contacts.schema';
import type { Feedback } from '../../core/feedback/feedback.schema';
import { newId } from '../../core/ids';
import type { Debrief, Interview } from '../../core/interviews/interviews.schema';
import type { Message } from '../../core/messages/messages.schema';
import type { ActionItem } from '../../core/plan/plan.schema';
import { type Repositories, repositories } from '../../store/store.repositories';
import {
  type Actor,
  found,
  ownedContact,
  parseInput,
  RevisionCache,
  type ServiceDeps,
  write,
} from '../services.context';

/** An application with everything that hangs off it: what the application screen shows. */
export interface ApplicationDetail extends Application {
  events: StageEvent[];
  contacts: Contact[];
  interviews: Interview[];
  debriefs: Debrief[];
  messages: Message[];
  feedback: Feedback[];
  actionItems: ActionItem[];
}

export function applicationsService({ store, clock }: ServiceDeps) {
  const read = repositories(store.db);
  const totals = new RevisionCache<number>();
  // Whole pages too, a few per user: the list screen asks for the same first page again and again between
  // writes (every visit, every tab). Building one costs ~0.3 ms of CPU for 50 rows, most of it SQLite making
  // 750 values into JavaScript strings; a kept page costs one revision read. Bounded: 8 pages for each of 64 users.
  const pages = new RevisionCache<Page<Application>>(64, 8);

  return {
    /**
     * Adds an application and its first stage event, in one transaction.
     *
     * @example
     * await applications.create(actor, { company: 'Northwind', role: 'Data Analyst' });
     */
    async create(actor: Actor, input: unknown): Promise<Application> {
      const values = parseInput(applicationInput, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        await ownedContact(repos, actor, values.referrerContactId);
        const application: Application = {
          id: newId(),
          userId: actor.userId,
          ...values,
          createdAt: now,
          updatedAt: now,
        };
        await repos.applications.rows.insert(application);
        await repos.applications.events.insert(firstEvent(application, values.appliedAt ?? now, now));
        return application;
      });
    },

    async list(actor: Actor, query: unknown): Promise<Page<Application>> {
      const parsed = parseInput(applicationListQuery, query ?? {});
      // Counting every match costs as much as reading the page (≈0.45 ms each with 10,000 applications) and
      // changes only with a write, so the total is kept against the revision that every write bumps.
      const { limit, offset, ...filters } = parsed;
      return pages.get(read.users, actor.userId, JSON.stringify(parsed), async () => {
        const [items, total] = await Promise.all([
          read.applications.page(actor.userId, parsed),
          totals.get(read.users, actor.userId, JSON.stringify(filters), () =>
            read.applications.count(actor.userId, parsed),
          ),
        ]);
        return { items, total, limit, offset };
      });
    },

    async get(actor: Actor, id: string): Promise<Application> {
      return found(await read.applications.rows.get(actor.userId, id), 'application', id);
    },

    /** The application with its events, contacts, interviews, debriefs, messages, feedback and plan items. */
    async detail(actor: Actor, id: string): Promise<ApplicationDetail> {
      const application = found(await read.applications.rows.get(actor.userId, id), 'application', id);
      const [events, contacts, interviews, messages, feedback, actionItems] = await Promise.all([
        read.applications.eventsOf(actor.userId, id),
        read.contacts.ofApplication(actor.userId, id),
        read.interviews.ofApplication(actor.userId, id),
        read.messages.ofApplication(actor.userId, id),
        read.feedback.ofApplication(actor.userId, id),
        read.plan.ofApplication(actor.userId, id),
      ]);
      const debriefs = await read.interviews.debriefsOfInterviews(
        actor.userId,
        interviews.map((interview) => interview.id),
      );
      return { ...application, events, contacts, interviews, debriefs, messages, feedback, actionItems };
    },

    /** Changes fields; a change of stage or outcome is also appended to the history as an event. */
    async update(actor: Actor, id: string, input: unknown): Promise<Application> {
      const patch: ApplicationPatch = parseInput(applicationPatch, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        const current = found(await repos.applications.rows.get(actor.userId, id), 'application', id);
        if (patch.referrerContactId) await ownedContact(repos, actor, patch.referrerContactId);
        const next: Application = { ...current, ...patch, updatedAt: now };
        await repos.applications.rows.replace(next);
        const stageChanged = patch.stage !== undefined && patch.stage !== current.stage;
        const outcomeChanged = patch.outcome !== undefined && patch.outcome !== current.outcome;
        if (stageChanged || outcomeChanged) {
          await repos.applications.events.insert({
            id: newId(),
            userId: actor.userId,
            applicationId: id,
            stage: stageChanged || outcomeChanged ? next.stage : null,
            outcome: outcomeChanged ? next.outcome : null,
            channel: null,
            note: null,
            email: null,
            occurredAt: now,
            createdAt: now,
          });
        }
        return next;
      });
    },

    /**
     * Records news — a stage reached or an outcome such as a rejection, with how it arrived — as an event,
     * and moves the application to it.
     *
     * @example
     * await applications.recordEvent(actor, id, { outcome: 'rejected', channel: 'email', note: 'Not this time' });
     */
    async recordEvent(actor: Actor, id: string, input: unknown): Promise<StageEvent> {
      const values = parseInput(stageEventInput, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        const current = found(await repos.applications.rows.get(actor.userId, id), 'application', id);
        const event = await recordNews(repos, current, values, now);
        return event;
      });
    },

    async events(actor: Actor, id: string): Promise<StageEvent[]> {
      found(await read.applications.rows.get(actor.userId, id), 'application', id);
      return read.applications.eventsOf(actor.userId, id);
    },

    /** Deletes an application and everything that hangs off it. */
    async delete(actor: Actor, id: string): Promise<void> {
      await write({ store }, actor, async (repos) => {
        found(await repos.applications.rows.get(actor.userId, id), 'application', id);
        await repos.applications.rows.delete(actor.userId, id);
      });
    },
  };
}

/**
 * Appends news to an application's history and moves the application to it, inside the caller's
 * transaction. An outcome (a rejection above all) is recorded with the stage it came at.
 *
 * @example
 * await recordNews(repos, application, { stage: null, outcome: 'rejected', channel: 'email', note: null, email: null }, now);
 */
export async function recordNews(
  repos: Repositories,
  application: Application,
  news: Omit<NewStageEvent, 'occurredAt'> & { occurredAt?: string | undefined },
  now: string,
): Promise<StageEvent> {
  const event: StageEvent = {
    id: newId(),
    userId: application.userId,
    applicationId: application.id,
    stage: news.stage ?? (news.outcome ? application.stage : null),
    outcome: news.outcome,
    channel: news.channel,
    note: news.note,
    email: news.email,
    occurredAt: news.occurredAt ?? now,
    createdAt: now,
  };
  await repos.applications.events.insert(event);
  await repos.applications.rows.replace({
    ...application,
    stage: news.stage ?? application.stage,
    outcome: news.outcome ?? application.outcome,
    updatedAt: now,
  });
  return event;
}

function firstEvent(application: Application, occurredAt: string, now: string): StageEvent {
  return {
    id: newId(),
    userId: application.userId,
    applicationId: application.id,
    stage: application.stage,
    outcome: application.outcome === 'open' ? null : application.outcome,
    channel: null,
    note: null,
    email: null,
    occurredAt,
    createdAt: now,
  };
}
