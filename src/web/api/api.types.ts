import type { Application, StageEvent } from '../../core/applications/applications.schema';
import type { Contact } from '../../core/contacts/contacts.schema';
import type { Feedback } from '../../core/feedback/feedback.schema';
import type { Debrief, Interview } from '../../core/interviews/interviews.schema';
import type { Message } from '../../core/messages/messages.schema';
import type { ActionItem } from '../../core/plan/plan.schema';
import type { ImportProposal } from '../../services/mail/mail-import.service';

export type { ImportProposal };

/** `GET /api/applications/:id`: an application with everything that hangs off it. */
export interface ApplicationDetail extends Application {
  events: StageEvent[];
  contacts: Contact[];
  interviews: Interview[];
  debriefs: Debrief[];
  messages: Message[];
  feedback: Feedback[];
  actionItems: ActionItem[];
}

/** `GET /api/me`: the user's profile and settings. */
export interface Me {
  name: string;
  timeZone: string;
  dictionary?: string[];
  ghostedAfterDays?: number;
}

/** `POST /api/mail/preview`: what importing the uploaded emails would do, and the files or messages it could not read. */
export interface MailPreview {
  proposals: ImportProposal[];
  errors: { file: string; index?: number; error: string }[];
}
