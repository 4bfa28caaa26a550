/**
 * A lens the user defined in the options page (name + cue words) becomes the same data as a
 * built-in lens, so it goes through the same matching and answering code.
 */
import type { CustomLens } from '../settings/schema';
import type { Lens } from './lens';
import { STRONG } from './lens';

/**
 * Every user cue is strong: the user named exactly the words that matter to them, so one of
 * them in a sentence is enough to answer. The cues carry no language tag (`*`): users write
 * them in the language they read, and they are stemmed with the article's language.
 * A custom lens looks for every kind of fact, since we cannot know which the user wants.
 */
export function lensFromCustom(c: CustomLens): Lens {
  const cues = c.cues.map((cue) => cue.trim()).filter(Boolean);
  return {
    id: `custom:${c.id}`,
    labels: { de: c.name, en: c.name },
    cues: { '*': cues.map((cue) => [cue, STRONG] as const) },
    facts: ['money', 'count', 'percent', 'date'],
  };
}
