import { matchesGlob } from '../util/glob.ts';
import { mergeBudgets } from './load.ts';
import type { Budgets, Config } from './config.ts';

/** The budgets that apply to one query: defaults, then `budgets:`, then every matching override in order. */
export function budgetsFor(config: Pick<Config, 'budgets' | 'overrides'>, name: string, endpoint: string | null): Budgets {
  return config.overrides.reduce(
    (budgets, override) =>
      matchesGlob(override.match, name) || (endpoint !== null && matchesGlob(override.match, endpoint)) ? mergeBudgets(budgets, override.budgets) : budgets,
    config.budgets,
  );
}
