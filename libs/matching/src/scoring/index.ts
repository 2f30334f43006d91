export * from './types';
export * from './weights';
export * from './match';
export * from './messages';
export * from './compiled';
