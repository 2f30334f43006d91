export * from './model';
export * from './expression';
export * from './form';
export * from './xlsform';
export type { Bilingual } from './messages';
