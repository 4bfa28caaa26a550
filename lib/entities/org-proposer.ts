/**
 * Organisations the tagger leaves untagged (issue 16: `die SPÖ`, `Nationalrat`, `Google`,
 * `Innenministerium` in German text; `Yukos`, `Fiat` in English): every run of capitalised
 * untagged words is a proposal, described by what the article and the dictionaries say of it
 * (how often the article names it, at a sentence's start or inside one, after an article or a
 * preposition, whether the article also writes it in lower case, whether the tagger gave the
 * word a type elsewhere; acronym, brand casing, gazetteer class, company list, institution heads
 * and legal forms, common-noun and proper-name dictionaries), and a logistic model per language,
 * trained on silver-labelled news articles (scripts/entities-model/train.ts; never the gold),
 * takes those it finds likely enough. Read by scripts/entities-model/ (entityCandidates' `propose`
 * hook); no model ships (docs/evaluation.md, Issue 16, session 8).
 */
import { ORG_CLASSIFIERS, ORG_FORMS, ORG_HEADS, PUBLIC_BODY_HEADS } from './cues';
import type { EntityTag } from './labels';
import { wordFacts } from './lexicons';
import { nameClass } from './name-classes';
import { hasHead } from './org-heads';
import { withoutPossessive } from './mention-forms';
import { isStopWord } from '../text/stopwords';
import type { OrgModel } from './org-ranker';
import { orgProbability } from './org-ranker';

export const PROPOSAL_FEATURES = [
  'log count',
  'opening share',
  'one word',
  'three words or more',
  'acronym',
  'brand casing',
  'hyphen',
  'gazetteer organisation',
  'gazetteer person',
  'gazetteer place',
  'gazetteer other',
  'company list',
  'given name first',
  'common words only',
  'proper name',
  'institution head',
  'legal form',
  'after article share',
  'after preposition share',
  'before lower-case share',
  'in title',
  'digit',
  'long word',
  'first position',
  'word in a person elsewhere',
  'word in an organisation elsewhere',
  'lower-case form in the article',
] as const;

export interface Proposal {
  /** The run's words, joined by spaces. */
  text: string;
  words: string[];
  /** Where it occurs: row (sentence of the tagged document) and token range. */
  at: { row: number; start: number; end: number }[];
  features: number[];
}

const MAX_RUN = 4;
const ARTICLES = new Set(
  'the a an der die das des dem den ein eine einer eines einem einen'.split(' '),
);
const PREPOSITIONS = new Set(
  'von vom bei beim im in am an auf aus mit nach für zur zum gegen über of at by from with for to on in'.split(
    ' ',
  ),
);
const isCap = (w: string) => /^\p{Lu}|^\p{Ll}{1,2}\p{Lu}/u.test(w) && /\p{L}/u.test(w);

/** Every run of capitalised untagged words (stop words left out), grouped by its text. */
export function orgProposals(
  rows: readonly (readonly string[])[],
  tags: readonly (readonly EntityTag[])[],
  lang: string,
  titleLower: string,
): Proposal[] {
  const byText = new Map<string, Proposal>();
  const inPerson = new Set<string>();
  const inOrg = new Set<string>();
  const lower = new Map<string, number>();
  rows.forEach((words, r) =>
    words.forEach((w, i) => {
      const t = tags[r][i];
      if (t.endsWith('PER')) inPerson.add(w);
      else if (t.endsWith('ORG')) inOrg.add(w);
      if (/^\p{Ll}/u.test(w)) lower.set(w, (lower.get(w) ?? 0) + 1);
    }),
  );
  const usable = (w: string) => isCap(w) && !isStopWord(w, lang) && !isStopWord(w, 'en');
  rows.forEach((words, r) => {
    for (let i = 0; i < words.length; i++) {
      if (tags[r][i] !== 'O' || !usable(words[i])) continue;
      let j = i;
      while (j < words.length && j - i < MAX_RUN && tags[r][j] === 'O' && usable(words[j])) j++;
      const run = words.slice(i, j);
      run[run.length - 1] = withoutPossessive(run[run.length - 1]);
      // What the gazetteer holds as a place or as a work, nationality or event stays out.
      const known = nameClass(run);
      if (known === 'L' || known === 'M') {
        i = j - 1;
        continue;
      }
      const text = run.join(' ');
      let p = byText.get(text);
      if (!p) byText.set(text, (p = { text, words: run, at: [], features: [] }));
      p.at.push({ row: r, start: i, end: j });
      i = j - 1;
    }
  });
  const n = rows.length;
  const out = [...byText.values()];
  for (const p of out) {
    const { words } = p;
    const c = p.at.length;
    const joined = words.join('');
    const facts = words.map(wordFacts);
    const cls = nameClass(words);
    const last = words[words.length - 1];
    const share = (test: (a: { row: number; start: number; end: number }) => boolean) =>
      p.at.filter(test).length / c;
    const common = (i: number) =>
      lang === 'en'
        ? facts[i].enLower && !facts[i].enProper
        : facts[i].deNoun && !facts[i].deProper;
    const b = (x: boolean) => (x ? 1 : 0);
    p.features = [
      Math.log1p(c),
      share((a) => a.start === 0),
      b(words.length === 1),
      b(words.length >= 3),
      b(/^\p{Lu}{2,}$/u.test(joined)),
      b(words.some((w) => /^\p{Ll}{1,2}\p{Lu}|^\p{Lu}\p{Ll}+\p{Lu}/u.test(w))),
      b(joined.includes('-')),
      b(cls === 'O'),
      b(cls === 'P'),
      b(cls === 'L'),
      b(cls === 'M'),
      b(facts.some((f) => f.org)),
      b(facts[0].given),
      b(words.every((_, i) => common(i))),
      b(facts.some((f) => (lang === 'en' ? f.enProper : f.deProper))),
      b(
        hasHead(last, ORG_HEADS) ||
          hasHead(last, PUBLIC_BODY_HEADS) ||
          hasHead(last, ORG_CLASSIFIERS),
      ),
      b(words.some((w) => ORG_FORMS.has(w.toLowerCase()))),
      share((a) => ARTICLES.has(rows[a.row][a.start - 1]?.toLowerCase() ?? '')),
      share((a) => PREPOSITIONS.has(rows[a.row][a.start - 1]?.toLowerCase() ?? '')),
      share((a) => /^\p{Ll}/u.test(rows[a.row][a.end] ?? '')),
      b(p.text.length > 2 && titleLower.includes(p.text.toLowerCase())),
      b(/\d/u.test(joined)),
      b(joined.length > 12),
      n ? Math.min(...p.at.map((a) => a.row)) / n : 0,
      b(words.some((w) => inPerson.has(w))),
      b(words.some((w) => inOrg.has(w))),
      b(words.some((w) => (lower.get(w.toLowerCase()) ?? 0) > 0)),
    ];
  }
  return out;
}

/** The tags with every proposal the model takes (probability ≥ threshold) marked as an organisation. */
export function withProposedOrganisations(
  tags: readonly (readonly EntityTag[])[],
  proposals: readonly Proposal[],
  model: OrgModel | undefined,
  threshold: number,
): EntityTag[][] {
  if (!model) return tags.map((row) => row.slice());
  let out: EntityTag[][] | null = null;
  for (const p of proposals) {
    if (orgProbability(model, p.features) < threshold) continue;
    out ??= tags.map((row) => row.slice());
    for (const a of p.at)
      for (let k = a.start; k < a.end; k++) out[a.row][k] = k === a.start ? 'B-ORG' : 'I-ORG';
  }
  return out ?? tags.map((row) => row.slice());
}
