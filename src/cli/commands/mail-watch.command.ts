import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { ValidationError } from '../../core/errors';
import type { MailboxCursor } from '../../mail/mail.imap';
import type { ImportableMail } from '../../services/mail/mail-import.service';
import type { Services } from '../../services/services';
import { cliAction } from '../cli.action';
import { cliActor, dataDirFrom, withServices } from '../cli.context';

interface WatchOptions {
  host: string;
  port: string;
  user: string;
  passwordEnv: string;
  folder: string;
  tls: boolean;
  allowSelfSigned?: boolean;
  once?: boolean;
  apply?: boolean;
  data?: string;
  json?: boolean;
}

/** Where reading stopped, per mailbox, kept in the data folder so a restart does not read everything again. */
function cursorFile(options: WatchOptions): string {
  const key = `${options.user}@${options.host}/${options.folder}`.replace(/[^\w.@-]+/g, '_');
  return join(dataDirFrom(options.data), `imap-cursor-${key}.json`);
}

async function loadCursor(file: string): Promise<MailboxCursor | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as MailboxCursor;
  } catch {
    return null;
  }
}

/**
 * Only after the emails were applied: a dry run shows what would be recorded, and those emails must be offered
 * again when the user runs it with --apply.
 */
async function saveCursor(file: string, cursor: MailboxCursor | null, options: WatchOptions): Promise<void> {
  if (!cursor || !options.apply) return;
  await writeFile(`${file}.tmp`, JSON.stringify(cursor));
  await rename(`${file}.tmp`, file);
}

async function importBatch(services: Services, mails: ImportableMail[], options: WatchOptions): Promise<void> {
  if (mails.length === 0) return;
  const proposals = await services.mailImport.plan(cliActor, mails);
  const result = options.apply ? await services.mailImport.apply(cliActor, proposals) : null;
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ proposals, result })}\n`);
    return;
  }
  for (const p of proposals) process.stdout.write(`${p.action.padEnd(18)} ${p.mail.kind.padEnd(15)} ${p.reason}\n`);
  if (result) process.stdout.write(`Applied ${result.applied}, skipped ${result.skipped}.\n`);
}

/** `mail watch`: added to the `mail` command, so it must be registered after it. */
export function registerMailWatch(program: Command): void {
  const mail = program.commands.find((command) => command.name() === 'mail') ?? program.command('mail');
  mail
    .command('watch')
    .description('Read new job emails from an IMAP folder (read-only: nothing is marked read) into the import')
    .requiredOption('--host <host>', 'IMAP server')
    .requiredOption('--user <user>', 'mailbox user name')
    .option('--port <port>', 'IMAP port', '993')
    .option('--password-env <name>', 'environment variable that holds the password', 'NEXTROUND_IMAP_PASSWORD')
    .option('--folder <folder>', 'folder to read', 'INBOX')
    .option('--no-tls', 'plain IMAP with STARTTLS when offered, instead of implicit TLS')
    .option('--allow-self-signed', 'accept a self-signed certificate (a home server)')
    .option('--once', 'read what is new and stop, instead of watching')
    .option(
      '--apply',
      'record what the emails say, and remember where reading stopped (without it, only show the proposals: the same emails are shown again next time)',
    )
    .option('--data <dir>', 'data folder')
    .option('--json', 'one JSON line per batch')
    .action(
      cliAction(async (options: WatchOptions) => {
        const password = process.env[options.passwordEnv];
        if (!password)
          throw new ValidationError(`Put the mailbox password in $${options.passwordEnv} (never on the command line).`);
        const port = Number(options.port);
        if (!Number.isInteger(port) || port < 1 || port > 65535)
          throw new ValidationError(`Not a port number: ${options.port}`);
        const [{ fetchNewMessages, watchMailbox }, { importableFromRaw }] = await Promise.all([
          import('../../mail/mail.imap'),
          import('../../mail/mail.import'),
        ]);
        const config = {
          host: options.host,
          port,
          secure: options.tls,
          user: options.user,
          password,
          mailbox: options.folder,
          ...(options.allowSelfSigned ? { allowSelfSigned: true } : {}),
        };
        const file = cursorFile(options);
        const cursor = await loadCursor(file);
        await withServices(options, async (services) => {
          if (options.once) {
            const mails: ImportableMail[] = [];
            const next = await fetchNewMessages(config, cursor, async (message) => {
              mails.push(await importableFromRaw(message.raw));
            });
            await importBatch(services, mails, options);
            await saveCursor(file, next, options);
            if (!options.json) {
              process.stdout.write(`${mails.length} new message(s) in ${options.folder}.\n`);
              if (!options.apply && mails.length > 0)
                process.stdout.write(
                  'Dry run: nothing changed, and these emails will be offered again. Add --apply to record them.\n',
                );
            }
            return;
          }
          await new Promise<void>((resolve, reject) => {
            const watch = watchMailbox(config, {
              cursor,
              onMessage: async (message) => {
                await importBatch(services, [await importableFromRaw(message.raw)], options);
                await saveCursor(file, watch.cursor(), options);
              },
              onError: (error) => {
                process.stderr.write(`nextround: ${error.message}\n`);
                if (!(error.details as { retryable?: boolean } | undefined)?.retryable)
                  watch.stop().then(() => reject(error));
              },
            });
            const stop = () => void watch.stop().then(() => saveCursor(file, watch.cursor(), options).then(resolve));
            process.once('SIGINT', stop);
            process.once('SIGTERM', stop);
          });
        });
      }),
    );
}
