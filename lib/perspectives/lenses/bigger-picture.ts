/**
 * Bigger picture: trends, the global view, the future, power, history, "all these examples",
 * structural change — the words with which a writer steps back from the single case.
 * Vocabulary after the discourse markers of generalisation in German and English
 * (Duden-Grammatik on "Verallgemeinerung"; Hyland 2005, "Metadiscourse") and the stock
 * words of analysis pieces.
 *
 * French, Spanish, Italian and Dutch: the same concepts in each language's newsroom words,
 * written for Kontext, not translated word for word. Where a word is ambiguous in one language
 * only (French `capital`, Italian `utile`), it is weaker there, and the comment says why.
 */
import type { Lens } from '../lens';
import { BUILTIN_LENS_LABELS } from './labels';
import { MEDIUM, STRONG, WEAK, weighted } from '../lens';

export const biggerPicture: Lens = {
  id: 'bigger-picture',
  labels: BUILTIN_LENS_LABELS['bigger-picture'],
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
    fr: [
      ...weighted(STRONG, [
        'tendance', 'mondial', "à l'échelle mondiale", 'dans le monde entier', 'avenir', 'long terme',
        'influence', 'historique', 'mutation', 'changement structurel', 'transformation',
        'microcosme', 'emblématique', 'symbolique', 'symptomatique', 'tout le pays', 'ère', 'époque',
        'domination', 'monopole', 'dépendance', 'défi', 'mondialisation', 'changement climatique',
        'réchauffement climatique', 'sans précédent', 'tournant', 'paradigme', 'superpuissance',
        'économie mondiale', 'géopolitique', 'décennie', 'siècle', 'érosion', 'expansion',
        'plus largement',
      ]),
      // `histoire` is history and also a story, `pouvoir` power and also the verb "can", `exemples`
      // (one stem with `par exemple`) also a mere illustration: alone they only hint.
      ...weighted(MEDIUM, ['histoire', 'pouvoir', 'exemples']),
      ...weighted(MEDIUM, [
        'international', 'évolution', 'conséquences', 'implications', 'impact', 'risque', 'crise',
        'monde', 'système', 'société', 'génération', 'modèle', 'changement', 'façonner',
        'taille', 'années',
      ]),
      ...weighted(WEAK, ['pays', 'Amérique', 'États-Unis', 'Europe', 'Chine', 'croître']),
    ],
    es: [
      ...weighted(STRONG, [
        'tendencia', 'global', 'mundial', 'en todo el mundo', 'futuro', 'largo plazo', 'influencia',
        'histórico', 'cambio estructural', 'transformación', 'ejemplos', 'microcosmos', 'emblemático',
        'simbólico', 'sintomático', 'todo el país', 'época', 'dominio', 'monopolio', 'dependencia',
        'desafío', 'reto', 'globalización', 'cambio climático', 'sin precedentes',
        'punto de inflexión', 'paradigma', 'superpotencia', 'economía mundial', 'geopolítico',
        'última década', 'próxima década', 'decenio', 'siglo', 'erosión', 'expansión',
      ]),
      // `historia` is history and also a story: alone it only hints. `era` (an era) is left out: it is
      // also "was"; so is `poder`, a stop word in stopwords-iso that would match only as written.
      // `década` alone stems like `decía` ("said"), so it stands in phrases.
      ...weighted(MEDIUM, ['historia', 'poderes', 'potencia']),
      ...weighted(MEDIUM, [
        'internacional', 'evolución', 'consecuencias', 'implicaciones', 'impacto', 'riesgo', 'crisis',
        'mundo', 'sistema', 'sociedad', 'generación', 'modelo', 'cambio', 'tamaño', 'años',
      ]),
      ...weighted(WEAK, ['país', 'América', 'Estados Unidos', 'Europa', 'China', 'crecer']),
    ],
    it: [
      ...weighted(STRONG, [
        'tendenza', 'globale', 'mondiale', 'scala mondiale', 'futuri', 'avvenire', 'lungo termine',
        'storico',
        'cambiamento strutturale', 'trasformazione', 'esempi', 'microcosmo', 'emblematico',
        'simbolico', 'sintomatico', 'intero Paese', 'epoca', 'dominio', 'monopolio', 'dipendenza',
        'sfida', 'globalizzazione', 'cambiamento climatico', 'senza precedenti', 'svolta', 'paradigma',
        'superpotenza', 'economia mondiale', 'geopolitico', 'decennio', 'secolo', 'erosione',
        'espansione',
      ]),
      // `storia` is history and also a story, `potere` power and also the verb "can", `influenza`
      // influence and also the flu: alone they only hint. `era` is left out: it is also "was".
      // `futuro`, `mondo`, `anni`, `esempio` and `Paese` are stop words in stopwords-iso's Italian
      // list and would match only as written: the lens uses their other forms and synonyms.
      ...weighted(MEDIUM, ['storia', 'potere', 'influenza']),
      ...weighted(MEDIUM, [
        'internazionale', 'evoluzione', 'conseguenze', 'implicazioni', 'impatto', 'rischio', 'crisi',
        'mondi', 'sistema', 'società', 'generazione', 'modello', 'cambiamento', 'dimensioni',
      ]),
      ...weighted(WEAK, ['Paesi', 'America', 'Stati Uniti', 'Europa', 'Cina', 'crescere']),
    ],
    nl: [
      ...weighted(STRONG, [
        'trend', 'wereldwijd', 'mondiaal', 'toekomst', 'lange termijn', 'macht', 'invloed',
        'geschiedenis', 'historisch', 'verschuiving', 'structurele verandering', 'transformatie',
        'microkosmos', 'exemplarisch', 'symbolisch', 'symptomatisch', 'hele land',
        'tijdperk', 'dominantie', 'monopolie', 'afhankelijkheid', 'uitdaging', 'globalisering',
        'klimaatverandering', 'ongekend', 'keerpunt', 'kantelpunt', 'paradigma', 'supermacht',
        'wereldeconomie', 'geopolitiek', 'decennium', 'eeuw', 'erosie', 'expansie',
      ]),
      ...weighted(MEDIUM, [
        'internationaal', 'ontwikkeling', 'gevolgen', 'implicaties', 'impact', 'risico', 'crisis',
        'wereld', 'systeem', 'voorbeelden', 'samenleving', 'generatie', 'verspreiding', 'model',
        'verandering', 'omvang', 'jaren',
      ]),
      ...weighted(WEAK, ['land', 'Amerika', 'Verenigde Staten', 'Europa', 'China', 'groeien']),
    ],
  },
};
