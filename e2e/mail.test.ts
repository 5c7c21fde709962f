import { afterEach, describe, expect, it } from 'vitest';
import { type AppSession, screenshot, seriousViolations, startApp } from './e2e.browser';

/** An email as a mail program saves it (.eml): headers, a blank line, a plain-text body. */
function eml(headers: Record<string, string>, body: string): Buffer {
  const head = Object.entries({
    ...headers,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Transfer-Encoding': '8bit',
  })
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  return Buffer.from(`${head}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`, 'utf8');
}

const rejection = eml(
  {
    From: '"Wingtip Careers" <no-reply@jobs.example-ats.com>',
    To: 'Jamie Rivera <jamie.rivera@example.net>',
    Subject: 'Your application to Wingtip Toys: Quality Engineer',
    Date: 'Tue, 17 Nov 2026 16:02:11 +0000',
    'Message-ID': '<e2e-rejection-wingtip@jobs.example-ats.com>',
  },
  `Hi Jamie,

Thank you for your interest in the Quality Engineer position at Wingtip Toys and for the time you spent with our team.

After careful review, we have decided not to move forward with your application at this time. We received many strong applications and this was a difficult decision.

We wish you the best in your search.

Wingtip Toys Talent Team
This mailbox is not monitored.`,
);

const interview = eml(
  {
    From: 'Morgan Ellis <morgan.ellis@litware.example>',
    To: 'Jamie Rivera <jamie.rivera@example.net>',
    Subject: 'Interview for Platform Engineer at Litware',
    Date: 'Wed, 18 Nov 2026 09:15:00 +0000',
    'Message-ID': '<e2e-interview-litware@litware.example>',
  },
  `Hi Jamie,

Thanks for applying for the Platform Engineer role at Litware. We would like to invite you to a 45 minute video interview with the infrastructure team.

Could you let me know your availability for Thursday or Friday next week?

Best,
Morgan Ellis
Talent Partner, Litware`,
);

const newsletter = eml(
  {
    From: '"JobBoard Weekly" <digest@jobboard.example>',
    To: 'Jamie Rivera <jamie.rivera@example.net>',
    Subject: '25 new jobs matching Quality Engineer',
    Date: 'Fri, 20 Nov 2026 07:00:00 +0000',
    'Message-ID': '<e2e-digest@jobboard.example>',
  },
  `Hi Jamie, here are this week's new jobs that match your saved search "Quality Engineer". Click to view and apply. Unsubscribe at any time.`,
);

interface Application {
  id: string;
  company: string;
  role: string;
  stage: string;
  outcome: string;
}

describe('Import emails', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('reviews a rejection, an interview invitation and a newsletter, applies the two that matter', async () => {
    app = await startApp({ viewport: { width: 390, height: 844 } });
    const { page } = app;
    await app.setClock('2026-11-23T09:00:00.000Z');
    const wingtip = await app.api<Application>('POST', '/api/applications', {
      company: 'Wingtip Toys',
      role: 'Quality Engineer',
      stage: 'interview',
    });

    await app.open('/applications');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import emails' }).click();
    await page.locator('main h1', { hasText: 'Import emails' }).waitFor();
    // Before any file, the screen says where emails come from.
    await page.getByText('No emails read yet.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Email files').setInputFiles([
      { name: 'rejection.eml', mimeType: 'message/rfc822', buffer: rejection },
      { name: 'interview.eml', mimeType: 'message/rfc822', buffer: interview },
      { name: 'newsletter.eml', mimeType: 'message/rfc822', buffer: newsletter },
    ]);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('3 emails to review').waitFor();

    const rows = page.locator('main li[data-action]');
    await expect.poll(() => rows.count()).toBe(3);
    const row = (subject: string) => rows.filter({ hasText: subject });
    const rejectionRow = row('Your application to Wingtip Toys');
    const interviewRow = row('Interview for Platform Engineer');
    const newsletterRow = row('25 new jobs');
    expect(await rejectionRow.getAttribute('data-action')).toBe('record-event');
    expect(await rejectionRow.textContent()).toMatch(/Rejection.*Wingtip Toys.*mark it rejected/s);
    expect(await interviewRow.getAttribute('data-action')).toBe('create-application');
    expect(await interviewRow.textContent()).toMatch(/Interview.*Litware — Platform Engineer.*new application/s);
    expect(await newsletterRow.getAttribute('data-action')).toBe('skip');
    // The two that matter start ticked; the skip cannot be ticked.
    expect(await rejectionRow.getByRole('checkbox').isChecked()).toBe(true);
    expect(await interviewRow.getByRole('checkbox').isChecked()).toBe(true);
    expect(await newsletterRow.getByRole('checkbox').isChecked()).toBe(false);
    expect(await newsletterRow.getByRole('checkbox').isDisabled()).toBe(true);

    // Keyboard: the first checkbox is reachable and toggles with Space (then back, leaving everything ticked).
    await rejectionRow.getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Apply 1' }).waitFor();
    await page.keyboard.press('Space');

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'mail-import-review');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);

    await page.getByRole('button', { name: 'Apply 2' }).click();
    await page.getByRole('status').filter({ hasText: 'Recorded 2 emails' }).waitFor();
    const done = page.getByRole('region', { name: 'Done' });
    // Focus moves to the result, not back to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Done');
    await done.getByRole('link', { name: 'Wingtip Toys — Quality Engineer', exact: true }).waitFor();
    await done.getByRole('link', { name: 'Litware — Platform Engineer', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'mail-import-done');

    const after = await app.api<Application>('GET', `/api/applications/${wingtip.id}`);
    expect(after.outcome).toBe('rejected');
    const litware = await app.api<{ items: Application[] }>('GET', '/api/applications?q=Litware');
    expect(litware.items).toHaveLength(1);
    expect(litware.items[0]?.role).toBe('Platform Engineer');

    // The result links to the new application.
    await done.getByRole('link', { name: 'Litware — Platform Engineer', exact: true }).click();
    await page.locator('main h1', { hasText: 'Litware — Platform Engineer' }).waitFor();
  });
});
