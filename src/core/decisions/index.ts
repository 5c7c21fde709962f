export * from './decisions.alternatives';
export * from './decisions.feedback-request';
export * from './decisions.rules';
export * from './decisions.timing';
