import { describe, expect, it } from 'vitest';
import { findEntities, tagTokens } from '../../lib/entities';
import { resolveDocument, spansOf, voteTypes } from '../../lib/entities/document';
import { compactModel, decodeWeights, encodeWeights } from '../../lib/entities/weights-format';
import { decodeFrontCoded } from '../../lib/entities/lexicon-decode';
import { wordFacts } from '../../lib/entities/lexicons';
import { tokenize } from '../../lib/entities/tokenize';
import { withoutNonNames } from '../../lib/entities/not-names';
import { applyOrgContext } from '../../lib/entities/org-context';
import type { EntityTag } from '../../lib/entities/labels';
import { preparedSentences } from '../support/prepared-sentences';
import { frontCode } from '../../scripts/build-lexicons-format';
import { parseTrieV3, forEachWord } from '../../scripts/build-lexicons-trie';
import { generatedGermanArticle } from '../fixtures/entities-speed/article';
import { compileEncoded, emissionScores } from '../../lib/entities/compiled-model';
import { sentenceFeatures } from '../../lib/entities/features';
import { WEIGHTS } from '../../lib/entities/data/weights';
import { unpackText } from '../../lib/entities/packed-text';
import { SCALE } from '../../lib/entities/weights-format';

const prepared = preparedSentences;

function names(tokens: string[], tags: string[], type: 'PER' | 'ORG'): string[] {
  return spansOf(tags as never)
    .filter((s) => s.type === type)
    .map((s) => tokens.slice(s.start, s.end).join(' '));
}

describe('lexicon files', () => {
  it('front coding round-trips a word list', () => {
    const words = ['Haus', 'Hausarzt', 'Hausärzte', 'Hund', 'Zebra', 'a', 'ab'];
    expect([...decodeFrontCoded(frontCode(words))].sort()).toEqual([...words].sort());
  });

  it('reads cspell TrieXv3 data: words, shared suffix references and escapes', () => {
    // Hund, Hunde, Hunden; Mund shares the node after "Hun" by reference (node 4 = the d-node); a-b.
    const trie = [
      '#!/usr/bin/env cspell-trie reader',
      'TrieXv3',
      'base=10',
      '# Data:',
      '__DATA__',
      'Hunden$$$4Mund#4;<4a\\-b$3',
      '',
    ].join('\n');
    const words: string[] = [];
    forEachWord(parseTrieV3(trie), (w) => words.push(w));
    expect(words.sort()).toEqual(
      ['Hund', 'Hunde', 'Hunden', 'Mund', 'Munde', 'Munden', 'a-b'].sort(),
    );
  });

  it('tells German common nouns, compounds, proper names and given names apart', () => {
    expect(wordFacts('Regierung').deNoun).toBe(true);
    expect(wordFacts('Regierungen').deNoun).toBe(true);
    const compound = wordFacts('Bundesregierung');
    expect(compound.deNoun || compound.deCompound).toBe(true);
    expect(wordFacts('Angela').given).toBe(true);
    expect(wordFacts('Berlin').deNoun).toBe(false);
    expect(wordFacts('Berlin').deProper).toBe(true);
    expect(wordFacts('Xqzvorbel').deNoun).toBe(false);
  });
});

describe('tokenize', () => {
  it('keeps abbreviations, initials and hyphenated compounds together', () => {
    const toks = tokenize('Dr. J. Weber, Amazon-Chef der Beispiel Inc., sagte: „Nein.“').map(
      (t) => t.text,
    );
    expect(toks).toEqual([
      'Dr.',
      'J.',
      'Weber',
      ',',
      'Amazon-Chef',
      'der',
      'Beispiel',
      'Inc.',
      ',',
      'sagte',
      ':',
      '„',
      'Nein',
      '.',
      '“',
    ]);
  });
});

describe('tagTokens', () => {
  it('finds a German person introduced by role and given name', () => {
    const tokens = tokenize(
      'Am Montag traf sich Bundeskanzlerin Angela Merkel mit Vertretern der Industrie .',
    ).map((t) => t.text);
    expect(names(tokens, tagTokens(tokens, 'de'), 'PER')).toEqual(['Angela Merkel']);
  });

  it('finds a German company by its legal form', () => {
    const tokens = 'Die Firma Müllerwerke GmbH hat im vergangenen Jahr mehr Umsatz gemacht .'.split(
      ' ',
    );
    expect(names(tokens, tagTokens(tokens, 'de'), 'ORG')).toContain('Müllerwerke GmbH');
  });

  it('does not take German common nouns for names', () => {
    const tokens =
      'Die Regierung will die Steuern für kleine Unternehmen im nächsten Jahr senken .'.split(' ');
    expect(tagTokens(tokens, 'de').every((t) => t === 'O')).toBe(true);
  });

  it('works on English text', () => {
    const tokens = tokenize(
      'Apple chief executive Tim Cook said on Monday that the company would open a new office.',
    ).map((t) => t.text);
    const tags = tagTokens(tokens, 'en');
    expect(names(tokens, tags, 'PER')).toEqual(['Tim Cook']);
  });
});

describe('resolveDocument', () => {
  it('makes a later surname certain once the full name was found', () => {
    const doc = [
      ['Gestern', 'sprach', 'Jeff', 'Bezos', '.'],
      ['Später', 'lachte', 'Bezos', '.'],
    ];
    const tags = resolveDocument(doc, [
      ['O', 'O', 'B-PER', 'I-PER', 'O'],
      ['O', 'O', 'O', 'O'],
    ]);
    expect(tags[1][2]).toBe('B-PER');
  });

  it('makes an acronym of a found organisation an organisation', () => {
    const doc = [
      ['Die', 'Deutsche', 'Forschungsgemeinschaft', 'fördert', 'es', '.'],
      ['Die', 'DF', 'zahlt', '.'],
    ];
    const tags = resolveDocument(doc, [
      ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'],
      ['O', 'O', 'O', 'O'],
    ]);
    expect(tags[1][1]).toBe('B-ORG');
  });
});

describe('findEntities', () => {
  it('groups a German person’s full name and surname and ranks by salience', () => {
    const p = prepared('de', 'Weber übernimmt die Leitung', [
      'Die Unternehmerin Katharina Weber übernimmt ab Juli die Leitung der Stadtwerke.',
      'Weber sagte, sie wolle zuerst mit den Beschäftigten sprechen.',
      'Auch der Bürgermeister Thomas Brandt begrüßte die Entscheidung.',
      'Nach Angaben von Weber sollen keine Stellen wegfallen.',
    ]);
    const { people } = findEntities(p);
    expect(people[0].name).toBe('Katharina Weber');
    expect(people[0].mentions).toBeGreaterThanOrEqual(2);
    expect(people[0].firstIndex).toBe(0);
    expect(people.map((e) => e.name)).toContain('Thomas Brandt');
  });

  it('finds English people and organisations and merges an acronym with its full name', () => {
    const p = prepared('en', 'Regulators look at cloud deal', [
      'The Federal Trade Commission opened an inquiry into the deal on Tuesday.',
      'Microsoft president Brad Smith said the company would cooperate with the FTC.',
      'Shares of Microsoft rose two percent.',
    ]);
    const { people, organizations } = findEntities(p);
    expect(people.map((e) => e.name)).toContain('Brad Smith');
    const orgNames = organizations.map((e) => e.name);
    expect(orgNames.some((n) => n.startsWith('Federal Trade Commission'))).toBe(true);
    expect(orgNames.filter((n) => n === 'FTC')).toEqual([]);
  });

  it('leaves out photo credits, bylines and sentences that are not prose', () => {
    const p = prepared(
      'de',
      'Neue Brücke eröffnet',
      [
        'Von Petra Sommerfeld',
        'Die neue Brücke wurde am Samstag eröffnet. Foto: Lukas Hartmann',
        'Bild: Jonas Kellermann',
      ],
      [false, true, false],
    );
    const { people } = findEntities(p);
    const found = people.map((e) => e.name).join(' ');
    expect(found).not.toMatch(/Sommerfeld|Hartmann|Kellermann/);
  });
});

describe('context rules for organisations and people', () => {
  const tag = (sentence: string, lang = 'de') => {
    const tokens = tokenize(sentence).map((t) => t.text);
    return { tokens, tags: tagTokens(tokens, lang) };
  };

  it('takes the name after a classifying noun as an organisation, without the noun', () => {
    const { tokens, tags } = tag('Der Konkurrent Vantrox meldete am Dienstag höhere Gewinne.');
    expect(names(tokens, tags, 'ORG')).toEqual(['Vantrox']);
    expect(names(tokens, tags, 'PER')).toEqual([]);
  });

  it('keeps an institution’s field and a federal compound in its name', () => {
    const a = tag('Das Bundesamt für Verkehrssicherheit und Straßenbau prüft den Antrag.');
    expect(names(a.tokens, a.tags, 'ORG')).toEqual([
      'Bundesamt für Verkehrssicherheit und Straßenbau',
    ]);
    const b = tag('Im Bayerischen Staatsministerium wurde lange beraten.');
    expect(names(b.tokens, b.tags, 'ORG')).toEqual(['Bayerischen Staatsministerium']);
  });

  it('gives a short form in parentheses the type of the name before it', () => {
    const { tokens, tags } = tag('Die Gewerkschaft Metallbund ( GMB ) kündigte Streiks an.');
    expect(names(tokens, tags, 'ORG')).toEqual(['Metallbund', 'GMB']);
  });

  it.each([
    ['Für Rücksendungen ist Brixley’s zuständig', 3, 'de', 'ORG'],
    ["Am Montag eröffnet Tamsin's in der Altstadt", 3, 'de', 'ORG'],
    ['Zuständig ist Brixley’s .', 2, 'de', 'ORG'],
    ['Sie kritisierte Brixley’s Politik scharf', 2, 'de', 'PER'],
    ['Returns are handled by Brixley’s now', 4, 'en', 'PER'],
  ])(
    'an English possessive that possesses nothing names a brand: %s',
    (sentence, at, lang, type) => {
      const tokens = sentence.split(' ');
      const tags = tokens.map((_, i) => (i === at ? 'B-PER' : 'O')) as EntityTag[];
      const out = applyOrgContext(tokens, tags, lang);
      expect(names(tokens, out, type as 'PER' | 'ORG')).toEqual([tokens[at]]);
    },
  );

  it('carries a person’s type over to a name coordinated with it after a role noun', () => {
    const { tokens, tags } = tag(
      'Die Pastorinnen Anna Schulte und Marlowe Quennell luden zum Gespräch ein.',
    );
    expect(names(tokens, tags, 'PER')).toEqual(['Anna Schulte', 'Marlowe Quennell']);
  });
});

describe('voteTypes', () => {
  it('gives a name one type per article, the one with more mentions', () => {
    const doc = [
      ['Vantrox', 'baut', 'ein', 'Werk', '.'],
      ['Die', 'Firma', 'Vantrox', 'wächst', '.'],
      ['Laut', 'Vantrox', 'sind', 'es', '200', 'Stellen', '.'],
      ['Vantrox-Aktien', 'und', 'Vantrox', 'Logistics', 'legten', 'zu', '.'],
    ];
    const raw = [
      ['B-PER', 'O', 'O', 'O', 'O'],
      ['O', 'O', 'B-ORG', 'O', 'O'],
      ['O', 'B-PER', 'O', 'O', 'O', 'O', 'O'],
      ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'],
    ] as never;
    const tags = voteTypes(doc, raw);
    expect([tags[0][0], tags[1][2], tags[2][1]]).toEqual(['B-PER', 'B-ORG', 'B-PER']);
    // Two person mentions against one organisation and one name it opens: a tie keeps each.
    const more = voteTypes([...doc, ['Vantrox', 'investiert', '.']], [
      ...raw,
      ['B-ORG', 'O', 'O'],
    ] as never);
    expect(more[0][0]).toBe('B-ORG');
    expect(more[2][1]).toBe('B-ORG');
  });
});

describe('weights file', () => {
  it('decodes what it encodes, in the compacted form the evaluation scores', () => {
    const model = {
      emission: new Map<string, ArrayLike<number>>([
        ['-1:lexc=given', [0.04, 1.26, -0.5, 0, 0, 0, 0, 0, 0]],
        ['-1:lexc=given+org', [0.01, -0.02, 0, 0, 0, 0, 0, 0.03, 0]],
        ['word=vantrox', [-2.5, 0, 0, 3.14, 0, 0, 0, 0, 0]],
      ]),
      transition: Array.from({ length: 90 }, (_, i) => (i % 7) - 3.04),
    };
    const decoded = decodeWeights(encodeWeights(model));
    const compact = compactModel(model);
    expect([...decoded.emission.keys()]).toEqual([...compact.emission.keys()]);
    expect(decoded.emission.has('-1:lexc=given+org')).toBe(false);
    for (const [f, ws] of compact.emission)
      expect(Array.from(decoded.emission.get(f)!)).toEqual(Array.from(ws));
    expect(Array.from(decoded.transition)).toEqual(Array.from(compact.transition));
  });
});

describe('speed', () => {
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };

  it('tags a 2,000-word German article in at most 50 ms CPU (median after warm-up)', () => {
    const article = generatedGermanArticle(2000);
    // Warm-up: builds the lexicon tables, the name-likeness models and the per-word caches.
    for (let i = 0; i < 3; i++) findEntities(article);
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = cpuMs();
      findEntities(article);
      times.push(cpuMs() - start);
    }
    times.sort((a, b) => a - b);
    // CPU time, not wall time, and the median: the machine is shared. The budget is five
    // times issue 8's 10 ms target for the whole analysis, so only a real regression fails.
    expect(times[Math.floor(times.length / 2)]).toBeLessThanOrEqual(50);
  });

  it("finds the generated article's people and organisations", () => {
    const { people, organizations } = findEntities(generatedGermanArticle(2000));
    expect(people.length).toBeGreaterThan(3);
    expect(organizations.map((o) => o.name)).toContain('Vantrox GmbH');
    expect(organizations.map((o) => o.name)).not.toContain('Unternehmens');
  });
});

describe('compiled model', () => {
  it('scores every token exactly as the string features the trainer learns from', () => {
    const model = decodeWeights(unpackText(WEIGHTS));
    const compiled = compileEncoded(unpackText(WEIGHTS));
    const sentences: [string, string][] = [
      [
        'Die Vorstandschefin Katharina Weber von der Vantrox GmbH sagte am Dienstag , Ursula von der Leyen habe zugesagt .',
        'de',
      ],
      ['„ Nein “ , erklärte Bundeskanzlerin Angela Merkel in Berlin .', 'de'],
      ['Microsoft president Brad Smith said the FTC would look at the deal .', 'en'],
    ];
    for (const [sentence, lang] of sentences) {
      const tokens = sentence.split(' ');
      const fast = emissionScores(compiled, tokens, lang);
      sentenceFeatures(tokens, lang).forEach((feats, i) => {
        const slow = new Array(9).fill(0);
        for (const f of feats) {
          const ws = model.emission.get(f);
          if (ws) for (let k = 0; k < 9; k++) slow[k] += Math.round(ws[k] * SCALE);
        }
        expect(Array.from(fast.subarray(i * 9, i * 9 + 9))).toEqual(slow);
      });
    }
  });
});

describe('spans that name no one (not-names.ts)', () => {
  const run = (sentence: string, tags: string[], lang = 'de') => {
    const tokens = sentence.split(' ');
    const out = withoutNonNames(tokens, tags as never, lang);
    return { PER: names(tokens, out, 'PER'), ORG: names(tokens, out, 'ORG') };
  };

  it.each([
    [
      'an amount’s currency',
      'fünf Milliarden US-Dollar Investment in die Region',
      ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'],
      { PER: [], ORG: [] },
    ],
    [
      'a currency after digits',
      'rund 300 Euro Bonus',
      ['O', 'O', 'B-ORG', 'I-ORG'],
      { PER: [], ORG: [] },
    ],
    [
      'a place, not a person',
      'südlich von Fort Meade',
      ['O', 'O', 'B-PER', 'I-PER'],
      { PER: [], ORG: [] },
    ],
    [
      'a possessor and what it owns',
      'bei Zalandos Größe Zeit für Neues',
      ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'],
      { PER: [], ORG: ['Zalandos'] },
    ],
  ])('drops %s', (_, sentence, tags, expected) => {
    expect(run(sentence, tags)).toEqual(expected);
  });

  it.each([
    [
      'a currency word not after a number',
      'Euro Disney meldet Gewinne',
      ['B-ORG', 'I-ORG', 'O', 'O'],
      { PER: [], ORG: ['Euro Disney'] },
    ],
    [
      'a given name ending in -s',
      'bediente Lars Müller den Stürmer',
      ['O', 'B-PER', 'I-PER', 'O', 'O'],
      { PER: ['Lars Müller'], ORG: [] },
    ],
    [
      'a person’s name after a genitive-looking word',
      'sagte Kádárs Werke',
      ['O', 'B-PER', 'I-PER'],
      { PER: ['Kádárs Werke'], ORG: [] },
    ],
    [
      'a classifying noun after a genitive-looking name',
      'Auflage , Franzis Verlag , München',
      ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O'],
      { PER: [], ORG: ['Franzis Verlag'] },
    ],
    [
      'an adjective, not a genitive',
      'im Deutsches Museum',
      ['O', 'B-ORG', 'I-ORG'],
      { PER: [], ORG: ['Deutsches Museum'] },
    ],
    [
      'a port in an English company name',
      'Port Authority Trans-Hudson',
      ['B-ORG', 'I-ORG', 'I-ORG'],
      { PER: [], ORG: ['Port Authority Trans-Hudson'] },
    ],
  ])('keeps %s', (_, sentence, tags, expected) => {
    expect(run(sentence, tags)).toEqual(expected);
  });
});

describe('German nouns the dictionary split files as names', () => {
  it.each([
    ['Unternehmens', true],
    ['Kamera', true],
    ['Sicherheitskameras', true],
    ['Merkel', false],
    ['Berlin', false],
    ['Amazon', false],
  ])('%s heads many compounds: %s', (word, expected) => {
    expect(wordFacts(word).deHeadNoun).toBe(expected);
  });

  it('does not take a lone such noun for an organisation', () => {
    const tokens = tokenize(
      'Die Aufsicht verlangt eine Prüfung des Unternehmens durch den Senat.',
    ).map((t) => t.text);
    expect(names(tokens, tagTokens(tokens, 'de'), 'ORG')).toEqual([]);
  });

  it('joins an initial after a classifying noun with the name the tagger found after it', () => {
    const tokens = tokenize(
      'Das Geld verwaltet die Investmentfirma T. Rowe Price aus Baltimore.',
    ).map((t) => t.text);
    const tags = tagTokens(tokens, 'de');
    expect(names(tokens, tags, 'ORG')).toContain('T. Rowe Price');
    expect(names(tokens, tags, 'PER')).toEqual([]);
  });
});
