import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const builtIndex = join(root, 'dist/web/index.html');

/** The newest modification time under a folder (the web app's sources and the core it bundles). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether this run includes the browser tests (`vitest run src/core` does not, so it need not build). */
function runsBrowserTests(): boolean {
  const filters = process.argv
    .slice(2)
    .filter((arg) => !arg.startsWith('-') && arg !== 'run' && !arg.endsWith('vitest'));
  return filters.length === 0 || filters.some((filter) => filter.includes('e2e'));
}

/**
 * Builds the web app once for the whole run (the browser tests serve `dist/web` through `nextround serve`).
 * Skipped when the build is newer than every source it comes from, so repeated local runs stay quick.
 */
export default function setup(): void {
  if (!runsBrowserTests()) return;
  const stale =
    !existsSync(builtIndex) ||
    Math.max(
      newestMtime(join(root, 'src/web')),
      newestMtime(join(root, 'src/core')),
      statSync(join(root, 'package-lock.json')).mtimeMs,
    ) > statSync(builtIndex).mtimeMs;
  if (!stale) return;
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}
