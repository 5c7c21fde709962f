import { afterAll, describe, expect, it } from 'vitest';
import { type AppSession, screenshot, seriousViolations, startApp } from './e2e.browser';

/**
 * The whole loop as a new user walks it, in the browser only: an application, an interview with two
 * interviewers, the debrief, two different thank-you notes, a rejection by email, the recommended feedback
 * request (linted, marked sent), the nudge five business days later, the feedback analysed, a plan item, and
 * Insights showing it. The server's clock is moved between steps, as real days would pass.
 */
describe('the whole loop, as a new user', () => {
  let app: AppSession | undefined;
  afterAll(async () => {
    await app?.close();
  });

  it('goes from an application to a plan item and an insight', { timeout: 240_000 }, async () => {
    app = await startApp();
    const { page } = app;
    const h1 = (text: string | RegExp) => page.locator('main h1', { hasText: text }).waitFor();
    const accessible = async (name: string) => {
      expect(await seriousViolations(page), name).toEqual([]);
      await screenshot(page, `loop-${name}`);
    };

    // Monday morning.
    await app.setClock('2026-11-16T08:00:00.000Z');
    await app.open('/today');
    await page.getByText('Start with an application.').waitFor();
    await accessible('01-today-empty');

    // Who I am: drafts are signed with this name.
    await page.getByRole('link', { name: 'Prepare' }).click();
    await h1('Prepare');
    await page.getByLabel('Your name').fill('Alex Morgan');
    await page.getByLabel('Time zone').fill('Europe/London');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Drafts are signed with this name.').waitFor();

    // 1. Add the application.
    await page.getByRole('link', { name: 'Applications' }).click();
    await h1('Applications');
    await page.getByLabel('Company').fill('Northwind Traders');
    await page.getByLabel('Role').fill('Data Analyst');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await h1('Northwind Traders — Data Analyst');

    // 2. Two interviewers, then the interview with both.
    const addPerson = async (name: string, role: string, email: string, connected: boolean, greetAs = '') => {
      await page.getByLabel('Name').fill(name);
      await page.getByLabel('Greet as').fill(greetAs);
      await page.getByLabel('Role in the process').selectOption(role);
      await page.getByLabel('Email').fill(email);
      if (connected) await page.getByLabel('We connected well').check();
      await page.getByRole('button', { name: 'Add person' }).click();
      await page.getByRole('region', { name: 'People' }).getByText(email).waitFor();
    };
    await addPerson('Dana Whitfield', 'hiring_manager', 'dana@northwind.example', true);
    await addPerson('Lee Chen', 'interviewer', 'lee@northwind.example', false, 'Dr Chen');
    await page.getByLabel('Date and time').fill('2026-11-16T10:00');
    await page.getByLabel('Type').selectOption('technical');
    await page.getByLabel('Dana Whitfield (Hiring manager)').check();
    await page.getByLabel('Lee Chen (Interviewer)').check();
    await page.getByRole('button', { name: 'Add interview' }).click();
    await page.getByRole('link', { name: 'Thank Dana' }).waitFor();
    await accessible('02-application');

    // 3. After the interview, Today asks for the debrief and the notes.
    await app.setClock('2026-11-16T11:30:00.000Z');
    await page.getByRole('link', { name: 'Today' }).click();
    await h1('Today');
    await page.locator('li[data-kind="debrief"]').waitFor();
    await page.locator('li[data-kind="thank-you"]').first().waitFor();
    await accessible('03-today-after-interview');
    await page.getByRole('link', { name: 'Write the debrief' }).click();
    await h1(/Debrief/);

    // 4. The debrief, by keyboard where it counts.
    await page.getByLabel('Question 1').fill('Tell me about a time you had to design a data pipeline under pressure.');
    await page.getByLabel('What I answered').fill('I talked about the sales dashboard but forgot to give the result.');
    await page.getByRole('radio', { name: '2 of 5' }).first().check();
    await page.getByLabel('A hard one').check();
    await page.getByLabel('To change (one per line)').fill('Quantify results\nAsk better questions at the end');
    await page.getByLabel('Went well (one per line)').fill('Rapport with Dana\nSQL exercise');
    await page.getByLabel('Agreed next step').fill('They will let me know by Friday');
    await accessible('04-debrief');
    await page.getByLabel('Agreed next step').press('Control+Enter');
    await page.getByRole('heading', { name: 'Next: thank each interviewer' }).waitFor();

    // 5. Two thank-you notes, each different.
    const bodies: string[] = [];
    for (const name of ['Dana Whitfield', 'Lee Chen']) {
      await page.getByRole('link', { name: `Thank ${name}` }).click();
      await h1(`Thank-you note to ${name}`);
      const body = page.getByLabel('Message', { exact: true });
      await page.getByText(/No problems found|to look at/).waitFor();
      bodies.push(await body.inputValue());
      if (name === 'Dana Whitfield') await accessible('05-thank-you');
      await page.getByRole('button', { name: 'Mark as sent' }).click();
      await h1('Northwind Traders — Data Analyst');
      await page
        .getByRole('link', { name: 'Debrief' })
        .or(page.getByRole('link', { name: 'Edit debrief' }))
        .first()
        .click();
      await h1(/Debrief/);
      // The saved debrief offers the notes again.
      await page.getByRole('button', { name: 'Save debrief' }).click();
      await page.getByRole('heading', { name: 'Next: thank each interviewer' }).waitFor();
    }
    expect(bodies[0]).toContain('Dana');
    expect(bodies[1]).toContain('Dr Chen');
    expect(bodies[0]).not.toBe(bodies[1]);

    // 6. Wednesday: the rejection arrives by email.
    await app.setClock('2026-11-18T10:00:00.000Z');
    await page.getByRole('link', { name: 'I got a rejection' }).click();
    await h1('I got a rejection');
    await page.getByRole('link', { name: 'This one' }).click();
    await page.getByLabel('By email').check();
    await page.getByLabel(/^From/).fill('Sam Taylor <sam@northwind.example>');
    await page.getByLabel('Subject').fill('Your application for Data Analyst');
    await page.getByLabel('At which stage?').selectOption('interview');
    await page.getByLabel(/What did they say/).fill('We have decided to move forward with other candidates.');
    await accessible('06-rejection-step1');
    await page.getByRole('button', { name: 'Next: should I ask for feedback?' }).click();
    await page.waitForURL(/step=2/);

    // 7. A few hours later: the recommendation, then the request, linted and marked sent.
    await app.setClock('2026-11-18T14:00:00.000Z');
    await page.reload();
    await page.getByRole('heading', { name: 'Yes: ask for feedback' }).waitFor();
    await accessible('07-recommendation');
    await page.getByRole('link', { name: 'Step 3: write the request' }).click();
    await h1(/Feedback request/);
    const request = page.getByLabel('Message', { exact: true });
    expect(await request.inputValue()).not.toMatch(/why didn.t I get/i);
    await page.getByText('Proofread.').waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Why it is written so' }).waitFor();
    await accessible('08-feedback-request');
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await h1('Northwind Traders — Data Analyst');
    await page.getByRole('region', { name: 'Messages' }).getByText('Feedback request').waitFor();

    // 8. Five business days without a reply: the nudge is on Today.
    await app.setClock('2026-11-25T15:00:00.000Z');
    await page.getByRole('link', { name: 'Today' }).click();
    await h1('Today');
    await page.locator('li[data-kind="nudge"]').waitFor();
    await accessible('09-today-nudge');
    // One click from done: the nudge is drafted, to the same person.
    await page.getByRole('link', { name: 'Write the nudge' }).click();
    await h1(/Nudge/);
    expect(await page.getByLabel('Message', { exact: true }).inputValue()).toContain('Dana');

    // 9. The feedback arrives: pasted and analysed.
    await app.setClock('2026-11-26T09:00:00.000Z');
    await page.getByRole('link', { name: 'Applications' }).click();
    await h1('Applications');
    await page.getByRole('link', { name: 'Northwind Traders' }).first().click();
    await page.getByRole('link', { name: 'Add feedback' }).click();
    await h1('Feedback');
    await page.getByLabel('From').selectOption({ label: 'Dana Whitfield' });
    await page
      .getByLabel('What they said')
      .fill(
        'Thanks again for your time. Your SQL was strong, but the panel felt your system design answer lacked depth, and we were looking for more hands-on experience with Kubernetes.',
      );
    await page.getByRole('button', { name: 'Save and analyse' }).click();
    await page.getByRole('heading', { name: 'What it says' }).waitFor();
    await expect(page.getByText('Specifics:').locator('..').textContent()).resolves.toMatch(/Kubernetes/i);
    await accessible('10-feedback');

    // 10. A plan item from it.
    await page.getByRole('button', { name: 'Add to my plan' }).click();
    await page.getByRole('link', { name: 'Open your plan' }).click();
    await h1('Plan');
    await page.locator('li[data-status="open"]').first().waitFor();
    await accessible('11-plan');

    // 11. Insights shows it.
    await page.getByRole('link', { name: 'Insights' }).click();
    await h1('Insights');
    await page.getByRole('heading', { name: 'The top three things to work on' }).waitFor();
    await page.locator('.top-thing').first().waitFor();
    // The named specific leads, not the broad category it belongs to.
    expect(await page.locator('.top-thing').first().textContent()).toMatch(/^Kubernetes/);
    await page.getByText('1 application · 1 rejection · 1 piece of feedback · 0 offers').waitFor();
    const chart = await page.getByRole('img', { name: /Rejections by stage/ }).getAttribute('aria-label');
    expect(chart).toMatch(/Interview 1/);
    await accessible('12-insights');
  });
});
