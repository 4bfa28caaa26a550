/**
 * How much a word looks like a proper name rather than a common word, from its letters
 * alone: the log-likelihood ratio of two character trigram models (Witten–Bell smoothed),
 * one trained on proper names (given names and the capitalised entries of both
 * dictionaries), one on common words (German nouns, or English lower-case words). Unknown
 * surnames such as `Järvi`, `Blaszkiewitz` or `Inamori` are spelled unlike German nouns;
 * character n-grams are a classic cue for that (Klein et al. 2003, "Named entity recognition
 * with character-level models"). Both models are built from the shipped word lists on first
 * use, so this adds nothing to the bundle.
 */
import { lexiconWords } from './lexicons';

interface CharModel {
  tri: Map<string, number>;
  ctx: Map<string, number>;
  /** Distinct continuations per context, for Witten–Bell smoothing. */
  types: Map<string, number>;
  uni: Map<string, number>;
  total: number;
}

function train(words: Iterable<string>): CharModel {
  const m: CharModel = { tri: new Map(), ctx: new Map(), types: new Map(), uni: new Map(), total: 0 };
  for (const w of words) {
    const s = `^^${w.toLowerCase()}$`;
    for (let i = 2; i < s.length; i++) {
      const c = s.slice(i - 2, i);
      const t = c + s[i];
      const seen = m.tri.get(t) ?? 0;
      if (!seen) m.types.set(c, (m.types.get(c) ?? 0) + 1);
      m.tri.set(t, seen + 1);
      m.ctx.set(c, (m.ctx.get(c) ?? 0) + 1);
      m.uni.set(s[i], (m.uni.get(s[i]) ?? 0) + 1);
      m.total++;
    }
  }
  return m;
}

function logProb(m: CharModel, word: string): number {
  const s = `^^${word.toLowerCase()}$`;
  let lp = 0;
  for (let i = 2; i < s.length; i++) {
    const c = s.slice(i - 2, i);
    const n = m.ctx.get(c) ?? 0;
    const types = m.types.get(c) ?? 0;
    const pUni = ((m.uni.get(s[i]) ?? 0) + 1) / (m.total + 100);
    const p = n ? ((m.tri.get(c + s[i]) ?? 0) + types * pUni) / (n + types) : pUni;
    lp += Math.log(p);
  }
  return lp / (s.length - 2);
}

const models: Record<string, { name: CharModel; common: CharModel }> = {};

const likenessCache = new Map<string, number>();

/** Per-character log-likelihood ratio, name versus common word; positive looks like a name. */
export function nameLikeness(word: string, lang: string): number {
  const key = `${lang === 'en' ? 'en' : 'de'}:${word}`;
  let v = likenessCache.get(key);
  if (v === undefined) {
    v = computeLikeness(word, lang);
    if (likenessCache.size >= 50_000) likenessCache.clear();
    likenessCache.set(key, v);
  }
  return v;
}

function computeLikeness(word: string, lang: string): number {
  const key = lang === 'en' ? 'en' : 'de';
  if (!models[key]) {
    const w = lexiconWords();
    models[key] = {
      name: train([...w.given, ...w.deProper, ...w.enProper]),
      common: train(key === 'en' ? w.enLower : w.deNouns),
    };
  }
  const m = models[key];
  return logProb(m.name, word) - logProb(m.common, word);
}
