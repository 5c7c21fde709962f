/** Where the data lives. Light on purpose: the CLI reads it without loading the database drivers. */
export type StoreConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** The id of the one user a local install has; hosted accounts get their own ids. */
export const localUserId = 'local';

/**
 * Where the data lives: PostgreSQL when `DATABASE_URL` is set, else `nextround.sqlite` in the data folder.
 *
 * @example
 * const store = await openStore(storeConfigFor({ dataDir: '/home/me/.nextround' }));
 */
export function storeConfigFor(options: { dataDir: string; databaseUrl?: string | undefined }): StoreConfig {
  if (options.databaseUrl) return { kind: 'postgres', url: options.databaseUrl };
  return { kind: 'sqlite', file: `${options.dataDir.replace(/\/+$/, '')}/nextround.sqlite` };
}
