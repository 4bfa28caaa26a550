/** Perspective panels: lenses as data, their answers and the key facts behind them. */
export { answerLens, answerPerspectives, RELEVANCE_THRESHOLD } from './answer';
export type { AnswerOptions } from './answer';
export { lensFromCustom } from './custom';
export { findKeyFacts } from './facts';
export type { FactKind } from './facts';
export type { Cue, Lens } from './lens';
export { BUILTIN_LENSES } from './lenses';
