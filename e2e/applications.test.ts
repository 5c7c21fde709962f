import { afterEach, describe, expect, it } from 'vitest';
import { type AppSession, screenshot, seriousViolations, startApp } from './e2e.browser';

describe('Applications and Application', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('quick add refuses bad input with a readable reason, keeps what was typed across a reload, then adds', async () => {
    app = await startApp();
    const { page } = app;
    await app.open('/applications');
    await page.getByText('No applications yet.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'applications-empty');

    await page.getByLabel('Company').fill('Northwind Traders');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Give both the company and the role.').waitFor();

    await page.getByLabel('Role').fill('Data Analyst');
    await page.getByLabel('Link').fill('not a link');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('The link must be a full web address').waitFor();

    // What was typed survives a reload.
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await page.getByLabel('Company').inputValue()).toBe('Northwind Traders');

    await page.getByLabel('Link').fill('https://northwind.example/jobs/42');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('main h1', { hasText: 'Northwind Traders — Data Analyst' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'application-new');

    // The draft is gone once saved.
    await app.open('/applications');
    expect(await page.getByLabel('Company').inputValue()).toBe('');
  });

  it('board and list by stage and outcome, search, and archiving a rejection with undo', async () => {
    app = await startApp();
    const { page } = app;
    const add = (company: string, role: string) =>
      app!.api<{ id: string }>('POST', '/api/applications', { company, role });
    const a = await add('Acme Rockets', 'Platform Engineer');
    const b = await add('Globex', 'Backend Developer');
    const c = await add('Initech', 'QA Lead');
    await app.api('POST', `/api/applications/${a.id}/events`, { stage: 'interview' });
    await app.api('POST', `/api/applications/${b.id}/events`, { outcome: 'rejected', channel: 'email' });
    await app.api('POST', `/api/applications/${c.id}/events`, { outcome: 'ghosted', channel: 'silence' });

    await app.open('/applications');
    const column = (name: string) => page.locator('.board-column', { has: page.getByRole('heading', { name }) });
    await column('Interview').getByText('Acme Rockets').waitFor();
    await column('Rejected').getByText('Globex').waitFor();
    await column('Ghosted').getByText('Initech').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'applications-board');

    await page.getByRole('button', { name: 'List' }).click();
    await page.getByRole('list').getByText('Rejected at applied').waitFor();
    await screenshot(page, 'applications-list');

    await page.getByLabel('Search', { exact: true }).fill('glob');
    await page.getByText('1 application match').waitFor();
    await page.getByLabel('Search', { exact: true }).fill('');
    await page.getByText('3 applications').waitFor();

    await page.getByRole('button', { name: 'Archive Globex, Backend Developer' }).click();
    await page.getByText('Globex archived.').waitFor();
    await page.getByText('2 applications').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('3 applications').waitFor();

    await page.getByRole('button', { name: 'Archive Globex, Backend Developer' }).click();
    await page.getByText('2 applications').waitFor();
    await page.getByLabel('Showing').selectOption('true');
    await page.getByText('1 application match').waitFor();
    await page.getByText('Globex').first().waitFor();
  });

  it('an application page takes people, an interview and news, at phone width', async () => {
    app = await startApp({ viewport: { width: 390, height: 844 } });
    const { page } = app;
    const created = await app.api<{ id: string }>('POST', '/api/applications', { company: 'Acme', role: 'Designer' });
    await app.open(`/applications/${created.id}`);
    await page.getByLabel('Name').fill('Priya Raman');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByText('The email address does not look right.').waitFor();
    await page.getByLabel('Email').fill('priya@acme.example');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('region', { name: 'People' }).getByText('priya@acme.example').waitFor();

    await page.getByRole('button', { name: 'Add interview' }).click();
    await page.getByText('Give the date and time of the interview.').waitFor();
    await page.getByLabel('Date and time').fill('2026-11-20T14:00');
    await page.getByLabel('Priya Raman (Interviewer)').check();
    await page.getByRole('button', { name: 'Add interview' }).click();
    await page.getByRole('link', { name: 'Thank Priya' }).waitFor();

    await page.getByLabel('Stage reached').selectOption('interview');
    await page.getByRole('button', { name: 'Save to the timeline' }).click();
    await page.getByText('Reached interview').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'application-phone');
    // Nothing sticks out sideways at phone width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
