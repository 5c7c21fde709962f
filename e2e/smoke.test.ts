import { afterEach, describe, expect, it } from 'vitest';
import { type AppSession, screenshot, seriousViolations, startApp } from './e2e.browser';

describe('the web app is served by `nextround serve`', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('opens on Today with a first step for a new user, and every main screen is reachable by keyboard', async () => {
    app = await startApp();
    const { page } = app;
    await app.open('/today');
    await expect(page.locator('main h1').textContent()).resolves.toBe('Today');
    expect(await seriousViolations(page)).toEqual([]);

    // The skip link is the first stop for a keyboard user and lands on the content.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' }).click();
    await page.locator('main h1', { hasText: 'Applications' }).waitFor();
    expect(page.url()).toContain('#/applications');
    await screenshot(page, 'smoke-applications');
  });

  it('serves the app shell for unknown page paths and a 404 JSON for unknown API routes', async () => {
    app = await startApp();
    const shell = await fetch(`${app.url}/some/deep/link`);
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('<div id="root">');
    const missing = await fetch(`${app.url}/api/nope`);
    expect(missing.status).toBe(404);
  });
});
