/**
 * Averaged structured perceptron (Collins 2002; averaging as in Freund & Schapire 1999) for
 * the LinearModel of model.ts. Used by the `ner` evaluation for cross-validation and by
 * `npm run build:lexicons` to fit the shipped weights; never part of the extension bundle.
 */
import { mulberry32 } from '../random';
import { LABELS } from './labels';
import { viterbi, type LinearModel } from './model';

const L = LABELS.length;

export interface TrainingSentence {
  feats: string[][];
  /** Gold label indices into LABELS. */
  gold: number[];
}

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  /** Features seen fewer times than this in the training data are dropped. */
  minCount?: number;
}


export function trainPerceptron(data: TrainingSentence[], options: TrainOptions = {}): LinearModel {
  const { epochs = 8, seed = 1, minCount = 2 } = options;
  const counts = new Map<string, number>();
  for (const s of data) for (const fs of s.feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [f, c] of counts) if (c >= minCount) ids.set(f, ids.size);
  const encoded = data.map((s) => ({ gold: s.gold, feats: s.feats.map((fs) => fs.map((f) => ids.get(f) ?? -1).filter((x) => x >= 0)) }));

  const T = (L + 1) * L;
  const w = new Float64Array(ids.size * L + T); // emission weights, then transitions
  const total = new Float64Array(w.length); // sum of w over time, kept lazily
  const stamp = new Float64Array(w.length);
  let time = 0;
  const bump = (idx: number, delta: number) => {
    total[idx] += (time - stamp[idx]) * w[idx];
    stamp[idx] = time;
    w[idx] += delta;
  };
  const tOff = ids.size * L;

  const order = encoded.map((_, i) => i);
  const rand = mulberry32(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      time++;
      const s = encoded[idx];
      const scores = s.feats.map((fs) => {
        const row = new Float64Array(L);
        for (const f of fs) for (let k = 0; k < L; k++) row[k] += w[f * L + k];
        return row;
      });
      const pred = viterbi(scores, w.subarray(tOff));
      for (let t = 0; t < pred.length; t++) {
        const g = s.gold[t];
        const p = pred[t];
        const gPrev = t === 0 ? -1 : s.gold[t - 1];
        const pPrev = t === 0 ? -1 : pred[t - 1];
        if (g !== p) {
          for (const f of s.feats[t]) {
            bump(f * L + g, 1);
            bump(f * L + p, -1);
          }
        }
        if (g !== p || gPrev !== pPrev) {
          bump(tOff + (gPrev + 1) * L + g, 1);
          bump(tOff + (pPrev + 1) * L + p, -1);
        }
      }
    }
  }
  time++;
  const avg = new Float64Array(w.length);
  for (let k = 0; k < w.length; k++) avg[k] = (total[k] + (time - stamp[k]) * w[k]) / time;

  const emission = new Map<string, ArrayLike<number>>();
  for (const [f, id] of ids) {
    const row = avg.subarray(id * L, id * L + L);
    if (row.some((x) => x !== 0)) emission.set(f, Array.from(row));
  }
  return { emission, transition: Array.from(avg.subarray(tOff)) };
}
