import type { Command } from 'commander';
import { cliAction, exitCodes } from '../cli.action';
import { cliActor, withServices } from '../cli.context';

/** `mail import`: added to the `mail` command, so it must be registered after it. */
export function registerMailImport(program: Command): void {
  const mail = program.commands.find((command) => command.name() === 'mail') ?? program.command('mail');
  mail
    .command('import')
    .description(
      'Match job emails to applications and record rejections, interviews and offers (a dry run unless --apply)',
    )
    .argument('<files...>', '.eml files, mbox files or Maildir folders')
    .option('--apply', 'make the proposed changes (without it, only show them)')
    .option('--data <dir>', 'data folder')
    .option('--json', 'print the proposals (and the result) as JSON')
    .action(
      cliAction(async (files: string[], options: { apply?: boolean; data?: string; json?: boolean }) => {
        const { readForImport } = await import('../../mail/mail.import');
        const { mails, errors } = await readForImport(files);
        await withServices(options, async (services) => {
          const proposals = await services.mailImport.plan(cliActor, mails);
          const result = options.apply ? await services.mailImport.apply(cliActor, proposals) : null;
          if (options.json) {
            process.stdout.write(`${JSON.stringify({ proposals, errors, result }, null, 2)}\n`);
          } else {
            for (const p of proposals) {
              process.stdout.write(`${p.action.padEnd(18)} ${p.mail.kind.padEnd(15)} ${p.reason}\n`);
            }
            for (const e of errors)
              process.stdout.write(
                `error              ${e.file}${e.index === undefined ? '' : ` #${e.index}`}: ${e.error}\n`,
              );
            process.stdout.write(
              result
                ? `Applied ${result.applied}, skipped ${result.skipped}.\n`
                : `Dry run: nothing changed. Run again with --apply to make these changes.\n`,
            );
          }
        });
        if (errors.length > 0) process.exitCode = exitCodes.badInput;
      }),
    );
}
