/**
 * Rules that find organisations from the words around a name, applied after the tagger
 * (tagger.ts) like the legal-form rule of org-forms.ts. Each encodes how German and English
 * news text names institutions (Duden, Die Grammatik, 9th ed., § 1558 on close appositions
 * such as `die Firma Siemens`; the GermEval 2014 annotation guidelines, Benikova et al. 2014,
 * which count the classifier of `Verlag Paul Haupt` as part of the name only when the rest
 * is no name of its own):
 *
 * - a classifying noun that names a kind of organisation (`Konzern`, `Verein`, `Gewerkschaft`,
 *   `Ölgesellschaft`, `the company`) makes the name right after it an organisation
 *   (`der Konkurrent Merck`, `die Gewerkschaft Ver.di`);
 * - an institution noun that opens or closes an organisation's name goes on with
 *   `für`/`zur`/`zum` and the field it serves (`Bundesamt für Migration und Flüchtlinge`,
 *   `Hochschule für Technik und Wirtschaft des Saarlandes`, `Bundesstiftung zur Aufarbeitung der SED-Diktatur`);
 * - a compound of a federal or state prefix and an institution noun names one body
 *   (`Bundesjustizministerium`, `Umweltbundesamt`, `Landtag`), with the adjective before it
 *   (`Bayerisches Staatsministerium`, `Deutscher Bundestag`).
 */
import { ORG_FORMS, ORG_HEADS, PUBLIC_BODY_HEADS, PUBLIC_BODY_PREFIXES } from './cues';
import type { EntityTag } from './labels';
import { wordFacts } from './lexicons';
import { isPlaceAdjective } from './german-forms';
import { nameClass } from './name-classes';
import { isNameWord } from './name-words';
import { DE_NOUN_ENDINGS, stripEndings } from './morphology';
import { memoCapitalised } from './word-memo';
import { hasHead, isOrgClassifier } from './org-heads';

const isCap = (t: string) => /^\p{Lu}/u.test(t);
/** Tags [start, end) as one organisation, splitting a following I- tag off into its own entity. */
function markOrg(out: EntityTag[], start: number, end: number): void {
  for (let k = start; k < end; k++) out[k] = k === start ? 'B-ORG' : 'I-ORG';
  if (end < out.length && out[end].startsWith('I-'))
    out[end] = out[end] === 'I-PER' ? 'B-PER' : 'B-ORG';
}

const isInitialToken = (t: string) => /^\p{Lu}\.$/u.test(t);

function spanEnd(tags: EntityTag[], start: number): number {
  let end = start + 1;
  while (end < tags.length && tags[end].startsWith('I-')) end++;
  return end;
}

const DETERMINERS = new Set(['der', 'die', 'das', 'dem', 'den', 'des']);
const CLAUSE_END = new Set([',', '.', ';', ':', ')']);

/**
 * `das Unternehmen Ring, das Amazon gehört`: in German a capitalised noun right after
 * `Artikel + Klassifikator` and before the end of the phrase is a close apposition, the
 * name of what the classifier names (Duden, Die Grammatik, 9th ed., § 1558), even when the
 * name is also a common noun. Followed by anything else it may be an object (`weil der
 * Konzern Gewinne macht`), so it is left alone.
 */
function closedApposition(tokens: string[], i: number, lang: string): boolean {
  if (lang === 'en' || i < 2 || !DETERMINERS.has(tokens[i - 2].toLowerCase())) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(tokens[i]) && CLAUSE_END.has(tokens[i + 1] ?? '');
}

/**
 * English writes the classifier in lower case before the name (`oil firm Yukos`, `the carmaker
 * Fiat`, `ratings agency Fitch`), a pattern the tagger trained on wikigold and tweets rarely saw:
 * on the silver news articles it tagged such names as people or not at all. Only nouns that name
 * nothing but an organisation: `giant`, `rival`, `producer`, `developer`, `operator`, `group` and
 * the like also stand before a person (`soul giant Aretha Franklin`, `his rival Mitt Romney`). A
 * given name after the classifier opens a person's name (`newspaper Rupert Murdoch owns`), and a
 * place by the training sets stays a place.
 */
const EN_CLASSIFIERS = new Set(
  (
    'company firm carmaker automaker retailer bank lender insurer carrier airline manufacturer ' +
    'publisher newspaper broadcaster supermarket conglomerate agency charity brewer startup ' +
    'start-up subsidiary magazine'
  ).split(' '),
);

function isEnglishApposition(tokens: readonly string[], i: number): boolean {
  if (!EN_CLASSIFIERS.has(tokens[i - 1]) || nameClass([tokens[i]]) === 'L') return false;
  return !wordFacts(tokens[i]).given;
}

/** `der Konkurrent Merck`, `die Gewerkschaft Ver.di`: the classifier stays outside the name. */
function classifierApposition(tokens: string[], tags: EntityTag[], lang: string): EntityTag[] {
  const out = tags.slice();
  for (let i = 1; i < tokens.length; i++) {
    if (lang === 'en' ? !isEnglishApposition(tokens, i) : !isOrgClassifier(tokens[i - 1])) continue;
    if (!isNameWord(tokens[i], lang) && !closedApposition(tokens, i, lang)) continue;
    // The tagger may have taken the classifier into the name (`Versicherung Swiss Life`);
    // the name starts after it.
    if (out[i - 1] !== 'O' && out[i].startsWith('I-')) out[i - 1] = 'O';
    let end = out[i] === 'O' ? i + 1 : spanEnd(out, i);
    while (end < tokens.length && out[end] === 'O' && isNameWord(tokens[end], lang)) end++;
    // An initial names nothing alone: in `die Investmentfirma T. Rowe Price` the name the
    // tagger found after it (as a person) is the rest of the same name.
    if (
      end < tokens.length &&
      out[end].startsWith('B-') &&
      tokens.slice(i, end).every(isInitialToken)
    )
      end = spanEnd(out, end);
    markOrg(out, i, end);
    i = end - 1;
  }
  return out;
}

const CONTINUATIONS = new Set(['für', 'zur', 'zum']);
const INNER = new Set(['und', 'der', 'des', 'für', 'zur', 'zum', '&', 'im']);
/**
 * A lower-case word inside a field before a capitalised one: a small word of the name, or an
 * inflected adjective (`Verband zum Schutz geistigen Eigentums`), which German writes in lower
 * case inside a name.
 */
const isFieldInner = (w: string) =>
  INNER.has(w) || (/^\p{Ll}{3,}(?:en|er|es|em|e)$/u.test(w) && wordFacts(w).deLower);

const isInstitutionWord = memoCapitalised(
  (token: string): boolean =>
    isCap(token) && (ORG_FORMS.has(token.toLowerCase()) || hasHead(token, ORG_HEADS)),
  false,
);

/**
 * Heads of German institutions that, with the field they serve, make a name even where the
 * tagger saw none (`Institut für Virologie`, `Deutsches Zentrum für Infektionsforschung`,
 * `Bernhard-Nocht-Institut für Tropenmedizin`): an institute, centre, academy, university or
 * office `für` a field is a named body, not a common phrase.
 */
const FIELD_HEADS = [
  'institut',
  'zentrum',
  'zentrums',
  'akademie',
  'hochschule',
  'universität',
  'stiftung',
  'verband',
  'amt',
];

const isFieldHead = memoCapitalised(
  (token: string): boolean => isCap(token) && hasHead(token, FIELD_HEADS),
  false,
);

/** `Bundesamt für Migration und Flüchtlinge`: an institution's field belongs to its name. */
function institutionField(tokens: string[], tags: EntityTag[], lang: string): EntityTag[] {
  const out = tags.slice();
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!CONTINUATIONS.has(tokens[i + 1])) continue;
    const untagged = lang !== 'en' && out[i] === 'O' && isFieldHead(tokens[i]);
    if (
      !(out[i].endsWith('ORG') || untagged) ||
      (!isInstitutionWord(tokens[i]) && !untagged) ||
      !CONTINUATIONS.has(tokens[i + 1]) ||
      !isCap(tokens[i + 2])
    )
      continue;
    if (i + 1 < out.length && out[i + 1] !== 'O') continue;
    let start = i;
    while (start > 0 && out[start].startsWith('I-')) start--;
    if (untagged && start > 0 && out[start - 1] === 'O' && isNameAdjective(tokens[start - 1]))
      start--;
    let end = i + 3;
    while (end < tokens.length) {
      if (isCap(tokens[end]) && tokens[end].length > 1) end++;
      else if (isFieldInner(tokens[end]) && end + 1 < tokens.length && isCap(tokens[end + 1]))
        end += 2;
      else break;
    }
    markOrg(out, start, end);
    i = end - 1;
  }
  return out;
}

const isPublicBody = memoCapitalised((token: string): boolean => {
  const lower = token.toLowerCase();
  if (!isCap(token) || token.includes('-')) return false;
  return (
    PUBLIC_BODY_PREFIXES.some((p) => lower.startsWith(p)) &&
    PUBLIC_BODY_HEADS.some(
      (h) =>
        lower.endsWith(h) || stripEndings(lower, DE_NOUN_ENDINGS, 4).some((s) => s.endsWith(h)),
    )
  );
}, false);

/** An inflected adjective before a name (`Bayerischen`, `Deutscher`), not a noun. */
function isNameAdjective(token: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:e|en|er|es|em)$/u.test(token) && !wordFacts(token).deNoun;
}

/**
 * Heads of institutions German names with an adjective (`Oberster Gerichtshof`, `Vereinte
 * Nationen`, `Europäische Kommission`, `Österreichische Nationalbibliothek`, `Syrische
 * Beobachtungsstelle`, `Deutsche Bahn`, `Rotes Kreuz`).
 */
const NAMED_HEADS = [
  'gerichtshof',
  'gericht',
  'nationen',
  'union',
  'kommission',
  'zentralbank',
  'bank',
  'bibliothek',
  'museum',
  'beobachtungsstelle',
  'kreuz',
  'partei',
  'bahn',
  'post',
  'rundfunk',
  'rat',
  'parlament',
  'akademie',
  'universität',
  'gesellschaft',
  'liga',
  'front',
  'bewegung',
];
const isNamedHead = memoCapitalised(
  (token: string): boolean => isCap(token) && !token.includes('-') && hasHead(token, NAMED_HEADS),
  false,
);

/**
 * German writes an adjective in lower case except at a sentence's start and inside a name (Duden,
 * Die Grammatik, 9th ed., § 1559 ff.; `der Oberste Gerichtshof`, `die Vereinten Nationen`): a
 * capitalised adjective the dictionary knows in lower case, inside a sentence, before an
 * institution's head names that institution. The tagger, trained on GermEval's few such names,
 * left most untagged on the silver articles (docs/evaluation.md, Issue 16, session 11).
 */
function isNamingAdjective(tokens: readonly string[], i: number): boolean {
  if (i < 1 || /^["„“‚'(«»:–—-]$/.test(tokens[i - 1])) return false;
  const w = tokens[i];
  return isNameAdjective(w) && wordFacts(w.toLowerCase()).deLower;
}

/** Bodies a town or region's adjective names (`Tiroler Polizei`, `Kölner Staatsanwaltschaft`). */
const PLACE_BODY_HEADS = [
  ...NAMED_HEADS,
  'polizei',
  'staatsanwaltschaft',
  'ministerium',
  'stadtwerke',
  'verkehrsbetriebe',
];
const isPlaceBodyHead = memoCapitalised(
  (token: string): boolean =>
    isCap(token) && !token.includes('-') && hasHead(token, PLACE_BODY_HEADS),
  false,
);

/** `Bundesjustizministerium`, `Deutschen Bundestag`, `Oberster Gerichtshof`, `Tiroler Polizei`. */
function publicBodies(tokens: string[], tags: EntityTag[], lang: string): EntityTag[] {
  if (lang === 'en') return tags;
  const out = tags.slice();
  for (let i = 0; i < tokens.length; i++) {
    if (
      out[i] === 'O' &&
      i > 0 &&
      out[i - 1] === 'O' &&
      ((isNamedHead(tokens[i]) && isNamingAdjective(tokens, i - 1)) ||
        (isPlaceBodyHead(tokens[i]) && isPlaceAdjective(tokens[i - 1])))
    ) {
      markOrg(out, i - 1, i + 1);
      continue;
    }
    if (out[i] !== 'O' || !isPublicBody(tokens[i])) continue;
    const start = i > 0 && out[i - 1] === 'O' && isNameAdjective(tokens[i - 1]) ? i - 1 : i;
    markOrg(out, start, i + 1);
  }
  return out;
}

/**
 * `Bundesverband deutscher Banken ( BdB )`, `Deutsche Presse-Agentur ( dpa )`: a short form
 * in parentheses right after an organisation's name is that organisation.
 */
function parenthesisedShortForm(tokens: string[], tags: EntityTag[]): EntityTag[] {
  const out = tags.slice();
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (
      tokens[i - 1] !== '(' ||
      tokens[i + 1] !== ')' ||
      out[i] !== 'O' ||
      !out[i - 2].endsWith('ORG')
    )
      continue;
    if (
      /^[\p{L}][\p{L}\d.&-]*$/u.test(tokens[i]) &&
      /\p{Lu}.*\p{Lu}|^\p{Ll}{2,4}$/u.test(tokens[i])
    )
      out[i] = 'B-ORG';
  }
  return out;
}

/**
 * In German text, a one-word name with an English possessive that possesses nothing
 * (`Für Rücksendungen ist Kohl’s zuständig`, `McDonald’s eröffnet`) is a brand, the way shops
 * and companies are named in English: German writes a person's genitive without an apostrophe
 * (`Kohls Politik`; Duden, Die Grammatik, 9th ed., § 1269), and the colloquial apostrophe before a
 * noun (`Trump’s Politik`) still has the noun after it.
 */
function brandPossessive(tokens: string[], tags: EntityTag[], lang: string): EntityTag[] {
  if (lang === 'en') return tags;
  const out = tags.slice();
  for (let i = 0; i < tokens.length; i++) {
    if (tags[i] !== 'B-PER' || tags[i + 1] === 'I-PER') continue;
    if (!/^\p{Lu}[\p{L}.-]*['’]s$/u.test(tokens[i])) continue;
    const next = tokens[i + 1] ?? '';
    if (!isCap(next)) out[i] = 'B-ORG';
  }
  return out;
}

export function applyOrgContext(tokens: string[], tags: EntityTag[], lang: string): EntityTag[] {
  const apposed = classifierApposition(tokens, brandPossessive(tokens, tags, lang), lang);
  const withBodies = publicBodies(tokens, apposed, lang);
  return parenthesisedShortForm(tokens, institutionField(tokens, withBodies, lang));
}
