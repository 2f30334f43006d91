export * from './model';
export * from './expression';
