import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../lib/extract/blocks';
import { collectBlocks } from '../../lib/extract/blocks';
import { boilerplateReason, filterBlocks, pruneContainers } from '../../lib/extract/boilerplate';
import type { BlockKind } from '../../lib/types';

const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;

function block(
  text: string,
  kind: BlockKind = 'p',
  linkChars = 0,
  externalLinkChars = 0,
  tag = kind === 'h' ? 'h2' : 'p',
): Block {
  return { text, kind, linkChars, externalLinkChars, el: doc.createElement(tag) };
}

describe('boilerplateReason', () => {
  it.each([
    ['+++ Strompreise: Was Haushalte jetzt wissen müssen +++', 'ticker-link'],
    ['Foto: Jens Ebert / Stadtblatt', 'photo-credit'],
    ['Der Minister auf dem Weg ins Kabinett. Foto: picture alliance / dpa', 'photo-credit'],
    ['Wir verwenden Cookies, um die Nutzung unserer Website zu analysieren.', 'cookie'],
    ['Get our weekly newsletter. Sign up with your email address.', 'newsletter'],
    ['- Anzeige -', 'subscribe'],
    ['Weitere Artikel', 'elsewhere-title'],
    ['Leave a reply', 'elsewhere-title'],
    ['Externer Inhalt', 'consent'],
    ['Von Mara Feldmann', 'byline'],
    ['Aktualisiert am 04.05.2023, 09:30 Uhr', 'date-line'],
    ['04.05.2023', 'date-only'],
    ['(Image credit: Blue Origin)', 'photo-credit'],
    ['Image 1 of 5', 'gallery-counter'],
    ['Bild 3 von 12', 'gallery-counter'],
    ['Jane Roe/City Herald/Getty Images', 'photo-credit'],
    ['Published November 20th, 2023 - 07:50 GMT', 'date-line'],
    [
      'The lander in the assembly hall after its engines were fitted. (credit: NASA/Jane Roe)',
      'photo-credit',
    ],
  ])('drops %j', (text, reason) => {
    expect(boilerplateReason(block(text))).toBe(reason);
  });

  it.each([
    'Der Prozess wird am Montag fortgesetzt. (dpa)',
    'Von Anfang an war klar, dass die Stadt das Geld nicht hat.',
    'By the end of the year, the line will run every hour.',
    'Am 4. Mai 2023 stimmte der Gemeinderat der Satzung mit großer Mehrheit zu.',
    'Mehr als die Hälfte der Befragten gab an, das Angebot zu nutzen.',
    'Image 1 of 5 shows the lander on the launch pad.',
    '(Der Bildband erscheint im Mai.)',
    'The hotline now runs 24/7, according to Reuters.',
    'The agency kept its own records (photos: 12, letters: 40) for years.',
    'More than 200 stories were filed that week.',
  ])('keeps %j', (text) => {
    expect(boilerplateReason(block(text))).toBeNull();
  });

  it('drops a short paragraph that only links to the same site, keeps one that links a source', () => {
    expect(boilerplateReason(block('Förderung für Wärmepumpen läuft aus', 'p', 35, 0))).toBe(
      'link-block',
    );
    expect(boilerplateReason(block('https://www.openpetition.de', 'p', 27, 27))).toBeNull();
  });
});

describe('filterBlocks', () => {
  const prose = (n: number) =>
    block(`Absatz ${n}: ${'Ein ganz gewöhnlicher Satz über die Sache. '.repeat(4)}`);

  it('drops the section under a title that points elsewhere, up to the next heading', () => {
    const blocks = [
      prose(1),
      prose(2),
      prose(3),
      block('Weitere Artikel', 'h'),
      block('Windpark genehmigt'),
      block('Neues Baugebiet'),
    ];
    expect(filterBlocks(blocks).map((b) => b.text)).toEqual([
      prose(1).text,
      prose(2).text,
      prose(3).text,
    ]);
  });

  it('drops a heading whose section was all boilerplate', () => {
    const blocks = [
      prose(1),
      block('Newsletter', 'h'),
      block('Jetzt abonnieren'),
      block('Zweiter Teil', 'h'),
      prose(2),
    ];
    expect(filterBlocks(blocks).map((b) => b.text)).toEqual([
      prose(1).text,
      'Zweiter Teil',
      prose(2).text,
    ]);
  });

  // A widget's template text repeats and is a small part of the page; a meal plan's dishes
  // repeat too, but they are most of the page.
  const template = 'Leider hat die Maschine für diese Frage keine Antwort gefunden.';
  it('drops a short paragraph repeated three times when its copies are a small part of the text', () => {
    const blocks = [
      prose(1),
      prose(2),
      prose(3),
      prose(4),
      prose(5),
      prose(6),
      block(template),
      block(template),
      block(template),
    ];
    expect(filterBlocks(blocks).map((b) => b.text)).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => prose(n).text),
    );
  });

  it('keeps repeated paragraphs that make a quarter of the text or more (a menu for every day)', () => {
    const dish = 'Spargel mit zwei pochierten Eiern und einer halben Tasse Süßkartoffeln';
    const blocks = [
      prose(1),
      block('Montag', 'h'),
      block(dish),
      block('Dienstag', 'h'),
      block(dish),
      block('Mittwoch', 'h'),
      block(dish),
    ];
    expect(filterBlocks(blocks).map((b) => b.text)).toEqual(blocks.map((b) => b.text));
  });
});

describe('collectBlocks', () => {
  it('splits inline runs around block elements and tells kinds apart', () => {
    const root = doc.createElement('div');
    root.innerHTML =
      'Vorspann <b>fett</b><h3>Titel</h3><p>Text mit <a href="https://example.org/x">Link</a>.</p>' +
      '<ul><li>Eins</li><li>Zwei</li></ul><blockquote><p>Zitat</p></blockquote><figure><figcaption>Foto: X</figcaption></figure>';
    const blocks = collectBlocks(root, 'https://example.org/a');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['p', 'Vorspann fett'],
      ['h', 'Titel'],
      ['p', 'Text mit Link.'],
      ['li', 'Eins'],
      ['li', 'Zwei'],
      ['quote', 'Zitat'],
    ]);
    expect(blocks[2].linkChars).toBe(4);
    expect(blocks[2].externalLinkChars).toBe(0);
  });
});

describe('pruneContainers', () => {
  const story = (n: number) =>
    `<p>Absatz ${n}: ${'Der Gemeinderat hat am Dienstag lange über den Haushalt beraten. '.repeat(3)}</p>`;
  const card = (href: string, title: string) =>
    `<article><h2><a href="${href}">${title}</a></h2><p>Eine kurze Beschreibung der anderen Geschichte, die dort weitergeht.</p></article>`;

  it.each([
    ['on this site', '/andere/geschichte'],
    ['on another site (an aggregator)', 'https://other.example/story?utm_source=feed'],
  ])('removes an embedded <article> whose heading links to another story %s', (_, href) => {
    const root = doc.createElement('div');
    root.innerHTML = `${story(1)}${story(2)}${story(3)}${card(href, 'Die andere Geschichte')}`;
    pruneContainers(root, 'https://news.example/haushalt');
    expect(root.textContent).not.toContain('andere Geschichte');
    expect(root.textContent).toContain('Absatz 3');
  });

  it('keeps embedded articles that are most of the text (a listing)', () => {
    const root = doc.createElement('div');
    root.innerHTML = ['a', 'b', 'c', 'd']
      .map((x) => card(`https://other.example/${x}`, `Geschichte ${x}`))
      .join('');
    pruneContainers(root, 'https://news.example/liste');
    expect(root.getElementsByTagName('article')).toHaveLength(4);
  });
});

describe('pruneContainers: captions in camelCase, hover cards', () => {
  const story = (n: number) =>
    `<p>Absatz ${n}: ${'Der Gemeinderat hat am Dienstag lange über den Haushalt beraten. '.repeat(3)}</p>`;

  it.each(['newsCaption', 'InlineImage-imageEmbedCaption', 'photoCredit'])(
    'removes a box whose class ends in a camelCase caption or credit (%s)',
    (cls) => {
      const root = doc.createElement('div');
      root.innerHTML = `${story(1)}<div class="${cls}">Demonstranten vor dem Rathaus</div>${story(2)}`;
      pruneContainers(root, 'https://news.example/haushalt');
      expect(root.textContent).not.toContain('Demonstranten');
      expect(root.textContent).toContain('Absatz 2');
    },
  );

  it.each(['imageCaptionless', 'titleNoCredit', 'figureWithCaption', 'hasCaption'])(
    'keeps a class that only mentions a caption or credit (%s)',
    (cls) => {
      const root = doc.createElement('div');
      root.innerHTML = `${story(1)}<div class="${cls}">Der Rat tagt wieder im Mai.</div>`;
      pruneContainers(root, 'https://news.example/haushalt');
      expect(root.textContent).toContain('Der Rat tagt');
    },
  );

  it("removes a hover card (picture and links) inside a sentence, keeps the name's link", () => {
    const root = doc.createElement('div');
    root.innerHTML = `<p>Die Anklage betrifft die Abgeordnete <span><a href="/people/jane-roe">Jane Roe</a><span class="card"><span><img src="roe.jpg"><a href="/people/jane-roe">Jane Roe</a><a href="/news/1">Haushalt beschlossen</a> <a href="/news/2">Neue Brücke geplant</a> <a href="/people/jane-roe">MORE</a></span></span></span> aus Minnesota, teilte das Gericht mit.</p>${story(1)}`;
    pruneContainers(root, 'https://news.example/anklage');
    const text = root.textContent ?? '';
    expect(text).not.toContain('Haushalt beschlossen');
    expect(text).not.toContain('MORE');
    expect(text).toContain('Abgeordnete Jane Roe aus Minnesota');
  });

  it('keeps a span of a sentence with a picture and links among its own words', () => {
    const root = doc.createElement('div');
    root.innerHTML = `<p><span>Laut <a href="/a">Bericht</a> <img src="x.png"> und <a href="/b">Protokoll</a> stieg die Zahl der Anträge im Jahr deutlich an.</span></p>`;
    pruneContainers(root, 'https://news.example/antrag');
    expect(root.textContent).toContain('stieg die Zahl');
  });
});

describe('pruneContainers by ARIA role', () => {
  const story = (n: number) =>
    `<p>Absatz ${n}: ${'Der Gemeinderat hat am Dienstag lange über den Haushalt beraten. '.repeat(3)}</p>`;

  it.each(['menu', 'menubar', 'navigation', 'dialog'])(
    'removes a short element with role="%s"',
    (role) => {
      const root = doc.createElement('div');
      root.innerHTML = `<ul role="${role}"><li><a href="/anmelden">Anmelden</a></li><li><a href="/werben">Werben mit uns</a></li></ul>${story(1)}${story(2)}`;
      pruneContainers(root, 'https://news.example/haushalt');
      expect(root.textContent).not.toContain('Werben mit uns');
      expect(root.textContent).toContain('Absatz 2');
    },
  );

  it('keeps prose inside such an element', () => {
    const root = doc.createElement('div');
    // A paragraph of over 400 characters is prose wherever it stands.
    const long = `<p>${'Der Rat hat den Haushalt nach langer Debatte mit knapper Mehrheit beschlossen. '.repeat(6)}</p>`;
    root.innerHTML = `<div role="dialog">${long}</div>${story(2)}${story(3)}`;
    pruneContainers(root, 'https://news.example/haushalt');
    expect(root.textContent).toContain('knapper Mehrheit');
  });
});

describe('filterBlocks and the page address', () => {
  it('drops a block that is only the page address', () => {
    const url = 'https://news.example/politik/haushalt-beschlossen-12345.html';
    const prose = block(
      `Absatz: ${'Der Gemeinderat hat am Dienstag lange über den Haushalt beraten. '.repeat(3)}`,
    );
    expect(
      filterBlocks([block(url), prose], ['Haushalt beschlossen', url]).map((b) => b.text),
    ).toEqual([prose.text]);
  });
});
