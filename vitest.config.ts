import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'e2e/**/*.test.ts'],
    // Builds the web app once for the browser tests in e2e/ (skipped when the build is up to date).
    globalSetup: ['e2e/e2e.global-setup.ts'],
    // Generous: many tests start real processes (server, CLI, Chromium); none asserts on time.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Store suites create their own databases; run files in separate processes so native handles never leak across.
    pool: 'forks',
  },
});
