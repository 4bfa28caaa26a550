/**
 * Issue 17, session 6: the tuning-part study behind docs/evaluation.md ("Session 6"). Which
 * changes to the news summary's ranking would beat LEAD-k at 2–6 sentences on CNN/DailyMail and
 * 10kGNAD, and does choosing them generalise? Only **tuning** documents are loaded (`partOf`);
 * nothing here reads or scores a check document.
 *
 *   npx tsx scripts/eval/cnndm-10kgnad-study.ts [--data ../shared/data]
 *
 * Each family of changes adjusts the relevance of the shipped ranking (`rank`) before the shipped
 * selection (`pick`), so the base row is the shipped summary exactly. For each family it prints:
 * ours − LEAD-k per corpus and length on all tuning documents; the choice of the best
 * member (objective: mean over both corpora and k = 2…6 of ΔR-1 + ΔR-2) made on four folds of
 * `foldOf` and scored on the fifth; the same choice made per length; and the choice made on one
 * corpus scored on the other. A family is worth a check-part run only if its choice beats the
 * base on held-out folds and across corpora.
 */
import { rouge } from '../../lib/eval/rouge';
import { DEFAULT_OPTIONS, leadPrior, pick, rank, type Ranking } from '../../lib/summarize';
import { startsLikeFurniture } from '../../lib/text/prepare';
import type { PreparedText } from '../../lib/text/prepared';
import { words } from '../../lib/text/words';
import { loadGnad } from './10kgnad';
import { loadCnnDm } from './cnndm';
import { foldOf, partOf } from './split';
import type { SummaryDoc } from './summary-docs';
import { prepareDoc } from './summary-systems';

const LENGTHS = [2, 3, 4, 5, 6];
const FOLDS = 5;
const CORPORA = ['cnndm', '10kgnad'] as const;
type Corpus = (typeof CORPORA)[number];

interface Item {
  doc: SummaryDoc;
  p: PreparedText;
  corpus: Corpus;
  fold: number;
}

/** A change to the relevance of a k-sentence summary's candidates, made in place. */
type Adjust = (p: PreparedText, k: number, ranking: Ranking) => void;

interface Variant {
  name: string;
  adjust?: Adjust;
}

const textOf = (p: PreparedText, ranking: Ranking, r: number) =>
  p.sentences[ranking.candidates[r]].text;

/** A first- or second-person pronoun: a quotation whose speaker the sentence may not name. */
const FIRST_PERSON = /\b(ich|mich|mir|meine?[mnrs]?|wir|uns|unsere?[mnrs]?|I|me|my|we|us|our)\b/u;

/** The families measured (issue 17's directions: the lead as fallback, position, quotes, length). */
const FAMILIES: { family: string; members: Variant[] }[] = [
  {
    // The lead as fallback: a candidate among the first k gets δ more relevance, so ours departs
    // from LEAD-k only where its scorer prefers another sentence by more than δ.
    family: 'lead bonus δ (fallback toward LEAD-k)',
    members: [0.05, 0.1, 0.15, 0.2, 0.3, 0.5].map((delta) => ({
      name: `δ = ${delta}`,
      adjust: (_p, k, ranking) => {
        for (let r = 0; r < Math.min(k, ranking.relevance.length); r++)
          ranking.relevance[r] += delta;
      },
    })),
  },
  {
    // The position prior per length: weight w of 1 / (1 + r / h), h = 3k (shipped, w = 1) or fixed.
    family: 'position prior: weight w, half-rank h',
    members: [1, 1.5, 2, 3].flatMap((w) =>
      ['3k', 9, 6, 3]
        .filter((h) => !(w === 1 && h === '3k'))
        .map((h) => ({
          name: `w = ${w}, h = ${h}`,
          adjust: (_p: PreparedText, k: number, ranking: Ranking) => {
            for (let r = 0; r < ranking.relevance.length; r++) {
              const prior = h === '3k' ? leadPrior(r, k, 3) : 1 / (1 + r / (h as number));
              ranking.relevance[r] += w * prior - leadPrior(r, k, DEFAULT_OPTIONS.leadDepth);
            }
          },
        })),
    ),
  },
  {
    // A quotation without its speaker (issue 17, point 2a), found by its pronouns: 10kGNAD's text
    // has lost its quotation marks.
    family: 'first-person sentence penalty γ',
    members: [0.1, 0.2, 0.4, 1].map((gamma) => ({
      name: `γ = ${gamma}`,
      adjust: (p, _k, ranking) => {
        for (let r = 0; r < ranking.relevance.length; r++)
          if (FIRST_PERSON.test(textOf(p, ranking, r))) ranking.relevance[r] -= gamma;
      },
    })),
  },
  {
    // Not a candidate for shipping: how much of ROUGE F1 at k sentences is the summary's length.
    family: 'length penalty γ · ln(words / 20) (diagnostic)',
    members: [0.05, 0.1, 0.2, 0.4].map((gamma) => ({
      name: `γ = ${gamma}`,
      adjust: (p, _k, ranking) => {
        for (let r = 0; r < ranking.relevance.length; r++)
          ranking.relevance[r] -=
            gamma * Math.log(Math.max(1, words(textOf(p, ranking, r)).length) / 20);
      },
    })),
  },
];

function loadTuning(dataDir: string): Item[] {
  const sets: [Corpus, SummaryDoc[]][] = [
    ['cnndm', loadCnnDm(dataDir).docs],
    ['10kgnad', loadGnad(dataDir)],
  ];
  return sets.flatMap(([corpus, docs]) =>
    docs
      .filter((doc) => partOf(doc.id) === 'tuning')
      .map((doc) => ({ doc, p: prepareDoc(doc), corpus, fold: foldOf(doc.id, FOLDS) })),
  );
}

const scoreOf = (item: Item, indices: number[]): [number, number] => {
  const r = rouge(
    indices.map((i) => item.p.sentences[i].text),
    item.doc.reference,
  );
  return [100 * r.rouge1.f1, 100 * r.rouge2.f1];
};

const leadIndices = (p: PreparedText, k: number) =>
  Array.from({ length: Math.min(k, p.sentences.length) }, (_, i) => i);

/** Per item and length: ours − LEAD-k, R-1 and R-2. */
function deltas(items: Item[], variant: Variant, leads: [number, number][][]): number[][][] {
  return items.map((item, d) =>
    LENGTHS.map((k, ki) => {
      const ranking = rank(item.p, k, DEFAULT_OPTIONS);
      if (!ranking) return [0, 0];
      variant.adjust?.(item.p, k, ranking);
      const [r1, r2] = scoreOf(item, pick(item.p, ranking, k, DEFAULT_OPTIONS));
      return [r1 - leads[d][ki][0], r2 - leads[d][ki][1]];
    }),
  );
}

/** Mean over the corpora of the mean over `ks` (positions into LENGTHS) of ΔR-1 + ΔR-2. */
function objective(
  items: Item[],
  delta: number[][][],
  keep: (item: Item) => boolean,
  corpora: readonly Corpus[] = CORPORA,
  ks = LENGTHS.map((_, i) => i),
): number {
  let total = 0;
  for (const corpus of corpora) {
    let sum = 0;
    let n = 0;
    items.forEach((item, d) => {
      if (item.corpus !== corpus || !keep(item)) return;
      for (const ki of ks) sum += delta[d][ki][0] + delta[d][ki][1];
      n++;
    });
    total += n ? sum / n / ks.length : 0;
  }
  return total / corpora.length;
}

const fixed = (x: number) => (x >= 0 ? ' ' : '') + x.toFixed(2);

/** Best member on the documents `keep` selects (index 0 is the base). */
function best(
  items: Item[],
  all: number[][][][],
  keep: (item: Item) => boolean,
  corpora?: readonly Corpus[],
  ks?: number[],
): number {
  let chosen = 0;
  let top = objective(items, all[0], keep, corpora, ks);
  all.forEach((delta, vi) => {
    const value = objective(items, delta, keep, corpora, ks);
    if (value > top + 1e-12) {
      top = value;
      chosen = vi;
    }
  });
  return chosen;
}

/** Choose on four folds, score the fifth; mean over the folds of chosen and base. */
function crossValidate(
  items: Item[],
  all: number[][][][],
  names: string[],
  corpora: readonly Corpus[] = CORPORA,
  ks?: number[],
): string {
  let chosen = 0;
  let base = 0;
  const picks: string[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const vi = best(items, all, (item) => item.fold !== f, corpora, ks);
    picks.push(names[vi]);
    chosen += objective(items, all[vi], (item) => item.fold === f, corpora, ks) / FOLDS;
    base += objective(items, all[0], (item) => item.fold === f, corpora, ks) / FOLDS;
  }
  return `chosen ${fixed(chosen)} vs base ${fixed(base)} (picks: ${picks.join('; ')})`;
}

function study(items: Item[]): void {
  const leads = items.map((item) => LENGTHS.map((k) => scoreOf(item, leadIndices(item.p, k))));
  const base = deltas(items, { name: 'shipped' }, leads);
  const header = CORPORA.flatMap((c) => LENGTHS.map((k) => `${c}@${k}`)).join(' | ');
  const row = (delta: number[][][]) =>
    CORPORA.flatMap((c) =>
      LENGTHS.map((_, ki) => {
        const on = items.flatMap((item, d) => (item.corpus === c ? [delta[d][ki]] : []));
        const mean = (j: number) => on.reduce((a, x) => a + x[j], 0) / on.length;
        return `${mean(0).toFixed(2)}/${mean(1).toFixed(2)}`;
      }),
    ).join(' | ');
  for (const { family, members } of FAMILIES) {
    const variants: Variant[] = [{ name: 'shipped' }, ...members];
    const all = [base, ...members.map((v) => deltas(items, v, leads))];
    const names = variants.map((v) => v.name);
    console.log(`\n## ${family}\n\nours − LEAD-k, R-1/R-2, tuning part: ${header}`);
    variants.forEach((v, vi) =>
      console.log(
        `${v.name.padEnd(16)} objective ${fixed(objective(items, all[vi], () => true))}  ${row(all[vi])}`,
      ),
    );
    console.log(`5-fold CV, both corpora, k = 2…6: ${crossValidate(items, all, names)}`);
    for (const corpus of CORPORA)
      console.log(`5-fold CV, ${corpus} only: ${crossValidate(items, all, names, [corpus])}`);
    let perLength = 0;
    let perLengthBase = 0;
    LENGTHS.forEach((k, ki) => {
      const line = crossValidate(items, all, names, CORPORA, [ki]);
      console.log(`5-fold CV at k = ${k} alone: ${line}`);
      const [chosen, baseValue] = line.match(/-?\d+\.\d+/g)!.map(Number);
      perLength += chosen;
      perLengthBase += baseValue;
    });
    console.log(
      `chosen per length, summed over k: ${fixed(perLength)} vs base ${fixed(perLengthBase)}`,
    );
    for (const [from, to] of [CORPORA, [...CORPORA].reverse()] as Corpus[][]) {
      const vi = best(items, all, () => true, [from]);
      console.log(
        `chosen on ${from} (${names[vi]}), scored on ${to}: ${fixed(objective(items, all[vi], () => true, [to]))} vs base ${fixed(objective(items, base, () => true, [to]))}`,
      );
    }
  }
  // Where CNN/DailyMail loses R-2 to LEAD-k: articles whose lead holds a furniture-led unit
  // ("Scroll down for video" + a photo caption + a sentence), which ours never shows.
  console.log('\n## CNN/DailyMail: ours − LEAD-k by whether LEAD-k shows a furniture-led unit');
  LENGTHS.forEach((k, ki) => {
    const n = items.filter((item) => item.corpus === 'cnndm').length;
    const sums = { with: [0, 0, 0], without: [0, 0, 0] };
    items.forEach((item, d) => {
      if (item.corpus !== 'cnndm') return;
      const furniture = leadIndices(item.p, k).some((i) =>
        startsLikeFurniture(item.p.sentences[i].text),
      );
      const s = furniture ? sums.with : sums.without;
      s[0]++;
      s[1] += base[d][ki][0];
      s[2] += base[d][ki][1];
    });
    const part = (s: number[]) =>
      `${s[0]} articles contribute ${fixed(s[1] / n)}/${fixed(s[2] / n)}`;
    console.log(`k = ${k}: with ${part(sums.with)}; without ${part(sums.without)}`);
  });
}

/**
 * The lead as a fallback decided per article: where ours differs from LEAD-k, a ridge regression
 * predicts ours − LEAD-k (R-1 + R-2) from what the scorer knows (article length, k / n, how deep
 * and how many the added sentences are, the relevance margin of the added over the dropped ones,
 * their length ratio, dropped furniture, language, k), and the summary is LEAD-k where the
 * prediction is below 0. Trained on four folds and applied to the fifth, or on one corpus and
 * applied to the other. Prints the gain over the shipped summary, R-1/R-2, per corpus and k, and
 * how many articles fell back.
 */
function fallbackStudy(items: Item[]): void {
  interface Row {
    item: Item;
    ki: number;
    x: number[];
    d: [number, number];
  }
  const rows: Row[] = [];
  for (const item of items) {
    LENGTHS.forEach((k, ki) => {
      const ranking = rank(item.p, k, DEFAULT_OPTIONS);
      if (!ranking) return;
      const ours = pick(item.p, ranking, k, DEFAULT_OPTIONS);
      const lead = leadIndices(item.p, k);
      const added = ours.filter((i) => !lead.includes(i));
      if (!added.length) return;
      const dropped = lead.filter((i) => !ours.includes(i));
      const rel = (i: number) => ranking.relevance[ranking.candidates.indexOf(i)];
      const droppedCandidates = dropped.filter((i) => ranking.candidates.includes(i));
      const margin = droppedCandidates.length
        ? Math.min(...added.map(rel)) - Math.max(...droppedCandidates.map(rel))
        : 0.5;
      const tokens = (is: number[]) =>
        is.reduce((a, i) => a + words(item.p.sentences[i].text).length, 0);
      const n = ranking.candidates.length;
      const [o1, o2] = scoreOf(item, ours);
      const [l1, l2] = scoreOf(item, lead);
      rows.push({
        item,
        ki,
        x: [
          1,
          Math.log(n),
          k / n,
          Math.max(...added) / k,
          added.length / k,
          margin,
          Math.log((tokens(added) + 1) / (tokens(dropped) + 1)),
          dropped.length - droppedCandidates.length,
          item.corpus === '10kgnad' ? 1 : 0,
          k / 6,
        ],
        d: [o1 - l1, o2 - l2],
      });
    });
  }
  const fit = (train: Row[]): number[] => {
    const m = train[0].x.length;
    const a = Array.from({ length: m }, () => new Array<number>(m).fill(0));
    const y = new Array<number>(m).fill(0);
    for (const r of train)
      for (let i = 0; i < m; i++) {
        y[i] += r.x[i] * (r.d[0] + r.d[1]);
        for (let j = 0; j < m; j++) a[i][j] += r.x[i] * r.x[j];
      }
    for (let i = 1; i < m; i++) a[i][i] += train.length / 100; // ridge, intercept unpenalised
    for (let i = 0; i < m; i++) {
      for (let r = 0; r < m; r++) {
        if (r === i) continue;
        const f = a[r][i] / a[i][i];
        for (let c = i; c < m; c++) a[r][c] -= f * a[i][c];
        y[r] -= f * y[i];
      }
    }
    return y.map((v, i) => v / a[i][i]);
  };
  const predict = (w: number[], x: number[]) => w.reduce((s, v, i) => s + v * x[i], 0);
  const report = (label: string, back: Set<Row>) => {
    const cells = CORPORA.flatMap((c) => {
      const n = items.filter((item) => item.corpus === c).length;
      return LENGTHS.map((k, ki) => {
        const on = [...back].filter((r) => r.item.corpus === c && r.ki === ki);
        const g = (j: 0 | 1) => -on.reduce((a, r) => a + r.d[j], 0) / n;
        return `${c}@${k} ${g(0).toFixed(2)}/${g(1).toFixed(2)} (${on.length})`;
      });
    });
    console.log(`${label}: ${cells.join(' | ')}`);
  };
  console.log(
    '\n## The lead as a per-article fallback (gain over shipped, R-1/R-2; articles falling back)',
  );
  const cv = new Set<Row>();
  for (let f = 0; f < FOLDS; f++) {
    const w = fit(rows.filter((r) => r.item.fold !== f));
    for (const r of rows) if (r.item.fold === f && predict(w, r.x) < 0) cv.add(r);
  }
  report('5-fold CV', cv);
  for (const [from, to] of [CORPORA, [...CORPORA].reverse()] as Corpus[][]) {
    const w = fit(rows.filter((r) => r.item.corpus === from));
    report(
      `trained on ${from}`,
      new Set(rows.filter((r) => r.item.corpus === to && predict(w, r.x) < 0)),
    );
  }
}

const dataAt = process.argv.indexOf('--data');
const tuning = loadTuning(dataAt >= 0 ? process.argv[dataAt + 1] : '../shared/data');
study(tuning);
fallbackStudy(tuning);
