/** What every evaluation suite receives and returns (`npm run eval -- --suite NAME`). */
export interface EvalContext {
  /** Root of the evaluation data, `../shared/data` unless `--data` says otherwise. */
  dataDir: string;
  /** Cap on documents per suite (`--limit N`), for quick runs; undefined means all. */
  limit?: number;
}

export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

/** A quality bar from an issue, checked by `npm run eval -- --check`. */
export interface Check {
  name: string;
  pass: boolean;
  /** The measured value next to the bar, e.g. `F1 0.981 ≥ 0.980`. */
  detail: string;
  /**
   * False for a bar an issue sets that the project has not reached yet: it is reported as OPEN
   * and does not fail `--check`. Once reached, a bar is kept: drop the flag.
   */
  required?: boolean;
}

export interface SuiteResult {
  suite: string;
  tables: Table[];
  checks: Check[];
  /** Machine-readable numbers for `--json`. */
  data: unknown;
}

export interface Suite {
  name: string;
  description: string;
  run(ctx: EvalContext): Promise<SuiteResult>;
}
