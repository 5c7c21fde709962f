import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localUserId, type Store } from '../../store/store';
import { make } from '../../testing/factories';
import { testBackends } from '../../testing/test-stores';
import { createServices, type Services } from '../services';

const me = { userId: localUserId };

describe.each(await testBackends())('advice over stored data on $name', ({ open }) => {
  let store: Store;
  let services: Services;
  let other: Services;
  const now = new Date('2026-11-24T16:00:00.000Z'); // a Tuesday

  beforeAll(async () => {
    store = await open();
    services = createServices(store, { clock: () => now });
    // A second set of services on the same database stands for another process (the CLI) writing.
    other = createServices(store, { clock: () => now });
    await services.me.update(me, { name: 'Alex Morgan', timeZone: 'Europe/London' });
  });
  afterAll(async () => {
    await store.close();
  });

  async function interviewedApplication(options: { connectedWithDana?: boolean } = {}) {
    const app = await services.applications.create(
      me,
      make.application({ company: 'Contoso', role: 'Support Engineer', stage: 'interview' }),
    );
    const dana = await services.contacts.create(
      me,
      make.contact({ applicationId: app.id, name: 'Dana Whitfield', connectedWell: options.connectedWithDana ?? true }),
    );
    const lee = await services.contacts.create(
      me,
      make.contact({ applicationId: app.id, name: 'Lee Park', role: 'hiring_manager', email: 'lee@contoso.example' }),
    );
    const interview = await services.interviews.create(
      me,
      make.interview(app.id, {
        startsAt: '2026-11-24T13:00:00.000Z',
        durationMinutes: 60,
        interviewerIds: [dana.id, lee.id],
      }),
    );
    return { app, dana, lee, interview };
  }

  it('puts the debrief and one thank-you note per interviewer on the agenda, and takes them off when done', async () => {
    const { app, interview } = await interviewedApplication();
    const agenda = await services.advice.agenda(me);
    const mine = [...agenda.overdue, ...agenda.dueToday, ...agenda.thisWeek].filter((i) => i.applicationId === app.id);
    expect(mine.filter((i) => i.kind === 'debrief')).toHaveLength(1);
    expect(mine.filter((i) => i.kind === 'thank-you')).toHaveLength(2);

    // Written through the other instance: the cached agenda must notice.
    await other.interviews.saveDebrief(me, interview.id, {
      questions: [
        { question: 'How would you handle an angry customer?', answerSummary: 'Rambled', rating: 2, hard: true },
      ],
      ratings: { close: 2, listening: 4 },
    });
    const after = await services.advice.agenda(me);
    const still = [...after.overdue, ...after.dueToday, ...after.thisWeek].filter((i) => i.applicationId === app.id);
    expect(still.filter((i) => i.kind === 'debrief')).toHaveLength(0);
  });

  it('drafts a different thank-you note for each interviewer', async () => {
    const { app, dana, lee } = await interviewedApplication();
    const toDana = await services.advice.draft(me, { kind: 'thank-you', applicationId: app.id, contactId: dana.id });
    const toLee = await services.advice.draft(me, { kind: 'thank-you', applicationId: app.id, contactId: lee.id });
    expect(toDana.body).toContain('Dana');
    expect(toLee.body).toContain('Lee');
    expect(toDana.body).not.toBe(toLee.body.replaceAll('Lee', 'Dana'));
    expect(toDana.reasons.length).toBeGreaterThan(0);
    await expect(
      services.advice.draft(me, { kind: 'thank-you', applicationId: app.id, contactId: 'someone-else' }),
    ).rejects.toThrow(/does not belong/);
  });

  it('recommends replying in the thread of an emailed rejection, and drafts that request', async () => {
    // Nobody stood out, so the hiring manager is asked, and he is the one who sent the rejection.
    const { app } = await interviewedApplication({ connectedWithDana: false });
    await services.applications.recordEvent(me, app.id, {
      outcome: 'rejected',
      channel: 'email',
      occurredAt: '2026-11-24T09:00:00.000Z',
      email: {
        from: 'Lee Park <lee@contoso.example>',
        subject: 'Your application',
        messageId: '<abc@contoso.example>',
      },
    });
    const decision = await services.advice.recommendation(me, app.id);
    expect(decision.shouldAsk).toBe(true);
    expect(decision.recipient?.name).toBe('Lee Park');
    const request = await services.advice.draft(me, { kind: 'feedback-request', applicationId: app.id });
    expect(request.subject).toBe('Re: Your application');
    expect(request.threadRef).toBe('<abc@contoso.example>');
    expect(request.body).not.toMatch(/why didn.t I get/i);
  });

  it('reads feedback as it is saved and surfaces what recurs in insights', async () => {
    for (const text of [
      'We needed deeper Kubernetes experience for this platform role.',
      'The other candidates had run Kubernetes in production; your answers there stayed theoretical.',
    ]) {
      const app = await services.applications.create(me, make.application({ outcome: 'rejected' }));
      const saved = await services.feedback.create(me, { applicationId: app.id, text });
      expect(saved.analysis?.categories).toContain('skills');
    }
    const insights = await services.advice.insights(me);
    expect(insights.topThree[0]?.title).toMatch(/Kubernetes/i);
    expect(insights.topThree[0]?.feedbackIds).toHaveLength(2);
  });
});
