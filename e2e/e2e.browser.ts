import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type CliServer, runCli, startCliServer } from '../src/testing/cli-process';

export const chromiumPath = '/usr/bin/chromium';
const screensDir = fileURLToPath(new URL('../test-results/screens/', import.meta.url));

/** Chromium flags for a headless run on a shared CI machine with no network. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface AppSession {
  url: string;
  dataDir: string;
  server: CliServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Calls the API directly (for setting up data a test is not about). */
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** Moves the server's clock (the server runs with NEXTROUND_ALLOW_CLOCK=1). */
  setClock(now: string): Promise<void>;
  /** Opens a screen by its hash route and waits for its heading. */
  open(route: string): Promise<void>;
  close(): Promise<void>;
}

export interface AppOptions {
  /** Seeds this many synthetic applications before the server starts. */
  seedApplications?: number;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

/**
 * A fresh server on a fresh data folder and a fresh Chromium, for one test. A missing Chromium fails the test:
 * these tests are the product as users see it, so they never skip.
 */
export async function startApp(options: AppOptions = {}): Promise<AppSession> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is missing at ${chromiumPath}: install it with \`apt-get install -y chromium\`.`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'nextround-e2e-'));
  if (options.seedApplications) {
    const seeded = await runCli(['seed', '--data', dataDir, '--applications', String(options.seedApplications)]);
    if (seeded.code !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  }
  const server = await startCliServer(dataDir, { NEXTROUND_ALLOW_CLOCK: '1' });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: 'Europe/London',
    baseURL: server.url,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));

  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(server.url + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };

  return {
    url: server.url,
    dataDir,
    server,
    browser,
    context,
    page,
    api,
    async setClock(now) {
      await api('PUT', '/api/dev/clock', { now });
    },
    async open(route) {
      await page.goto(`${server.url}/#${route}`);
      await page.locator('main h1').first().waitFor();
    },
    async close() {
      await browser.close().catch(() => {});
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`The page threw:\n${errors.join('\n')}`);
    },
  };
}

/** axe-core on the current page; returns the serious and critical violations, described for a failure message. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Saves a full-page screenshot as a test artefact in test-results/screens. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screensDir, { recursive: true });
  await page.screenshot({ path: join(screensDir, `${name}.png`), fullPage: true });
}
