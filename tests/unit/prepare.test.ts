import { describe, expect, it } from 'vitest';
import { isProse, prepareText } from '../../lib/text/prepare';

const ARTICLE = {
  title: 'Amazon baut neue Lagerhallen in Baltimore',
  paragraphs: [
    'Von Anna Beispiel',
    'Der Versandhändler Amazon will in Baltimore zwei neue Lagerhallen bauen. Die Stadt hofft auf tausend neue Arbeitsplätze.',
    'Was die Stadt erwartet',
    'Die erste Lagerhalle soll im Frühjahr eröffnen. Gewerkschaften kritisieren die Arbeitsbedingungen in den Amazon-Lagerhallen.',
    'Foto: Max Mustermann/dpa',
    'Mehr zum Thema',
    'Der Bürgermeister sprach am Montag von einem guten Tag für die Region.',
  ],
  kinds: ['p', 'p', 'h', 'p', 'p', 'p', 'p'] as const,
};

describe('prepareText', () => {
  const p = prepareText({ ...ARTICLE, kinds: [...ARTICLE.kinds] }, 'de');

  it('joins blocks with a blank line and keeps offsets into the text', () => {
    expect(p.text).toBe(ARTICLE.paragraphs.join('\n\n'));
    for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('records the block of every sentence and the kind of every block', () => {
    expect(p.block.length).toBe(p.sentences.length);
    expect(p.blockKinds).toEqual([...ARTICLE.kinds]);
    const heading = p.sentences.findIndex((s) => s.text === 'Was die Stadt erwartet');
    expect(p.block[heading]).toBe(2);
    expect(p.block[p.sentences.length - 1]).toBe(6);
  });

  it('marks headings, bylines, credits and teaser links as not prose', () => {
    const proseOf = (text: string) => p.prose[p.sentences.findIndex((s) => s.text === text)];
    expect(proseOf('Von Anna Beispiel')).toBe(false);
    expect(proseOf('Was die Stadt erwartet')).toBe(false);
    expect(proseOf('Foto: Max Mustermann/dpa')).toBe(false);
    expect(proseOf('Mehr zum Thema')).toBe(false);
    expect(proseOf('Die Stadt hofft auf tausend neue Arbeitsplätze.')).toBe(true);
  });

  it('fills content terms for sentences and title, so compounds meet', () => {
    expect(p.terms.length).toBe(p.sentences.length);
    expect(p.titleTerms).toContain('amazon');
    const first = p.terms[p.sentences.findIndex((s) => s.text.startsWith('Die erste Lagerhalle'))];
    const compound = p.terms[p.sentences.findIndex((s) => s.text.startsWith('Gewerkschaften'))];
    expect(first.some((t) => compound.includes(t))).toBe(true);
  });

  it('skips empty blocks and defaults kinds to paragraphs', () => {
    const q = prepareText({ title: '', paragraphs: ['  ', 'Ein ganz normaler Satz steht hier.', ''] }, 'de');
    expect(q.text).toBe('Ein ganz normaler Satz steht hier.');
    expect(q.blockKinds).toEqual(['p']);
    expect(q.prose).toEqual([true]);
  });

  it('never throws on CJK or right-to-left text', () => {
    expect(() => prepareText({ title: '東京', paragraphs: ['東京都は日本の首都です。人口は多いです。'] }, 'ja')).not.toThrow();
    expect(() => prepareText({ title: 'שלום', paragraphs: ['זהו משפט בעברית. וזה משפט נוסף.'] }, 'he')).not.toThrow();
  });
});

describe('isProse', () => {
  it('accepts running sentences in English and German', () => {
    expect(isProse('The council approved the budget on Tuesday after a long debate.', 'p')).toBe(true);
    expect(isProse('Der Gemeinderat hat das Budget am Dienstag beschlossen.', 'li')).toBe(true);
  });
  it('rejects page furniture', () => {
    for (const s of [
      '(c) Reuters',
      '© dpa-infocom, dpa:240101-99-123456/2',
      'Photo: Getty Images',
      'Read more: Why the council failed',
      'Lesen Sie auch: Warum der Rat scheiterte',
      'By John Smith and Jane Doe',
      'Published: 12:30 GMT, 3 March 2015',
      'Share this article',
      'Home News Sport Weather',
      'www.example.com/news/council-budget',
    ]) {
      expect(isProse(s, 'p'), s).toBe(false);
    }
  });
  it('keeps a long sentence that only starts like furniture (text without line breaks)', () => {
    expect(isProse('Scroll down for video The Prime Minister said on Monday that the economy had grown for the third quarter in a row.', 'p')).toBe(true);
  });
});
