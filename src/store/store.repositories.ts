import type { Kysely } from 'kysely';
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
