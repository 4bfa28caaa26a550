/**
 * What a learned one-sentence scorer sees of each candidate sentence (issue 17): where it stands,
 * how central it is with and without PacSum's direction, how long it is, whether it carries a
 * figure, a quotation or a speech verb, and how much it shares with the first candidate. Every
 * feature lies in [0, 1] except the log length, so one learning rate suits them all. The names are
 * part of the weights' format (lib/summarize/scorer-weights.ts): change both together and retrain
 * (`npx tsx scripts/eval/summary-scorer-train.ts --data ../shared/data`).
 */
import type { PreparedText } from '../text/prepared';
import { directedCentrality } from './centrality';
import { clearRow, rowDot, scatterRow, type SentenceVectors } from './vectors';

export const FEATURES = [
  'bias',
  'lead 1/(1+rank)',
  'first',
  'rank/n',
  'directed centrality',
  'undirected centrality',
  'ln words',
  'digit',
  'quotation mark',
  'cosine with the first',
  'speech verb',
  'question',
  'rank < 3',
] as const;

const QUOTE = /["“”„«»‘’]/u;
/** Speech verbs and attributions of German and English news ("said", "sagte", "laut"). */
const SAYS =
  /\b(?:said|says|told|according|sagte|sagt|sagten|erklärte|meinte|betonte|laut|zufolge)\b/iu;
const QUESTION = /\?["'“”«»‘’)]*$/u;
const DIGIT = /\p{N}/u;

/** Min–max scaling to [0, 1]; a constant array becomes all ones. */
export function unitScale(values: Float64Array): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min;
  return values.map((v) => (span > 0 ? (v - min) / span : 1));
}

/**
 * One feature row per candidate (row r is `candidates[r]`), in the order of `FEATURES`.
 * `directed` is the unit-scaled directed centrality the summarizer already computed.
 */
export function sentenceFeatures(
  p: PreparedText,
  candidates: readonly number[],
  space: SentenceVectors,
  directed: Float64Array,
): Float64Array[] {
  const n = candidates.length;
  const undirected = unitScale(directedCentrality(space, { backward: 1, forward: 1 }));
  const first = new Float64Array(space.dimensions);
  if (n) scatterRow(space, 0, first);
  const rows = candidates.map((i, r) => {
    const text = p.sentences[i].text;
    const words = text.split(/\s+/).filter(Boolean).length;
    return Float64Array.of(
      1,
      1 / (1 + r),
      r === 0 ? 1 : 0,
      r / n,
      directed[r],
      undirected[r],
      Math.log(Math.max(1, words)),
      DIGIT.test(text) ? 1 : 0,
      QUOTE.test(text) ? 1 : 0,
      r === 0 ? 1 : rowDot(space, r, first),
      SAYS.test(text) ? 1 : 0,
      QUESTION.test(text) ? 1 : 0,
      r < 3 ? 1 : 0,
    );
  });
  if (n) clearRow(space, 0, first);
  return rows;
}

/** The linear score `w · x`. */
export function linearScore(weights: ArrayLike<number>, x: ArrayLike<number>): number {
  let z = 0;
  for (let j = 0; j < x.length; j++) z += weights[j] * x[j];
  return z;
}
