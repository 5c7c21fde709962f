import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ValidationError } from '../../core/errors';
import { cliAction } from '../cli.action';
import { cliActor, storeConfigFrom, withServices } from '../cli.context';

/** Writes via a temporary file and a rename, so a crash never leaves half a file behind. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

export function registerData(program: Command): void {
  program
    .command('export')
    .description('Export all your data as JSON (or applications as CSV)')
    .option('--format <format>', 'json or csv', 'json')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--data <dir>', 'data folder')
    .action(
      cliAction(async (options: { format: string; output?: string; data?: string }) => {
        if (options.format !== 'json' && options.format !== 'csv')
          throw new ValidationError('--format is json or csv.');
        const text = await withServices(options, async (services) =>
          options.format === 'csv'
            ? services.portability.exportApplicationsCsv(cliActor)
            : `${JSON.stringify(await services.portability.exportAll(cliActor), null, 2)}\n`,
        );
        if (options.output) await writeAtomically(options.output, text);
        else process.stdout.write(text);
      }),
    );

  program
    .command('import')
    .description('Import a JSON export (all or nothing), or applications from CSV')
    .argument('<file>', 'a .json export or a .csv of applications')
    .option('--format <format>', 'json or csv (default: from the file name)')
    .option('--replace', 'JSON: replace all current data with the export')
    .option('--data <dir>', 'data folder')
    .action(
      cliAction(async (file: string, options: { format?: string; replace?: boolean; data?: string }) => {
        const format = options.format ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : 'json');
        const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
          throw new ValidationError(`Cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
        });
        if (format === 'csv') {
          const result = await withServices(options, (s) => s.portability.importApplicationsCsv(cliActor, text));
          process.stdout.write(`Imported applications: ${result.added} added, ${result.updated} updated\n`);
          return;
        }
        let document: unknown;
        try {
          document = JSON.parse(text);
        } catch {
          throw new ValidationError(`${file} is not valid JSON.`);
        }
        const counts = await withServices(options, (s) =>
          s.portability.importAll(cliActor, document, { replace: options.replace === true }),
        );
        process.stdout.write(
          `Imported ${Object.entries(counts)
            .map(([name, n]) => `${n} ${name}`)
            .join(', ')}\n`,
        );
      }),
    );

  program
    .command('backup')
    .description('Write a consistent snapshot of the database to FILE, even while the server is writing')
    .argument('<file>')
    .option('--data <dir>', 'data folder')
    .action(
      cliAction(async (file: string, options: { data?: string }) => {
        const config = storeConfigFrom(options);
        if (config.kind === 'postgres') {
          const text = await withServices(options, async (s) =>
            JSON.stringify(await s.portability.exportAll(cliActor)),
          );
          await writeAtomically(file, text);
          process.stdout.write(
            `Wrote a JSON export of the PostgreSQL data to ${file} (use pg_dump for the whole server)\n`,
          );
          return;
        }
        const { openStore } = await import('../../store/store');
        const store = await openStore(config);
        try {
          const temporary = `${file}.${process.pid}.tmp`;
          await store.backupTo(temporary);
          await rename(temporary, file);
        } finally {
          await store.close();
        }
        process.stdout.write(`Backed up ${config.file} to ${file}\n`);
      }),
    );
}
