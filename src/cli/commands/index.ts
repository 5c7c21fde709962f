import type { Command } from 'commander';
import { registerMail } from './mail.command';

/** Each command module registers itself on the program; add new ones here. */
export const commandRegistrations: Array<(program: Command) => void> = [registerMail];
