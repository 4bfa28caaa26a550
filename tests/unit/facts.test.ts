import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findKeyFacts } from '../../lib/perspectives/facts';

/** `kind:text` of every fact, for compact assertions. */
const facts = (sentence: string, lang: string) =>
  findKeyFacts(sentence, 7, lang).map((f) => `${f.kind}:${f.text}`);

describe('findKeyFacts: German', () => {
  it('reads amounts with currency, in words and in German number format', () => {
    expect(facts('Der Fonds sammelte fünf Milliarden US-Dollar ein.', 'de')).toEqual([
      'money:fünf Milliarden US-Dollar',
    ]);
    expect(facts('Jede Stelle ist mit 100.000 US-Dollar im Jahr dotiert.', 'de')).toEqual([
      'money:100.000 US-Dollar',
    ]);
    expect(facts('Der Verlust betrug € 2,3 Mio. im Quartal.', 'de')).toEqual(['money:€ 2,3 Mio.']);
    expect(facts('Das Land zahlt 2 Mrd. Euro für die Schienen.', 'de')).toEqual([
      'money:2 Mrd. Euro',
    ]);
    expect(facts('Zwölf Millionen Euro fehlen im Haushalt.', 'de')).toEqual([
      'money:Zwölf Millionen Euro',
    ]);
    expect(facts('Der Konzern zahlte eine Milliarde Euro Strafe.', 'de')).toEqual([
      'money:eine Milliarde Euro',
    ]);
  });

  it('reads counts with their noun, also across one adjective', () => {
    expect(facts('Geplant sind 50.000 Vollzeitjobs in drei Werken.', 'de')).toContain(
      'count:50.000 Vollzeitjobs',
    );
    expect(facts('Die Firma kooperiert mit 600 Polizei-Stationen.', 'de')).toEqual([
      'count:600 Polizei-Stationen',
    ]);
    expect(facts('Bis zu 3.200 Satelliten sollen starten.', 'de')).toEqual([
      'count:3.200 Satelliten',
    ]);
    expect(facts('Dazu kommen rund 250.000 indirekte Jobs.', 'de')).toEqual([
      'count:250.000 indirekte Jobs',
    ]);
  });

  it('reads percentages with sign or word', () => {
    expect(facts('Die Preise stiegen um 2,5 % im Mai.', 'de')).toContain('percent:2,5 %');
    expect(facts('Die Löhne legten um drei Prozent zu.', 'de')).toEqual(['percent:drei Prozent']);
  });

  it('reads dates in German formats', () => {
    expect(facts('Im Oktober 2019 schrieben die Gruppen einen Brief.', 'de')).toEqual([
      'date:Oktober 2019',
    ]);
    expect(facts('Die Frist endete am 17.01.2020 um Mitternacht.', 'de')).toEqual([
      'date:17.01.2020',
    ]);
    expect(facts('Er sagte das im Juni 2019 auf einer Messe.', 'de')).toEqual(['date:Juni 2019']);
    expect(facts('Am 3. März 2021 fiel die Entscheidung.', 'de')).toEqual(['date:3. März 2021']);
    expect(facts('Die Flugzeuge fliegen seit 2016 für den Konzern.', 'de')).toEqual([
      'date:seit 2016',
    ]);
  });

  it('does not take years, durations, times or listing numbers for counts', () => {
    expect(facts('2019 war ein gutes Jahr für die Firma.', 'de')).toEqual([]);
    expect(facts('Er arbeitet seit 30 Jahren dort und beginnt um 10 Uhr.', 'de')).toEqual([]);
    expect(facts('Die Aktie ist im S&P 500 gelistet.', 'de')).toEqual([]);
    expect(facts('Ein Haus und eine Straße.', 'de')).toEqual([]);
  });
});

describe('findKeyFacts: English', () => {
  it('reads amounts with currency symbols, scale suffixes and words', () => {
    expect(facts('The start-up raised $5bn last year.', 'en')).toEqual(['money:$5bn']);
    expect(facts('It paid $3.5 million for the site.', 'en')).toEqual(['money:$3.5 million']);
    expect(facts('Losses reached £20m.', 'en')).toEqual(['money:£20m']);
    expect(facts('The bill costs two billion dollars.', 'en')).toEqual([
      'money:two billion dollars',
    ]);
  });

  it('reads counts, percentages and dates', () => {
    expect(facts('The firm will hire 50,000 full-time workers.', 'en')).toEqual([
      'count:50,000 full-time workers',
    ]);
    expect(facts('A letter from 36 civil rights groups arrived.', 'en')).toEqual([
      'count:36 civil rights groups',
    ]);
    expect(facts('Sales fell 40 percent, or 5 per cent a month.', 'en')).toEqual([
      'percent:40 percent',
      'percent:5 per cent',
    ]);
    expect(facts('The rule takes effect on January 17, 2020.', 'en')).toEqual([
      'date:January 17, 2020',
    ]);
    expect(facts('It opened in March 2019 and closes in May.', 'en')).toEqual([
      'date:March 2019',
      'date:in May',
    ]);
    expect(facts('Some 300 million people may vote.', 'en')).toEqual(['count:300 million people']);
  });

  it('ignores numbers without a counted noun, durations and units', () => {
    expect(facts('Police said 10 were arrested.', 'en')).toEqual([]);
    expect(facts('Five years ago the plant closed.', 'en')).toEqual([]);
    expect(facts('She won the 100m final.', 'en')).toEqual([]);
    expect(facts('You may leave now.', 'en')).toEqual([]);
  });
});

describe('findKeyFacts: contract', () => {
  it('keeps the sentence index and the words as they stand', () => {
    const sentence = 'Nordwerk investiert 3 Mrd. Euro und schafft 4.500 Arbeitsplätze bis 2027.';
    const found = findKeyFacts(sentence, 12, 'de');
    expect(found.map((f) => f.index)).toEqual([12, 12, 12]);
    for (const f of found) expect(sentence).toContain(f.text);
  });

  it('never throws and only returns substrings of the sentence, in order, without overlaps', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789 .,%$€£ MioMrd.Euro dollars Milliarden Prozent März 2019 Jobs im seit'.split(
        '',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        fc.constantFrom('de', 'en', 'und'),
        (s, lang) => {
          const found = findKeyFacts(s, 0, lang);
          let from = 0;
          for (const f of found) {
            const at = s.indexOf(f.text, from);
            expect(at).toBeGreaterThanOrEqual(0);
            from = at + f.text.length;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
