/**
 * Features of each token for the entity tagger: the token's shape, what the dictionaries know
 * about it, hand-written cues, and the same facts about its neighbours. The names are
 * language-neutral (`lex=common`, not "German noun") so weights learned on German text carry
 * over to English, where the English dictionary fills the same slots.
 */
import { CALENDAR_WORDS, HONORIFICS, ORG_FORMS, ORG_HEADS, ROLE_NOUNS, SPEECH_VERBS } from './cues';
import { wordFacts } from './lexicons';
import { nameLikeness } from './name-likeness';
import { stopWordSet } from '../text/stopwords';

/** The stop words the tagger was trained with: English for English text, German for the rest. */
function stopSet(lang: string): Set<string> {
  return stopWordSet(lang === 'en' ? 'en' : 'de')!;
}

export function shapeOf(token: string): string {
  if (/^\p{Lu}\.$/u.test(token)) return 'X.';
  if (/^\p{Lu}[\p{Lu}\d&]+$/u.test(token)) return token.length <= 5 ? 'XX' : 'XXX';
  if (/^\p{Lu}[\p{L}'’.]*-[\p{L}-]+$/u.test(token)) return 'Xx-x';
  if (/^\p{Lu}\p{Ll}[\p{Ll}'’]*$/u.test(token)) return 'Xx';
  if (/^\p{Lu}/u.test(token)) return 'Xmix';
  if (/^\p{Ll}+\p{Lu}/u.test(token)) return 'xX';
  if (/^\p{Ll}/u.test(token)) return 'x';
  if (/^\d/.test(token)) return 'd';
  return 'p';
}

export function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token) || /^\p{Ll}+\p{Lu}/u.test(token);
}

/**
 * Whether `word` ends in one of `heads` with at least `minPrefix` letters before it: each suffix
 * is looked up in the set, so the cost follows the word's length, not the list's (every new
 * word of an article is asked, and the role list has ~150 entries).
 */
function endsWithAny(word: string, heads: ReadonlySet<string>, minPrefix: number): boolean {
  for (let k = minPrefix; k < word.length; k++) if (heads.has(word.slice(k))) return true;
  return false;
}

const ROLE_SET: ReadonlySet<string> = new Set(ROLE_NOUNS);
const ORG_HEAD_SET: ReadonlySet<string> = new Set(ORG_HEADS);

/** Role noun alone or as the head of a compound (`Amazon-Gründer`, `Bundeskanzlerin`). */
export function isRoleNoun(token: string): boolean {
  const lower = token.toLowerCase();
  return ROLE_SET.has(lower) || endsWithAny(lower.replace(/^.*-/, ''), ROLE_SET, 0) && lower.includes('-') || endsWithAny(lower, ROLE_SET, 3);
}

/** The dictionary class of a capitalised word, as language-neutral flags. */
function lexFlags(word: string, lang: string, first: boolean): string[] {
  const f = wordFacts(word.replace(/[’]/g, "'"));
  const en = lang === 'en';
  const flags: string[] = [];
  // German capitalises every noun, so a known noun is a common word wherever it stands.
  // English capitalises common words only at the start of a sentence (and in headlines),
  // so there a known lower-case word counts as common only in first position.
  const calendar = CALENDAR_WORDS.has(word.toLowerCase());
  if (calendar || (en ? f.enLower && first : f.deNoun)) flags.push('common');
  if (!en && f.deCompound) flags.push('compound');
  if (en ? f.enProper : f.deProper) flags.push('proper');
  if (en ? f.deProper : f.enProper) flags.push('proper2');
  if (en ? f.enLower : f.deLower || stopSet(lang).has(word.toLowerCase())) flags.push('lower');
  if (f.given) flags.push('given');
  if (f.org) flags.push('org');
  if (!flags.length) flags.push('unknown');
  return flags;
}

/** First word of the sentence, or of a quotation or a clause after a colon. */
export function isSentenceStart(tokens: readonly string[], i: number): boolean {
  return i === 0 || /^["„“‚'(«»:–—-]$/.test(tokens[i - 1]);
}

function likenessBucket(x: number): string {
  return x < -0.6 ? '--' : x < -0.2 ? '-' : x < 0.2 ? '0' : x < 0.6 ? '+' : '++';
}

/**
 * Particles inside personal names (`Ursula von der Leyen`, `Ana de Sousa`, `Ali al-Nuaimi`),
 * from the naming conventions of German, Dutch, Romance and Arabic names.
 */
const NAME_PARTICLES = new Set(['von', 'vom', 'zu', 'van', 'der', 'den', 'ter', 'ten', 'de', 'da', 'di', 'del', 'della', 'do', 'dos', 'das', 'du', 'la', 'le', 'y', 'bin', 'ibn', 'al', 'el']);
const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ad-din)-\p{Lu}/u;

/**
 * Facts of one token that also describe it as a neighbour and do not depend on the words
 * around it. An article repeats its words, so they are computed once per word and kept.
 */
const contextFreeCache: Map<string, readonly string[]>[] = [new Map(), new Map(), new Map(), new Map()];
const CONTEXT_FREE_CACHE_SIZE = 50_000;

export function contextFreeFacts(t: string, lang: string, first: boolean): readonly string[] {
  const cache = contextFreeCache[(lang === 'en' ? 2 : 0) + (first ? 1 : 0)];
  let out = cache.get(t);
  if (!out) {
    out = computeContextFreeFacts(t, lang, first);
    if (cache.size >= CONTEXT_FREE_CACHE_SIZE) cache.clear();
    cache.set(t, out);
  }
  return out;
}

/**
 * `contextFreeFacts` without its cache, for a caller that keeps its own per-word result
 * (compiled-model.ts): a new word then costs one memo lookup, not two.
 */
export function computeContextFreeFacts(t: string, lang: string, first: boolean): string[] {
  const lower = t.toLowerCase();
  const shape = shapeOf(t);
  const out = [`sh=${shape}`];
  if (shape === 'x' || shape === 'p') {
    if (shape === 'p' || stopSet(lang).has(lower)) out.push(`w=${lower}`);
  }
  if (HONORIFICS.has(lower)) out.push('cue=honorific');
  if (ARABIC_ARTICLE.test(t)) out.push('cue=arabic-article');
  if (isRoleNoun(t)) out.push('cue=role');
  if (SPEECH_VERBS.has(lower)) out.push('cue=speech');
  if (ORG_FORMS.has(lower)) out.push('cue=orgform');
  if (isCapitalised(t) && endsWithAny(lower, ORG_HEAD_SET, 3)) out.push('cue=orghead');
  if (isCapitalised(t) && shape !== 'X.') {
    const word = shape === 'Xx-x' ? t.slice(t.lastIndexOf('-') + 1) : t;
    if (/^\p{Lu}/u.test(word)) {
      const flags = lexFlags(word, lang, first);
      if (!flags.includes('common') && word.length >= 3) out.push(`namey=${likenessBucket(nameLikeness(word, lang))}`);
      for (const f of flags) out.push(`lex=${f}`);
      out.push(`lexc=${flags.join('+')}`);
    }
  }
  return out;
}

export const PARTICLE_FACT = 'cue=particle';

/** A name particle between two capitalised words (`Ursula von der Leyen`). */
export function isParticleAt(tokens: readonly string[], i: number): boolean {
  return NAME_PARTICLES.has(tokens[i]) && i > 0 && i + 1 < tokens.length && isCapitalised(tokens[i - 1]) && isCapitalised(tokens[i + 1]);
}

/** Facts of one token in its sentence: the context-free ones and the name-particle cue. */
function localFacts(tokens: string[], i: number, lang: string): readonly string[] {
  const facts = contextFreeFacts(tokens[i], lang, isSentenceStart(tokens, i));
  return isParticleAt(tokens, i) ? [...facts, PARTICLE_FACT] : facts;
}

/** Features of the token itself that are not facts of a neighbour: its suffixes and the word. */
export function ownWordFeatures(t: string): string[] {
  const out: string[] = [];
  if (!isCapitalised(t)) return out;
  const lower = t.toLowerCase();
  if (t.length >= 4) out.push(`s3=${lower.slice(-3)}`, `s2=${lower.slice(-2)}`, `s4=${lower.slice(-4)}`);
  out.push(`word=${lower}`);
  return out;
}

/**
 * Features of every token of one sentence, as strings: the form the trainer (train.ts) learns
 * from. Tagging uses the same facts through integer ids (compiled-model.ts).
 */
export function sentenceFeatures(tokens: string[], lang: string): string[][] {
  const local = tokens.map((_, i) => localFacts(tokens, i, lang));
  return tokens.map((t, i) => {
    const feats = ['bias', ...local[i]];
    if (isSentenceStart(tokens, i)) feats.push('first');
    feats.push(...ownWordFeatures(t));
    for (const off of [-2, -1, 1, 2]) {
      const j = i + off;
      if (j < 0) feats.push(`${off}:BOS`);
      else if (j >= tokens.length) feats.push(`${off}:EOS`);
      else for (const f of local[j]) feats.push(`${off}:${f}`);
    }
    const cur = local[i].find((f) => f.startsWith('lexc='));
    const prev = i > 0 ? local[i - 1].find((f) => f.startsWith('lexc=')) : undefined;
    const next = i + 1 < tokens.length ? local[i + 1].find((f) => f.startsWith('lexc=')) : undefined;
    if (cur) {
      feats.push(`pair-1=${prev ?? local[i - 1]?.[0] ?? 'BOS'}|${cur}`);
      feats.push(`pair+1=${cur}|${next ?? local[i + 1]?.[0] ?? 'EOS'}`);
    }
    return feats;
  });
}
