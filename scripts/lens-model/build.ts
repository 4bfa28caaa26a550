/**
 * `npm run build:lens-model [-- --data ../shared/data] [--scorer blend|gold|silver] [--share 0.5] [--reuse-silver]`: trains the lens
 * model and writes lib/perspectives/model/data/lens-model.ts.
 * - The section model (weak supervision): BBC News folders and 10kGNAD labels, the gold's own
 *   articles left out, and the silver-labelled ones too when the scorer learns from them
 *   (scripts/lens-model/section-data.ts).
 * - `--scorer gold` (what shipped until session 8): scorer and gate from the gold; the eval
 *   retrains both per fold.
 * - `--scorer silver` (measured in session 8, not shipped: docs/evaluation.md): the sentence scorer, with its word features (`lexical.ts`), from
 *   the silver-labelled articles only (scripts/lens-model/silver-labels.ts); the gate from every
 *   article of the perspectives gold, reading that scorer's probabilities on articles it never saw.
 *   The eval scores this scorer on the gold as it ships and retrains only the gate per fold.
 * - `--scorer blend [--share 0.5] [--reuse-silver]` (the default, what ships since session 9): the silver scorer as above,
 *   stored in scripts/lens-model/silver-scorer.json, blended with a scorer from the gold
 *   (`ScorerPrior`, lib/perspectives/model/train.ts); the eval retrains the gold part per fold.
 * Preparing the 925 silver articles holds several GB: the npm script raises Node's heap.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  LEXICAL_FLOOR,
  lexicalVocabulary,
  pruneLexical,
  vocabularyOf,
} from '../../lib/perspectives/model/lexical';
import type { LensModel } from '../../lib/perspectives/model/lens-model';
import { trainGate, trainLensModel, trainSentenceScorer } from '../../lib/perspectives/model/train';
import { loadGold } from '../eval/gold/load';
import { prepareGold, type PreparedGold } from '../eval/gold/prepare';
import { silverTraining, trainingArticle } from '../eval/gold/training';
import { sectionModelFor } from './section-data';
import { loadSilver } from './silver-labels';
import {
  loadSilverScorer,
  SILVER_SCORER_FILE,
  writeSilverScorer,
  type SilverScorer,
} from './silver-scorer';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve('../shared/data') },
    scorer: { type: 'string', default: 'blend' },
    /** `--scorer blend`: the silver scorer's share of the blend. */
    share: { type: 'string', default: '0.5' },
    /** `--scorer blend`: reuse the stored silver scorer instead of training it again (~8 min). */
    'reuse-silver': { type: 'boolean', default: false },
  },
});
if (!['gold', 'silver', 'blend'].includes(values.scorer!)) {
  console.error(`build:lens-model: --scorer is gold, silver or blend, not ${values.scorer}`);
  process.exit(2);
}
const dataDir = path.resolve(values.data!);
const gold = loadGold(dataDir);
if (!gold.length) {
  console.error(`build:lens-model: no perspectives gold under ${dataDir}`);
  process.exit(2);
}
const goldIds = gold.map((g) => g.id);
const prepared = gold.map(prepareGold).filter((g): g is PreparedGold => g !== null);
let model: LensModel;
let source: string;
let silverSource = '';
if (values.scorer === 'gold') {
  const sections = sectionModelFor(dataDir, goldIds);
  model = trainLensModel(
    prepared.map((g) => trainingArticle(g, sections)),
    sections,
  );
  source = `sentence scorer and gate: ${prepared.length} articles of the perspectives gold`;
} else {
  const silverScorer =
    values.scorer === 'blend' && values['reuse-silver'] ? readSilverScorer() : trainSilverScorer();
  if (values.scorer === 'silver') {
    const vocabulary = vocabularyOf(silverScorer);
    const gate = trainGate(
      prepared.map((g) => trainingArticle(g, silverScorer.sections, vocabulary)),
      silverScorer.sentence,
    );
    model = {
      sentence: silverScorer.sentence,
      gate,
      sections: silverScorer.sections,
      scorer: 'silver',
    };
    source = `sentence scorer: ${silverSource}; gate: ${prepared.length} articles of the perspectives gold`;
  } else {
    const share = Number(values.share);
    if (!(share > 0 && share < 1)) {
      console.error(
        `build:lens-model: --share must lie strictly between 0 and 1, not ${values.share}`,
      );
      process.exit(2);
    }
    const vocabulary = vocabularyOf(silverScorer);
    model = {
      ...trainLensModel(
        prepared.map((g) => trainingArticle(g, silverScorer.sections, vocabulary)),
        silverScorer.sections,
        { weights: silverScorer.sentence, share },
      ),
      scorer: 'blend',
      blend: share,
    };
    source =
      `sentence scorer: ${1 - share} × one from ${prepared.length} articles of the perspectives gold + ${share} × ` +
      `the silver scorer (${SILVER_SCORER_FILE}); gate: the perspectives gold`;
  }
}

/**
 * The sentence scorer from the silver-labelled articles only (never a gold article), with its own
 * section model; stored beside the scripts (not in the extension) for the eval's per-fold blends.
 */
function trainSilverScorer(): SilverScorer {
  const silver = loadSilver(dataDir, goldIds);
  if (!silver.length) {
    console.error('build:lens-model: no silver labels (scripts/lens-model/silver-labels.jsonl)');
    process.exit(2);
  }
  const sections = sectionModelFor(dataDir, [...goldIds, ...silver.map((a) => a.id)]);
  const vocabulary = lexicalVocabulary(silver.map((a) => a.sentences));
  const scorerArticles = silverTraining(dataDir, gold, sections, vocabulary, silver);
  const scorer: SilverScorer = {
    sentence: pruneLexical(trainSentenceScorer(scorerArticles)),
    sections,
    source:
      `${scorerArticles.length} silver-labelled articles (scripts/lens-model/silver-labels.jsonl, ` +
      `${vocabulary.size} word prefixes, word weights below ${LEXICAL_FLOOR} dropped)`,
  };
  writeSilverScorer(scorer);
  silverSource = scorer.source;
  return scorer;
}

function readSilverScorer(): SilverScorer {
  const scorer = loadSilverScorer();
  if (!scorer) {
    console.error(
      `build:lens-model: no stored silver scorer (${SILVER_SCORER_FILE}); run without --reuse-silver`,
    );
    process.exit(2);
  }
  silverSource = scorer.source;
  return scorer;
}

const file = path.resolve('lib/perspectives/model/data/lens-model.ts');
writeFileSync(
  file,
  `// Generated by \`npm run build:lens-model\` (scripts/lens-model/build.ts). Do not edit.\n` +
    `// ${source} (labels CC BY 4.0).\n` +
    `// Section model: BBC News (Greene & Cunningham 2006) and 10kGNAD (CC BY-NC-SA 4.0) section labels.\n` +
    `import type { LensModel } from '../lens-model';\n\n` +
    `export const LENS_MODEL: LensModel = ${JSON.stringify(model)};\n`,
);
console.log(
  `${file}: ${Object.keys(model.sentence).length} sentence and ${Object.keys(model.gate).length} gate weights, ` +
    `${(JSON.stringify(model).length / 1024).toFixed(0)} KiB`,
);
