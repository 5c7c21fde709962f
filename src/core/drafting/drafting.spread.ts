import type { NewsChannel } from '../applications/applications.schema';
import type { ContactRole } from '../contacts/contacts.schema';
import {
  makeApplication,
  makeContact,
  makeDebrief,
  makeFeedback,
  makeInterview,
  makeMessage,
  makeRejection,
} from '../decisions/decisions.factories';
import type { FeedbackCategory } from '../feedback/feedback.schema';
import type { DebriefQuestion, SelfRatingKey } from '../interviews/interviews.schema';
import { draft, draftThankYouNotes } from './drafting.draft';
import { type Draft, type DraftContext, draftKinds } from './drafting.types';

/**
 * A wide spread of draft contexts (people, companies, roles, debriefs, rejection channels, time zones, seeds)
 * and every draft the engine makes for them. The drafting lint test checks every one passes its own lint; the
 * tone model trains on them as known-clean text and its test asserts it never fires on them. Test and training
 * support only; nothing in the product imports this.
 */

const people = [
  'Priya Shah',
  'Tom Berg',
  'Siobhan O’Neill',
  'José García',
  'Zhang Wei',
  'Oluwaseun Adeyemi',
  'Dr. Ada Okafor',
  'Anna-Lena Schmidt',
  'Mohammed Al-Farsi',
  'Kateryna Kovalenko',
  'Sam Taylor',
  'Lee Grant',
  'Interviewer 3', // a stand-in the user typed for a name they did not catch
  'Nguyễn Văn An',
];
const companies = [
  'Acme',
  'Globex',
  'Initech',
  'Kestrel Analytics',
  'Northwind Traders',
  'Wonka Industries',
  'Bluebird Health',
  'Globex Inc.',
  'Müller & Söhne GmbH',
];
const roles = [
  'Backend Engineer',
  'Data Analyst',
  'Product Manager',
  'UX Designer',
  'Site Reliability Engineer',
  'Marketing Coordinator',
  'Finance Business Partner',
  'Senior Frontend Developer',
  'Platform Engineer (m/w/d)',
  'N/A',
];
const users = ['Alex Morgan', 'Jordan Lee', 'Maria Rossi', 'Chidi Okeke'];
export const topics = [
  'system design',
  'Kubernetes operations',
  'stakeholder management',
  'SQL window functions',
  'WCAG accessibility',
  'A/B testing',
  'React performance',
  'budget forecasting',
  'incident response',
  'customer research',
  'data modelling',
  'API design',
];
export const questions = [
  'How would you design a rate limiter?',
  'Tell me about a time you disagreed with a colleague',
  'What would you change about our onboarding flow?',
  'How do you prioritise competing requests?',
  'Walk me through a project you are proud of',
  'How would you measure the success of this feature?',
  'Describe a time you handled a difficult stakeholder',
];
export const concerns = [
  'Limited experience with Terraform.',
  'No direct people management experience',
  'They worried I had not led a team before',
  'Little exposure to regulated industries',
  'Relocation timing',
  'depth in distributed systems',
  'Salary expectations above their band',
  'They thought I might be overqualified',
  'A two-year gap in my CV',
  'Notice period of three months',
];
const ratingKeys: SelfRatingKey[] = [
  'punctuality',
  'introduction',
  'bodyLanguage',
  'rapport',
  'listening',
  'handlingWeaknesses',
  'questionsForThem',
  'close',
  'dress',
  'companyResearch',
];
const channels: NewsChannel[] = ['email', 'phone', 'letter', 'automated', 'agency', 'portal', 'in_person'];
const categories: FeedbackCategory[] = [
  'skills',
  'answers',
  'communication',
  'preparation',
  'experience',
  'fit',
  'role_change',
  'no_feedback',
];

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** The i-th context of the spread (any whole number; the lists repeat). */
export function spreadContext(i: number): DraftContext {
  const company = at(companies, i);
  const role = at(roles, i * 3 + 1);
  const interviewerCount = 1 + (i % 3);
  const interviewers = Array.from({ length: interviewerCount }, (_, k) =>
    makeContact({
      id: `c-${i}-${k}`,
      name: at(people, i + k * 5),
      role: k === 2 ? 'hiring_manager' : 'interviewer',
      email: `person${k}@example.com`,
      connectedWell: (i + k) % 4 === 0,
    }),
  );
  const agency = i % 5 === 0;
  const referred = i % 7 === 3;
  // An earlier round with the first interviewer again and others, so notes to one company span two days.
  const earlier = Array.from({ length: 1 + (i % 3) }, (_, k) =>
    makeContact({
      id: `c-${i}-e${k}`,
      name: at(people, i + k * 5 + 3),
      email: `earlier${k}@example.com`,
    }),
  );
  const extraRole: ContactRole = agency ? 'agency_recruiter' : referred ? 'referrer' : 'recruiter';
  const extra = makeContact({
    id: `c-${i}-x`,
    name: at(people, i + 7),
    role: extraRole,
    email: 'talent@example.com',
    phone: '+44 20 7946 0000',
  });
  const questionList: DebriefQuestion[] = Array.from({ length: 2 + (i % 4) }, (_, q) => ({
    question: at(questions, i + q),
    answerSummary: '',
    rating: ((i + q * 2) % 5) + 1,
    hard: (i + q) % 3 === 0,
    probedFor: (i + q) % 4 === 1 ? null : at(topics, i * 2 + q),
  }));
  const ratings = Object.fromEntries(ratingKeys.map((key, k) => [key, ((i + k) % 5) + 1]));
  const channel = at(channels, i);
  const interviewStart = Date.parse('2026-11-16T09:00:00.000Z') + (i % 9) * 86_400_000;
  const feedbackCategory = at(categories, i);
  return {
    userName: i % 6 === 5 ? '' : at(users, i), // some users have not set their name
    userEmail: 'me@example.com',
    application: makeApplication({
      company,
      role,
      source: agency ? 'agency' : referred ? 'referral' : 'job_board',
      agency: agency ? 'Hirewell' : null,
      referrerContactId: referred ? extra.id : null,
    }),
    contacts: [...interviewers, ...earlier, extra],
    interviews: [
      makeInterview({
        id: 'int-0',
        startsAt: new Date(interviewStart - (2 + (i % 6)) * 86_400_000).toISOString(),
        interviewerIds: [...interviewers.slice(0, 1), ...earlier].map((contact) => contact.id),
      }),
      makeInterview({
        id: 'int-1',
        startsAt: new Date(interviewStart).toISOString(),
        // Interviews held elsewhere, and one stored without a zone (UTC), so the day is named where it was.
        timeZone: at(['Europe/London', 'Asia/Tokyo', 'UTC', 'America/Los_Angeles', 'Europe/Berlin'], i),
        interviewerIds: interviewers.map((contact) => contact.id),
      }),
    ],
    debriefs: [
      makeDebrief({
        id: 'd-0',
        interviewId: 'int-0',
        questions: questionList.slice(1, 3).map((question, q) => ({ ...question, probedFor: at(topics, i + q + 7) })),
      }),
      makeDebrief({
        interviewId: 'int-1',
        questions: questionList,
        ratings,
        concernsRaised: i % 3 === 0 ? [] : [at(concerns, i), ...(i % 4 === 0 ? [at(concerns, i + 2)] : [])],
      }),
    ],
    rejection: makeRejection({
      channel,
      occurredAt: new Date(interviewStart + 3 * 86_400_000).toISOString(),
      email:
        channel === 'email' || channel === 'automated'
          ? {
              from: channel === 'automated' ? 'no-reply@example.com' : `${extra.name} <talent@example.com>`,
              subject: `Your application for ${role}`,
              messageId: `<m-${i}@example.com>`,
              noReply: channel === 'automated',
            }
          : null,
    }),
    feedback: [
      makeFeedback({
        contactId: extra.id,
        analysis: {
          categories: [feedbackCategory],
          vague: i % 2 === 0,
          actionable: true,
          specifics: i % 3 === 0 ? [] : [at(topics, i + 5)],
          actions: [],
          followUpQuestion: i % 4 === 0 ? 'What would have made my examples more convincing for the panel?' : null,
        },
      }),
    ],
    messages: [
      makeMessage({
        id: 'req',
        kind: 'feedback-request',
        // Some requests were made by phone or by letter, which the nudge must follow up as such.
        channel: at(['email', 'email', 'phone', 'letter'] as const, i),
        contactId: extra.id,
        subject: `Re: Your application for ${role}`,
        sentAt: new Date(interviewStart + 4 * 86_400_000).toISOString(),
      }),
    ],
    // Today, yesterday and later in the week, for the day the notes name.
    now: new Date(interviewStart + at([0.3, 5, 1.1, 2.4], i) * 86_400_000).toISOString(),
    timeZone: at(['Europe/London', 'Europe/Berlin', 'America/New_York', 'Asia/Singapore'], i),
  };
}

/** Every draft kind for a context: the thank-you notes (for each interviewer, and for one), every other kind, and the feedback request as a letter and as a phone script. */
export function spreadDrafts(ctx: DraftContext, seed: string): Draft[] {
  return [
    ...draftThankYouNotes(ctx),
    ...draftThankYouNotes(ctx, 'int-0', seed),
    ...draftKinds.filter((kind) => kind !== 'thank-you').map((kind) => draft(kind, ctx, { seed })),
    draft('feedback-request', ctx, { channel: 'letter' }),
    draft('feedback-request', ctx, { channel: 'phone' }),
  ];
}

/** A draft's body and kind, as the lint sees it. */
export interface DraftSample {
  kind: string;
  body: string;
}

/**
 * Every draft of contexts `from` to `to - 1`; the drafting lint test uses 0–47.
 *
 * @example
 * draftSpread(0, 1).length > 10; // true
 */
export function draftSpread(from: number, to: number): DraftSample[] {
  return Array.from({ length: to - from }, (_, k) => from + k).flatMap((i) =>
    spreadDrafts(spreadContext(i), `seed-${i}`).map((result) => ({ kind: result.kind, body: result.body })),
  );
}
