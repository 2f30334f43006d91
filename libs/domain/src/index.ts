export * from './enums';
export * from './labels';
export * from './localized';
export * from './limits';
export * from './arabic';
export * from './money';
export * from './geography';
export * from './digits';
