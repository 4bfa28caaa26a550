/**
 * Text form of a LinearModel for the generated data/weights.ts. The averaged perceptron's
 * weights are compacted before they ship, and the `ner` evaluation scores the compacted
 * model so its figures are those of what ships:
 *
 * - quantised to integer multiples of 1/SCALE (a linear tagger decides by the argmax of sums,
 *   which coarse integer weights keep; integer quantisation of linear NLP models loses
 *   little, e.g. Joulin et al. 2016, "FastText.zip: Compressing text classification models");
 * - features whose largest weight rounds to zero are dropped;
 * - feature names are sorted and front-coded like the word lists (lexicon-decode.ts): one
 *   character for the length of the prefix shared with the previous name, then the rest;
 * - a row lists its label weights separated by `,`, a zero written as nothing.
 *
 * Layout: `#transition` row first, then one `name<TAB>w1,w2,…` line per feature, lines
 * separated by `\n`.
 */
import { LABELS } from './labels';
import type { LinearModel } from './model';

/** Weights are stored in units of 1/SCALE. */
export const SCALE = 10;

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const MAX_SHARED = DIGITS.length - 1;
const TRANSITION = '#transition';

/**
 * Features whose largest weight is below this are dropped: they can move a tag's score by
 * less than a tenth of a typical decision margin. Chosen by the cross-validated F1 of the
 * `ner` suite at 0, 0.5 and 1 (docs/evaluation.md).
 */
export const MIN_WEIGHT = 1;

/** The model as it ships: weights rounded to 1/SCALE, features below `minWeight` dropped. */
export function compactModel(model: LinearModel, minWeight = MIN_WEIGHT): LinearModel {
  const q = (ws: ArrayLike<number>) => Array.from(ws, (x) => Math.round(x * SCALE) / SCALE || 0);
  const emission = new Map<string, ArrayLike<number>>();
  for (const [f, ws] of model.emission) {
    const row = q(ws);
    if (row.some((x) => x !== 0) && row.some((x) => Math.abs(x) >= minWeight)) emission.set(f, row);
  }
  return { emission, transition: q(model.transition) };
}

function row(ws: ArrayLike<number>): string {
  return Array.from(ws, (x) => {
    const v = Math.round(x * SCALE);
    return v === 0 ? '' : String(v);
  }).join(',');
}

export function encodeWeights(model: LinearModel): string {
  const compact = compactModel(model);
  const lines = [`${TRANSITION}\t${row(compact.transition)}`];
  let prev = '';
  for (const f of [...compact.emission.keys()].sort()) {
    let k = 0;
    while (k < MAX_SHARED && k < f.length && k < prev.length && f[k] === prev[k]) k++;
    lines.push(`${DIGITS[k]}${f.slice(k)}\t${row(compact.emission.get(f)!)}`);
    prev = f;
  }
  return lines.join('\n');
}

/**
 * Calls `visit` with every row of an encoded model in units of 1/SCALE: first the
 * transition row (name `#transition`), then each feature's row, reusing one array.
 */
export function forEachWeightRow(text: string, visit: (name: string, units: Int32Array) => void): void {
  const units = new Int32Array(Math.max(LABELS.length, (LABELS.length + 1) * LABELS.length));
  let prev = '';
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.lastIndexOf('\t', end);
    if (tab > start) {
      const head = text.slice(start, tab);
      const name = head === TRANSITION ? head : prev.slice(0, DIGITS.indexOf(head[0])) + head.slice(1);
      // Comma-separated integers, an empty field standing for 0.
      let k = 0;
      let v = 0;
      let sign = 1;
      units.fill(0);
      for (let i = tab + 1; i <= end; i++) {
        const c = i < end ? text.charCodeAt(i) : 44;
        if (c === 44 /* , */) {
          units[k++] = sign * v;
          v = 0;
          sign = 1;
        } else if (c === 45 /* - */) sign = -1;
        else v = v * 10 + (c - 48);
      }
      visit(name, units.subarray(0, k));
      if (head !== TRANSITION) prev = name;
    }
    start = end + 1;
  }
}

export function decodeWeights(text: string): LinearModel {
  const emission = new Map<string, ArrayLike<number>>();
  let transition: number[] = new Array((LABELS.length + 1) * LABELS.length).fill(0);
  forEachWeightRow(text, (name, units) => {
    const values = Array.from(units, (x) => x / SCALE);
    if (name === TRANSITION) transition = values;
    else emission.set(name, values);
  });
  return { emission, transition };
}
