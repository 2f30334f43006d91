export * from './model';
export * from './expression';
export * from './form';
export * from './xlsform';
