/**
 * The sentence scorer learned from the silver-labelled articles only (`npm run build:lens-model --
 * --scorer blend`), with the section model it was trained with, stored beside the scripts and not
 * in the extension: the shipped model holds it only blended with the gold scorer, and the eval
 * needs it alone to blend it with each fold's gold scorer (`scripts/eval/gold/fold-models.ts`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Weights } from '../../lib/perspectives/model/logistic';
import type { SectionModel } from '../../lib/perspectives/model/sections';

export interface SilverScorer {
  sentence: Weights;
  sections: SectionModel | null;
  /** What it was trained on, for the generated model's header. */
  source: string;
}

export const SILVER_SCORER_FILE = 'scripts/lens-model/silver-scorer.json';

export function loadSilverScorer(file = path.resolve(SILVER_SCORER_FILE)): SilverScorer | null {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as SilverScorer;
}

export function writeSilverScorer(
  scorer: SilverScorer,
  file = path.resolve(SILVER_SCORER_FILE),
): void {
  writeFileSync(file, `${JSON.stringify(scorer)}\n`);
}
