/**
 * Headings of the built-in lenses in the interface languages, apart from their cue lists: the
 * options page needs the names, not the six languages' vocabularies (which made its chunk 39 kB).
 */
import type { BuiltinPerspectiveId } from '../../types';

export const BUILTIN_LENS_LABELS: Record<BuiltinPerspectiveId, { de: string; en: string }> = {
  investor: { de: 'Relevanz für Investor:innen', en: 'For investors' },
  politician: { de: 'Relevanz für Politiker:innen', en: 'For politicians' },
  'innovation-manager': {
    de: 'Relevanz für Innovationsmanager:innen',
    en: 'For innovation managers',
  },
  society: { de: 'Gesellschaftspolitische Auswirkungen', en: 'Impact on society' },
  economy: { de: 'Wirtschaftliche Auswirkungen', en: 'Economic impact' },
  'bigger-picture': { de: 'Das größere Bild', en: 'The bigger picture' },
};
