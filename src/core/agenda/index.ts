export * from './agenda.build';
export * from './agenda.types';
