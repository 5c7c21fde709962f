export * from './time.business';
export * from './time.format';
export * from './time.zone';
