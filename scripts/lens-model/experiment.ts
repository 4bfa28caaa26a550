/**
 * `npx tsx scripts/lens-model/experiment.ts [--data ../shared/data] [--part tuning|check|all]
 * [--rules '<json list of SelectionRule parts>']`: the perspectives gold's cross-validated figures
 * for several selection rules at once, the fold models made once as the eval makes them
 * (`scripts/eval/gold/fold-models.ts`), or with `--silver*` from gold and silver articles. The generalization protocol: rules are chosen on
 * `--part tuning` (the default); `--part check` is for the ship/no-ship decision only, and each
 * such run is written down in docs/evaluation.md. `EXP_DIAG=1`: precision by answerability;
 * `EXP_LENSES=1`: per-lens figures; `EXP_MISSES=1`: answerable tuning questions without a hit.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { answerPerspectives, BUILTIN_LENSES } from '../../lib/perspectives';
import type { SelectionRule } from '../../lib/perspectives/answer';
import type { LensModel } from '../../lib/perspectives/model/lens-model';
import { trainLensModel } from '../../lib/perspectives/model/train';
import { FOLDS } from '../eval/perspectives-gold';
import { blendedFoldModels, foldModels } from '../eval/gold/fold-models';
import { loadGold } from '../eval/gold/load';
import { scorePanels, type PanelOutput } from '../eval/gold/panels-score';
import { prepareGold, type PreparedGold } from '../eval/gold/prepare';
import { silverTraining, trainingArticle } from '../eval/gold/training';
import { foldOf, partOf } from '../eval/split';
import { sectionModelFor } from './section-data';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve('../shared/data') },
    part: { type: 'string', default: 'tuning' },
    rules: { type: 'string', default: '[{}]' },
    silver: { type: 'boolean', default: false },
    'silver-weight': { type: 'string', default: '1' },
    'silver-gate': { type: 'boolean', default: false },
    'silver-only': { type: 'boolean', default: false },
    /** A model file whose sentence scorer the per-fold gold scorer is blended with. */
    blend: { type: 'string' },
    share: { type: 'string', default: '0.5' },
    'own-words': { type: 'boolean', default: false },
  },
});
const rules = JSON.parse(values.rules!) as (Partial<SelectionRule> & { max?: number })[];
const part = values.part!;
const gold = loadGold(path.resolve(values.data!)).filter(
  (g) => part === 'all' || partOf(g.id) === part,
);
const all = loadGold(path.resolve(values.data!));
const sections = sectionModelFor(
  path.resolve(values.data!),
  all.map((g) => g.id),
);
const prepared = all.map(prepareGold).filter((g): g is PreparedGold => g !== null);
const silverWeight = Number(values['silver-weight']);
const silver = values.silver
  ? silverTraining(path.resolve(values.data!), all, sections).map((a) => ({
      ...a,
      weight: silverWeight,
      gate: values['silver-gate'],
    }))
  : [];
if (values.silver) console.log(`silver: ${silver.length} articles, weight ${silverWeight}`);
const models: LensModel[] = [];
if (values.blend) {
  // A scorer learned elsewhere (the silver articles), blended per fold with a gold scorer that
  // learned from the other folds only; its own section model and vocabulary.
  const prior = ((await import(path.resolve(values.blend))) as { LENS_MODEL: LensModel })
    .LENS_MODEL;
  const share = Number(values.share);
  models.push(...blendedFoldModels(prepared, prior, share, FOLDS, values['own-words']));
  console.log(`blend: share ${share} of ${values.blend}, own words ${values['own-words']}`);
} else if (values['silver-only']) {
  // The gold is a test set only: one model from the silver articles scores every fold.
  const model = trainLensModel(
    silver.map((a) => ({ ...a, gate: true })),
    sections,
  );
  for (let f = 0; f < FOLDS; f++) models.push(model);
} else if (values.silver)
  for (let f = 0; f < FOLDS; f++)
    models.push(
      trainLensModel(
        prepared
          .filter((g) => foldOf(g.gold.id, FOLDS) !== f)
          .map((g) => trainingArticle(g, sections))
          .concat(silver),
        sections,
      ),
    );
// As the eval scores the gold: the shipped model's scorer, or per-fold retraining (`fold-models.ts`).
else
  models.push(
    ...foldModels(
      prepared,
      path.resolve(values.data!),
      all.map((g) => g.id),
      FOLDS,
    ),
  );
const scored = prepared.filter((g) => part === 'all' || partOf(g.gold.id) === part);
/** The built-in panels of one article under `rule`, by the model of the article's own fold. */
function panelsOf(g: (typeof scored)[number], rule: Partial<SelectionRule> & { max?: number }) {
  const { prepared: p, importance, indices } = g.analysis;
  return answerPerspectives(p, importance, indices, BUILTIN_LENSES, {
    model: models[foldOf(g.gold.id, FOLDS)],
    rule,
    maxSentences: rule.max,
  });
}
const f3 = (x: number | undefined) => (x === undefined ? '  –  ' : x.toFixed(3));
for (const rule of rules) {
  const outputs: PanelOutput[] = scored.map((g) => {
    const { prepared: p, indices } = g.analysis;
    const panels = panelsOf(g, rule);
    return {
      id: g.gold.id,
      summary: indices.map((i) => ({ text: p.sentences[i].text })),
      perspectives: panels.map((x) => ({ id: x.id, answer: x.answer })),
    };
  });
  if (process.env.EXP_DIAG) diagnose(rule);
  const line: string[] = [];
  for (const lang of ['all', 'de', 'en']) {
    const arts = gold.filter((a) => lang === 'all' || a.lang === lang);
    const s = scorePanels(arts, outputs);
    const k = s.systems.kontext;
    line.push(
      `${lang} P ${f3(k.precision?.value)} H ${f3(k.hit?.value)} no ${f3(k.empty_ok_no?.value)} yes ${f3(k.empty_ok_yes?.value)} id ${f3(s.identicalPanelPairs.value)} L3 ${f3(s.systems['lead-3'].hit?.value)}`,
    );
  }
  console.log(`${JSON.stringify(rule)}\n  ${line.join('\n  ')}`);
  if (process.env.EXP_LENSES) {
    const s = scorePanels(gold, outputs);
    for (const [l, m] of Object.entries(s.lenses))
      console.log(
        `  ${l.padEnd(18)} P ${f3(m.precision?.value)} H ${f3(m.hit?.value)} no ${f3(m.empty_ok_no?.value)} (${m.empty_ok_no?.n}) yes ${f3(m.empty_ok_yes?.value)} (${m.empty_ok_yes?.n})`,
      );
  }
}

/** Precision of shown panels by the lens's answerability (diagnostics). */
function diagnose(rule: Partial<SelectionRule> & { max?: number }): void {
  const by: Record<string, number[]> = {};
  for (const g of scored) {
    const panels = panelsOf(g, rule);
    for (const x of panels) {
      const id = x.id as keyof PreparedGold['grades'];
      const key = `${g.gold.lang}-${g.answerable[id]}`;
      (by[key] ??= []).push(x.answer.length ? 1 : 0);
      if (!x.answer.length) continue;
      const gr = x.answer.map((a) => g.grades[id][a.index] / 2);
      (by[`${key}-P`] ??= []).push(gr.reduce((a, b) => a + b, 0) / gr.length);
      (by[`${key}-n`] ??= []).push(gr.length);
    }
  }
  for (const [k, v] of Object.entries(by).sort())
    console.log(`  ${k}: ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(3)} (${v.length})`);
}

/** Misses on answerable lenses: what the panel showed and what the annotators chose (tuning only). */
export function misses(): void {
  for (const g of scored) {
    if (partOf(g.gold.id) !== 'tuning') continue;
    const { prepared: p, importance, indices } = g.analysis;
    const model = models[foldOf(g.gold.id, FOLDS)];
    const panels = answerPerspectives(p, importance, indices, BUILTIN_LENSES, { model });
    for (const x of panels) {
      const id = x.id as keyof PreparedGold['grades'];
      if (g.answerable[id] !== 'yes') continue;
      if (x.answer.some((a) => g.core[id][a.index])) continue;
      console.log(`\n## ${g.gold.id} ${g.gold.lang} ${id} (${p.sentences.length} sentences)`);
      for (const a of x.answer)
        console.log(`  shown [${a.index}] g=${g.grades[id][a.index]} ${a.text.slice(0, 140)}`);
      p.sentences.forEach((s, i) => {
        if (g.core[id][i])
          console.log(`  core  [${i}] g=${g.grades[id][i]} ${s.text.slice(0, 140)}`);
      });
    }
  }
}
if (process.env.EXP_MISSES) misses();
