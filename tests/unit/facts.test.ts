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

describe('findKeyFacts: French, Spanish, Italian, Dutch', () => {
  it.each([
    ['fr', "Le groupe investira 5 milliards d'euros dans le site.", ["money:5 milliards d'euros"]],
    ['fr', 'La prime coûte 3,5 millions de dollars.', ['money:3,5 millions de dollars']],
    ['fr', 'Le chiffre d’affaires atteint 1,2 Md€.', ['money:1,2 Md€']],
    ['fr', 'Les ventes ont progressé de 12 % sur un an.', ['percent:12 %']],
    ['fr', 'La marge a reculé de 4,5 pour cent.', ['percent:4,5 pour cent']],
    ['fr', 'Le site emploiera 2 000 salariés qualifiés.', ['count:2 000 salariés qualifiés']],
    ['fr', 'Le 12 janvier 2024, le conseil a voté.', ['date:12 janvier 2024']],
    [
      'fr',
      'Le chantier commence en mars et finit d’ici 2030.',
      ['date:en mars', 'date:d’ici 2030'],
    ],
    ['es', 'La empresa invertirá 3,5 millones de dólares.', ['money:3,5 millones de dólares']],
    ['es', 'El plan cuesta 5.000 millones de euros.', ['money:5.000 millones de euros']],
    ['es', 'El Estado aportará mil millones de euros.', ['money:mil millones de euros']],
    ['es', 'El paro bajó un 2,5 por ciento.', ['percent:2,5 por ciento']],
    ['es', 'La planta dará trabajo a 1.500 operarios.', ['count:1.500 operarios']],
    ['es', 'El 12 de enero de 2024 se firmó el acuerdo.', ['date:12 de enero de 2024']],
    [
      'es',
      'Las obras durarán desde 2016 hasta marzo de 2027.',
      ['date:desde 2016', 'date:marzo de 2027'],
    ],
    ['it', 'Il gruppo investirà 2 miliardi di euro.', ['money:2 miliardi di euro']],
    ['it', 'La multa è di 2,5 mld di euro.', ['money:2,5 mld di euro']],
    ['it', 'Il premio vale 50mila euro.', ['money:50mila euro']],
    ['it', 'Il fatturato è salito del 12 per cento.', ['percent:12 per cento']],
    ['it', 'Saranno assunti 1.200 nuovi dipendenti.', ['count:1.200 nuovi dipendenti']],
    ['it', 'Il 1° gennaio 2025 entra in vigore la legge.', ['date:1° gennaio 2025']],
    ['it', 'I lavori finiranno entro il 2030.', ['date:entro il 2030']],
    ['nl', 'Het bedrijf investeert 5 miljard euro.', ['money:5 miljard euro']],
    ['nl', 'De omzet steeg tot 3,5 mln euro.', ['money:3,5 mln euro']],
    ['nl', 'De werkloosheid daalde met 0,4 procentpunt.', ['percent:0,4 procentpunt']],
    ['nl', 'De fabriek moet 800 nieuwe banen opleveren.', ['count:800 nieuwe banen']],
    ['nl', 'Op 12 januari 2024 stemde de raad in.', ['date:12 januari 2024']],
    ['nl', 'De bouw begint in maart en loopt tot 2028.', ['date:in maart', 'date:tot 2028']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(facts(sentence, lang)).toEqual(expected);
  });

  it.each([
    ['fr', 'Il y a dix ans, 2019 fut une année difficile.'],
    ['fr', 'Elle travaille ici depuis 30 ans et trois mois.'],
    ['es', 'Hace tres años que vive aquí, 20 veces lo dijo.'],
    ['it', 'Da cinque anni lavora qui, tre volte a settimana.'],
    ['nl', 'Hij werkt hier al vijf jaar, twee keer per week.'],
  ])('%s: no durations, repetitions or bare years in %s', (lang, sentence) => {
    expect(facts(sentence, lang)).toEqual([]);
  });

  it('reads a French space as a thousands separator but not a year before a count', () => {
    expect(facts('En 2019 300 salariés travaillaient ici.', 'fr')).toEqual([
      'date:En 2019',
      'count:300 salariés',
    ]);
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
        fc.constantFrom('de', 'en', 'fr', 'es', 'it', 'nl', 'und'),
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
