import { mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { type AppSession, startApp } from './e2e.browser';
import { applicationWithInterview } from './e2e.data';

/**
 * Speed, measured in the browser and reported (test-results/web-perf.json and the test output), not asserted
 * on time: this machine is shared, so a threshold would only make the suite flaky.
 */
const figures: Record<string, unknown> = {};

async function report() {
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/web-perf.json', `${JSON.stringify(figures, null, 2)}\n`);
  console.log('web performance', JSON.stringify(figures, null, 2));
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10) / 10;
};

describe('speed in the browser', () => {
  let app: AppSession | undefined;
  afterAll(async () => {
    await app?.close();
    await report();
  });

  it('first load, and Today and Applications with 10,000 seeded applications', { timeout: 180_000 }, async () => {
    app = await startApp({ seedApplications: 10_000 });
    const { page } = app;

    // Everything JavaScript the first page load fetches, gzipped as a server would send it.
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (!response.url().endsWith('.js')) return;
      const body = await response.body().catch(() => null);
      if (body) scripts.set(response.url().replace(/.*\/assets\//, ''), gzipSync(body).length);
    });

    const usable = async (route: string, ready: string) => {
      await page.goto('about:blank');
      await page.goto(`${app!.url}/#${route}`);
      await page.locator(ready).first().waitFor({ timeout: 30_000 });
      return Math.round(await page.evaluate(() => performance.now()));
    };
    const todayReady = 'main li[data-kind], main .empty, main .notice';
    const todayCold = await usable('/today', todayReady);
    const firstLoadKb = Math.round([...scripts.values()].reduce((a, b) => a + b, 0) / 102.4) / 10;
    figures.firstLoadJsGzipKb = firstLoadKb;
    figures.firstLoadScripts = Object.fromEntries(scripts);
    expect(firstLoadKb).toBeGreaterThan(0);

    const todayWarm = await usable('/today', todayReady);
    const applicationsWarm = await usable('/applications', 'main .board-column .card');
    const applicationsAgain = await usable('/applications', 'main .board-column .card');
    figures.seededApplications = 10_000;
    figures.todayUsableMs = { cold: todayCold, warm: todayWarm };
    figures.applicationsUsableMs = { first: applicationsWarm, again: applicationsAgain };
    figures.agendaItemsShown = await page.evaluate(() => 0);
    await page.goto(`${app.url}/#/today`);
    await page.locator(todayReady).first().waitFor();
    figures.agendaItemsShown = await page.locator('main li[data-kind]').count();

    // Searching 10,000 applications.
    await page.goto(`${app.url}/#/applications`);
    await page.locator('main .board-column .card').first().waitFor();
    const started = Date.now();
    await page.getByLabel('Search', { exact: true }).fill('zzzz-no-such-company');
    await page.getByText('Nothing matches.').waitFor();
    figures.searchToResultMs = Date.now() - started; // includes the 250 ms typing pause
  });

  it('typing in Compose never waits on lint', { timeout: 120_000 }, async () => {
    const session = await startApp();
    try {
      const { page } = session;
      const { application, dana, interview } = await applicationWithInterview(session);
      await session.open(
        `/compose?kind=thank-you&applicationId=${application.id}&interviewId=${interview.id}&contactId=${dana.id}`,
      );
      const body = page.getByLabel('Message', { exact: true });
      await page.getByText('Proofread.').waitFor({ timeout: 30_000 });
      // Key press to the next frame painted: the time a user waits to see the letter appear.
      await page.evaluate(() => {
        const latencies: number[] = [];
        (window as unknown as { __keyLatency: number[] }).__keyLatency = latencies;
        document.addEventListener('keydown', (event) => {
          const pressed = event.timeStamp;
          requestAnimationFrame(() => setTimeout(() => latencies.push(performance.now() - pressed), 0));
        });
      });
      await body.press('Control+End');
      const sentence = ' I really enjoyed hearing about the data platform and I would of liked to ask more about it.';
      await body.pressSequentially(sentence.repeat(2), { delay: 35 });
      await page.getByText('Proofread.').waitFor({ timeout: 30_000 });
      const keys = await page.evaluate(() => (window as unknown as { __keyLatency: number[] }).__keyLatency);
      const lint = await page.evaluate(
        () => (globalThis as unknown as { __nextroundLint: { sync: number[]; full: number[] } }).__nextroundLint,
      );
      figures.composeTyping = {
        keys: keys.length,
        keyToPaintMs: { p50: percentile(keys, 50), p95: percentile(keys, 95), max: percentile(keys, 100) },
        instantLintWorkerMs: {
          p50: percentile(lint.sync, 50),
          p95: percentile(lint.sync, 95),
          runs: lint.sync.length,
        },
        proofreaderWorkerMs: { p50: percentile(lint.full, 50), p95: percentile(lint.full, 95), runs: lint.full.length },
      };
      // Lint runs after pauses, not per key: far fewer runs than keys typed.
      expect(lint.sync.length).toBeLessThan(keys.length);
    } finally {
      await session.close();
    }
  });
});
