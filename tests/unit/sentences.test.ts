import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';

const texts = (text: string, lang: string) => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences, German', () => {
  it.each([
    ['Dr. Müller kam um acht. Er ging um neun.', ['Dr. Müller kam um acht.', 'Er ging um neun.']],
    [
      'Die Firma baut z. B. Pumpen und Ventile. Der Umsatz stieg.',
      ['Die Firma baut z. B. Pumpen und Ventile.', 'Der Umsatz stieg.'],
    ],
    [
      'Sie verkauft u.a. Fahrräder. Das lohnt sich.',
      ['Sie verkauft u.a. Fahrräder.', 'Das lohnt sich.'],
    ],
    ['Er zahlt 20 bzw. 30 Euro im Monat.', ['Er zahlt 20 bzw. 30 Euro im Monat.']],
    ['Die Wahl findet am 17. Januar statt.', ['Die Wahl findet am 17. Januar statt.']],
    [
      'Der Vertrag gilt seit dem 17.01.2020 und läuft bis 2025.',
      ['Der Vertrag gilt seit dem 17.01.2020 und läuft bis 2025.'],
    ],
    [
      'Das Werk schloss im Juni 2019. Die Arbeiter wurden entlassen.',
      ['Das Werk schloss im Juni 2019.', 'Die Arbeiter wurden entlassen.'],
    ],
    [
      'Im 19. Jahrhundert wuchs die Stadt auf 3.200 Einwohner.',
      ['Im 19. Jahrhundert wuchs die Stadt auf 3.200 Einwohner.'],
    ],
    ['Sie wurde 3. Im Finale verlor sie knapp.', ['Sie wurde 3.', 'Im Finale verlor sie knapp.']],
    [
      '„Wir bleiben hier“, sagte der Bürgermeister. „Die Halle wird gebaut.“ Dann ging er.',
      ['„Wir bleiben hier“, sagte der Bürgermeister.', '„Die Halle wird gebaut.“', 'Dann ging er.'],
    ],
    [
      '„Halt!“ rief die Polizistin. Niemand blieb stehen.',
      ['„Halt!“ rief die Polizistin.', 'Niemand blieb stehen.'],
    ],
    ['»Kommst du mit?« fragte sie. Er nickte.', ['»Kommst du mit?« fragte sie.', 'Er nickte.']],
    ['Er wartete … Dann klingelte das Telefon.', ['Er wartete …', 'Dann klingelte das Telefon.']],
    [
      'Die Anlage kostet ca. 5 Mio. Euro und ist bis Ende Mai fertig.',
      ['Die Anlage kostet ca. 5 Mio. Euro und ist bis Ende Mai fertig.'],
    ],
    [
      'Prof. Dr. med. Anna Schmidt leitet die Klinik seit 2018.',
      ['Prof. Dr. med. Anna Schmidt leitet die Klinik seit 2018.'],
    ],
    [
      'Das steht in Art. 5 Abs. 3 des Grundgesetzes.',
      ['Das steht in Art. 5 Abs. 3 des Grundgesetzes.'],
    ],
    [
      'Wer zahlt? Die Stadt! Oder doch der Bund?',
      ['Wer zahlt?', 'Die Stadt!', 'Oder doch der Bund?'],
    ],
    [
      'Man braucht Mehl, Zucker, Eier usw. Danach wird gebacken.',
      ['Man braucht Mehl, Zucker, Eier usw.', 'Danach wird gebacken.'],
    ],
    [
      'Die Halle der Firma Amazon brennt\n\nDie Feuerwehr ist vor Ort.',
      ['Die Halle der Firma Amazon brennt', 'Die Feuerwehr ist vor Ort.'],
    ],
    ['Laut Hans M. Schröder ist das ein Fehler.', ['Laut Hans M. Schröder ist das ein Fehler.']],
  ])('%s', (text, expected) => {
    expect(texts(text, 'de')).toEqual(expected);
  });
});

describe('splitSentences, English', () => {
  it.each([
    [
      'Mr. Brown met Dr. Green on Monday. They talked for an hour.',
      ['Mr. Brown met Dr. Green on Monday.', 'They talked for an hour.'],
    ],
    ['The plant moved to the U.S. in 1998.', ['The plant moved to the U.S. in 1998.']],
    [
      'Sales grew in the U.S. The company did not comment.',
      ['Sales grew in the U.S.', 'The company did not comment.'],
    ],
    ['The U.S. Senate voted on Tuesday.', ['The U.S. Senate voted on Tuesday.']],
    [
      'Shares of U.P.S. and A.W.S. customers fell.',
      ['Shares of U.P.S. and A.W.S. customers fell.'],
    ],
    [
      'T. Rowe Price bought the stake. It paid $3.5 million.',
      ['T. Rowe Price bought the stake.', 'It paid $3.5 million.'],
    ],
    ['The deal with Smith & Co. closed at noon.', ['The deal with Smith & Co. closed at noon.']],
    [
      'He sold it to Smith & Co. It was a bargain.',
      ['He sold it to Smith & Co.', 'It was a bargain.'],
    ],
    ['"We are done," she said. "Go home."', ['"We are done," she said.', '"Go home."']],
    ['“Really?” he asked. Nobody answered.', ['“Really?” he asked.', 'Nobody answered.']],
    ['It opens at 9 a.m. on weekdays.', ['It opens at 9 a.m. on weekdays.']],
    ['Wait... What happened?', ['Wait...', 'What happened?']],
    ['She works at Yahoo! in London.', ['She works at Yahoo! in London.']],
    ['Is it open? we asked twice.', ['Is it open?', 'we asked twice.']],
    [
      'The food was great. if you go, book early.',
      ['The food was great.', 'if you go, book early.'],
    ],
    ['See p. 12 and Fig. 3 for details.', ['See p. 12 and Fig. 3 for details.']],
    ['Prices rose (see the chart.) last year.', ['Prices rose (see the chart.) last year.']],
    ['1. Open the box. 2. Take out the parts.', ['1. Open the box.', '2. Take out the parts.']],
    [
      'Breaking News\n\nThe storm hit the coast at dawn.',
      ['Breaking News', 'The storm hit the coast at dawn.'],
    ],
    [
      'Write to jane.doe@example.org. She answers fast.',
      ['Write to jane.doe@example.org.', 'She answers fast.'],
    ],
    [
      'The river floods often.[3] The town built a dam.',
      ['The river floods often.[3]', 'The town built a dam.'],
    ],
    ['He ranked No. 4 in the world.', ['He ranked No. 4 in the world.']],
  ])('%s', (text, expected) => {
    expect(texts(text, 'en')).toEqual(expected);
  });
});

describe('splitSentences, line breaks and lists', () => {
  it('a blank line always ends a sentence, even with spaces on it', () => {
    expect(texts('Erste Zeile ohne Punkt\n \nZweite Zeile', 'de')).toEqual([
      'Erste Zeile ohne Punkt',
      'Zweite Zeile',
    ]);
  });
  it('a single line break ends a sentence unless the line ends in a space (a soft wrap)', () => {
    expect(texts('Impressum\nKontakt', 'de')).toEqual(['Impressum', 'Kontakt']);
    expect(texts('Der Zug kam \nheute zu spät.', 'de')).toEqual(['Der Zug kam \nheute zu spät.']);
  });
  it('each bullet starts an item', () => {
    expect(texts('• Brot • Milch • Käse', 'de')).toEqual(['• Brot', '• Milch', '• Käse']);
  });
  it('a list lettered in brackets splits at each item', () => {
    expect(texts('(a) Pick the fruit. (b) Wash it. (c) Eat it.', 'en')).toEqual([
      '(a) Pick the fruit.',
      '(b) Wash it.',
      '(c) Eat it.',
    ]);
  });
  it('a numbered list without full stops splits at each item', () => {
    expect(texts('1) Buy milk 2) Buy bread 3) Go home', 'en')).toEqual([
      '1) Buy milk',
      '2) Buy bread',
      '3) Go home',
    ]);
  });
});

function checkInvariants(text: string, lang: string): void {
  const sentences = splitSentences(text, lang);
  let previousEnd = 0;
  const covered = new Array<boolean>(text.length).fill(false);
  for (const s of sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text.length).toBeGreaterThan(0);
    expect(s.text).toBe(s.text.trim());
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = s.end;
    for (let i = s.start; i < s.end; i++) covered[i] = true;
  }
  for (let i = 0; i < text.length; i++) {
    if (!/\s/u.test(text[i]))
      expect(covered[i], `offset ${i} of ${JSON.stringify(text)}`).toBe(true);
  }
}

describe('splitSentences, offset invariants', () => {
  const alphabet = fc.constantFrom(
    'a',
    'B',
    'ü',
    'Z',
    '1',
    '7',
    '.',
    '.',
    '!',
    '?',
    '…',
    ' ',
    ' ',
    '\n',
    '\n\n',
    '„',
    '“',
    '"',
    "'",
    ')',
    '(',
    '•',
    'Dr',
    'z. B',
    'U.S',
    'Der',
    'The',
    '\u00a0',
    '\t',
    '\r\n',
  );
  const article = fc.array(alphabet, { maxLength: 200 }).map((parts) => parts.join(''));

  it('slices match, are trimmed, non-empty, in order and cover every non-space character', () => {
    fc.assert(
      fc.property(article, fc.constantFrom('de', 'en', 'fr', 'und'), (text, lang) =>
        checkInvariants(text, lang),
      ),
      { numRuns: 500 },
    );
  });

  it.each(['', '   ', '\n\n', '.', '...', '. . .', 'a', '!?', '1.', '• ', '„“'])(
    'handles %j',
    (text) => {
      checkInvariants(text, 'de');
    },
  );
});

describe('splitSentences, speed', () => {
  // Guards against quadratic behaviour; the eval suite measures the real speed
  // (`npx tsx scripts/eval.ts --suite sentences`).
  it('splits one 50,000-character sentence quickly', () => {
    const text = `Der Satz ${'geht immer weiter, '.repeat(2700)}und endet hier.`;
    const t0 = performance.now();
    const sentences = splitSentences(text, 'de');
    expect(performance.now() - t0).toBeLessThan(200);
    expect(sentences).toHaveLength(1);
  });

  it.each([
    ['many blank lines', ' \n'.repeat(30_000)],
    ['many abbreviations', 'z. B. '.repeat(10_000)],
    ['a long run of dots', `${'.'.repeat(50_000)} Ende`],
    ['a long token', `${'a.'.repeat(25_000)} Ende.`],
  ])('stays linear on %s', (_name, text) => {
    // About 60,000 characters: linear code needs well under 100 ms on an idle machine; the
    // bound leaves room for a loaded CI runner and still fails on quadratic behaviour, which
    // takes tens of seconds at this size.
    const t0 = performance.now();
    splitSentences(text, 'de');
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('splits about 100,000 words in well under a second', () => {
    const paragraph =
      'Dr. Müller sagte am 17. Januar, die Firma habe z. B. 3.200 Stellen geschaffen. ' +
      'Der Umsatz stieg um 3,5 Prozent! „Wir sind zufrieden“, sagte er.';
    const text = Array(6_000).fill(paragraph).join('\n\n');
    const t0 = performance.now();
    const sentences = splitSentences(text, 'de');
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(sentences).toHaveLength(18_000);
  });
});
