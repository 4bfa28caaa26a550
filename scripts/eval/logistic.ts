/**
 * Logistic regression by full-batch gradient descent with an L2 penalty on every weight but the
 * bias: the smallest learner that can weigh a handful of sentence features (issue 17). Deterministic
 * (zero start, fixed steps), so retraining on the same rows gives the same weights.
 */
export interface LogisticOptions {
  epochs: number;
  learningRate: number;
  l2: number;
}

/** 300 steps of 0.5 reach a loss that changes by < 1e-4 per step on the summary features. */
export const LOGISTIC_DEFAULTS: LogisticOptions = { epochs: 300, learningRate: 0.5, l2: 1e-3 };

export function trainLogistic(
  rows: readonly ArrayLike<number>[],
  labels: readonly number[],
  options: LogisticOptions = LOGISTIC_DEFAULTS,
): number[] {
  const d = rows[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  const g = new Array<number>(d);
  for (let e = 0; e < options.epochs; e++) {
    g.fill(0);
    rows.forEach((x, i) => {
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j] * x[j];
      const err = 1 / (1 + Math.exp(-z)) - labels[i];
      for (let j = 0; j < d; j++) g[j] += err * x[j];
    });
    for (let j = 0; j < d; j++)
      w[j] -= options.learningRate * (g[j] / rows.length + (j ? options.l2 * w[j] : 0));
  }
  return w;
}
