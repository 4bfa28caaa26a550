/**
 * Text form of a LinearModel for the generated data/weights.ts: one line per feature,
 * `feature<TAB>w1 w2 …` with weights as integers in hundredths (the perceptron's averaged
 * weights need no more precision to keep their ranking), and a first line `#transition<TAB>…`.
 */
import { LABELS } from './labels';
import type { LinearModel } from './model';

const SCALE = 100;

export function encodeWeights(model: LinearModel): string {
  const row = (ws: ArrayLike<number>) => Array.from(ws, (x) => Math.round(x * SCALE)).join(' ');
  const lines = [`#transition\t${row(model.transition)}`];
  for (const [f, ws] of [...model.emission].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (Array.from(ws).some((x) => Math.round(x * SCALE) !== 0)) lines.push(`${f}\t${row(ws)}`);
  }
  return lines.join('\n');
}

export function decodeWeights(text: string): LinearModel {
  const emission = new Map<string, ArrayLike<number>>();
  let transition: number[] = new Array((LABELS.length + 1) * LABELS.length).fill(0);
  for (const line of text.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const values = line.slice(tab + 1).split(' ').map((x) => Number(x) / SCALE);
    const name = line.slice(0, tab);
    if (name === '#transition') transition = values;
    else emission.set(name, values);
  }
  return { emission, transition };
}
