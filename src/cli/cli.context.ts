import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Services } from '../services/services';
import { localUserId, type StoreConfig, storeConfigFor } from '../store/store.config';

// The store, services and engine load only when a command needs them, so every command starts fast.

/** The local user: the CLI acts for the owner of the data folder. */
export const cliActor = { userId: localUserId };

/**
 * The project folder (where package.json and dist/ are), found by walking up from this module, so it is the
 * same whether the CLI runs from source (tsx) or from the bundle in dist/.
 */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'nextround') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Nextround project folder.');
    dir = parent;
  }
}

/** `--data`, else `NEXTROUND_DATA`, else `~/.nextround`. */
export function dataDirFrom(option: string | undefined): string {
  const dir = option ?? process.env.NEXTROUND_DATA ?? `${homedir()}/.nextround`;
  return resolve(dir.replace(/^~(?=$|\/)/, homedir()));
}

export function storeConfigFrom(options: { data?: string }): StoreConfig {
  return storeConfigFor({ dataDir: dataDirFrom(options.data), databaseUrl: process.env.DATABASE_URL });
}

/**
 * Opens the store named by the options and environment, runs `fn` with the services, and closes the store.
 *
 * @example
 * await withServices(opts, async (services) => services.applications.list(cliActor, {}));
 */
export async function withServices<T>(options: { data?: string }, fn: (services: Services) => Promise<T>): Promise<T> {
  const [{ openStore }, { createServices }] = await Promise.all([
    import('../store/store'),
    import('../services/services'),
  ]);
  const store = await openStore(storeConfigFrom(options));
  try {
    return await fn(createServices(store));
  } finally {
    await store.close();
  }
}
