import { describe, expect, it } from 'vitest';
import {
  makeApplication,
  makeDebrief,
  makeFeedback,
  makeMessage,
  makeRejection,
} from '../decisions/decisions.factories';
import type { FeedbackAnalysis, FeedbackCategory } from '../feedback/feedback.schema';
import { buildInsights } from './insights.build';
import { debriefEvidence } from './insights.evidence';
import type { InsightsData } from './insights.types';

function analysis(categories: FeedbackCategory[], specifics: string[] = [], vague = false): FeedbackAnalysis {
  const actionable = categories.filter((category) => !['role_change', 'no_feedback', 'strength'].includes(category));
  return {
    categories,
    vague,
    actionable: actionable.length > 0,
    specifics,
    actions: specifics.length > 0 && actionable[0] ? [{ category: actionable[0], text: 'Work on it', specifics }] : [],
    followUpQuestion: null,
  };
}

const apps = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'wonka'].map((id, index) =>
  makeApplication({
    id,
    company: id.charAt(0).toUpperCase() + id.slice(1),
    outcome: 'rejected',
    stage: index < 2 ? 'applied' : 'interview',
  }),
);

function data(overrides: Partial<InsightsData> = {}): InsightsData {
  return {
    applications: apps,
    rejections: [
      makeRejection({ applicationId: 'acme', stage: 'applied', occurredAt: '2026-09-03T10:00:00.000Z' }),
      makeRejection({ applicationId: 'globex', stage: 'screen', occurredAt: '2026-09-20T10:00:00.000Z' }),
      makeRejection({ applicationId: 'initech', stage: 'interview', occurredAt: '2026-10-05T10:00:00.000Z' }),
      makeRejection({ applicationId: 'initech', stage: 'final', occurredAt: '2026-10-12T10:00:00.000Z' }),
      // 23:30 UTC on 31 October is still October in London (GMT by then).
      makeRejection({ applicationId: 'umbrella', stage: 'final', occurredAt: '2026-10-31T23:30:00.000Z' }),
      makeRejection({ applicationId: 'hooli', stage: 'interview', occurredAt: '2026-11-02T10:00:00.000Z' }),
    ],
    feedback: [
      makeFeedback({
        id: 'fb-1',
        applicationId: 'initech',
        receivedAt: '2026-10-14T10:00:00.000Z',
        analysis: analysis(['skills'], ['Kubernetes']),
      }),
      makeFeedback({
        id: 'fb-2',
        applicationId: 'umbrella',
        receivedAt: '2026-11-03T10:00:00.000Z',
        analysis: analysis(['skills', 'answers'], ['kubernetes', 'system design']),
      }),
      makeFeedback({
        id: 'fb-3',
        applicationId: 'hooli',
        receivedAt: '2026-11-05T10:00:00.000Z',
        analysis: analysis(['skills'], ['Kubernetes']),
      }),
      makeFeedback({
        id: 'fb-4',
        applicationId: 'hooli',
        receivedAt: '2026-11-06T10:00:00.000Z',
        analysis: analysis(['answers']),
      }),
      makeFeedback({
        id: 'fb-5',
        applicationId: 'globex',
        receivedAt: '2026-09-22T10:00:00.000Z',
        analysis: analysis(['role_change']),
      }),
      makeFeedback({
        id: 'fb-6',
        applicationId: 'acme',
        receivedAt: '2026-09-05T10:00:00.000Z',
        analysis: analysis(['no_feedback'], [], true),
      }),
      makeFeedback({
        id: 'fb-7',
        applicationId: 'wonka',
        receivedAt: '2026-11-07T10:00:00.000Z',
        analysis: analysis(['role_change']),
      }),
      makeFeedback({
        id: 'fb-8',
        applicationId: 'wonka',
        receivedAt: '2026-11-08T10:00:00.000Z',
        analysis: analysis(['strength', 'competition']),
      }),
    ],
    feedbackRequests: [
      makeMessage({
        id: 'r1',
        applicationId: 'initech',
        sentAt: '2026-10-12T12:00:00.000Z',
        repliedAt: '2026-10-14T12:00:00.000Z',
        status: 'replied',
      }),
      makeMessage({ id: 'r2', applicationId: 'globex', sentAt: '2026-11-01T10:00:00.000Z', status: 'sent' }),
      makeMessage({ id: 'r3', applicationId: 'hooli', sentAt: '2026-11-03T10:00:00.000Z', status: 'sent' }),
      makeMessage({ id: 'r4', applicationId: 'acme', sentAt: '2026-11-03T10:00:00.000Z', status: 'closed' }),
      makeMessage({ id: 'r5', applicationId: 'acme', sentAt: null, status: 'draft' }),
    ],
    debriefs: [
      makeDebrief({
        id: 'd-1',
        questions: [
          { question: 'How do you deploy to Kubernetes?', answerSummary: '', rating: 1, hard: true, probedFor: null },
        ],
        ratings: { introduction: 2 },
      }),
      makeDebrief({ id: 'd-2', concernsRaised: ['Little hands-on Kubernetes work'], ratings: { close: 4 } }),
      makeDebrief({ id: 'd-3', ratings: { companyResearch: 1 } }),
    ],
    ...overrides,
  };
}

describe('insights', () => {
  const insights = buildInsights(data(), '2026-11-24T10:00:00.000Z', { timeZone: 'Europe/London' });

  it('counts rejections once per application, at the stage they happened', () => {
    // Initech counts once, at its final stage; Wonka is marked rejected without an event, at its current stage.
    expect(insights.rejectionsByStage).toEqual([
      { stage: 'applied', count: 1 },
      { stage: 'screen', count: 1 },
      { stage: 'interview', count: 2 },
      { stage: 'final', count: 2 },
    ]);
    expect(insights.totals.rejections).toBe(6);
  });

  it('shows categories and specifics over time, by the user’s month', () => {
    expect(insights.byMonth.map((month) => [month.month, month.rejections, month.feedback])).toEqual([
      ['2026-09', 2, 2],
      ['2026-10', 2, 1],
      ['2026-11', 1, 5],
    ]);
    const november = insights.byMonth.find((month) => month.month === '2026-11');
    expect(november?.categories.skills).toBe(2);
    expect(november?.specifics.Kubernetes).toBe(2);
    // Evidence comes newest first.
    expect(insights.specifics[0]).toEqual({ specific: 'Kubernetes', count: 3, feedbackIds: ['fb-3', 'fb-2', 'fb-1'] });
    expect(insights.categories[0]).toEqual({ category: 'skills', count: 3 });
  });

  it('reports the feedback-request response rate and the median time to reply', () => {
    // r1 replied after 2 days; r3 answered by feedback logged 2 days later; r2 and r4 never.
    expect(insights.feedbackRequests).toEqual({ sent: 4, replied: 2, responseRate: 0.5, medianDaysToReply: 2 });
  });

  it('puts the recurring, actionable specific first, with its evidence', () => {
    const [first, second, third] = insights.topThree;
    expect(first).toMatchObject({ category: 'skills', specific: 'Kubernetes' });
    expect(first?.feedbackIds).toEqual(['fb-3', 'fb-2', 'fb-1']);
    expect(first?.debriefIds.sort()).toEqual(['d-1', 'd-2']);
    expect(first).toMatchObject({ feedbackCount: 3, debriefCount: 2 });
    expect(first?.evidence).toMatch(/3 pieces of feedback \(Hooli, Initech, Umbrella\)/);
    expect(first?.advice).toMatch(/Kubernetes/);
    expect(second).toMatchObject({ category: 'answers', specific: null });
    expect(second?.feedbackIds.sort()).toEqual(['fb-2', 'fb-4']);
    expect(second?.debriefIds).toContain('d-1');
    expect(third?.category).not.toMatch(/role_change|no_feedback|strength/);
  });

  it('never counts role changes or "no feedback" among the top three, however often they come', () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      makeFeedback({
        id: `rc-${i}`,
        applicationId: 'wonka',
        analysis: analysis(i % 2 ? ['role_change'] : ['no_feedback']),
      }),
    );
    const result = buildInsights(data({ feedback: [...data().feedback, ...many] }), '2026-11-24T10:00:00.000Z');
    for (const thing of result.topThree)
      expect(['role_change', 'no_feedback', 'strength']).not.toContain(thing.category);
  });

  it('keeps evidence lists short while the counts and the sentence carry the totals', () => {
    const debriefs = Array.from({ length: 400 }, (_, i) =>
      makeDebrief({ id: `late-${i}`, ratings: { punctuality: 1 } }),
    );
    const feedback = Array.from({ length: 60 }, (_, i) =>
      makeFeedback({
        id: `fb-late-${String(i).padStart(2, '0')}`,
        applicationId: 'wonka',
        receivedAt: `2026-10-${String((i % 28) + 1).padStart(2, '0')}T09:00:00.000Z`,
        analysis: analysis(['conduct'], ['punctuality']),
      }),
    );
    const result = buildInsights(data({ feedback, debriefs }), '2026-11-24T10:00:00.000Z');
    const conduct = result.topThree.find((thing) => thing.category === 'conduct');
    expect(conduct).toMatchObject({ feedbackCount: 60, debriefCount: 400 });
    expect(conduct?.feedbackIds).toHaveLength(25);
    expect(conduct?.debriefIds).toHaveLength(25);
    expect(conduct?.evidence).toMatch(/60 pieces of feedback.*400 of your debriefs/);
    // The most recent feedback is the evidence kept.
    expect(conduct?.feedbackIds[0]).toMatch(/^fb-late-(27|55)$/);
    expect(result.specifics[0]).toMatchObject({ specific: 'punctuality', count: 60 });
    expect(result.specifics[0]?.feedbackIds).toHaveLength(25);
  });

  it('names the specifics of a single piece of feedback before its category, without repeating it', () => {
    const single = makeFeedback({
      id: 'fb-only',
      applicationId: 'wonka',
      analysis: analysis(['skills'], ['Kubernetes', 'system design']),
    });
    const result = buildInsights(data({ feedback: [single], debriefs: [] }), '2026-11-24T10:00:00.000Z');
    expect(result.topThree.map((thing) => thing.title)).toEqual([
      'Kubernetes (skills and technical depth)',
      'System design (skills and technical depth)',
    ]);
  });

  it('counts a specific named under two categories as one thing that recurs', () => {
    const feedback = [
      makeFeedback({ id: 'k1', applicationId: 'wonka', analysis: analysis(['skills'], ['Kubernetes']) }),
      makeFeedback({
        id: 'k2',
        applicationId: 'hooli',
        analysis: analysis(['experience', 'competition'], ['Kubernetes']),
      }),
    ];
    const result = buildInsights(data({ feedback, debriefs: [] }), '2026-11-24T10:00:00.000Z');
    expect(result.topThree[0]).toMatchObject({ specific: 'Kubernetes', category: 'skills', feedbackCount: 2 });
    expect(result.topThree[0]?.title).toBe('Kubernetes (skills and technical depth)');
    // The feedback that named it as experience is said and done: experience is not listed again for it alone.
    expect(result.topThree.map((thing) => thing.category)).not.toContain('experience');
    expect(result.topThree.map((thing) => thing.category)).toContain('competition');
  });

  it('names a recurring specific within its category instead of listing the same feedback twice', () => {
    const said = (id: string, specifics: string[]) =>
      makeFeedback({ id, applicationId: 'wonka', analysis: analysis(['experience'], specifics) });
    const feedback = [
      said('e1', ['people management']),
      said('e2', ['people management']),
      said('e3', ['people management', 'budgets']),
      said('e4', []),
      said('e5', []),
      said('e6', ['budgets']),
      said('e7', []),
      makeFeedback({ id: 's1', applicationId: 'hooli', analysis: analysis(['skills'], ['Terraform']) }),
    ];
    const debriefs = [
      makeDebrief({ id: 'd-pm', concernsRaised: ['Has not done people management at this scale'] }),
      makeDebrief({ id: 'd-other', concernsRaised: ['Notice period'] }),
    ];
    const result = buildInsights(data({ feedback, debriefs }), '2026-11-24T10:00:00.000Z');
    const experience = result.topThree.filter((thing) => thing.category === 'experience');
    expect(experience).toHaveLength(1);
    expect(experience[0]).toMatchObject({
      title: 'Experience and level, above all people management',
      specific: 'people management',
      feedbackCount: 7,
    });
    expect(experience[0]?.evidence).toMatch(
      /Named in 7 pieces of feedback \(Wonka\), 3 of them about people management/,
    );
    expect(experience[0]?.advice).toMatch(/people management/);
    // The debriefs behind the specific back its category up.
    expect(experience[0]).toMatchObject({ debriefIds: ['d-pm'], debriefCount: 1 });
    expect(result.topThree.map((thing) => thing.specific)).toContain('Terraform');
  });

  it("ranks what employers said above the user's own low self-ratings, however many debriefs there are", () => {
    const debriefs = Array.from({ length: 3000 }, (_, i) =>
      makeDebrief({ id: `self-${i}`, ratings: i % 2 ? { dress: 1 } : { punctuality: 2, listening: 2 } }),
    );
    const feedback = [
      makeFeedback({ id: 'fb-exp', applicationId: 'wonka', analysis: analysis(['experience'], ['fintech']) }),
    ];
    const result = buildInsights(data({ feedback, debriefs }), '2026-11-24T10:00:00.000Z');
    expect(result.topThree[0]?.feedbackIds).toEqual(['fb-exp']);
    const conduct = result.topThree.find((thing) => thing.category === 'conduct');
    // From debriefs alone, the advice and evidence follow the ratings that were low, not the generic category.
    expect(conduct?.evidence).toMatch(
      /Seen in 3000 of your debriefs \(low self-ratings on (dress and punctuality|punctuality and dress)\)/,
    );
    expect(conduct?.advice).toMatch(/dress code/);
    expect(conduct?.advice).not.toMatch(/phone/);
  });

  it('falls back on recurring debrief weaknesses when there is no feedback yet', () => {
    const result = buildInsights(
      data({
        feedback: [],
        debriefs: [
          makeDebrief({ id: 'a', ratings: { companyResearch: 2 } }),
          makeDebrief({ id: 'b', ratings: { questionsForThem: 1 } }),
          makeDebrief({ id: 'c', ratings: { listening: 2 } }),
        ],
      }),
      '2026-11-24T10:00:00.000Z',
    );
    expect(result.topThree[0]).toMatchObject({ category: 'preparation', debriefIds: ['a', 'b'], feedbackIds: [] });
    expect(result.topThree[0]?.evidence).toMatch(/Seen in 2 of your debriefs/);
  });

  it('gives the same answer whatever order the rows come in, and from debrief evidence worked out beforehand', () => {
    const base = data({
      feedback: [
        ...data().feedback,
        // Received at the same moment as fb-3, spelling the specific differently.
        makeFeedback({
          id: 'fb-0',
          applicationId: 'hooli',
          receivedAt: '2026-11-05T10:00:00.000Z',
          analysis: analysis(['skills'], ['KUBERNETES']),
        }),
      ],
      rejections: [
        ...data().rejections,
        // Two rejections of one application at the same moment.
        makeRejection({ applicationId: 'wonka', stage: 'screen', occurredAt: '2026-11-09T10:00:00.000Z' }),
        makeRejection({ applicationId: 'wonka', stage: 'final', occurredAt: '2026-11-09T10:00:00.000Z' }),
      ],
    });
    const at = '2026-11-24T10:00:00.000Z';
    const expected = JSON.stringify(buildInsights(base, at, { timeZone: 'Europe/London' }));
    const reversed: InsightsData = {
      applications: [...base.applications].reverse(),
      rejections: [...base.rejections].reverse(),
      feedback: [...base.feedback].reverse(),
      feedbackRequests: [...base.feedbackRequests].reverse(),
      debriefs: [...base.debriefs]
        .reverse()
        .map((debrief) => ('lowRatings' in debrief ? debrief : debriefEvidence(debrief))),
    };
    expect(JSON.stringify(buildInsights(reversed, at, { timeZone: 'Europe/London' }))).toBe(expected);
  });

  it('lists the most recent debriefs as evidence', () => {
    const debriefs = Array.from({ length: 40 }, (_, i) =>
      makeDebrief({
        id: `d-${String(i).padStart(2, '0')}`,
        createdAt: `2026-10-${String((i % 28) + 1).padStart(2, '0')}T09:00:00.000Z`,
        ratings: { dress: 1 },
      }),
    );
    const result = buildInsights(data({ feedback: [], debriefs }), '2026-11-24T10:00:00.000Z');
    const conduct = result.topThree.find((thing) => thing.category === 'conduct');
    expect(conduct?.debriefCount).toBe(40);
    // d-27 was on 28 October, the latest day; the second lap (d-28 to d-39) is on 1 to 12 October.
    expect(conduct?.debriefIds.slice(0, 5)).toEqual(['d-27', 'd-26', 'd-25', 'd-24', 'd-23']);
    expect(conduct?.debriefIds).toHaveLength(25);
    expect(conduct?.debriefIds).not.toContain('d-00');
  });

  it('finds a specific in a weak answer even when it runs from what was probed for into the question', () => {
    const feedback = [
      makeFeedback({ id: 'fb-sd', applicationId: 'initech', analysis: analysis(['skills'], ['system design']) }),
    ];
    const weak = (id: string, rating: number) =>
      makeDebrief({
        id,
        questions: [{ question: 'Design a URL shortener', answerSummary: '', rating, hard: true, probedFor: 'System' }],
      });
    const result = buildInsights(data({ feedback, debriefs: [weak('d-weak', 2), weak('d-strong', 5)] }), '2026-11-24');
    expect(result.topThree.find((thing) => thing.specific === 'system design')?.debriefIds).toEqual(['d-weak']);
  });
});
