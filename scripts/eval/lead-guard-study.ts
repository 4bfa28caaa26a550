/**
 * Issue 17, session 11: the tuning-part study behind docs/evaluation.md ("Session 11"). Where do
 * our 3- and 4-sentence German summaries depart from LEAD-k, and does a guard that keeps lead
 * sentences (the lead as fallback unless a lead sentence carries no news, or unless the later
 * sentence is no longer) beat the shipped summary? Only **tuning** documents are loaded
 * (`partOf`); nothing here reads or scores a check document.
 *
 *   npx tsx scripts/eval/lead-guard-study.ts [--data ../shared/data]
 *
 * Every guard starts from the shipped selection (`rank` + `pick`) and puts lead candidates
 * (rank < k) back in place of later ones. Prints ours − LEAD-k (R-1/R-2) per corpus and k = 1…6,
 * the same with both cut to the shorter one's tokens (`equalLengthRouge`), the per-fold gain at
 * k = 3, 4, a 5-fold choice over the family (objective: mean over both corpora and k = 2…6 of
 * ΔR-1 + ΔR-2, as in cnndm-10kgnad-study.ts), the choice made on one corpus scored on the other,
 * and the BBC news summary (at the reference's count) of the best member against the shipped one.
 */
import { rouge } from '../../lib/eval/rouge';
import { DEFAULT_OPTIONS, pick, rank, type Ranking } from '../../lib/summarize';
import type { PreparedText } from '../../lib/text/prepared';
import { words } from '../../lib/text/words';
import { loadGnad } from './10kgnad';
import { loadBbc } from './bbc';
import { loadCnnDm } from './cnndm';
import { foldOf, partOf } from './split';
import type { SummaryDoc } from './summary-docs';
import { equalLengthRouge } from './summary-parts';
import { prepareDoc } from './summary-systems';

const LENGTHS = [1, 2, 3, 4, 5, 6];
const CORPORA = ['cnndm', '10kgnad'] as const;
type Corpus = (typeof CORPORA)[number];
const FOLDS = 5;

/** Candidate ranks of a k-sentence summary, given the shipped pick; returns the guarded ranks. */
type Guard = (p: PreparedText, k: number, ranking: Ranking, picked: number[]) => number[];

const textOf = (p: PreparedText, ranking: Ranking, r: number) =>
  p.sentences[ranking.candidates[r]].text;
const wordsOf = (p: PreparedText, ranking: Ranking, r: number) =>
  words(textOf(p, ranking, r)).length;

/** A first- or second-person pronoun: a quotation whose speaker the sentence may not name. */
const FIRST_PERSON = /\b(ich|mich|mir|meine?[mnrs]?|wir|uns|unsere?[mnrs]?|I|me|my|we|us|our)\b/u;

/** A lead sentence a summary may drop for any later one: a fragment, a question, a bare quote. */
const carriesNoNews = (text: string) =>
  words(text).length < 8 || FIRST_PERSON.test(text) || /\?\s*$/u.test(text);

/**
 * From `fromK` sentences on, put each dropped lead candidate back in place of the least relevant
 * later candidate for which `swapBack(lead, later)` holds.
 */
function guard(
  swapBack: (p: PreparedText, k: number, ranking: Ranking, lead: number, later: number) => boolean,
  fromK: number,
): Guard {
  return (p, k, ranking, picked) => {
    if (k < fromK) return picked;
    const out = [...picked];
    for (let lead = 0; lead < Math.min(k, ranking.candidates.length); lead++) {
      if (out.includes(lead)) continue;
      const later = out
        .filter((r) => r >= k && swapBack(p, k, ranking, lead, r))
        .sort((a, b) => ranking.relevance[a] - ranking.relevance[b]);
      if (later.length) out[out.indexOf(later[0])] = lead;
    }
    return out;
  };
}

const news = (p: PreparedText, ranking: Ranking, r: number) =>
  !carriesNoNews(textOf(p, ranking, r));
const longer =
  (ratio: number) => (p: PreparedText, ranking: Ranking, lead: number, later: number) =>
    wordsOf(p, ranking, later) > ratio * wordsOf(p, ranking, lead);

const GUARDS: [string, Guard][] = [
  ['shipped', (_p, _k, _r, picked) => picked],
  ['lead always (k ≥ 3)', guard(() => true, 3)],
  ['lead unless no news (k ≥ 3)', guard((p, _k, r, lead) => news(p, r, lead), 3)],
  ...[8, 12, 16].map((m): [string, Guard] => [
    `lead of ≥ ${m} words (k ≥ 3)`,
    guard((p, _k, r, lead) => wordsOf(p, r, lead) >= m, 3),
  ]),
  ...[1, 2, 3].map((d): [string, Guard] => [
    `lead unless later rank < k + ${d} (k ≥ 3)`,
    guard((_p, k, _r, _lead, later) => later >= k + d, 3),
  ]),
  ...[0.05, 0.1, 0.2].map((m): [string, Guard] => [
    `lead unless relevance margin ≥ ${m} (k ≥ 3)`,
    guard((_p, _k, r, lead, later) => r.relevance[later] - r.relevance[lead] < m, 3),
  ]),
  ['lead with a digit (k ≥ 3)', guard((p, _k, r, lead) => /\d/u.test(textOf(p, r, lead)), 3)],
  [
    'last lead sentence unless no news (k ≥ 3)',
    guard((p, k, r, lead) => lead === k - 1 && news(p, r, lead), 3),
  ],
  ...[1, 1.5, 2].flatMap((ratio) =>
    [3, 4].flatMap((fromK): [string, Guard][] => [
      [
        `later ≤ ${ratio}× lead words (k ≥ ${fromK})`,
        guard((p, _k, r, lead, later) => longer(ratio)(p, r, lead, later), fromK),
      ],
      [
        `later ≤ ${ratio}× lead words unless no news (k ≥ ${fromK})`,
        guard(
          (p, _k, r, lead, later) => news(p, r, lead) && longer(ratio)(p, r, lead, later),
          fromK,
        ),
      ],
    ]),
  ),
];

interface Item {
  doc: SummaryDoc;
  p: PreparedText;
  corpus: Corpus;
  fold: number;
}

const dataAt = process.argv.indexOf('--data');
const dataDir = dataAt >= 0 ? process.argv[dataAt + 1] : '../shared/data';
const tuningOnly = (docs: SummaryDoc[]) => docs.filter((doc) => partOf(doc.id) === 'tuning');
const items: Item[] = (
  [
    ['cnndm', loadCnnDm(dataDir).docs],
    ['10kgnad', loadGnad(dataDir)],
  ] as [Corpus, SummaryDoc[]][]
).flatMap(([corpus, docs]) =>
  tuningOnly(docs).map((doc) => ({ doc, p: prepareDoc(doc), corpus, fold: foldOf(doc.id, FOLDS) })),
);

const textsOf = (p: PreparedText, ranking: Ranking, ranks: number[]) =>
  ranks
    .map((r) => ranking.candidates[r])
    .sort((a, b) => a - b)
    .map((i) => p.sentences[i].text);
const leadTexts = (p: PreparedText, k: number) =>
  p.sentences.slice(0, Math.min(k, p.sentences.length)).map((s) => s.text);
const r12 = (texts: string[], reference: string[]) => {
  const r = rouge(texts, reference);
  return [100 * r.rouge1.f1, 100 * r.rouge2.f1];
};

// delta[g][item][ki] = [ΔR-1, ΔR-2, equal-length ΔR-1, ΔR-2] against LEAD-k
const delta: number[][][][] = GUARDS.map(() => []);
// Where the shipped 3- and 4-sentence German summaries leave the lead: per set of dropped lead
// positions, articles and their share of ours − LEAD-k (R-1, summed / all tuning articles).
const dropped: Record<string, [number, number]> = {};
for (const item of items) {
  GUARDS.forEach((_, g) => delta[g].push([]));
  for (const k of LENGTHS) {
    const ranking = rank(item.p, k, DEFAULT_OPTIONS)!;
    const picked = pick(item.p, ranking, k, DEFAULT_OPTIONS).map((i) =>
      ranking.candidates.indexOf(i),
    );
    const lead = leadTexts(item.p, k);
    const [l1, l2] = r12(lead, item.doc.reference);
    GUARDS.forEach(([, g], gi) => {
      const texts = textsOf(item.p, ranking, g(item.p, k, ranking, picked));
      const [o1, o2] = r12(texts, item.doc.reference);
      const e = equalLengthRouge(texts, lead, item.doc.reference);
      delta[gi][delta[gi].length - 1].push([o1 - l1, o2 - l2, e[0] - e[2], e[1] - e[3]]);
    });
    if (item.corpus === '10kgnad' && (k === 3 || k === 4)) {
      const ours = pick(item.p, ranking, k, DEFAULT_OPTIONS);
      const gone = lead.map((_, i) => i).filter((i) => !ours.includes(i));
      const key = `k = ${k}, lead sentences dropped: ${gone.length ? gone.map((i) => i + 1).join(', ') : 'none'}`;
      const cell = (dropped[key] ??= [0, 0]);
      cell[0]++;
      cell[1] += delta[0][delta[0].length - 1][k - 1][0];
    }
  }
}

const mean = (g: number, corpus: Corpus, ki: number, j: number, keep = (_: Item) => true) => {
  let sum = 0;
  let n = 0;
  items.forEach((item, d) => {
    if (item.corpus !== corpus || !keep(item)) return;
    sum += delta[g][d][ki][j];
    n++;
  });
  return n ? sum / n : 0;
};
const objective = (
  g: number,
  keep: (item: Item) => boolean,
  corpora: readonly Corpus[] = CORPORA,
) =>
  corpora.reduce(
    (total, c) =>
      total +
      [1, 2, 3, 4, 5].reduce((a, ki) => a + mean(g, c, ki, 0, keep) + mean(g, c, ki, 1, keep), 0) /
        5,
    0,
  ) / corpora.length;
const cells = (g: number, j: number) =>
  CORPORA.map(
    (c) =>
      `${c} ${LENGTHS.map((_, ki) => `${mean(g, c, ki, j).toFixed(2)}/${mean(g, c, ki, j + 1).toFixed(2)}`).join(' ')}`,
  ).join(' | ');

const nGnad = items.filter((item) => item.corpus === '10kgnad').length;
console.log(`## 10kGNAD tuning (${nGnad}): which lead sentences the shipped summary drops`);
for (const [key, [n, sum]] of Object.entries(dropped).sort())
  console.log(`${key}: ${n} articles, contribute ${(sum / nGnad).toFixed(3)} R-1 to ours − LEAD-k`);

console.log(
  '\n## ours − LEAD-k, R-1/R-2 at k = 1…6, tuning part (second line: cut to equal length)',
);
GUARDS.forEach(([name], g) => {
  console.log(
    `${name.padEnd(52)} objective ${objective(g, () => true).toFixed(3)}  ${cells(g, 0)}`,
  );
  console.log(`${''.padEnd(52)} equal length     ${cells(g, 2)}`);
});

console.log('\n## gain over shipped in R-1 per fold (10kgnad @3, @4; cnndm @3, @4)');
GUARDS.slice(1).forEach(([name], i) => {
  const g = i + 1;
  const folds = Array.from({ length: FOLDS }, (_, f) => {
    const keep = (item: Item) => item.fold === f;
    return CORPORA.slice()
      .reverse()
      .map((c) =>
        [2, 3]
          .map((ki) => (mean(g, c, ki, 0, keep) - mean(0, c, ki, 0, keep)).toFixed(2))
          .join(', '),
      )
      .join('; ');
  });
  console.log(`${name.padEnd(52)} ${folds.join(' | ')}`);
});

const best = (keep: (item: Item) => boolean, corpora?: readonly Corpus[]) => {
  let chosen = 0;
  GUARDS.forEach((_, g) => {
    if (objective(g, keep, corpora) > objective(chosen, keep, corpora) + 1e-12) chosen = g;
  });
  return chosen;
};
let chosenScore = 0;
let baseScore = 0;
const picks: string[] = [];
for (let f = 0; f < FOLDS; f++) {
  const g = best((item) => item.fold !== f);
  picks.push(GUARDS[g][0]);
  chosenScore += objective(g, (item) => item.fold === f) / FOLDS;
  baseScore += objective(0, (item) => item.fold === f) / FOLDS;
}
console.log(
  `\n5-fold CV: chosen ${chosenScore.toFixed(3)} vs shipped ${baseScore.toFixed(3)} (picks: ${picks.join('; ')})`,
);
for (const [from, to] of [CORPORA, [...CORPORA].reverse()] as Corpus[][]) {
  const g = best(() => true, [from]);
  console.log(
    `chosen on ${from} (${GUARDS[g][0]}), scored on ${to}: ${objective(g, () => true, [to]).toFixed(3)} vs shipped ${objective(0, () => true, [to]).toFixed(3)}`,
  );
}

// The BBC news summary at the reference's sentence count: the best member on all tuning
// documents of both corpora against the shipped summary.
const chosen = best(() => true);
const bbc = tuningOnly(loadBbc(dataDir).docs);
const sums = [0, 0, 0, 0, 0, 0];
for (const doc of bbc) {
  const p = prepareDoc(doc);
  const ranking = rank(p, doc.sentences, DEFAULT_OPTIONS);
  if (!ranking) continue;
  const picked = pick(p, ranking, doc.sentences, DEFAULT_OPTIONS).map((i) =>
    ranking.candidates.indexOf(i),
  );
  const base = textsOf(p, ranking, picked);
  const guarded = textsOf(p, ranking, GUARDS[chosen][1](p, doc.sentences, ranking, picked));
  const [b1, b2] = r12(base, doc.reference);
  const [g1, g2] = r12(guarded, doc.reference);
  const e = equalLengthRouge(guarded, base, doc.reference);
  [b1, b2, g1, g2, e[0] - e[2], e[1] - e[3]].forEach((v, j) => (sums[j] += v));
}
const m = sums.map((v) => (v / bbc.length).toFixed(2));
console.log(
  `\nBBC news summary, tuning (${bbc.length}): shipped ${m[0]}/${m[1]}, ${GUARDS[chosen][0]} ${m[2]}/${m[3]}; at equal length ${m[4]}/${m[5]}`,
);
