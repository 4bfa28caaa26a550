import { newStemmer } from 'snowball-stemmers';
import stopwordsIso from 'stopwords-iso';
import { describe, expect, it } from 'vitest';
import { addCompoundHeads } from '../../lib/text/compounds';
import { contentTerms, isStopWord, stem, words } from '../../lib/text/words';

describe('words', () => {
  it('keeps hyphenated words, contractions and numbers whole', () => {
    expect(words('Amazon-Lagerhallen kosten 3.200 Euro, don’t they?')).toEqual([
      'Amazon-Lagerhallen', 'kosten', '3.200', 'Euro', 'don’t', 'they',
    ]);
  });
  it('segments scripts without spaces into words', () => {
    const ws = words('東京都は日本の首都です');
    expect(ws.length).toBeGreaterThan(2);
    expect(ws.join('')).toBe('東京都は日本の首都です');
  });
  it('handles right-to-left text', () => {
    expect(words('مرحبا بالعالم')).toEqual(['مرحبا', 'بالعالم']);
    expect(words('שלום עולם')).toEqual(['שלום', 'עולם']);
  });
});

describe('stop words and stems', () => {
  it('knows the stop words of the six main languages', () => {
    for (const [w, lang] of [['und', 'de'], ['the', 'en'], ['les', 'fr'], ['los', 'es'], ['della', 'it'], ['het', 'nl']]) {
      expect(isStopWord(w, lang)).toBe(true);
    }
    expect(isStopWord('Regierung', 'de')).toBe(false);
    expect(isStopWord('the', 'xx')).toBe(false);
  });
  it('stems with Snowball and lower-cases', () => {
    expect(stem('Lagerhallen', 'de')).toBe(stem('Lagerhalle', 'de'));
    expect(stem('Running', 'en')).toBe('run');
    expect(stem('nationales', 'fr')).toBe(stem('nationale', 'fr'));
    expect(stem('presidentes', 'es')).toBe(stem('presidente', 'es'));
    expect(stem('governi', 'it')).toBe(stem('governo', 'it'));
    expect(stem('regeringen', 'nl')).toBe(stem('regering', 'nl'));
  });
  // The faster port must stay the same algorithm (lib/text/stem.ts): every stop word of the
  // language with common endings glued on, so that each step of each algorithm gets exercised.
  it.each([
    ['de', 'german'],
    ['fr', 'french'],
    ['es', 'spanish'],
    ['it', 'italian'],
    ['nl', 'dutch'],
  ])('stems %s exactly as the Snowball reference port does', (lang, algorithm) => {
    const reference = newStemmer(algorithm);
    const endings = ['', 's', 'e', 'en', 'er', 'es', 'ung', 'ment', 'ation', 'ión', 'iones', 'zione', 'mente', 'ità', 'heid', 'lijk', 'ing', 'aient', 'ando', 'ato'];
    const forms = [...new Set((stopwordsIso as Record<string, string[]>)[lang].flatMap((w) => endings.map((e) => w + e)))];
    expect(forms.length).toBeGreaterThan(3000);
    const differing = forms.filter((w) => stem(w, lang) !== reference.stem(w.toLowerCase()));
    expect(differing).toEqual([]);
  });
  it('degrades to lower-casing for languages without a stemmer', () => {
    expect(stem('Tokyo', 'ja')).toBe('tokyo');
    expect(stem('Wort', 'und')).toBe('wort');
  });
});

describe('contentTerms', () => {
  it('lets Amazon-Lagerhallen and Lagerhalle meet', () => {
    const compound = contentTerms('Die Amazon-Lagerhallen in Baltimore', 'de');
    const simple = contentTerms('Eine Lagerhalle', 'de');
    expect(compound).toContain('amazon');
    expect(simple.some((t) => compound.includes(t))).toBe(true);
  });
  it('drops stop words and one-letter parts', () => {
    expect(contentTerms("The company's profits rose", 'en')).toEqual(['compani', 'profit', 'rose']);
  });
  it('never crashes on CJK, RTL or empty text', () => {
    expect(contentTerms('', 'de')).toEqual([]);
    expect(contentTerms('東京都は日本の首都です', 'ja').length).toBeGreaterThan(0);
    expect(contentTerms('مرحبا بالعالم', 'ar').length).toBe(2);
  });
});

describe('addCompoundHeads', () => {
  it('adds the head of a closed compound that occurs elsewhere in the text', () => {
    const [a, b] = addCompoundHeads([contentTerms('Die Lagerhallen brennen', 'de'), contentTerms('Die Halle ist leer', 'de')], 'de');
    expect(a).toContain(b[0]);
  });
  it('leaves other languages alone', () => {
    const lists = [['warehous'], ['hous']];
    expect(addCompoundHeads(lists, 'en')).toBe(lists);
  });
});
