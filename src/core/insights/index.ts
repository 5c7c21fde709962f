export * from './insights.build';
export * from './insights.evidence';
export * from './insights.top';
export * from './insights.types';
