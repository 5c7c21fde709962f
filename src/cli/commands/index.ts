import type { Command } from 'commander';
import { registerAdvice } from './advice.command';
import { registerAnalyzeFeedback } from './analyze-feedback.command';
import { registerData } from './data.command';
import { registerLint } from './lint.command';
import { registerMail } from './mail.command';
import { registerMailImport } from './mail-import.command';
import { registerMailWatch } from './mail-watch.command';
import { registerMe } from './me.command';
import { registerSeed } from './seed.command';
import { registerServe } from './serve.command';
import { registerTracker } from './tracker.command';

/** Each command module registers itself on the program; add new ones here. */
export const commandRegistrations: Array<(program: Command) => void> = [
  registerServe,
  registerSeed,
  registerTracker,
  registerData,
  registerMail,
  registerMailImport,
  registerMailWatch,
  registerAnalyzeFeedback,
  registerLint,
  registerAdvice,
  registerMe,
];
