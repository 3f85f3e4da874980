export { parseConfig, mergeBudgets } from './load.ts';
export { budgetsFor } from './overrides.ts';
export * from './types.ts';
