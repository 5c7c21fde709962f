import { analyzeFeedback } from '../core/feedback/feedback.analyze';
import type { Store } from '../store/store';
import { adviceService } from './advice/advice.service';
import { applicationsService } from './applications/applications.service';
import { contactsService } from './contacts/contacts.service';
import { type FeedbackAnalyzer, feedbackService } from './feedback/feedback.service';
import { interviewsService } from './interviews/interviews.service';
import { mailImportService } from './mail/mail-import.service';
import { type MailPort, mailOutboxService } from './mail/mail-outbox.service';
import { meService } from './me/me.service';
import { messagesService } from './messages/messages.service';
import { planService } from './plan/plan.service';
import { portabilityService } from './portability/portability.service';
import { seedService } from './seed/seed.service';
import type { ServiceDeps } from './services.context';
import { storiesService } from './stories/stories.service';

export interface ServicesOptions {
  clock?: () => Date;
  /** Sending and encryption from the mail layer (absent: mail features answer a clear error). */
  mail?: MailPort;
  /** Replaces the advice engine's feedback analysis (tests). */
  analyzeFeedback?: FeedbackAnalyzer;
}

/**
 * Every use case over one store: the single API that the server, the CLI and mail import call.
 *
 * @example
 * const services = createServices(await openStore(config));
 * await services.applications.create({ userId: 'local' }, { company: 'Northwind', role: 'Analyst' });
 */
export function createServices(store: Store, options: ServicesOptions = {}) {
  const deps: ServiceDeps = { store, clock: options.clock ?? (() => new Date()) };
  const analyze = options.analyzeFeedback ?? analyzeFeedback;
  const applications = applicationsService(deps);
  const me = meService(deps);
  return {
    store,
    clock: deps.clock,
    me,
    applications,
    contacts: contactsService(deps),
    interviews: interviewsService(deps),
    messages: messagesService(deps),
    feedback: feedbackService(deps, analyze),
    advice: adviceService(deps, applications, me),
    plan: planService(deps),
    stories: storiesService(deps),
    portability: portabilityService(deps),
    seed: seedService(deps, analyze),
    analyzeFeedback: analyze,
    mailImport: mailImportService(deps),
    outbox: mailOutboxService(deps, options.mail),
  };
}
export type Services = ReturnType<typeof createServices>;
