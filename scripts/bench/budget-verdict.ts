/**
 * How `npm run check:budgets` judges its budgets: a missed budget fails the run unless it is
 * marked `required: false` (reported as OPEN: a budget the project has not met yet).
 */
export interface Budget {
  name: string;
  measured: string;
  limit: string;
  pass: boolean;
  detail?: string;
  /**
   * False for a budget the project has not met yet: reported as OPEN, not failing the check.
   * Once met, set it to true (or drop it), and the budget is kept from then on.
   */
  required?: boolean;
}

export type Verdict = 'PASS' | 'OPEN' | 'FAIL';

export function verdictOf(b: Budget): Verdict {
  if (b.pass) return 'PASS';
  return b.required === false ? 'OPEN' : 'FAIL';
}

/** The budgets that fail the run and those only reported as not met yet. */
export function judge(budgets: readonly Budget[]): { failed: Budget[]; open: Budget[] } {
  return {
    failed: budgets.filter((b) => verdictOf(b) === 'FAIL'),
    open: budgets.filter((b) => verdictOf(b) === 'OPEN'),
  };
}
