import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguageTag } from '../../lib/text/language';

const GERMAN =
  'Die Regierung hat am Montag ein neues Gesetz vorgestellt, das die Mieten in den großen Städten begrenzen soll. ' +
  'Kritiker sagen, dass der Entwurf zu spät komme und nicht weit genug gehe.';
const ENGLISH =
  'The government presented a new law on Monday that is meant to cap rents in the large cities. ' +
  'Critics say that the draft comes too late and does not go far enough.';
const FRENCH =
  "Le gouvernement a présenté lundi une nouvelle loi qui doit plafonner les loyers dans les grandes villes. " +
  "Les critiques estiment que le projet arrive trop tard et ne va pas assez loin.";

describe('normalizeLanguageTag', () => {
  it('keeps the primary subtag, lower-cased', () => {
    expect(normalizeLanguageTag('de-AT')).toBe('de');
    expect(normalizeLanguageTag('EN_us')).toBe('en');
    expect(normalizeLanguageTag('deu')).toBe('de');
  });
  it('rejects empty, undetermined and malformed tags', () => {
    for (const tag of [null, undefined, '', 'und', 'x-default', '12', 'zxx']) expect(normalizeLanguageTag(tag)).toBeNull();
  });
});

describe('detectLanguage', () => {
  it('trusts a plausible declaration', () => {
    expect(detectLanguage(GERMAN, 'de-AT')).toBe('de');
    expect(detectLanguage(ENGLISH, 'en-GB')).toBe('en');
  });
  it('detects from the text when nothing is declared', () => {
    expect(detectLanguage(GERMAN)).toBe('de');
    expect(detectLanguage(ENGLISH, null)).toBe('en');
    expect(detectLanguage(FRENCH)).toBe('fr');
  });
  it('overrules a declaration the text contradicts', () => {
    expect(detectLanguage(`${GERMAN} ${GERMAN}`, 'en')).toBe('de');
  });
  it('keeps the declaration for a short text it cannot judge', () => {
    expect(detectLanguage('Mietpreisbremse', 'de')).toBe('de');
    expect(detectLanguage('Brexit', 'en')).toBe('en');
  });
  it('answers und for text too short or without letters', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12 345 678')).toBe('und');
  });
  it('recognises scripts franc-min does not model without crashing', () => {
    expect(detectLanguage('東京の天気は今日とても良いです。明日も晴れるでしょう。週末は雨の予報です。')).toBe('ja');
    expect(detectLanguage('今天北京的天气非常好，我们去公园散步吧，明天可能会下雨。')).toBe('zh');
    expect(detectLanguage('שלום עולם, זהו משפט בעברית שנכתב לצורך בדיקה בלבד.')).toBe('he');
  });
});
