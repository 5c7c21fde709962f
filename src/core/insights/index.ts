export * from './insights.build';
export * from './insights.top';
export * from './insights.types';
