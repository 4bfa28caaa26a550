/**
 * Bigger picture: trends, the global view, the future, power, history, "all these examples",
 * structural change — the words with which a writer steps back from the single case.
 * Vocabulary after the discourse markers of generalisation in German and English
 * (Duden-Grammatik on "Verallgemeinerung"; Hyland 2005, "Metadiscourse") and the stock
 * words of analysis pieces.
 */
import type { Lens } from '../lens';
import { MEDIUM, STRONG, WEAK, weighted } from '../lens';

export const biggerPicture: Lens = {
  id: 'bigger-picture',
  labels: { de: 'Das größere Bild', en: 'The bigger picture' },
  facts: ['date', 'percent', 'count'],
  // Word lists read best as running text, so the formatter leaves them alone.
  // prettier-ignore
  cues: {
    de: [
      ...weighted(STRONG, [
        'Trend', 'global', 'weltweit', 'Zukunft', 'künftig', 'langfristig', 'Machtkonzentration',
        'Vormacht', 'Weltmacht', 'Einfluss', 'Geschichte', 'historisch', 'Wandel', 'Strukturwandel',
        'Umbruch', 'Transformation', 'Beispiele', 'Mikrokosmos', 'Fallbeispiel', 'exemplarisch',
        'stellvertretend', 'symptomatisch', 'Symbol', 'gesamte Land', 'ganze Land', 'Epoche', 'Ära',
        'Zeitalter', 'Dominanz', 'Monopol', 'Abhängigkeit', 'Herausforderung', 'Globalisierung',
        'Klimawandel', 'beispiellos', 'Wendepunkt', 'Paradigmenwechsel', 'Weltwirtschaft',
        'geopolitisch', 'Jahrzehnt', 'Jahrhundert', 'Erosion', 'Expansion', 'Vormachtstellung',
      ]),
      ...weighted(MEDIUM, [
        'international', 'Entwicklung', 'Folgen', 'Auswirkungen', 'Risiko', 'Krise', 'Welt',
        'System', 'Beispiel', 'Gesellschaft', 'Digitalisierung', 'Generation', 'Verbreitung',
        'Modell', 'genug', 'Größe', 'verändern', 'Veränderung', 'formen', 'prägen',
      ]),
      ...weighted(WEAK, ['Land', 'USA', 'Europa', 'China', 'wachsen']),
    ],
    en: [
      ...weighted(STRONG, [
        'trend', 'global', 'worldwide', 'future', 'long-term', 'power', 'influence', 'history',
        'historic', 'historical', 'shift', 'structural change', 'transformation', 'examples',
        'microcosm', 'emblematic', 'symbolic', 'symptomatic', 'whole country', 'era', 'dominance',
        'monopoly', 'challenge', 'globalisation', 'globalization', 'climate change',
        'unprecedented', 'turning point', 'paradigm', 'superpower', 'world economy', 'geopolitical',
        'decade', 'century', 'erosion', 'expansion', 'broader', 'wider',
      ]),
      ...weighted(MEDIUM, [
        'dependence', 'international', 'development', 'consequences', 'implications', 'impact',
        'risk', 'crisis', 'world', 'system', 'example', 'society', 'generation', 'spread', 'model',
        'change', 'shape', 'size', 'years',
      ]),
      ...weighted(WEAK, ['country', 'America', 'Europe', 'China', 'grow']),
    ],
  },
};
