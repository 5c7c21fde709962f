#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx's loader, so `npx nextround` always runs the code in the tree.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
