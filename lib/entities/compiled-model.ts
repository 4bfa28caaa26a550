/**
 * The tagger's model in the form it tags with: every feature name of the LinearModel is
 * resolved once into an integer row of one weight table, so tagging a sentence adds up rows
 * of integers instead of building and hashing dozens of feature strings per token (the
 * feature-interning step of fast linear taggers; cf. the "hashing trick" discussion in
 * Weinberger et al. 2009, "Feature hashing for large scale multitask learning", which we
 * avoid because exact interning keeps the trained model's decisions unchanged).
 *
 * The features are those of features.ts: facts of a token (shape, cues, dictionary classes)
 * seen from offsets -2…2, the token's own suffixes and word, and lexical-class pairs with the
 * neighbours. Facts that depend only on the word are looked up once per word and kept per
 * model (WordCode), so a long article costs a few integer additions per token.
 *
 * Weights are held as integers in units of 1/SCALE (weights-format.ts), which makes the sums
 * exact: the order in which rows are added cannot change a decision.
 */
import { computeContextFreeFacts, isParticleAt, isSentenceStart, ownWordFeatures, PARTICLE_FACT } from './features';
import { LABELS } from './labels';
import type { LinearModel } from './model';
import { viterbiFlat } from './model';
import { forEachWeightRow, SCALE } from './weights-format';

const L = LABELS.length;
/** Offsets -2…2 of a fact relative to the token scored; index = offset + 2. */
const SPAN = 5;
const PAIR_KEY = 1 << 16;
const NONE = -1;
/** `lexc` of a token without dictionary class (not capitalised, or an initial). */
const NO_CLASS = -2;

interface WordCode {
  /**
   * What the word adds to the scores of a token it stands `offset` places from (offset 0: its
   * own token), summed once over its context-free facts: contrib[(offset + 2) * L + label];
   * the middle block also holds its own-word features.
   */
  contrib: Int32Array;
  /** Fact id of its `lexc=` fact, NONE if the model never saw it, NO_CLASS if it has none. */
  lexc: number;
  /** Fact id of what a neighbour's class pair sees: its `lexc=` fact, else its shape. */
  pairSide: number;
}

export interface CompiledModel {
  /** Integer weights, row-major: weights[row * L + label]. */
  weights: Int32Array;
  transition: Int32Array;
  biasRow: number;
  firstRow: number;
  /** factRows[fact * SPAN + offset + 2]: row of that fact seen from that offset, or NONE. */
  factRows: Int32Array;
  factIds: Map<string, number>;
  ownRows: Map<string, number>;
  /** Rows of `pair-1=A|B` and `pair+1=A|B`, keyed A * PAIR_KEY + B. */
  pairPrev: Map<number, number>;
  pairNext: Map<number, number>;
  bos: number;
  eos: number;
  particle: number;
  /** Word codes per language and sentence-start flag ([de, de first, en, en first]). */
  words: Map<string, WordCode>[];
}

const OFFSET_PREFIX = /^(-2|-1|1|2):/;
const OWN_PREFIX = /^(?:s2|s3|s4|word)=/;
const WORD_CACHE_SIZE = 50_000;

/** Compiles a LinearModel, quantising its weights to units of 1/SCALE. */
export function compileModel(model: LinearModel): CompiledModel {
  return compileRows((visit) => {
    visit(TRANSITION_ROW, Int32Array.from(model.transition, (x) => Math.round(x * SCALE)));
    const units = new Int32Array(L);
    for (const [name, ws] of model.emission) {
      for (let k = 0; k < L; k++) units[k] = Math.round(ws[k] * SCALE);
      visit(name, units);
    }
  });
}

/** Compiles the shipped text form (weights-format.ts) without building a LinearModel first. */
export function compileEncoded(text: string): CompiledModel {
  return compileRows((visit) => forEachWeightRow(text, (name, units) => visit(name === '#transition' ? TRANSITION_ROW : name, units)));
}

const TRANSITION_ROW = '\u0000transition';

function compileRows(rows: (visit: (name: string, units: Int32Array) => void) => void): CompiledModel {
  const factIds = new Map<string, number>();
  const factRows: number[] = [];
  const id = (fact: string) => {
    let k = factIds.get(fact);
    if (k === undefined) {
      k = factIds.size;
      factIds.set(fact, k);
      for (let o = 0; o < SPAN; o++) factRows.push(NONE);
    }
    return k;
  };
  const bos = id('BOS');
  const eos = id('EOS');
  const particle = id(PARTICLE_FACT);
  const weights: number[] = [];
  const ownRows = new Map<string, number>();
  const pairPrev = new Map<number, number>();
  const pairNext = new Map<number, number>();
  let transition = new Int32Array((L + 1) * L);
  let biasRow = NONE;
  let firstRow = NONE;
  let row = 0;
  rows((name, units) => {
    if (name === TRANSITION_ROW) {
      transition = Int32Array.from(units);
      return;
    }
    for (let k = 0; k < L; k++) weights.push(units[k]);
    const offset = OFFSET_PREFIX.exec(name);
    if (name === 'bias') biasRow = row;
    else if (name === 'first') firstRow = row;
    else if (offset) factRows[id(name.slice(offset[0].length)) * SPAN + Number(offset[1]) + 2] = row;
    else if (name.startsWith('pair-1=') || name.startsWith('pair+1=')) {
      const bar = name.indexOf('|');
      const key = id(name.slice(7, bar)) * PAIR_KEY + id(name.slice(bar + 1));
      (name[4] === '-' ? pairPrev : pairNext).set(key, row);
    } else if (OWN_PREFIX.test(name)) ownRows.set(name, row);
    else factRows[id(name) * SPAN + 2] = row;
    row++;
  });
  if (factIds.size >= PAIR_KEY) throw new Error('too many distinct facts for the pair key');
  return {
    weights: Int32Array.from(weights),
    transition,
    biasRow,
    firstRow,
    factRows: Int32Array.from(factRows),
    factIds,
    ownRows,
    pairPrev,
    pairNext,
    bos,
    eos,
    particle,
    words: [new Map(), new Map(), new Map(), new Map()],
  };
}

function codeWord(m: CompiledModel, token: string, lang: string, first: boolean): WordCode {
  const cache = m.words[(lang === 'en' ? 2 : 0) + (first ? 1 : 0)];
  let code = cache.get(token);
  if (code) return code;
  // codeWord keeps the word's code per model, so the facts' own cache would only be a second lookup.
  const facts = computeContextFreeFacts(token, lang, first);
  const contrib = new Int32Array(SPAN * L);
  let lexc = NO_CLASS;
  for (const f of facts) {
    const k = m.factIds.get(f);
    if (k !== undefined) for (let slot = 0; slot < SPAN; slot++) addRow(contrib, slot * L, m.weights, m.factRows[k * SPAN + slot]);
    if (f.startsWith('lexc=')) lexc = k ?? NONE;
  }
  for (const f of ownWordFeatures(token)) addRow(contrib, 2 * L, m.weights, m.ownRows.get(f) ?? NONE);
  code = { contrib, lexc, pairSide: lexc === NO_CLASS ? m.factIds.get(facts[0]) ?? NONE : lexc };
  if (cache.size >= WORD_CACHE_SIZE) cache.clear();
  cache.set(token, code);
  return code;
}

function addRow(scores: Int32Array, base: number, weights: Int32Array, row: number): void {
  if (row < 0) return;
  const w = row * L;
  for (let k = 0; k < L; k++) scores[base + k] += weights[w + k];
}

/** Integer emission scores of one sentence, flat: scores[i * L + label]. */
export function emissionScores(m: CompiledModel, tokens: readonly string[], lang: string): Int32Array {
  const n = tokens.length;
  const codes: WordCode[] = new Array(n);
  const particle = new Uint8Array(n);
  const first = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    first[i] = isSentenceStart(tokens, i) ? 1 : 0;
    codes[i] = codeWord(m, tokens[i], lang, first[i] === 1);
    particle[i] = isParticleAt(tokens, i) ? 1 : 0;
  }
  const { weights, factRows } = m;
  const scores = new Int32Array(n * L);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    addRow(scores, base, weights, m.biasRow);
    if (first[i]) addRow(scores, base, weights, m.firstRow);
    for (let off = -2; off <= 2; off++) {
      const j = i + off;
      // Token j stands `off` places from token i: its block for that offset.
      const slot = off + 2;
      if (j < 0) addRow(scores, base, weights, factRows[m.bos * SPAN + slot]);
      else if (j >= n) addRow(scores, base, weights, factRows[m.eos * SPAN + slot]);
      else {
        const c = codes[j].contrib;
        const from = slot * L;
        for (let k = 0; k < L; k++) scores[base + k] += c[from + k];
        if (particle[j]) addRow(scores, base, weights, factRows[m.particle * SPAN + slot]);
      }
    }
    const cur = codes[i].lexc;
    if (cur >= 0) {
      // A missing neighbour is BOS/EOS; a neighbour's fact the model never saw matches no pair.
      const prev = i > 0 ? codes[i - 1].pairSide : m.bos;
      const next = i + 1 < n ? codes[i + 1].pairSide : m.eos;
      if (prev >= 0) addRow(scores, base, weights, m.pairPrev.get(prev * PAIR_KEY + cur) ?? NONE);
      if (next >= 0) addRow(scores, base, weights, m.pairNext.get(cur * PAIR_KEY + next) ?? NONE);
    }
  }
  return scores;
}

/** Best label indices of one sentence. */
export function decodeSentence(m: CompiledModel, tokens: readonly string[], lang: string): Int8Array {
  return viterbiFlat(emissionScores(m, tokens, lang), tokens.length, m.transition);
}
