/**
 * The entity tagger's one-time work, as separate steps that a host can run before the first
 * article arrives: unpacking the weights and word lists (packed-text.ts), building the lists'
 * hash tables (word-set.ts) and training the name-likeness models (name-likeness.ts). Without
 * it the first analyze() after a worker start pays all of it (about 0.5 s of a 1.2 s first
 * call in a CPU profile, docs/performance.md). Each step is small enough (tens of ms) to run
 * as its own task, so a message that arrives meanwhile waits for one step at most.
 *
 * German lists come before English ones: the German model is the one trained on real data
 * (GermEval) and German pages are the main target; the English-only steps come last, the
 * English model (issue 16) among them.
 */
import { prepareLexicon } from './lexicons';
import { prepareNameModels } from './name-likeness';
import { shippedModel } from './tagger';

export const ENTITY_WARM_UP_STEPS: readonly (() => void)[] = [
  () => shippedModel(),
  () => prepareLexicon('given'),
  () => prepareLexicon('deProper'),
  () => prepareLexicon('enProper'),
  () => prepareLexicon('orgs'),
  () => prepareLexicon('deNouns'),
  () => prepareLexicon('deHeadNouns'),
  () => prepareLexicon('deLower'),
  () => prepareNameModels('de'),
  () => prepareLexicon('enLower'),
  () => prepareNameModels('en'),
  () => shippedModel('en'),
];
