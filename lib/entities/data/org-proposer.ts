/**
 * Weights of the organisation proposer (org-proposer.ts), one logistic model per language, in the
 * order of PROPOSAL_FEATURES, and the probability a proposal needs. Written by
 * scripts/entities-model/train.ts --write; none ships yet (docs/evaluation.md, Issue 16, session 8:
 * on the gold's tuning part the English model took nothing among the first 8 at 0.6 and lowered
 * precision at 0.4 and 0.5; the German one reached no useful precision).
 */
import type { OrgModel } from '../org-ranker';

export const PROPOSER_MODELS: Partial<Record<string, OrgModel>> = {};
export const PROPOSER_THRESHOLDS: Partial<Record<string, number>> = {};
