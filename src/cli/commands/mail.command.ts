import type { Command } from 'commander';
import { inspectMail } from '../../mail/mail.inspect';
import { cliAction, exitCodes, writeJsonLine } from '../cli.action';

interface InspectOptions {
  jsonl?: boolean;
  details?: boolean;
  maxSize?: string;
}

/**
 * `nextround mail …`: read job emails (and, later, send them).
 *
 * @example
 * nextround mail inspect --jsonl ~/Takeout/Mail/All\ mail.mbox offer.eml ~/Maildir
 */
export function registerMail(program: Command): void {
  const mail = program.command('mail').description('Read job emails from .eml, mbox and Maildir files.');
  mail
    .command('inspect')
    .description(
      'Classify each email (rejection, interview, offer, acknowledgement, other) and find the company and role.',
    )
    .argument('<files...>', '.eml files, mbox files (Gmail Takeout, Thunderbird) or Maildir folders')
    .option('--jsonl', 'one JSON object per message (the default output is a table)')
    .option('--details', 'also print subject, Message-ID, threading headers, platform, agency and reasons')
    .option('--max-size <MB>', 'skip messages larger than this, in MB (default: any size; only the start is read)')
    .action(
      cliAction(async (files: string[], options: InspectOptions) => {
        const maxMb = Number(options.maxSize);
        const maxMessageBytes = Number.isFinite(maxMb) && maxMb > 0 ? maxMb * 1024 * 1024 : undefined;
        let failed = 0;
        for await (const result of inspectMail(files, { maxMessageBytes })) {
          const where = result.index === undefined ? { file: result.file } : { file: result.file, index: result.index };
          if (result.error !== undefined) {
            failed++;
            process.stderr.write(
              `nextround: ${result.file}${result.index === undefined ? '' : ` #${result.index}`}: ${result.error}\n`,
            );
            if (options.jsonl) writeJsonLine({ ...where, error: result.error });
            continue;
          }
          const line = {
            ...where,
            kind: result.kind,
            company: result.company,
            role: result.role,
            from: result.from,
            date: result.date,
            confidence: result.confidence,
          };
          const details = options.details
            ? {
                subject: result.subject,
                fromName: result.fromName,
                messageId: result.messageId,
                inReplyTo: result.inReplyTo,
                references: result.references,
                isNoReply: result.isNoReply,
                platform: result.platform,
                agency: result.agency,
                reasons: result.reasons,
              }
            : {};
          if (options.jsonl) writeJsonLine({ ...line, ...details });
          else
            process.stdout.write(
              `${[
                result.index === undefined ? result.file : `${result.file}#${result.index}`,
                result.kind.padEnd(15),
                result.company ?? '-',
                result.role ?? '-',
                result.date?.slice(0, 10) ?? '-',
                result.confidence.toFixed(2),
              ].join('\t')}\n`,
            );
        }
        // Every readable message was printed; a non-zero exit tells scripts that some input was not.
        if (failed > 0) process.exitCode = exitCodes.badInput;
      }),
    );
}
