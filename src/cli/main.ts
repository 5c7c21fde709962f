import { Command } from 'commander';
import { commandRegistrations } from './commands';

const program = new Command('nextround')
  .description('Nextround: everything after the interview — debriefs, thank-you notes, feedback requests, a plan.')
  .showHelpAfterError();

for (const register of commandRegistrations) register(program);

await program.parseAsync(process.argv);
