import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { type AppSession, screenshot, seriousViolations, startApp } from './e2e.browser';
import { applicationWithInterview } from './e2e.data';

/** Opens the thank-you note drafted to Dana after the interview from the shared test data. */
async function openThankYouToDana(app: AppSession): Promise<void> {
  const { application, dana, interview } = await applicationWithInterview(app);
  await app.open(
    `/compose?kind=thank-you&applicationId=${application.id}&interviewId=${interview.id}&contactId=${dana.id}`,
  );
}

describe('Compose', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('drafts a thank-you with its reasons, underlines problems as you type, fixes them in one click, and marks it sent', async () => {
    app = await startApp();
    const { page } = app;
    await openThankYouToDana(app);
    const body = page.getByLabel('Message', { exact: true });
    expect(await body.inputValue()).toContain('Dana');
    await page.getByRole('heading', { name: 'Why it is written so' }).waitFor();
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('dana@northwind.example');

    // A tone problem appears within moments, with a better sentence one click away.
    await body.press('Control+End');
    await body.pressSequentially(' I really need this job, please.');
    const tone = page.locator('li[data-rule^="tone."]').first();
    await tone.waitFor();
    await page.locator('mark.lint-tone').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'compose-lint');

    // The proofreader (harper, in a worker) finds what the instant checks do not.
    await body.press('Control+End');
    await body.pressSequentially(' I would of liked to say more.');
    await page.getByText('Proofread.').waitFor({ timeout: 20_000 });
    const grammar = page.locator('li[data-rule^="grammar."]', { hasText: 'would of' });
    await grammar.waitFor();
    await grammar.getByRole('button', { name: /Use/ }).click();
    await page.waitForFunction(
      (id) => !(document.getElementById(id) as HTMLTextAreaElement | null)?.value.includes('would of'),
      (await body.getAttribute('id')) ?? '',
    );

    // Typed text survives a reload.
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await page.getByLabel('Message', { exact: true }).inputValue()).toContain('I really need this job');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download .eml' }).click();
    const eml = await readFile((await (await download).path()) ?? '', 'utf8');
    expect(eml).toContain('To: dana@northwind.example');
    expect(eml).toContain('X-Unsent: 1');
    expect(await page.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')).toMatch(
      /^mailto:dana@northwind\.example\?subject=/,
    );

    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.locator('main h1', { hasText: 'Northwind Traders — Data Analyst' }).waitFor();
    await page.getByRole('region', { name: 'Messages' }).getByText(/Sent/).waitFor();
  });

  it('explains what is missing instead of drafting from nothing', async () => {
    app = await startApp();
    const { page } = app;
    const application = await app.api<{ id: string }>('POST', '/api/applications', { company: 'Acme', role: 'Dev' });
    await app.open(`/compose?kind=thank-you&applicationId=${application.id}`);
    await page.getByText('A thank-you note needs an interview').waitFor();
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.getByText('There is nothing to send yet').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'compose-missing');
  });

  it('adds a flagged name or technical word to the dictionary in one click, and the dictionary can be edited under Prepare', async () => {
    app = await startApp();
    const { page } = app;
    await openThankYouToDana(app);
    const body = page.getByLabel('Message', { exact: true });
    await page.getByRole('heading', { name: 'Why it is written so' }).waitFor();
    await body.press('Control+End');
    await body.pressSequentially(' Our talk about the frobnicator pipeline was great.');
    const flagged = page.locator('li[data-rule^="spelling."]', { hasText: 'frobnicator' });
    await flagged.waitFor({ timeout: 20_000 });
    await flagged.getByRole('button', { name: 'Add to dictionary' }).click();
    await page.getByText('“frobnicator” is in your dictionary').waitFor();
    await flagged.waitFor({ state: 'detached' });
    expect((await app.api<{ dictionary: string[] }>('GET', '/api/me')).dictionary).toEqual(['frobnicator']);

    await app.open('/prepare');
    const words = page.getByRole('list', { name: 'Words in your dictionary' });
    await words.getByText('frobnicator').waitFor();
    const dictionary = page.getByRole('region', { name: 'Your dictionary' });
    await dictionary.getByLabel('Word to add').fill('Kubernetes');
    await dictionary.getByRole('button', { name: 'Add', exact: true }).click();
    await words.getByText('Kubernetes').waitFor();
    await words.getByRole('button', { name: 'Remove frobnicator' }).click();
    await words.getByText('frobnicator').waitFor({ state: 'detached' });
    expect((await app.api<{ dictionary: string[] }>('GET', '/api/me')).dictionary).toEqual(['Kubernetes']);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
