import type { Suite } from './types';
import { cnndmSuite } from './cnndm';
import { bbcSuite } from './bbc';
import { gnadSuite } from './10kgnad';
import { zyteSuite } from './zyte';
import { trafilaturaSuite } from './trafilatura';
import { readabilitySuite } from './readability';
import { wcxbSuite } from './wcxb';
import { sentencesSuite } from './sentences';
import { perspectivesSuite } from './perspectives';
import { nerSuite } from './ner';
import { entitiesGoldSuite } from './entities-gold';

/**
 * Every evaluation suite, in the order `npm run eval` runs them. A suite module exports one
 * `Suite`; add it here to make it runnable.
 */
export const SUITES: Suite[] = [
  zyteSuite,
  trafilaturaSuite,
  readabilitySuite,
  wcxbSuite,
  sentencesSuite,
  cnndmSuite,
  bbcSuite,
  gnadSuite,
  perspectivesSuite,
  nerSuite,
  entitiesGoldSuite,
];
