import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppSession, screenshot, seriousViolations, startApp } from './e2e.browser';
import { applicationWithInterview } from './e2e.data';

/**
 * Each screen's empty state, edge cases and bad input. One server and browser for the file (the tests run in
 * order, empty states first); the whole loop lives in loop.test.ts.
 */
describe('every screen, one by one', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });
  const h1 = (text: string | RegExp) => app.page.locator('main h1', { hasText: text }).waitFor();
  const check = async (name: string) => {
    expect(await seriousViolations(app.page), name).toEqual([]);
    await screenshot(app.page, name);
  };

  it('empty states teach the next step', async () => {
    const { page } = app;
    for (const [route, title, teaching] of [
      ['/today', 'Today', 'Add your first application'],
      ['/plan', 'Plan', 'Your plan is empty.'],
      ['/insights', 'Insights', 'Nothing to learn from yet'],
      ['/prepare', 'Prepare', 'No stories yet.'],
      ['/feedback', 'Feedback', 'No feedback yet.'],
      ['/rejection', 'I got a rejection', 'No open application matches.'],
    ] as const) {
      await app.open(route);
      await h1(title);
      await page.getByText(teaching).first().waitFor();
      await check(`empty-${route.slice(1)}`);
    }
    await app.open('/no/such/screen');
    await h1('Page not found');
  });

  it('Plan: refuses an empty item, then add, start, done with undo, and delete with undo', async () => {
    const { page } = app;
    await app.open('/plan');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Say what you will work on.').waitFor();
    await page.getByLabel('What to work on').fill('Practise system design out loud');
    await page.getByLabel('First step').fill('One mock interview this week');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const item = page.locator('li', { hasText: 'Practise system design out loud' });
    await item.waitFor();
    await item.getByRole('button', { name: 'Start' }).click();
    await page.locator('li[data-status="doing"]').waitFor();
    await item.getByRole('button', { name: /Mark done/ }).click();
    await page.getByText('Progress: 1 of 1 done').waitFor();
    await page.getByRole('button', { name: 'Undo' }).last().click();
    await page.getByText('Progress: 0 of 1 done').waitFor();
    await check('plan');
    await item.getByRole('button', { name: /Delete/ }).click();
    await page.getByText('Your plan is empty.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).last().click();
    await item.waitFor();
  });

  it('Debrief: Ctrl+Enter saves, a weak answer becomes a STAR story, and the story bank shows it', async () => {
    const { page } = app;
    const { interview } = await applicationWithInterview(app);
    await app.open(`/debrief/${interview.id}`);
    await page.getByLabel('Question 1').fill('Why do you want to work here?');
    await page.getByLabel('What I answered').fill('I said it looked interesting.');
    // Reload: the half-written debrief is still there.
    await page.reload();
    await h1(/Debrief/);
    expect(await page.getByLabel('Question 1').inputValue()).toBe('Why do you want to work here?');
    await page.getByRole('radio', { name: '1 of 5' }).first().check();
    await page.getByRole('button', { name: 'Rewrite as a STAR story' }).click();
    await page.getByRole('button', { name: 'Save to story bank' }).click();
    await page.getByText('A STAR story needs at least').waitFor();
    await page
      .getByLabel('Action (what I did)')
      .fill('I read their last three annual reports and mapped my work to their goals.');
    await page
      .getByLabel('Result (with a number if you can)')
      .fill('A 20% faster reporting cycle at my last job, the same problem they have.');
    await page.getByRole('button', { name: 'Save to story bank' }).click();
    await page.getByText('Saved to your story bank').waitFor();
    await page.getByLabel('Question 1').press('Control+Enter');
    await page.getByText('Debrief saved.').first().waitFor();
    await check('debrief');
    await app.open('/prepare');
    await page.getByText('Why do you want to work here?').first().waitFor();
    await page.getByRole('button', { name: 'Show the address' }).click();
    expect(await page.getByLabel('Calendar address').inputValue()).toMatch(/\/api\/agenda\.ics\?token=/);
    await check('prepare');
  });

  it('I got a rejection: an automated rejection at the CV screen is not worth a request, and says what to do instead', async () => {
    const { page } = app;
    const application = await app.api<{ id: string }>('POST', '/api/applications', {
      company: 'Globex',
      role: 'Analyst',
    });
    await app.open(`/rejection?applicationId=${application.id}`);
    await page.getByLabel('An automated no-reply message').check();
    await page.getByLabel('At which stage?').selectOption('applied');
    await page.getByRole('button', { name: 'Next: should I ask for feedback?' }).click();
    await page.getByRole('heading', { name: 'Better not to ask this time' }).waitFor();
    await page.getByRole('heading', { name: 'What to do instead' }).waitFor();
    await check('rejection-automated');
    await page.getByRole('link', { name: 'Draft it' }).first().click();
    await h1(/Globex|Keep in touch|Other openings|Referral/i);
  });

  it('Feedback: refuses an empty paste; vague feedback gets a follow-up question', async () => {
    const { page } = app;
    await app.open('/feedback');
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    await page.getByText('Paste the feedback first.').waitFor();
    await page
      .getByLabel('What they said')
      .fill('After careful consideration we have decided not to progress your application at this time.');
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    await page.getByText('This is vague').waitFor();
    await check('feedback-vague');
  });

  it('dark mode and phone width keep contrast and fit', async () => {
    const session = await startApp({ colorScheme: 'dark', viewport: { width: 390, height: 844 } });
    try {
      const { page } = session;
      const { application, lee, interview } = await applicationWithInterview(session);
      await session.open(
        `/compose?kind=thank-you&applicationId=${application.id}&interviewId=${interview.id}&contactId=${lee.id}`,
      );
      await page.getByText(/No problems found|to look at/).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'compose-dark-phone');
      await session.open('/applications');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'applications-dark-phone');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await session.close();
    }
  });
});
