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

/** One application's emails: the acknowledgement, an interview invitation, then a rejection replying to it. */
function applicationEmails(company: string, domain: string, tag: string) {
  return {
    acknowledgement: eml(
      {
        From: `${company} Careers <careers@${domain}>`,
        To: 'alex@example.org',
        Subject: 'We received your application for Product Designer',
        Date: 'Mon, 09 Nov 2026 10:00:00 +0000',
        'Message-ID': `<ack-${tag}@${domain}>`,
      },
      `Hi Alex,\n\nThank you for applying for the Product Designer position at ${company}. We have received your application and our team will review it shortly.\n\n${company} Talent Team`,
    ),
    invitation: eml(
      {
        From: `Dana Lee <dana.lee@${domain}>`,
        To: 'alex@example.org',
        Subject: `Interview invitation: Product Designer at ${company}`,
        Date: 'Mon, 16 Nov 2026 09:30:00 +0000',
        'Message-ID': `<invite-${tag}@${domain}>`,
      },
      `Hi Alex,\n\nThanks for applying for the Product Designer role at ${company}. We would like to invite you to a 45-minute video interview with the design team next week. Please let me know which times suit you.\n\nDana`,
    ),
    rejection: eml(
      {
        From: `Dana Lee <dana.lee@${domain}>`,
        To: 'alex@example.org',
        Subject: `Re: Interview invitation: Product Designer at ${company}`,
        Date: 'Tue, 24 Nov 2026 16:00:00 +0000',
        'Message-ID': `<reject-${tag}@${domain}>`,
        'In-Reply-To': `<invite-${tag}@${domain}>`,
        References: `<invite-${tag}@${domain}>`,
      },
      'Hi Alex,\n\nThank you for taking the time to meet the team. Unfortunately we have decided not to move forward with your application. We wish you the best of luck in your search.\n\nDana',
    ),
  };
}
const fabrikam = applicationEmails('Fabrikam', 'fabrikam.example', '1');
const tailspin = applicationEmails('Tailspin Toys', 'tailspintoys.example', '2');
const lumen = applicationEmails('Lumen Labs', 'lumenlabs.example', '3');

describe.each(await testBackends())('mail import on $name', ({ open }) => {
  let store: Store;
  let services: Services;
  const applicationsOf = async (company: string) =>
    (await services.applications.list(me, { archived: 'all' })).items.filter((a) => a.company === company);
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
    // Oldest first: the digest (07:00) was sent before the invitation (09:00).
    expect(proposals.map((p) => [p.mail.kind, p.action])).toEqual([
      ['rejection', 'record-event'],
      ['other', 'skip'],
      ['interview', 'create-application'],
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

  it('reads an acknowledgement, an invitation and a rejection in its thread as one new application', async () => {
    // Given newest first, as a mailbox export often is.
    const { mails } = await readUploadsForImport([
      { name: 'rejection.eml', content: fabrikam.rejection },
      { name: 'ack.eml', content: fabrikam.acknowledgement },
      { name: 'invite.eml', content: fabrikam.invitation },
    ]);
    const proposals = await services.mailImport.plan(me, mails);
    expect(proposals.map((p) => [p.mail.kind, p.action, p.matchedBy, p.stage, p.outcome])).toEqual([
      ['acknowledgement', 'create-application', null, 'applied', null],
      ['interview', 'record-event', 'company', 'interview', null],
      ['rejection', 'record-event', 'thread', null, 'rejected'],
    ]);
    expect(new Set(proposals.map((p) => p.newApplication)).size).toBe(1);
    expect(proposals[2]?.reason).toMatch(/earlier email adds/);

    expect(await services.mailImport.apply(me, proposals)).toEqual({ applied: 3, skipped: 0 });
    const [added, ...others] = await applicationsOf('Fabrikam');
    expect(others).toEqual([]);
    expect(added).toMatchObject({ role: 'Product Designer', stage: 'interview', outcome: 'rejected' });
    const detail = await services.applications.detail(me, added?.id ?? '');
    expect(detail.events.map((e) => [e.occurredAt, e.stage, e.outcome, e.email?.messageId])).toEqual([
      ['2026-11-09T10:00:00.000Z', 'applied', null, '<ack-1@fabrikam.example>'],
      ['2026-11-16T09:30:00.000Z', 'interview', null, '<invite-1@fabrikam.example>'],
      ['2026-11-24T16:00:00.000Z', 'interview', 'rejected', '<reject-1@fabrikam.example>'],
    ]);

    // Applying again, or importing the same emails again, changes nothing.
    expect(await services.mailImport.apply(me, proposals)).toEqual({ applied: 0, skipped: 3 });
    const again = await services.mailImport.plan(me, mails);
    expect(again.map((p) => [p.action, p.duplicate, p.applicationId])).toEqual([
      ['skip', true, added?.id],
      ['skip', true, added?.id],
      ['skip', true, added?.id],
    ]);
    expect(await applicationsOf('Fabrikam')).toHaveLength(1);
  });

  it('adds the application from a later email of the batch when the first was not accepted', async () => {
    const { mails } = await readUploadsForImport([
      { name: 'ack.eml', content: tailspin.acknowledgement },
      { name: 'invite.eml', content: tailspin.invitation },
      { name: 'rejection.eml', content: tailspin.rejection },
    ]);
    const [, ...accepted] = await services.mailImport.plan(me, mails);
    expect(await services.mailImport.apply(me, accepted)).toEqual({ applied: 2, skipped: 0 });
    const added = await applicationsOf('Tailspin Toys');
    expect(added.map((a) => [a.role, a.stage, a.outcome])).toEqual([['Product Designer', 'interview', 'rejected']]);
  });

  it('proposes an email found twice in one import once (an Inbox export beside All mail)', async () => {
    const { mails } = await readUploadsForImport([
      { name: 'Inbox/invite.eml', content: lumen.invitation },
      { name: 'All mail/invite.eml', content: lumen.invitation },
    ]);
    const proposals = await services.mailImport.plan(me, mails);
    expect(proposals.map((p) => [p.action, p.duplicate])).toEqual([
      ['create-application', false],
      ['skip', true],
    ]);
    expect(await services.mailImport.apply(me, proposals)).toEqual({ applied: 1, skipped: 1 });
    expect(await applicationsOf('Lumen Labs')).toHaveLength(1);
  });

  it('refuses a proposal that was tampered with', async () => {
    await expect(services.mailImport.apply(me, [{ action: 'record-event', stage: 'hired', mail: {} }])).rejects.toThrow(
      /stage|mail/,
    );
  });
});
