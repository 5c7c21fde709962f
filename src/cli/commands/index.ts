import type { Command } from 'commander';

/** Each command module registers itself on the program; add new ones here. */
export const commandRegistrations: Array<(program: Command) => void> = [];
