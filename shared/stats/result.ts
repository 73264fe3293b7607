/** The shape every test in shared/stats returns. */

/** Direction of the alternative hypothesis, as SciPy's `alternative`. */
export type Alternative = 'two-sided' | 'less' | 'greater';

export interface TestResult {
  /** The test statistic, or null when the input is degenerate. */
  statistic: number | null;
  /** The p-value in [0, 1], or null when the input is degenerate (then `reason` says why). */
  pValue: number | null;
  /** Which computation gave the p-value, e.g. 'exact' or 'asymptotic'. */
  method: string;
  /** Why pValue is null: the degenerate input, in words. */
  reason?: string;
}
