import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it (camelCase here, snake_case in SQL via CamelCasePlugin).
 * One schema for SQLite and PostgreSQL: timestamps are ISO 8601 UTC text, booleans are 0/1 integers and
 * lists are JSON text, so every repository runs unchanged on both.
 */
export interface DB {
  users: UsersTable;
  applications: ApplicationsTable;
  stageEvents: StageEventsTable;
  contacts: ContactsTable;
  interviews: InterviewsTable;
  debriefs: DebriefsTable;
  messages: MessagesTable;
  feedback: FeedbackTable;
  actionItems: ActionItemsTable;
  stories: StoriesTable;
}

export interface UsersTable {
  id: string;
  name: string;
  email: string | null;
  timeZone: string;
  settings: string;
  revision: number;
  /** Bumped by the database on every debrief insert, update and delete (migration 0005). */
  debriefsRevision: Generated<number>;
  createdAt: string;
}

export interface ApplicationsTable {
  id: string;
  userId: string;
  company: string;
  role: string;
  link: string | null;
  source: string | null;
  referrerContactId: string | null;
  agency: string | null;
  location: string | null;
  stage: string;
  outcome: string;
  appliedAt: string | null;
  archived: number;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StageEventsTable {
  id: string;
  userId: string;
  applicationId: string;
  stage: string | null;
  outcome: string | null;
  channel: string | null;
  note: string | null;
  email: string | null;
  occurredAt: string;
  createdAt: string;
}

export interface ContactsTable {
  id: string;
  userId: string;
  applicationId: string | null;
  name: string;
  greetAs: string | null;
  role: string;
  title: string | null;
  company: string | null;
  email: string | null;
  phone: string | null;
  connectedWell: number;
  keepInTouchDays: number | null;
  lastContactedAt: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface InterviewsTable {
  id: string;
  userId: string;
  applicationId: string;
  round: number;
  type: string;
  format: string;
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  interviewerIds: string;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DebriefsTable {
  id: string;
  userId: string;
  interviewId: string;
  interviewersMet: string;
  questions: string;
  ratings: string;
  wentWell: string;
  toChange: string;
  concernsRaised: string;
  probedFor: string | null;
  salaryTalk: string | null;
  nextStep: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MessagesTable {
  id: string;
  userId: string;
  applicationId: string | null;
  contactId: string | null;
  kind: string;
  channel: string;
  recipient: string | null;
  subject: string | null;
  body: string;
  status: string;
  dueAt: string | null;
  sentAt: string | null;
  repliedAt: string | null;
  closedReason: string | null;
  threadRef: string | null;
  parentMessageId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FeedbackTable {
  id: string;
  userId: string;
  applicationId: string | null;
  contactId: string | null;
  fromName: string | null;
  channel: string;
  receivedAt: string;
  text: string;
  analysis: string | null;
  createdAt: string;
}

export interface ActionItemsTable {
  id: string;
  userId: string;
  applicationId: string | null;
  sourceType: string;
  sourceId: string | null;
  category: string | null;
  text: string;
  nextStep: string | null;
  status: string;
  dueAt: string | null;
  evidence: string | null;
  doneAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StoriesTable {
  id: string;
  userId: string;
  title: string;
  question: string | null;
  situation: string | null;
  task: string | null;
  action: string | null;
  result: string | null;
  tags: string;
  sourceDebriefId: string | null;
  createdAt: string;
  updatedAt: string;
}
