import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../lib/text/plain-article';

describe('articleFromText (CLI text, batch lines, context-menu selections)', () => {
  it('splits at blank lines and normalises whitespace', () => {
    const a = articleFromText('  Erster Absatz\u00a0mit  Leerraum.\n\nZweiter Absatz.\r\n\r\nDritter.  ', {
      title: ' Auswahl ',
      url: 'https://example.org/x',
      lang: 'de',
    });
    expect(a.paragraphs).toEqual(['Erster Absatz mit Leerraum.', 'Zweiter Absatz.', 'Dritter.']);
    expect(a.kinds).toEqual(['p', 'p', 'p']);
    expect(a).toMatchObject({ title: 'Auswahl', lang: 'de', url: 'https://example.org/x' });
  });

  it.each([
    ['Headline without a full stop\n\nThe body begins here.', 'Headline without a full stop', 1],
    ['A sentence that ends.\n\nThe body begins here.', '', 2],
    ['Only one block, no title', '', 1],
  ])('takes a short first line as the title only when it reads like one: %j', (text, title, blocks) => {
    const a = articleFromText(text);
    expect(a.title).toBe(title);
    expect(a.paragraphs).toHaveLength(blocks);
  });
});
