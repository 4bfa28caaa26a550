/**
 * Which news section a text reads like: business, politics, tech (and science), or another desk.
 * A multinomial naive Bayes over word prefixes (the first five letters, a stemmer for any
 * language), learned from the section labels that news data already carries (BBC News's
 * `business`, `politics`, `tech`; DER STANDARD's `Wirtschaft`, `Inland`/`International`,
 * `Web`/`Wissenschaft` in 10kGNAD): weak supervision from hundreds of articles for a question the
 * fifty labelled ones cannot teach alone, "is there anything here for an investor at all?".
 * The model is data (`section-model.json`, built by `npm run build:lens-model`).
 */
export const SECTIONS = ['business', 'politics', 'tech', 'other'] as const;
export type Section = (typeof SECTIONS)[number];

export interface SectionModel {
  /** Per language: log prior per section, and per prefix the log likelihood per section. */
  languages: Record<string, { prior: number[]; unseen: number[]; words: Record<string, number[]> }>;
}

/** Words are cut to this many letters: enough to tell `invest` from `inves(tigation)` rarely, and stems any language. */
export const PREFIX_LENGTH = 5;
/** Shorter words are mostly function words. */
const MIN_WORD = 3;

export function prefixes(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? [])
    .filter((w) => w.length >= MIN_WORD)
    .map((w) => w.slice(0, PREFIX_LENGTH));
}

const wordMaps = new WeakMap<Record<string, number[]>, Map<string, number[]>>();

/**
 * The vocabulary as a Map, made once per model: looking up a prefix sliced from a new sentence
 * as a property of the parsed JSON object makes V8 internalise every such string first, which a
 * CPU profile of first analyses showed as most of this function's time (docs/performance.md).
 * Own keys only, as before: no prefix of 3–5 letters names an Object.prototype member.
 */
function wordMap(words: Record<string, number[]>): Map<string, number[]> {
  let map = wordMaps.get(words);
  if (!map) wordMaps.set(words, (map = new Map(Object.entries(words))));
  return map;
}

/**
 * Posterior probability of each section for a bag of prefixes; null when the language has no
 * model. Words outside the model's vocabulary carry no evidence (they are skipped, not smoothed):
 * the vocabulary holds the words that tell sections apart.
 */
export function sectionPosterior(
  model: SectionModel,
  lang: string,
  words: readonly string[],
): number[] | null {
  const m = model.languages[lang];
  if (!m) return null;
  const likelihoods = wordMap(m.words);
  const score = [...m.prior];
  for (const w of words) {
    const l = likelihoods.get(w);
    if (!l) continue;
    for (let c = 0; c < score.length; c++) score[c] += l[c];
  }
  const top = Math.max(...score);
  const exp = score.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}
