/**
 * Which language an article is written in, as an ISO 639-1 code (`de`, `en`, …) or `und`.
 *
 * The page's own declaration (`<html lang="de-AT">`) comes first: the publisher knows its language
 * and the declaration costs nothing. Text-based detection with franc-min (trigram profiles for the
 * 82 most spoken languages, https://github.com/wooorm/franc) is the fallback when the page says
 * nothing or says something implausible (e.g. a CMS template that declares `en` on a German page).
 */
import { franc } from 'franc-min';
import { stopWordShare } from './stopwords';

/**
 * franc answers in ISO 639-3; the rest of Kontext speaks ISO 639-1. The table covers every language
 * franc-min knows that has a two-letter code (the others, e.g. `fuv` Nigerian Fulfulde or `ceb`
 * Cebuano, have none and come back as `und`).
 */
const ISO_639_3_TO_1: Record<string, string> = {
  arb: 'ar', azj: 'az', bel: 'be', bos: 'bs', bul: 'bg', ces: 'cs', ckb: 'ku', deu: 'de', eng: 'en',
  fra: 'fr', hau: 'ha', hin: 'hi', hrv: 'hr', hun: 'hu', ibo: 'ig', ind: 'id', ita: 'it', jav: 'jv',
  kaz: 'kk', kin: 'rw', lin: 'ln', mar: 'mr', nld: 'nl', npi: 'ne', nya: 'ny', pbu: 'ps', pes: 'fa',
  plt: 'mg', pol: 'pl', por: 'pt', ron: 'ro', run: 'rn', rus: 'ru', som: 'so', spa: 'es',
  srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tgl: 'tl', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz',
  vie: 'vi', yor: 'yo', zlm: 'ms', zul: 'zu', zyb: 'za',
  // Languages franc recognises by their script alone.
  cmn: 'zh', ben: 'bn', jpn: 'ja', kor: 'ko', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml',
  mya: 'my', pan: 'pa', amh: 'am', tha: 'th', sin: 'si', ell: 'el',
};

/**
 * Scripts that franc-min does not model but that name their language unambiguously enough for
 * stemming and stop words to be irrelevant (none of these languages has a Snowball stemmer here).
 */
const SCRIPT_LANGUAGES: [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Thai}/u, 'th'],
];

/** franc reads trigrams; a couple of thousand characters decide any real article, more only costs time. */
const SAMPLE_CHARS = 2000;
/** Below this many letters franc's own docs call the answer unreliable (its default minLength is 10). */
const MIN_DETECT_CHARS = 20;

/** `de-AT` → `de`, `EN_us` → `en`, `x-default`/`und`/garbage → null. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (!/^[a-z]{2,3}$/.test(primary) || primary === 'und' || primary === 'mul' || primary === 'zxx') return null;
  if (primary.length === 3) return ISO_639_3_TO_1[primary] ?? primary;
  return primary;
}

/** Text-based detection only: franc-min for the scripts it models, the script itself for a few others. */
export function detectFromText(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_DETECT_CHARS) return 'und';
  const code = franc(sample, { minLength: MIN_DETECT_CHARS });
  if (code !== 'und') return ISO_639_3_TO_1[code] ?? 'und';
  for (const [script, lang] of SCRIPT_LANGUAGES) if (script.test(sample)) return lang;
  return 'und';
}

/**
 * A declaration is implausible when the text is long enough to judge, the declared language has a
 * stop-word list, and almost none of the words are its stop words while the detected language's
 * stop words are common. Running text in any language with a stop-word list has a third or more
 * of its tokens in that list (function words dominate every language's frequency list, Zipf 1935);
 * a tenth is far below that for any real text in the language.
 */
const IMPLAUSIBLE_SHARE = 0.1;
const PLAUSIBLE_SHARE = 0.25;
/** Fewer words than this are too few to overrule the publisher (a title, a caption). */
const MIN_WORDS_TO_OVERRULE = 30;

function declarationPlausible(text: string, declared: string): { plausible: boolean; detected?: string } {
  const sample = text.slice(0, SAMPLE_CHARS);
  const declaredShare = stopWordShare(sample, declared);
  // No list for the declared language (or no words): nothing to judge it by, trust the page.
  if (declaredShare === null || declaredShare >= IMPLAUSIBLE_SHARE) return { plausible: true };
  if ((sample.match(/\p{L}+/gu)?.length ?? 0) < MIN_WORDS_TO_OVERRULE) return { plausible: true };
  const detected = detectFromText(sample);
  if (detected === 'und' || detected === declared) return { plausible: true };
  const detectedShare = stopWordShare(sample, detected);
  // A detected language without a list is believed only for a different script (no stop word of the declared language at all).
  const confirmed = detectedShare === null ? declaredShare === 0 : detectedShare > PLAUSIBLE_SHARE;
  return confirmed ? { plausible: false, detected } : { plausible: true };
}

/**
 * The article's language: the declared `lang` (normalised to its primary subtag) when it is
 * plausible, otherwise what the text says, otherwise `und`.
 */
export function detectLanguage(text: string, declared?: string | null): string {
  const fromPage = normalizeLanguageTag(declared);
  if (!fromPage) return detectFromText(text);
  const verdict = declarationPlausible(text, fromPage);
  return verdict.plausible ? fromPage : verdict.detected!;
}
