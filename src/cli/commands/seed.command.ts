import type { Command } from 'commander';
import { ValidationError } from '../../core/errors';
import { cliAction, writeJsonLine } from '../cli.action';
import { cliActor, withServices } from '../cli.context';

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description('Add realistic synthetic applications (deterministic for a given --seed), for demos and benchmarks')
    .requiredOption('--applications <n>', 'how many applications')
    .option('--seed <s>', 'random seed', '1')
    .option('--data <dir>', 'data folder')
    .option('--json', 'print the counts as JSON')
    .action(
      cliAction(async (options: { applications: string; seed: string; data?: string; json?: boolean }) => {
        const count = Number(options.applications);
        const seed = Number(options.seed);
        if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
          throw new ValidationError('--applications must be a whole number from 1 to 1,000,000.');
        }
        if (!Number.isInteger(seed)) throw new ValidationError('--seed must be a whole number.');
        const started = performance.now();
        const result = await withServices(options, (services) => services.seed.run(cliActor, { count, seed }));
        const seconds = (performance.now() - started) / 1000;
        if (options.json) writeJsonLine({ ...result, seconds: Number(seconds.toFixed(2)) });
        else {
          process.stdout.write(
            `Seeded ${result.applications} applications, ${result.contacts} contacts, ${result.interviews} interviews, ` +
              `${result.debriefs} debriefs, ${result.messages} messages, ${result.feedback} feedback in ${seconds.toFixed(1)} s\n`,
          );
        }
      }),
    );
}
