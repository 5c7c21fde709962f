/**
 * Test factories for the advice engine's specs (decisions, drafting, agenda, insights): complete domain rows
 * with sensible defaults, so each test states only what it is about.
 */
import type { Application, StageEvent } from '../applications/applications.schema';
import type { Contact } from '../contacts/contacts.schema';
import type { Feedback } from '../feedback/feedback.schema';
import type { Debrief, Interview } from '../interviews/interviews.schema';
import type { Message } from '../messages/messages.schema';
import type { ActionItem } from '../plan/plan.schema';

const created = '2026-11-01T09:00:00.000Z';

export function makeApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: 'app-1',
    userId: 'user-1',
    company: 'Acme',
    role: 'Backend Engineer',
    link: null,
    source: 'job_board',
    referrerContactId: null,
    agency: null,
    location: null,
    stage: 'interview',
    outcome: 'open',
    appliedAt: created,
    archived: false,
    notes: null,
    createdAt: created,
    updatedAt: created,
    ...overrides,
  };
}

export function makeContact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'contact-1',
    userId: 'user-1',
    applicationId: 'app-1',
    name: 'Priya Shah',
    greetAs: null,
    role: 'interviewer',
    title: null,
    company: 'Acme',
    email: 'priya.shah@acme.com',
    phone: null,
    connectedWell: false,
    keepInTouchDays: null,
    lastContactedAt: null,
    notes: null,
    createdAt: created,
    updatedAt: created,
    ...overrides,
  };
}

export function makeInterview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: 'int-1',
    userId: 'user-1',
    applicationId: 'app-1',
    round: 1,
    type: 'technical',
    format: 'video',
    startsAt: '2026-11-17T10:00:00.000Z',
    timeZone: 'Europe/London',
    durationMinutes: 60,
    interviewerIds: ['contact-1'],
    notes: null,
    createdAt: created,
    updatedAt: created,
    ...overrides,
  };
}

export function makeDebrief(overrides: Partial<Debrief> = {}): Debrief {
  return {
    id: 'debrief-1',
    userId: 'user-1',
    interviewId: 'int-1',
    interviewersMet: ['contact-1'],
    questions: [],
    ratings: {},
    wentWell: [],
    toChange: [],
    concernsRaised: [],
    probedFor: null,
    salaryTalk: null,
    nextStep: null,
    notes: null,
    createdAt: created,
    updatedAt: created,
    ...overrides,
  };
}

export function makeRejection(overrides: Partial<StageEvent> = {}): StageEvent {
  return {
    id: 'event-1',
    userId: 'user-1',
    applicationId: 'app-1',
    stage: 'interview',
    outcome: 'rejected',
    channel: 'email',
    note: null,
    email: {
      from: 'Sam Taylor <sam.taylor@acme.com>',
      subject: 'Your application for Backend Engineer',
      messageId: '<rejection-1@acme.com>',
      noReply: false,
    },
    occurredAt: '2026-11-23T10:00:00.000Z',
    createdAt: created,
    ...overrides,
  };
}

export function makeMessage(overrides: Partial<Message> = {}): Message {
  return {
    id: 'msg-1',
    userId: 'user-1',
    applicationId: 'app-1',
    contactId: 'contact-1',
    kind: 'feedback-request',
    channel: 'email',
    recipient: null,
    subject: null,
    body: '',
    status: 'sent',
    dueAt: null,
    sentAt: '2026-11-24T10:00:00.000Z',
    repliedAt: null,
    closedReason: null,
    threadRef: null,
    parentMessageId: null,
    createdAt: created,
    updatedAt: created,
    ...overrides,
  };
}

export function makeFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    id: 'fb-1',
    userId: 'user-1',
    applicationId: 'app-1',
    contactId: 'contact-1',
    fromName: 'Priya Shah',
    channel: 'email',
    receivedAt: '2026-11-25T10:00:00.000Z',
    text: 'You were strong on the coding, but we wanted more depth in system design.',
    analysis: null,
    createdAt: created,
    ...overrides,
  };
}

export function makeActionItem(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'action-1',
    userId: 'user-1',
    applicationId: 'app-1',
    sourceType: 'feedback',
    sourceId: 'fb-1',
    category: 'skills',
    text: 'Get hands-on with Kubernetes',
    nextStep: 'Build and deploy one small service',
    status: 'open',
    dueAt: null,
    evidence: null,
    doneAt: null,
    createdAt: created,
    updatedAt: created,
    ...overrides,
  };
}
