/** The six built-in lenses, in the order of the news site's questions (issue 4). */
import type { Lens } from '../lens';
import { biggerPicture } from './bigger-picture';
import { economy } from './economy';
import { innovationManager } from './innovation-manager';
import { investor } from './investor';
import { politician } from './politician';
import { society } from './society';

export const BUILTIN_LENSES: Lens[] = [
  investor,
  politician,
  innovationManager,
  society,
  economy,
  biggerPicture,
];
