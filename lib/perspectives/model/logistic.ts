/**
 * Logistic regression over named sparse features, with soft labels (a target in [0, 1], such
 * as the annotators' mean grade) and an L2 penalty; trained full-batch with Adam (Kingma & Ba
 * 2015), deterministic (zero start, no sampling), so the same data always gives the same weights.
 */
import type { Features } from './features';

export type Weights = Record<string, number>;

export interface Example {
  features: Features;
  /** Target probability in [0, 1]. */
  y: number;
  /** Weight of the example in the loss (default 1). */
  weight?: number;
}

export interface TrainOptions {
  /** L2 penalty per unit of example weight; the bias is not penalised. */
  l2: number;
  iterations: number;
  learningRate: number;
}

export const DEFAULT_TRAIN: TrainOptions = { l2: 1e-3, iterations: 400, learningRate: 0.05 };

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function linear(w: Weights, f: Features): number {
  let z = 0;
  for (const [k, v] of f) z += (w[k] ?? 0) * v;
  return z;
}

export function predict(w: Weights, f: Features): number {
  return sigmoid(linear(w, f));
}

const isBias = (name: string) => name.endsWith(':bias');

export function trainLogistic(
  examples: readonly Example[],
  opts: TrainOptions = DEFAULT_TRAIN,
): Weights {
  const names = new Map<string, number>();
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [k, v] of e.features) {
      let j = names.get(k);
      if (j === undefined) names.set(k, (j = names.size));
      idx.push(j);
      val.push(v);
    }
    return { idx, val, y: e.y, weight: e.weight ?? 1 };
  });
  const d = names.size;
  const w = new Float64Array(d);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  const g = new Float64Array(d);
  const penalised = [...names.keys()].map((k) => !isBias(k));
  const total = rows.reduce((a, r) => a + r.weight, 0) || 1;
  const b1 = 0.9;
  const b2 = 0.999;
  for (let t = 1; t <= opts.iterations; t++) {
    g.fill(0);
    for (const r of rows) {
      let z = 0;
      for (let k = 0; k < r.idx.length; k++) z += w[r.idx[k]] * r.val[k];
      const err = (sigmoid(z) - r.y) * r.weight;
      for (let k = 0; k < r.idx.length; k++) g[r.idx[k]] += err * r.val[k];
    }
    for (let j = 0; j < d; j++) {
      const grad = g[j] / total + (penalised[j] ? opts.l2 * w[j] : 0);
      m[j] = b1 * m[j] + (1 - b1) * grad;
      v[j] = b2 * v[j] + (1 - b2) * grad * grad;
      const mh = m[j] / (1 - b1 ** t);
      const vh = v[j] / (1 - b2 ** t);
      w[j] -= (opts.learningRate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const out: Weights = {};
  for (const [k, j] of names) if (w[j] !== 0) out[k] = w[j];
  return out;
}
