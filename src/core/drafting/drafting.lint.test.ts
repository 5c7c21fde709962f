import { describe, expect, it } from 'vitest';
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
import { lintMessage, lintMessageSync } from '../lint';
import { dayPhrase, draft, draftThankYouNotes, interviewZone } from './drafting.draft';
import { isPlaceholderName } from './drafting.text';
import { type Draft, type DraftContext, draftKinds } from './drafting.types';

/**
 * Every draft the engine makes must pass its own lint with no tone, spelling or grammar issue. One example
 * proves little, so this generates a wide spread of inputs (people, companies, roles, debriefs, rejection
 * channels, seeds) and lints every draft with the full proofreader.
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
const topics = [
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
const questions = [
  'How would you design a rate limiter?',
  'Tell me about a time you disagreed with a colleague',
  'What would you change about our onboarding flow?',
  'How do you prioritise competing requests?',
  'Walk me through a project you are proud of',
  'How would you measure the success of this feature?',
  'Describe a time you handled a difficult stakeholder',
];
const concerns = [
  'Limited experience with Terraform.',
  'No direct people management experience',
  'They worried I had not led a team before',
  'Little exposure to regulated industries',
  'Relocation timing',
  'depth in distributed systems',
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

function context(i: number): DraftContext {
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

function dictionaryFor(ctx: DraftContext): string[] {
  const words = [
    ctx.userName ?? '',
    ctx.application.company,
    ctx.application.role,
    ...ctx.contacts.map((contact) => contact.name),
    ...topics,
    ...concerns,
    ...questions,
    'Hirewell',
    'GDPR',
    'UK',
  ];
  return [...new Set(words.flatMap((text) => text.split(/[^\p{L}\p{N}'’-]+/u)).filter((word) => word.length > 0))];
}

describe('every draft passes its own lint', () => {
  it('has no tone, spelling or grammar issue over hundreds of generated drafts', { timeout: 300_000 }, async () => {
    // One line per distinct problem (rule and flagged words), with a count and the first place it was seen.
    const failures = new Map<string, { count: number; example: string }>();
    let checked = 0;
    for (let i = 0; i < 48; i++) {
      const ctx = context(i);
      const dictionary = dictionaryFor(ctx);
      const drafts: Draft[] = [
        ...draftThankYouNotes(ctx),
        ...draftThankYouNotes(ctx, 'int-0', `seed-${i}`),
        ...draftKinds.filter((kind) => kind !== 'thank-you').map((kind) => draft(kind, ctx, { seed: `seed-${i}` })),
        draft('feedback-request', ctx, { channel: 'letter' }),
        draft('feedback-request', ctx, { channel: 'phone' }),
      ];
      for (const result of drafts) {
        const issues = await lintMessage(result.body, {
          kind: result.kind,
          dictionary,
          recipientName: result.recipientName ?? undefined,
          role: ctx.application.role,
          company: ctx.application.company,
        });
        checked++;
        for (const issue of issues) {
          if (issue.category === 'personalisation') continue;
          const key = `${issue.rule} "${result.body.slice(issue.start, issue.end)}"`;
          const known = failures.get(key);
          if (known) known.count++;
          else {
            const around = result.body.slice(Math.max(0, issue.start - 50), issue.end + 50).replace(/\s+/g, ' ');
            failures.set(key, { count: 1, example: `${result.kind} #${i}: …${around}… (${issue.message})` });
          }
        }
      }
    }
    // Turned down on the application, with no interview: every kind that can follow a rejection like that.
    for (let i = 0; i < 16; i++) {
      const base = context(i);
      const ctx: DraftContext = {
        ...base,
        application: { ...base.application, stage: 'applied', outcome: 'rejected' },
        interviews: [],
        debriefs: [],
        rejection: base.rejection ? { ...base.rejection, stage: 'applied' } : null,
      };
      const dictionary = dictionaryFor(ctx);
      const kinds = draftKinds.filter((kind) => kind !== 'thank-you' && kind !== 'influence-letter');
      for (const result of kinds.map((kind) => draft(kind, ctx, { seed: `screen-${i}` }))) {
        const issues = await lintMessage(result.body, {
          kind: result.kind,
          dictionary,
          recipientName: result.recipientName ?? undefined,
          role: ctx.application.role,
          company: ctx.application.company,
        });
        checked++;
        for (const issue of issues.filter((found) => found.category !== 'personalisation')) {
          const key = `${issue.rule} "${result.body.slice(issue.start, issue.end)}"`;
          const known = failures.get(key);
          if (known) known.count++;
          else failures.set(key, { count: 1, example: `${result.kind} (screen) #${i}: ${issue.message}` });
        }
      }
    }
    expect(checked).toBeGreaterThan(600);
    expect([...failures].map(([key, { count, example }]) => `${key} ×${count} — ${example}`)).toEqual([]);
  });

  it('says each thing once: one question mark, one thanks in a follow-up, no repeated reason', () => {
    const problems: string[] = [];
    for (let i = 0; i < 48; i++) {
      const ctx = context(i);
      for (const kind of draftKinds) {
        const result = draft(kind, ctx, { seed: `seed-${i}` });
        if (/\?"\?|\?\?/.test(result.body)) problems.push(`${kind} #${i}: a doubled question mark`);
        if (new Set(result.reasons).size !== result.reasons.length) problems.push(`${kind} #${i}: a repeated reason`);
        const thanks = result.body.match(/\b(thank|thanks|appreciate)\b/gi) ?? [];
        if (kind === 'follow-up-question' && thanks.length > 1)
          problems.push(`${kind} #${i}: thanks ${thanks.length} times`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('does not call a reply about the role, or a standard one, helpful feedback to act on', () => {
    for (let i = 0; i < 48; i++) {
      const ctx = context(i);
      const categoriesOf = ctx.feedback?.[0]?.analysis?.categories ?? [];
      if (!categoriesOf.includes('role_change') && !categoriesOf.includes('no_feedback')) continue;
      const reply = draft('feedback-reply', ctx, { seed: `seed-${i}` });
      expect(reply.body).not.toMatch(/helpful|useful|on board|work on|focus on|put the effort/i);
    }
  });

  it('warns that an influence letter is too late once the application is turned down', () => {
    for (let i = 0; i < 48; i++) {
      const letter = draft('influence-letter', context(i), { seed: `seed-${i}` });
      expect(letter.reasons[0]).toMatch(/^Not recommended: .*too late.*feedback request/);
      expect(letter.reasons.join(' ')).not.toMatch(/before they decide/);
    }
  });

  it('writes each interviewer a note naming their own interview day, sharing no sentence with other notes', () => {
    const problems: string[] = [];
    for (let i = 0; i < 48; i++) {
      const ctx = context(i);
      const names = ctx.contacts.map((contact) => contact.name.split(' ')[0] ?? '');
      const seen = new Map<string, string>();
      for (const contact of ctx.contacts.filter((c) => c.role === 'interviewer' || c.role === 'hiring_manager')) {
        const note = draft('thank-you', ctx, { contactId: contact.id, ...(i % 2 ? { seed: `seed-${i}` } : {}) });
        const theirs = ctx.interviews.filter((interview) => interview.interviewerIds.includes(contact.id));
        const last = theirs.sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))[0];
        const day = last ? dayPhrase(last.startsAt, ctx.now, interviewZone(last, ctx.timeZone)) : '';
        if (!note.body.includes(day)) problems.push(`#${i} to ${contact.name}: not "${day}"`);
        const sentences = note.body
          .split('\n\n')
          .slice(1, -1)
          .join(' ')
          .split(/(?<=[.?!]"?)\s+/)
          .map((sentence) => names.reduce((text, name) => text.replaceAll(name, 'NAME'), sentence));
        for (const sentence of sentences) {
          const other = seen.get(sentence);
          if (other) problems.push(`#${i} to ${contact.name} and ${other}: "${sentence}"`);
          seen.set(sentence, contact.name);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes thank-you notes the lint sees as personal: named, with the role, and no copy-paste between them', () => {
    const problems: string[] = [];
    for (let i = 0; i < 48; i++) {
      const ctx = context(i);
      const notes = draftThankYouNotes(ctx);
      for (const note of notes) {
        const issues = lintMessageSync(note.body, {
          kind: 'thank-you',
          dictionary: dictionaryFor(ctx),
          otherNotes: notes.filter((other) => other !== note).map((other) => other.body),
          recipientName: note.recipientName ?? undefined,
          role: ctx.application.role,
          company: ctx.application.company,
        });
        for (const issue of issues.filter((found) => found.category === 'personalisation')) {
          // A stand-in name ("Interviewer 3") is rightly greeted as nobody: the lint and the reasons both tell
          // the user to add the name.
          const standIn = isPlaceholderName(note.recipientName) && issue.rule === 'personalisation.missing-name';
          if (standIn && note.reasons.some((reason) => /does not look like a name/.test(reason))) continue;
          problems.push(`#${i} to ${note.recipientName}: ${issue.rule} (${issue.message})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
