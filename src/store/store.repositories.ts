import type { Kysely } from 'kysely';
import type { Application, StageEvent } from '../core/applications/applications.schema';
import type { Contact } from '../core/contacts/contacts.schema';
import type { Feedback } from '../core/feedback/feedback.schema';
import type { Debrief, Interview } from '../core/interviews/interviews.schema';
import type { Message } from '../core/messages/messages.schema';
import type { ActionItem } from '../core/plan/plan.schema';
import type { Story } from '../core/stories/stories.schema';
import { AgendaRepository } from './agenda/agenda.repository';
import { ApplicationsRepository } from './applications/applications.repository';
import { ContactsRepository } from './contacts/contacts.repository';
import { FeedbackRepository } from './feedback/feedback.repository';
import { InsightsRepository } from './insights/insights.repository';
import { InterviewsRepository } from './interviews/interviews.repository';
import { MessagesRepository } from './messages/messages.repository';
import { PlanRepository } from './plan/plan.repository';
import type { DB } from './store.types';
import { StoriesRepository } from './stories/stories.repository';
import { UsersRepository } from './users/users.repository';

/** Every repository, bound to one connection or one transaction. */
export function repositories(db: Kysely<DB>) {
  return {
    users: new UsersRepository(db),
    applications: new ApplicationsRepository(db),
    contacts: new ContactsRepository(db),
    interviews: new InterviewsRepository(db),
    messages: new MessagesRepository(db),
    feedback: new FeedbackRepository(db),
    plan: new PlanRepository(db),
    stories: new StoriesRepository(db),
    agenda: new AgendaRepository(db),
    insights: new InsightsRepository(db),
  };
}
export type Repositories = ReturnType<typeof repositories>;

/** Every kind of row a user owns, as an export holds them. */
export interface UserRows {
  applications: Application[];
  stageEvents: StageEvent[];
  contacts: Contact[];
  interviews: Interview[];
  debriefs: Debrief[];
  messages: Message[];
  feedback: Feedback[];
  actionItems: ActionItem[];
  stories: Story[];
}

/**
 * Inserts many rows of every kind in an order that satisfies the foreign keys (seed, import).
 *
 * @example
 * await insertUserRows(repositories(trx), { applications, contacts });
 */
export async function insertUserRows(repos: Repositories, rows: Partial<UserRows>): Promise<void> {
  await repos.applications.rows.insertMany(rows.applications ?? []);
  await repos.contacts.rows.insertMany(rows.contacts ?? []);
  await repos.applications.events.insertMany(rows.stageEvents ?? []);
  await repos.interviews.rows.insertMany(rows.interviews ?? []);
  await repos.interviews.debriefs.insertMany(rows.debriefs ?? []);
  await repos.messages.rows.insertMany(rows.messages ?? []);
  await repos.feedback.rows.insertMany(rows.feedback ?? []);
  await repos.plan.rows.insertMany(rows.actionItems ?? []);
  await repos.stories.rows.insertMany(rows.stories ?? []);
}
