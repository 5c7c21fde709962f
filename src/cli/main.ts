import { Command } from 'commander';
import { commandRegistrations } from './commands';

// Output piped into a reader that stops early (`nextround lint --jsonl < big.jsonl | head`) closes the pipe:
// stop quietly, as Unix tools do, instead of dying with a stack trace. Everything the reader took was complete.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const program = new Command('nextround')
  .description('Nextround: everything after the interview — debriefs, thank-you notes, feedback requests, a plan.')
  .showHelpAfterError();

for (const register of commandRegistrations) register(program);

await program.parseAsync(process.argv);
