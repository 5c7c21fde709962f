import { describe, expect, it } from 'vitest';
import {
  makeApplication,
  makeContact,
  makeDebrief,
  makeFeedback,
  makeInterview,
  makeMessage,
  makeRejection,
} from '../decisions/decisions.factories';
import { ValidationError } from '../errors';
import { draft, draftThankYouNotes } from './drafting.draft';
import { feedbackQuestions, reasonLabel } from './drafting.questions';
import { type DraftContext, draftKinds } from './drafting.types';

/** Share of word trigrams two texts have in common (0 = nothing, 1 = the same text). */
function overlap(a: string, b: string): number {
  const grams = (text: string) => {
    const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    return new Set(words.slice(2).map((_, i) => `${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  };
  const x = grams(a);
  const y = grams(b);
  const shared = [...x].filter((gram) => y.has(gram)).length;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

const priya = makeContact({ id: 'c-priya', name: 'Priya Shah', email: 'priya@acme.com' });
const tom = makeContact({ id: 'c-tom', name: 'Tom Berg', email: 'tom@acme.com' });
const lena = makeContact({ id: 'c-lena', name: 'Lena Novak', role: 'hiring_manager', email: 'lena@acme.com' });
const sam = makeContact({ id: 'c-sam', name: 'Sam Taylor', role: 'recruiter', email: 'sam.taylor@acme.com' });

const debrief = makeDebrief({
  id: 'd-1',
  interviewId: 'int-1',
  questions: [
    {
      question: 'How would you design a rate limiter?',
      answerSummary: '',
      rating: 2,
      hard: true,
      probedFor: 'system design',
    },
    {
      question: 'Tell me about a time you disagreed with a colleague',
      answerSummary: '',
      rating: 4,
      hard: false,
      probedFor: 'conflict handling',
    },
    {
      question: 'How do you run Kubernetes in production?',
      answerSummary: '',
      rating: 5,
      hard: false,
      probedFor: 'Kubernetes operations',
    },
    {
      question: 'What would you improve in our API?',
      answerSummary: '',
      rating: 3,
      hard: false,
      probedFor: 'API design',
    },
  ],
  ratings: { introduction: 2, close: 4, rapport: 5, companyResearch: 3 },
  concernsRaised: ['Limited experience with Terraform.'],
});

function context(overrides: Partial<DraftContext> = {}): DraftContext {
  return {
    userName: 'Alex Morgan',
    userEmail: 'alex@example.com',
    application: makeApplication(),
    contacts: [priya, tom, lena, sam],
    interviews: [
      makeInterview({
        id: 'int-1',
        interviewerIds: ['c-priya', 'c-tom', 'c-lena'],
        startsAt: '2026-11-24T10:00:00.000Z',
      }),
    ],
    debriefs: [debrief],
    rejection: null,
    feedback: [],
    messages: [],
    now: '2026-11-24T15:00:00.000Z',
    timeZone: 'Europe/London',
    ...overrides,
  };
}

/** Specific feedback from Priya naming Terraform: what the reply and the sign-off tests thank her for. */
const terraformFeedback = makeFeedback({
  contactId: 'c-priya',
  analysis: {
    categories: ['skills'],
    vague: false,
    actionable: true,
    specifics: ['Terraform'],
    actions: [],
    followUpQuestion: null,
  },
});

describe('thank-you notes', () => {
  it('writes one note per interviewer, each addressed, each different', () => {
    const notes = draftThankYouNotes(context());
    expect(notes.map((note) => note.recipientName)).toEqual(['Priya Shah', 'Tom Berg', 'Lena Novak']);
    expect(notes.map((note) => note.to)).toEqual(['priya@acme.com', 'tom@acme.com', 'lena@acme.com']);
    for (const [index, note] of notes.entries()) {
      expect(note.body).toContain(['Priya', 'Tom', 'Lena'][index]);
      expect(note.body).toContain('Backend Engineer');
      expect(note.body).toContain('today');
      expect(note.body).toContain('Alex Morgan');
      expect(note.dueAt).toBe('2026-11-25T11:00:00.000Z');
      for (const other of notes.slice(index + 1)) expect(overlap(note.body, other.body)).toBeLessThan(0.25);
    }
    expect(new Set(notes.map((note) => note.subject)).size).toBe(3);
  });

  it('greets each person as the user noted, or by the given name after a family name written first', () => {
    const wang = makeContact({ id: 'c-wang', name: 'Wang Wei', greetAs: 'Mr Wang', email: 'wang@acme.com' });
    const kim = makeContact({ id: 'c-kim', name: 'KIM Min-jun', email: 'kim@acme.com' });
    const jp = makeContact({ id: 'c-jp', name: 'JP Castellano', email: 'jp@acme.com' });
    const interview = makeInterview({ id: 'int-1', interviewerIds: ['c-wang', 'c-kim', 'c-jp'] });
    const ctx = context({ contacts: [wang, kim, jp], interviews: [interview] });
    const greetings = draftThankYouNotes(ctx).map((note) => note.body.split('\n')[0]);
    expect(greetings[0]).toMatch(/\bMr Wang\b/);
    expect(greetings[1]).toMatch(/\bMin-jun\b/);
    expect(greetings[1]).not.toMatch(/\bKIM\b/);
    expect(greetings[2]).toMatch(/\bJP\b/);
    for (const kind of ['feedback-request', 'keep-in-touch', 'other-openings'] as const) {
      const rejected = context({
        contacts: [wang],
        interviews: [interview],
        application: { ...context().application, outcome: 'rejected' },
      });
      const body = draft(kind, rejected, { contactId: 'c-wang' }).body;
      expect(body, kind).toContain('Mr Wang');
      expect(body, kind).not.toMatch(/\bWei\b/);
    }
  });

  it('mentions a different topic from the debrief in each note', () => {
    const notes = draftThankYouNotes(context());
    const topics = ['Kubernetes operations', 'conflict handling', 'API design'];
    const mentioned = notes.map((note) => topics.find((topic) => note.body.split('\n\n')[1]?.includes(topic)));
    expect(new Set(mentioned).size).toBe(3);
  });

  it('never reads as a copy of a note to the same company after another round', () => {
    const secondRound = makeInterview({
      id: 'int-2',
      round: 2,
      interviewerIds: ['c-sam'],
      startsAt: '2026-11-24T13:00:00.000Z',
    });
    const ctx = context({ interviews: [...context().interviews, secondRound] });
    const first = draft('thank-you', ctx, { interviewId: 'int-1', contactId: 'c-priya' });
    const second = draft('thank-you', ctx, { interviewId: 'int-2', contactId: 'c-sam' });
    expect(overlap(first.body, second.body)).toBeLessThan(0.35);
  });

  it('writes to each interviewer about their own interview, sharing no sentence with another note', () => {
    const ana = makeContact({ id: 'c-ana', name: 'Ana Lopez', email: 'ana@acme.com' });
    const raj = makeContact({ id: 'c-raj', name: 'Raj Patel', email: 'raj@acme.com' });
    const ctx = context({
      contacts: [priya, tom, lena, sam, ana, raj],
      interviews: [
        makeInterview({
          id: 'int-1',
          interviewerIds: ['c-priya', 'c-tom', 'c-lena'],
          startsAt: '2026-11-12T10:00:00.000Z',
        }),
        makeInterview({
          id: 'int-2',
          round: 2,
          interviewerIds: ['c-ana', 'c-tom', 'c-raj'],
          startsAt: '2026-11-23T10:00:00.000Z',
        }),
      ],
      debriefs: [
        debrief,
        makeDebrief({
          id: 'd-2',
          interviewId: 'int-2',
          questions: [
            {
              question: 'How would you plan a migration?',
              answerSummary: '',
              rating: 4,
              hard: false,
              probedFor: 'migrations',
            },
          ],
        }),
      ],
    });
    const dayOf: Record<string, string> = {
      'c-priya': '12 November',
      'c-lena': '12 November',
      'c-tom': 'yesterday',
      'c-ana': 'yesterday',
      'c-raj': 'yesterday',
    };
    const notes = Object.keys(dayOf).map((contactId) => draft('thank-you', ctx, { contactId }));
    for (const note of notes) {
      const day = dayOf[note.contactId ?? ''] ?? '';
      expect(note.body).toContain(day);
      expect(note.body).not.toContain(day === 'yesterday' ? '12 November' : 'yesterday');
    }
    const names = ['Priya', 'Tom', 'Lena', 'Ana', 'Raj'];
    const sentencesOf = (body: string) =>
      body
        .split('\n\n')
        .slice(1, -1) // greeting and sign-off may repeat
        .join(' ')
        .split(/(?<=[.?!]"?)\s+/)
        .map((sentence) => names.reduce((text, name) => text.replaceAll(name, 'NAME'), sentence));
    const seen = new Map<string, string>();
    for (const note of notes) {
      for (const sentence of sentencesOf(note.body)) {
        expect(
          seen.get(sentence),
          `"${sentence}" is in the notes to ${seen.get(sentence)} and ${note.recipientName}`,
        ).toBeUndefined();
        seen.set(sentence, note.recipientName ?? '');
      }
    }
  });

  it('keeps notes apart past the number of phrasings: eight interviewers over four rounds, no debrief', () => {
    const people = Array.from({ length: 8 }, (_, k) =>
      makeContact({ id: `c-${k}`, name: `Person${k} Example`, email: `p${k}@acme.com` }),
    );
    const ctx = context({
      contacts: people,
      interviews: [0, 1, 2, 3].map((round) =>
        makeInterview({
          id: `int-${round}`,
          round: round + 1,
          interviewerIds: [`c-${round * 2}`, `c-${round * 2 + 1}`],
          startsAt: `2026-11-2${round}T10:00:00.000Z`,
        }),
      ),
      debriefs: [],
    });
    const middles = people.map((person) => {
      const note = draft('thank-you', ctx, { contactId: person.id });
      return note.body
        .split('\n\n')
        .slice(1, -1)
        .join(' ')
        .replace(/Person\d/g, 'NAME')
        .replace(/today|yesterday|on \w+day|on \d+ \w+/g, 'DAY')
        .split(/(?<=[.?!])\s+/);
    });
    for (const [k, mine] of middles.entries()) {
      for (const theirs of middles.slice(k + 1)) {
        expect(mine.filter((sentence) => theirs.includes(sentence)).length).toBeLessThanOrEqual(2);
      }
    }
  });

  it('is short and says when it is due and why it is shaped so', () => {
    const [note] = draftThankYouNotes(context());
    expect(note?.body.split(/\s+/).length).toBeLessThan(170);
    expect(note?.reasons.join(' ')).toMatch(/one note per interviewer/);
    expect(note?.reasons.join(' ')).toMatch(/within 24 hours/);
  });

  it('gives the same text for the same input and another phrasing for another seed', () => {
    const a = draft('thank-you', context(), { contactId: 'c-priya' });
    expect(draft('thank-you', context(), { contactId: 'c-priya' }).body).toBe(a.body);
    const bodies = new Set(
      ['s1', 's2', 's3', 's4', 's5'].map((seed) => draft('thank-you', context(), { contactId: 'c-priya', seed }).body),
    );
    expect(bodies.size).toBeGreaterThan(2);
  });
});

describe('feedback requests', () => {
  const rejected = (overrides = {}) =>
    context({
      rejection: makeRejection({ occurredAt: '2026-11-25T10:00:00.000Z', ...overrides }),
      now: '2026-11-25T15:00:00.000Z',
    });

  it('asks open questions drawn from the weakest points of the debrief, never a generic why', () => {
    const request = draft('feedback-request', rejected());
    expect(request.body).toMatch(/Terraform/); // the concern they raised
    expect(request.body).toMatch(/system design/); // the answer rated 2 of 5
    expect(request.body).toMatch(/introduc/); // self-rating 2 of 5
    expect(request.body).not.toMatch(/Kubernetes|conflict handling/); // strong points are not asked about
    expect(request.body).not.toMatch(/\bwhy\b/i);
    const questions = request.body.split('\n').filter((line) => /^\d\. /.test(line));
    expect(questions).toHaveLength(3);
    for (const question of questions) {
      expect(question).toMatch(/\?$/);
      expect(question).toMatch(/\b(what|how|which)\b/i);
    }
    expect(request.reasons.join(' ')).toMatch(/rated your answer 2 of 5/);
  });

  it('thanks them, says it is not contesting, offers a 10-minute call and asks to be kept in mind', () => {
    const { body } = draft('feedback-request', rejected());
    expect(body).toMatch(/Thank you/);
    expect(body).toMatch(/not (writing to )?contest|not contesting|not an attempt to contest/);
    expect(body).toMatch(/10-minute call/);
    expect(body).toMatch(/future openings/);
  });

  it('replies to the recruiter in the rejection thread with its subject', () => {
    const request = draft('feedback-request', rejected());
    expect(request).toMatchObject({
      channel: 'email',
      to: 'sam.taylor@acme.com',
      contactId: 'c-sam',
      threadRef: '<rejection-1@acme.com>',
      subject: 'Re: Your application for Backend Engineer',
    });
    expect(
      request.body.startsWith('Dear Sam,') ||
        request.body.startsWith('Hello Sam,') ||
        request.body.startsWith('Hi Sam,'),
    ).toBe(true);
  });

  it('writes to the interviewer directly after a no-reply rejection', () => {
    const request = draft(
      'feedback-request',
      rejected({
        channel: 'email',
        email: { from: 'Acme Careers <no-reply@acme.com>', subject: 'Update', messageId: '<x@acme>', noReply: true },
      }),
    );
    expect(request.to).toBe('priya@acme.com');
    expect(request.threadRef).toBeNull();
    expect(request.body).toMatch(/Priya/);
  });

  it('goes through the agency recruiter for an agency candidate', () => {
    const agent = makeContact({ id: 'c-agent', name: 'Lee Grant', role: 'agency_recruiter', email: 'lee@hirewell.co' });
    const ctx = rejected({ channel: 'agency', email: null });
    const request = draft('feedback-request', {
      ...ctx,
      application: makeApplication({ source: 'agency', agency: 'Hirewell' }),
      contacts: [...ctx.contacts, agent],
    });
    expect(request.contactId).toBe('c-agent');
    expect(request.body).toMatch(/Lee/);
  });

  it('asks a referrer or an agency recruiter to pass the questions on, not as if they had decided', () => {
    const referrer = makeContact({ id: 'c-ref', name: 'Ana Lopez', role: 'referrer', email: 'ana@acme.com' });
    const ctx = rejected();
    const viaReferrer = draft('feedback-request', {
      ...ctx,
      application: makeApplication({ source: 'referral', referrerContactId: 'c-ref' }),
      contacts: [...ctx.contacts, referrer],
    });
    expect(viaReferrer.to).toBe('ana@acme.com');
    expect(viaReferrer.threadRef).toBeNull();
    expect(viaReferrer.body).toMatch(/referring me/);
    expect(viaReferrer.body).not.toMatch(/your decision|You mentioned|When you asked/);
    const agent = makeContact({ id: 'c-agent', name: 'Lee Grant', role: 'agency_recruiter', email: 'lee@hirewell.co' });
    const viaAgency = draft('feedback-request', {
      ...rejected({ channel: 'agency', email: null }),
      application: makeApplication({ source: 'agency', agency: 'Hirewell' }),
      contacts: [...ctx.contacts, agent],
    });
    expect(viaAgency.body).toMatch(/putting me forward|support with/);
    expect(viaAgency.body).toMatch(/other roles/);
  });

  it('gives a phone script with the offer of a short call after a phone rejection', () => {
    const request = draft('feedback-request', rejected({ channel: 'phone', email: null }));
    expect(request.channel).toBe('phone');
    expect(request.body).toMatch(/Phone script/);
    expect(request.body).toMatch(/10 minutes for a short call/);
    expect(request.subject).toBeNull();
  });

  it('answers a letter with a letter', () => {
    const request = draft('feedback-request', rejected({ channel: 'letter', email: null }));
    expect(request.channel).toBe('letter');
    expect(request.body).toMatch(/Yours (sincerely|faithfully),\nAlex Morgan$/);
    expect(request.body).toContain('25 November 2026');
  });

  it('warns, but still drafts, when it is too late', () => {
    const request = draft('feedback-request', { ...rejected(), now: '2026-12-03T10:00:00.000Z' });
    expect(request.reasons[0]).toMatch(/^Not recommended: .*7 days/);
    expect(request.reasons.filter((reason) => /7 days/.test(reason))).toHaveLength(1);
  });

  it('after a CV-screen rejection, thanks them for considering the application, not for interviews', () => {
    const screened = context({
      application: makeApplication({ stage: 'applied', outcome: 'rejected' }),
      interviews: [],
      debriefs: [],
      rejection: makeRejection({ occurredAt: '2026-11-25T10:00:00.000Z' }),
      now: '2026-11-25T15:00:00.000Z',
    });
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      for (const channel of ['email', 'letter', 'phone'] as const) {
        const request = draft('feedback-request', screened, { seed, channel });
        expect(request.body).not.toMatch(/interview|meeting the team|the care you took/i);
        expect(`${request.subject}`).not.toMatch(/interview/i);
      }
    }
  });

  it('asks an agency recruiter what the client was looking for, not what they need', () => {
    const agent = makeContact({ id: 'c-agent', name: 'Lee Grant', role: 'agency_recruiter', email: 'lee@hirewell.co' });
    for (const seed of ['a', 'b', 'c', 'd']) {
      const request = draft(
        'feedback-request',
        context({
          application: makeApplication({ source: 'agency', agency: 'Hirewell' }),
          contacts: [...context().contacts, agent],
          debriefs: [],
          rejection: makeRejection({ channel: 'agency', email: null, occurredAt: '2026-11-25T10:00:00.000Z' }),
          now: '2026-11-25T15:00:00.000Z',
        }),
        { seed },
      );
      expect(request.contactId).toBe('c-agent');
      expect(request.body).not.toMatch(/what you need/);
      expect(request.body).toMatch(/what Acme was looking for/);
    }
  });

  it('falls back to specific open questions when there is no debrief', () => {
    const { questions } = feedbackQuestions([], { company: 'Acme', role: 'Data Analyst', seed: 'x' });
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.join(' ')).not.toMatch(/\bwhy\b/i);
  });

  it('names a weak point to the user as theirs: "how you handled", never "how I handled"', () => {
    const point = (label: string) => ({ source: 'rating' as const, label, weight: 1, debriefId: 'd-1' });
    expect(reasonLabel(point('how I handled questions about weaknesses'))).toBe(
      'how you handled questions about weaknesses',
    );
    expect(reasonLabel(point('my introduction'))).toBe('your introduction');
    expect(reasonLabel(point('My questions for me and mine'))).toBe('Your questions for you and yours');
    expect(reasonLabel(point("how calm I was when I'm pressed, and what I've prepared"))).toBe(
      'how calm you were when you’re pressed, and what you’ve prepared',
    );
    // Words that merely contain the letters stay as they are.
    expect(reasonLabel(point('timing in the Myers–Briggs item'))).toBe('timing in the Myers–Briggs item');
  });
});

describe('the other drafts', () => {
  const request = makeMessage({
    id: 'req-1',
    kind: 'feedback-request',
    contactId: 'c-sam',
    subject: 'Re: Your application for Backend Engineer',
    threadRef: '<rejection-1@acme.com>',
    recipient: 'sam.taylor@acme.com',
    sentAt: '2026-11-25T15:00:00.000Z',
  });

  it('nudges once in the same thread, without pressure', () => {
    const nudge = draft('nudge', context({ messages: [request], now: '2026-12-03T10:00:00.000Z' }));
    expect(nudge).toMatchObject({ channel: 'email', to: 'sam.taylor@acme.com', threadRef: '<rejection-1@acme.com>' });
    expect(nudge.subject).toBe('Re: Your application for Backend Engineer');
    expect(nudge.dueAt).toBe('2026-12-02T15:00:00.000Z');
    expect(nudge.body).not.toMatch(/deadline|asap|urgent/i);
    expect(nudge.reasons.join(' ')).not.toMatch(/Not recommended|Not yet/);
  });

  it('says when a nudge is not the thing to send: before it is due, after a reply, weeks later', () => {
    const advice = (messages: Array<typeof request>, now: string) =>
      draft('nudge', context({ messages, now })).reasons.find((reason) => /^Not (?:recommended|yet)/.test(reason));
    expect(advice([request], '2026-11-26T10:00:00.000Z')).toMatch(/^Not yet: Give them 5 business days/);
    const answered = { ...request, status: 'replied' as const, repliedAt: '2026-11-27T09:00:00.000Z' };
    expect(advice([answered], '2026-12-03T10:00:00.000Z')).toMatch(/^Not recommended: they have replied/);
    expect(advice([request], '2027-01-20T10:00:00.000Z')).toMatch(/^Not recommended: .*"no reply"/);
  });

  it('thanks for feedback briefly, naming what was useful, without arguing', () => {
    const feedback = terraformFeedback;
    const reply = draft('feedback-reply', context({ feedback: [feedback] }));
    expect(reply.body).toMatch(/Terraform/);
    expect(reply.body).not.toMatch(/\bbut\b|disagree|actually/i);
    expect(reply.body.split(/\s+/).length).toBeLessThan(110);
  });

  it('closes a follow-up on a quoted question with one question mark, and thanks once', () => {
    const quoted = makeDebrief({
      interviewId: 'int-1',
      questions: [
        {
          question: 'How do you prioritise competing deadlines?',
          answerSummary: '',
          rating: 1,
          hard: true,
          probedFor: null,
        },
      ],
    });
    const feedback = makeFeedback({ contactId: 'c-priya' });
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const followUp = draft('follow-up-question', context({ debriefs: [quoted], feedback: [feedback] }), { seed });
      expect(followUp.body).toMatch(/"How do you prioritise competing deadlines\?"\n/);
      expect(followUp.body.match(/\b(thank|thanks|appreciate)\b/gi)).toHaveLength(1);
    }
  });

  it('thanks for a reply about the role without calling it feedback to act on', () => {
    for (const category of ['role_change', 'no_feedback'] as const) {
      const feedback = makeFeedback({
        contactId: 'c-priya',
        text: 'The position has been put on hold due to budget changes.',
        analysis: {
          categories: [category],
          vague: true,
          actionable: false,
          specifics: ['budget'],
          actions: [],
          followUpQuestion: null,
        },
      });
      for (const seed of ['a', 'b', 'c', 'd', 'e']) {
        const reply = draft('feedback-reply', context({ feedback: [feedback] }), { seed });
        expect(reply.body).toMatch(/Thank you/);
        expect(reply.body).not.toMatch(/helpful|useful|on board|work on|budget/i);
      }
    }
  });

  it('says an influence letter is too late once they have turned the application down', () => {
    const letter = draft(
      'influence-letter',
      context({ application: makeApplication({ outcome: 'rejected' }), rejection: makeRejection() }),
    );
    expect(letter.reasons[0]).toMatch(/^Not recommended: .*too late.*feedback request/);
    expect(letter.reasons.join(' ')).not.toMatch(/before they decide/);
    expect(draft('influence-letter', context()).reasons.join(' ')).toMatch(/before they decide/);
  });

  it('asks one follow-up question for vague feedback', () => {
    const feedback = makeFeedback({
      contactId: 'c-priya',
      text: 'We went with a candidate who was a closer match.',
      analysis: {
        categories: ['competition'],
        vague: true,
        actionable: false,
        specifics: [],
        actions: [],
        followUpQuestion: 'What would have made my profile a closer match for the team?',
      },
    });
    const followUp = draft('follow-up-question', context({ feedback: [feedback] }));
    expect(followUp.body).toContain('What would have made my profile a closer match for the team?');
    expect(followUp.body.match(/\?/g)).toHaveLength(2); // "may I ask…?" and the question itself
  });

  it('does not sign "With thanks," straight under a line that has just thanked them', () => {
    const feedback = terraformFeedback;
    const kinds = [
      'influence-letter',
      'feedback-reply',
      'keep-in-touch',
      'other-openings',
      'referral-request',
    ] as const;
    let signedOff = 0;
    for (const kind of kinds) {
      for (const seed of Array.from({ length: 12 }, (_, i) => `seed-${i}`)) {
        const body = draft(kind, context({ feedback: [feedback] }), { seed }).body;
        const paragraphs = body.split(/\n\n/);
        const signOff = paragraphs.findIndex((paragraph) =>
          /^(?:Kind regards|Best regards|With thanks|Best wishes),/.test(paragraph),
        );
        if (signOff < 1) continue;
        signedOff++;
        if (/\bthank/i.test(paragraphs[signOff - 1] ?? '')) expect(paragraphs[signOff]).not.toMatch(/^With thanks/);
      }
    }
    expect(signedOff).toBeGreaterThan(40);
  });

  it("asks the analysis's question without its own thank-you, which the draft's opening already says", () => {
    const feedback = makeFeedback({
      contactId: 'c-priya',
      text: 'Unfortunately we will not be progressing your application.',
      analysis: {
        categories: ['no_feedback'],
        vague: true,
        actionable: false,
        specifics: [],
        actions: [],
        followUpQuestion:
          'Thank you for letting me know. If you are able to share it, what is one area I could most usefully strengthen?',
      },
    });
    for (const seed of ['a', 'b', 'c', 'd']) {
      const followUp = draft('follow-up-question', context({ feedback: [feedback] }), { seed });
      expect(followUp.body).toContain(
        'If you are able to share it, what is one area I could most usefully strengthen?',
      );
      expect(followUp.body).not.toContain('Thank you for letting me know');
      expect(followUp.body.match(/\bthank/gi)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });

  it('answers each kind of concern in its own way: a gap with a plan, terms with a talk, doubts about level or history with the reason', () => {
    const letterFor = (concern: string, seed = 'a') =>
      draft('influence-letter', context({ debriefs: [{ ...debrief, concernsRaised: [concern] }] }), { seed });
    const plan = /plan in place|pair with experienced colleagues|clear goals for my first weeks|learning the systems/;
    for (const seed of ['a', 'bb', 'ccc']) {
      const salary = letterFor('Salary expectations', seed);
      expect(salary.body).toMatch(/the concern about salary expectations/);
      expect(salary.body).not.toMatch(plan);
      expect(salary.body).toMatch(/talk it through|conversation about it|discuss/);
      expect(salary.reasons.join(' ')).toMatch(/talk the terms through, promising nothing/);
      expect(letterFor('Notice period of three months', seed).body).not.toMatch(plan);
      expect(letterFor('They thought I might be overqualified', seed).body).toMatch(/this role|next step/);
      expect(letterFor('A two-year gap in my CV', seed).body).toMatch(/background|context/);
      // A gap in skills is still answered with a plan, however its words read ("remote", "gaps").
      expect(letterFor('No experience managing remote teams', seed).body).toMatch(plan);
      expect(letterFor('Gaps in my SQL knowledge', seed).body).toMatch(plan);
    }
  });

  it('writes a ~300-word influence letter addressing the concerns raised', () => {
    const letter = draft('influence-letter', context());
    const words = letter.body.split(/\s+/).length;
    expect(words).toBeGreaterThan(200);
    expect(words).toBeLessThan(380);
    expect(letter.body).toMatch(/Terraform/);
    expect(letter.contactId).toBe('c-lena'); // the hiring manager
  });

  it('makes a formal UK subject access request citing Article 15 and the one-month limit', () => {
    const request = draft('subject-access-request', context());
    expect(request.body).toMatch(/Article 15 of the UK General Data Protection Regulation/);
    expect(request.body).toMatch(/interview/);
    expect(request.body).toMatch(/scores/);
    expect(request.body).toMatch(/one month/);
    const eu = draft('subject-access-request', context({ timeZone: 'Europe/Berlin' }));
    expect(eu.body).toMatch(/Article 15 of the General Data Protection Regulation \(GDPR\)/);
  });

  it('invents no name when the user has not set one, and says to set it', () => {
    const feedback = makeFeedback({ contactId: 'c-priya' });
    for (const userName of ['', null]) {
      const ctx = context({ userName, messages: [request], feedback: [feedback], rejection: makeRejection() });
      const drafts = [
        ...draftKinds.map((kind) => draft(kind, ctx)),
        draft('feedback-request', ctx, { channel: 'letter' }),
        draft('feedback-request', ctx, { channel: 'phone' }),
      ];
      for (const result of drafts) {
        expect(result.body).not.toMatch(/\bMe\b|null|this is \W|\s$/);
        expect(`${result.subject}`).not.toMatch(/\bfrom\s*$|:\s*$/);
        expect(result.reasons.join(' ')).toMatch(/name is not set/);
        if (result.kind === 'subject-access-request') expect(result.body).toMatch(/Name: \[your name\]/);
        else expect(result.body).not.toContain('[your name]');
      }
    }
  });

  it('drafts every kind with a body, a channel and reasons', () => {
    const feedback = makeFeedback({ contactId: 'c-priya' });
    const ctx = context({ messages: [request], feedback: [feedback], rejection: makeRejection() });
    for (const kind of draftKinds) {
      const result = draft(kind, ctx);
      expect(result.kind).toBe(kind);
      expect(result.body.length).toBeGreaterThan(80);
      expect(result.reasons.length).toBeGreaterThan(0);
      expect(result.body).not.toMatch(/undefined|null|\{|\}/);
    }
  });
});

describe('drafts say only what happened', () => {
  const seeds = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  // Turned down on the application: a recruiter's email, no interview, a request sent, a standard reply.
  const screened = (overrides: Partial<DraftContext> = {}) =>
    context({
      application: makeApplication({ stage: 'applied', outcome: 'rejected' }),
      contacts: [sam],
      interviews: [],
      debriefs: [],
      rejection: makeRejection({ stage: 'applied', occurredAt: '2026-11-25T10:00:00.000Z' }),
      feedback: [makeFeedback({ contactId: 'c-sam', fromName: 'Sam Taylor' })],
      messages: [
        makeMessage({
          id: 'req-1',
          contactId: 'c-sam',
          subject: 'Re: Your application for Backend Engineer',
          recipient: 'sam.taylor@acme.com',
          sentAt: '2026-11-25T15:00:00.000Z',
        }),
      ],
      now: '2026-12-03T10:00:00.000Z',
      ...overrides,
    });

  it('never mentions an interview, a meeting or a conversation after a rejection at the CV screen', () => {
    for (const kind of draftKinds.filter((k) => k !== 'thank-you' && k !== 'influence-letter')) {
      for (const seed of seeds) {
        const result = draft(kind, screened(), { seed });
        expect(`${result.subject}\n${result.body}`, `${kind} (${seed})`).not.toMatch(
          /interview|meeting the team|met the team|our conversation|we spoke|getting to know the team/i,
        );
      }
    }
    const nudge = draft('nudge', screened());
    expect(nudge.body).toMatch(/my application for the Backend Engineer role/);
  });

  it('refuses a thank-you note, an influence letter or a follow-up question with nothing to follow', () => {
    expect(() => draft('thank-you', screened())).toThrow(ValidationError);
    expect(() => draft('influence-letter', screened())).toThrow(/follows an interview/);
    expect(() => draft('follow-up-question', screened({ feedback: [] }))).toThrow(/log the feedback/);
  });

  it('says "the interview", not "the interviews", after a single one', () => {
    const ctx = context({
      rejection: makeRejection({ occurredAt: '2026-11-25T10:00:00.000Z' }),
      feedback: [makeFeedback({ contactId: 'c-sam' })],
      now: '2026-11-25T15:00:00.000Z',
    });
    for (const seed of seeds) {
      for (const kind of ['feedback-request', 'feedback-reply', 'other-openings', 'keep-in-touch'] as const) {
        const result = draft(kind, ctx, { seed });
        expect(`${result.subject}\n${result.body}`, `${kind} (${seed})`).not.toMatch(/interviews/);
      }
    }
  });

  it('nudges a request made by phone by email when an address is known, and by phone when only a number is', () => {
    const byPhone = makeMessage({
      id: 'req-1',
      channel: 'phone',
      contactId: 'c-sam',
      recipient: '+44 20 7946 0001',
      sentAt: '2026-11-25T15:00:00.000Z',
    });
    const nudge = draft('nudge', context({ messages: [byPhone], now: '2026-12-03T10:00:00.000Z' }));
    expect(nudge).toMatchObject({ channel: 'email', to: 'sam.taylor@acme.com', threadRef: null });
    expect(nudge.body).toMatch(/our (earlier )?call/);
    expect(nudge.subject).not.toMatch(/^Re:/);
    const phoneOnly = { ...sam, email: null, phone: '+44 20 7946 0001' };
    const call = draft(
      'nudge',
      context({ contacts: [priya, phoneOnly], messages: [byPhone], now: '2026-12-03T10:00:00.000Z' }),
    );
    expect(call).toMatchObject({ channel: 'phone', to: '+44 20 7946 0001', subject: null });
    expect(call.body).toMatch(/^Phone script/);
  });

  it('asks as "you" only someone who sat in the interview a point comes from', () => {
    // Sam ran the recruiter screen; the weak points come from Priya and Tom's technical round.
    const ctx = context({
      interviews: [
        makeInterview({
          id: 'int-0',
          type: 'recruiter_screen',
          interviewerIds: ['c-sam'],
          startsAt: '2026-11-17T10:00:00.000Z',
        }),
        makeInterview({ id: 'int-1', interviewerIds: ['c-priya', 'c-tom'], startsAt: '2026-11-24T10:00:00.000Z' }),
      ],
      debriefs: [{ ...debrief, interviewersMet: [] }],
      rejection: makeRejection({ occurredAt: '2026-11-25T10:00:00.000Z' }),
      now: '2026-11-25T15:00:00.000Z',
    });
    for (const seed of seeds) {
      const request = draft('feedback-request', ctx, { seed });
      expect(request.contactId).toBe('c-sam');
      expect(request.body).not.toMatch(/You mentioned|When you asked|your concern/);
    }
    const alone = context({
      interviews: [makeInterview({ id: 'int-1', interviewerIds: ['c-priya'], startsAt: '2026-11-24T10:00:00.000Z' })],
      debriefs: [{ ...debrief, interviewersMet: [] }],
      rejection: makeRejection({ occurredAt: '2026-11-25T10:00:00.000Z' }),
      now: '2026-11-25T15:00:00.000Z',
    });
    const bodies = seeds.map((seed) => draft('feedback-request', alone, { seed }).body).join('\n');
    expect(bodies).toMatch(/Priya (raised|asked)|When Priya asked|convincing to Priya/);
    expect(bodies).not.toMatch(/the panel/);
  });

  it('greets a stand-in name as nobody, and a doctor by title and surname', () => {
    const unnamed = makeContact({ id: 'c-x', name: 'Interviewer 2', email: 'panel@acme.com' });
    const doctor = makeContact({ id: 'c-ada', name: 'Dr. Ada Okafor', email: 'ada@acme.com' });
    const ctx = context({
      contacts: [unnamed, doctor],
      interviews: [
        makeInterview({ id: 'int-1', interviewerIds: ['c-x', 'c-ada'], startsAt: '2026-11-24T10:00:00.000Z' }),
      ],
    });
    for (const seed of seeds) {
      const [toUnnamed, toDoctor] = draftThankYouNotes(ctx, 'int-1', seed);
      expect(toUnnamed?.body).not.toMatch(/Interviewer/);
      expect(toUnnamed?.reasons.join(' ')).toMatch(/does not look like a name/);
      expect(toDoctor?.body).toMatch(/^(Dear|Hello|Hi) Dr\. Okafor,/);
      expect(toDoctor?.body).not.toMatch(/Dr\. Ada/);
    }
  });

  it('writes an odd role, a stand-in role and a company ending in a full stop as a person would', () => {
    const odd = context({ application: makeApplication({ company: 'Globex Inc.', role: 'Backend Engineer (m/w/d)' }) });
    const stand = context({ application: makeApplication({ role: 'N/A' }) });
    for (const seed of seeds) {
      for (const kind of ['thank-you', 'keep-in-touch', 'other-openings', 'influence-letter'] as const) {
        const a = draft(kind, odd, { seed, contactId: 'c-priya' });
        expect(`${a.subject}\n${a.body}`).not.toMatch(/\(m\/w\/d\)|Inc\.\.| {2}/);
        expect(a.body).toMatch(/Backend Engineer/);
        const b = draft(kind, stand, { seed, contactId: 'c-priya' });
        expect(`${b.subject}\n${b.body}`).not.toMatch(/N\/A|the {2}role|^[a-z]/);
      }
    }
  });

  it('addresses a letter to an agency recruiter at the agency', () => {
    const agent = makeContact({ id: 'c-agent', name: 'Lee Grant', role: 'agency_recruiter', email: 'lee@hirewell.co' });
    const letter = draft(
      'feedback-request',
      context({
        application: makeApplication({ source: 'agency', agency: 'Hirewell' }),
        contacts: [priya, agent],
        rejection: makeRejection({ channel: 'agency', email: null, occurredAt: '2026-11-25T10:00:00.000Z' }),
        now: '2026-11-25T15:00:00.000Z',
      }),
      { channel: 'letter' },
    );
    expect(letter.body).toMatch(/Lee Grant\nHirewell\n/);
  });

  it('thanks for feedback without claiming work the user has not started', () => {
    const feedback = terraformFeedback;
    for (const seed of seeds) {
      const reply = draft('feedback-reply', context({ feedback: [feedback] }), { seed });
      expect(reply.body).not.toMatch(/already started|already begun/);
      expect(reply.body.match(/\buseful\b/g)?.length ?? 0).toBeLessThan(2);
    }
  });
});

describe('the interview day as it was where the interview took place', () => {
  // 08:00 on Wednesday 25 November in Tokyo is 23:00 on Tuesday in London, where the user lives.
  const tokyo = makeInterview({
    id: 'int-1',
    timeZone: 'Asia/Tokyo',
    interviewerIds: ['c-priya'],
    startsAt: '2026-11-24T23:00:00.000Z',
  });

  it('names the interview day in the interview zone, in the notes and in a subject access request', () => {
    const ctx = context({ interviews: [tokyo], now: '2026-11-25T09:00:00.000Z' }); // 18:00 in Tokyo
    const note = draft('thank-you', ctx, { contactId: 'c-priya' });
    expect(note.body).toMatch(/today/);
    expect(note.body).not.toMatch(/yesterday|Tuesday/);
    expect(note.reasons.join(' ')).toMatch(/your time \(.*in Asia\/Tokyo/);
    const later = draft('thank-you', { ...ctx, now: '2026-11-27T09:00:00.000Z' }, { contactId: 'c-priya' });
    expect(later.body).toMatch(/Wednesday/);
    expect(draft('subject-access-request', ctx).body).toMatch(/Interview date: 25 November 2026/);
  });

  it("uses the user's zone for an interview stored without one (UTC, the schema default)", () => {
    const unzoned = { ...tokyo, timeZone: 'UTC' };
    const ctx = context({ interviews: [unzoned], now: '2026-11-25T09:00:00.000Z', timeZone: 'America/Los_Angeles' });
    // 23:00 UTC on the 24th is 15:00 on Tuesday in Los Angeles: "yesterday" for the user at 01:00 on Wednesday.
    expect(draft('thank-you', ctx, { contactId: 'c-priya' }).body).toMatch(/yesterday/);
  });
});
