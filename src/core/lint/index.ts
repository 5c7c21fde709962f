export { lintMessage, lintMessageSync } from './lint.engine';
export { loadProofreader, type Proofreader, type ProofreaderLoadStats } from './lint.harper';
export * from './lint.schema';
