import type { Application, ApplicationInput, StageEventInput } from '../../core/applications/applications.schema';
import type { Page } from '../../core/common.schema';
import type { Contact, ContactInput } from '../../core/contacts/contacts.schema';
import type { FeedbackRequestDecision } from '../../core/decisions/decisions.feedback-request';
import type { Feedback, FeedbackAnalysis, FeedbackInput } from '../../core/feedback/feedback.schema';
import type { Debrief, DebriefInput, Interview, InterviewInput } from '../../core/interviews/interviews.schema';
import type { Message, MessageInput } from '../../core/messages/messages.schema';
import type { ActionItem, ActionItemInput } from '../../core/plan/plan.schema';
import type { Story, StoryInput } from '../../core/stories/stories.schema';
import type { SmtpSettingsInput, SmtpSettingsView } from '../../services/mail/mail-outbox.service';
import type { ApplicationDetail, ImportProposal, MailPreview, Me } from './api.types';

/** An error answered by the API (`{ error: { code, message, details? } }`), or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  /** The route does not exist on this server (yet): screens show that part as unavailable. */
  get missingRoute(): boolean {
    return this.status === 404 && this.code === 'not_found' && /route/i.test(this.message);
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Nextround could not reach its server. Is `npm start` still running?');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // A non-JSON answer (a proxy error page): reported below with the status.
  }
  if (!response.ok) {
    const error = (json as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `The server answered ${response.status}.`,
      error?.details,
    );
  }
  return json as T;
}

const enc = encodeURIComponent;

/** Some collections answer a bare array, others a page: the screens always get a page. */
async function pageOf<T>(answer: Promise<Page<T> | T[]>): Promise<Page<T>> {
  const value = await answer;
  return Array.isArray(value) ? { items: value, total: value.length, limit: value.length, offset: 0 } : value;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface ApplicationQuery {
  limit?: number;
  offset?: number;
  q?: string;
  stage?: string;
  outcome?: string;
  archived?: 'true' | 'false' | 'all';
}

/** The HTTP API, one named call per route; the only place the web app speaks HTTP. */
export const api = {
  health: () => request<{ ok: boolean; database: string; now?: string }>('GET', '/api/health'),
  me: () => request<Me>('GET', '/api/me'),
  updateMe: (patch: Partial<Me>) => request<Me>('PATCH', '/api/me', patch),
  editDictionary: (edit: { add?: string[]; remove?: string[] }) => request<Me>('POST', '/api/me/dictionary', edit),
  calendarFeed: () => request<{ url: string }>('GET', '/api/me/calendar'),
  recommendation: (applicationId: string) =>
    request<FeedbackRequestDecision>('GET', `/api/applications/${enc(applicationId)}/recommendation`),

  applications: (params: ApplicationQuery = {}) =>
    request<Page<Application>>('GET', `/api/applications${query({ ...params })}`),
  application: (id: string) => request<ApplicationDetail>('GET', `/api/applications/${enc(id)}`),
  addApplication: (input: ApplicationInput) => request<Application>('POST', '/api/applications', input),
  updateApplication: (id: string, patch: Partial<Application>) =>
    request<Application>('PATCH', `/api/applications/${enc(id)}`, patch),
  deleteApplication: (id: string) => request<void>('DELETE', `/api/applications/${enc(id)}`),
  recordNews: (id: string, news: StageEventInput) =>
    request<unknown>('POST', `/api/applications/${enc(id)}/events`, news),

  addContact: (input: ContactInput) => request<Contact>('POST', '/api/contacts', input),
  updateContact: (id: string, patch: Partial<Contact>) => request<Contact>('PATCH', `/api/contacts/${enc(id)}`, patch),
  deleteContact: (id: string) => request<void>('DELETE', `/api/contacts/${enc(id)}`),

  interview: (id: string) => request<Interview>('GET', `/api/interviews/${enc(id)}`),
  addInterview: (input: InterviewInput) => request<Interview>('POST', '/api/interviews', input),
  deleteInterview: (id: string) => request<void>('DELETE', `/api/interviews/${enc(id)}`),
  debrief: (interviewId: string) => request<Debrief | null>('GET', `/api/interviews/${enc(interviewId)}/debrief`),
  saveDebrief: (interviewId: string, input: DebriefInput) =>
    request<Debrief>('PUT', `/api/interviews/${enc(interviewId)}/debrief`, input),

  message: (id: string) => request<Message>('GET', `/api/messages/${enc(id)}`),
  addMessage: (input: MessageInput) => request<Message>('POST', '/api/messages', input),
  updateMessage: (id: string, patch: Partial<Message>) => request<Message>('PATCH', `/api/messages/${enc(id)}`, patch),
  markSent: (id: string) => request<Message>('POST', `/api/messages/${enc(id)}/sent`),
  deleteMessage: (id: string) => request<void>('DELETE', `/api/messages/${enc(id)}`),
  /** Sends through the user's own mailbox and marks it sent; the answer carries the sent Message-ID. */
  sendMessage: (id: string) => request<Message>('POST', `/api/messages/${enc(id)}/send`),

  smtpSettings: () => request<SmtpSettingsView | { configured: false }>('GET', '/api/me/smtp'),
  saveSmtpSettings: (input: SmtpSettingsInput) => request<SmtpSettingsView>('PUT', '/api/me/smtp', input),
  /** Sends a test email to the from address through these settings; saves nothing. */
  testSmtpSettings: (input: SmtpSettingsInput) =>
    request<{ to: string; messageId: string }>('POST', '/api/me/smtp/test', input),
  removeSmtpSettings: () => request<void>('DELETE', '/api/me/smtp'),

  feedbackList: (params: { limit?: number; offset?: number } = {}) =>
    pageOf(request<Page<Feedback> | Feedback[]>('GET', `/api/feedback${query(params)}`)),
  addFeedback: (input: FeedbackInput) => request<Feedback>('POST', '/api/feedback', input),
  analyzeFeedback: (text: string) => request<FeedbackAnalysis>('POST', '/api/feedback/analyze', { text }),
  deleteFeedback: (id: string) => request<void>('DELETE', `/api/feedback/${enc(id)}`),

  plan: (params: { limit?: number; offset?: number } = {}) =>
    pageOf(request<Page<ActionItem> | ActionItem[]>('GET', `/api/plan${query(params)}`)),
  addPlanItem: (input: ActionItemInput) => request<ActionItem>('POST', '/api/plan', input),
  updatePlanItem: (id: string, patch: Partial<ActionItem>) =>
    request<ActionItem>('PATCH', `/api/plan/${enc(id)}`, patch),
  deletePlanItem: (id: string) => request<void>('DELETE', `/api/plan/${enc(id)}`),

  stories: (params: { limit?: number; offset?: number } = {}) =>
    pageOf(request<Page<Story> | Story[]>('GET', `/api/stories${query(params)}`)),
  addStory: (input: StoryInput) => request<Story>('POST', '/api/stories', input),
  updateStory: (id: string, patch: Partial<Story>) => request<Story>('PATCH', `/api/stories/${enc(id)}`, patch),
  deleteStory: (id: string) => request<void>('DELETE', `/api/stories/${enc(id)}`),

  previewMail: (files: { name: string; content: string }[]) =>
    request<MailPreview>('POST', '/api/mail/preview', { files }),
  applyMail: (proposals: ImportProposal[]) =>
    request<{ applied: number; skipped: number }>('POST', '/api/mail/apply', { proposals }),

  agenda: () => request<unknown>('GET', '/api/agenda'),
  insights: () => request<unknown>('GET', '/api/insights'),
};
