export type EngineKind = 'embedded' | 'server' | 'url';

export interface SeqScanBudget {
  minRows: number;
  /** Relation names or globs on which a seq scan is fine. */
  allow: string[];
  maxNew: number;
}

export interface Budgets {
  costIncreasePct: number;
  costIncreaseMin: number;
  maxCost: number | null;
  seqScans: SeqScanBudget;
  queryCountIncrease: number;
}

/** A budget override as written: only the keys the user set. */
export interface Override {
  match: string;
  budgets: PartialBudgets;
}

export type PartialBudgets = Partial<Omit<Budgets, 'seqScans'>> & { seqScans?: Partial<SeqScanBudget> };

/** One `queries:` entry as written; `file:` entries expand per side. */
export interface QueryEntry {
  /** 1-based line of the entry in the config file, for messages. */
  line: number;
  name?: string;
  endpoint?: string;
  sql?: string;
  params?: unknown[];
  file?: string;
}

export interface CaptureConfig {
  command?: string;
  /** Query log path with `{side}`, relative to the working directory. */
  file?: string;
  timeoutMinutes: number;
  nPlusOne: number;
}

export interface Config {
  /** Path of the config file relative to the repository root, as given. */
  path: string;
  engine: EngineKind;
  url?: string;
  serverBin?: string;
  extensions: string[];
  schema: string[];
  seed: string[];
  queries: QueryEntry[];
  budgets: Budgets;
  overrides: Override[];
  capture?: CaptureConfig;
}

export const DEFAULT_BUDGETS: Budgets = {
  costIncreasePct: 10,
  costIncreaseMin: 5,
  maxCost: null,
  seqScans: { minRows: 1000, allow: [], maxNew: 0 },
  queryCountIncrease: 0,
};
