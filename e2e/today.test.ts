import { afterEach, describe, expect, it } from 'vitest';
import { type AppSession, screenshot, seriousViolations, startApp } from './e2e.browser';

describe('Today and the keyboard', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('an application added by keyboard alone, then silence: one click marks it ghosted', async () => {
    app = await startApp();
    const { page } = app;
    await app.setClock('2026-10-01T09:00:00.000Z');
    await app.open('/applications?add=1');
    // The quick-add form takes focus; Tab and Enter do the rest.
    await page.keyboard.type('Umbrella Corp');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Biostatistician');
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: 'Umbrella Corp — Biostatistician' }).waitFor();

    // Weeks of silence later, Today asks whether they went quiet.
    await app.setClock('2026-11-20T09:00:00.000Z');
    await app.open('/today');
    const check = page.locator('li[data-kind="ghosted-check"]');
    await check.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'today-ghosted-check');
    await check.getByRole('button', { name: 'Mark as ghosted' }).click();
    await page.getByText('Marked as ghosted.').waitFor();
    await check.waitFor({ state: 'detached' });

    await app.open('/applications');
    await page
      .locator('.board-column', { has: page.getByRole('heading', { name: /Ghosted/ }) })
      .getByText('Umbrella Corp')
      .waitFor();
  });
});
