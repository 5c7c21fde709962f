export * from './drafting.draft';
export * from './drafting.questions';
export * from './drafting.types';
