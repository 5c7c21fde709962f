import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readUploadsForImport } from '../../mail/mail.import';
import { localUserId, type Store } from '../../store/store';
import { make } from '../../testing/factories';
import { testBackends } from '../../testing/test-stores';
import { createServices, type Services } from '../services';

const me = { userId: localUserId };
const eml = (headers: Record<string, string>, body: string) =>
  `${Object.entries({ 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=utf-8', ...headers })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;

const rejection = eml(
  {
    From: 'Northwind Traders Talent <no-reply@greenhouse.io>',
    To: 'alex@example.org',
    Subject: 'Your application for Data Analyst at Northwind Traders',
    Date: 'Mon, 23 Nov 2026 10:12:00 +0000',
    'Message-ID': '<rej-1@greenhouse.io>',
  },
  'Hi Alex,\n\nThank you for your interest in the Data Analyst position at Northwind Traders. After careful consideration, we have decided not to move forward with your application at this time.\n\nBest,\nNorthwind Traders Recruiting',
);
const invitation = eml(
  {
    From: 'Priya Raman <priya.raman@proseware.example>',
    To: 'alex@example.org',
    Subject: 'Interview invitation: Backend Engineer at Proseware',
    Date: 'Tue, 24 Nov 2026 09:00:00 +0000',
    'Message-ID': '<inv-7@proseware.example>',
  },
  'Hi Alex,\n\nThanks for applying for the Backend Engineer role at Proseware. We would like to invite you to a 45-minute video interview with the team next week. Please pick a time that suits you.\n\nPriya',
);
const newsletter = eml(
  {
    From: 'Weekly Jobs <digest@jobs.example>',
    To: 'alex@example.org',
    Subject: '25 new jobs for you this week',
    Date: 'Tue, 24 Nov 2026 07:00:00 +0000',
    'Message-ID': '<digest-99@jobs.example>',
    'List-Unsubscribe': '<mailto:unsubscribe@jobs.example>',
  },
  'New jobs matching your alerts: Data Analyst, Product Analyst, BI Developer. Unsubscribe at any time.',
);

describe.each(await testBackends())('mail import on $name', ({ open }) => {
  let store: Store;
  let services: Services;
  beforeAll(async () => {
    store = await open();
    services = createServices(store, { clock: () => new Date('2026-11-24T12:00:00.000Z') });
  });
  afterAll(async () => {
    await store.close();
  });

  it('proposes, then records a no-reply rejection, a new application from an invitation, and skips a newsletter', async () => {
    const tracked = await services.applications.create(
      me,
      make.application({ company: 'Northwind Traders Ltd', role: 'Data Analyst', stage: 'screen' }),
    );
    const { mails, errors } = await readUploadsForImport([
      { name: 'rejection.eml', content: rejection },
      { name: 'invite.eml', content: invitation },
      { name: 'digest.eml', content: newsletter },
      { name: 'junk.eml', content: 'not an email at all' },
    ]);
    expect(errors.map((e) => e.file)).toEqual(['junk.eml']);

    const proposals = await services.mailImport.plan(me, mails);
    expect(proposals.map((p) => [p.mail.kind, p.action])).toEqual([
      ['rejection', 'record-event'],
      ['interview', 'create-application'],
      ['other', 'skip'],
    ]);
    expect(proposals[0]).toMatchObject({ applicationId: tracked.id, matchedBy: 'company', channel: 'automated' });
    expect((await services.applications.list(me, { archived: 'all' })).total).toBe(1); // a plan changes nothing

    expect(await services.mailImport.apply(me, proposals)).toEqual({ applied: 2, skipped: 1 });
    const after = await services.applications.detail(me, tracked.id);
    expect(after.outcome).toBe('rejected');
    expect(after.events.find((e) => e.outcome === 'rejected')).toMatchObject({
      occurredAt: '2026-11-23T10:12:00.000Z',
      outcome: 'rejected',
      stage: 'screen',
      channel: 'automated',
      email: { messageId: '<rej-1@greenhouse.io>', noReply: true },
    });
    const all = await services.applications.list(me, { archived: 'all' });
    expect(all.items.map((a) => a.company).sort()).toEqual(['Northwind Traders Ltd', 'Proseware']);

    // Importing the same mailbox again changes nothing.
    const again = await services.mailImport.plan(me, mails);
    expect(again.filter((p) => p.action !== 'skip').every((p) => p.duplicate)).toBe(true);
    expect(await services.mailImport.apply(me, proposals)).toEqual({ applied: 0, skipped: 3 });
  });

  it('matches a reply by its thread before the company name', async () => {
    const app = await services.applications.create(
      me,
      make.application({ company: 'Contoso', role: 'Support Engineer' }),
    );
    await services.applications.recordEvent(me, app.id, {
      stage: 'interview',
      channel: 'email',
      email: { from: 'hr@contoso.example', subject: 'Next steps', messageId: '<thread-1@contoso.example>' },
    });
    const reply = eml(
      {
        From: 'Contoso People Team <people@contoso-careers.example>',
        Subject: 'Re: Next steps',
        Date: 'Tue, 24 Nov 2026 11:00:00 +0000',
        'Message-ID': '<thread-2@contoso.example>',
        'In-Reply-To': '<thread-1@contoso.example>',
      },
      'Dear Alex,\n\nUnfortunately we will not be moving forward with your application. We wish you the best of luck in your search.\n\nKind regards',
    );
    const { mails } = await readUploadsForImport([{ name: 'reply.eml', content: reply }]);
    const [proposal] = await services.mailImport.plan(me, mails);
    expect(proposal).toMatchObject({
      action: 'record-event',
      applicationId: app.id,
      matchedBy: 'thread',
      channel: 'email',
    });
  });

  it('refuses a proposal that was tampered with', async () => {
    await expect(services.mailImport.apply(me, [{ action: 'record-event', stage: 'hired', mail: {} }])).rejects.toThrow(
      /stage|mail/,
    );
  });
});
