import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { extractArticle, type ExtractionResult } from '../../lib/extract';

// Issue 15 point 1: whatever a page holds (broken CSS, broken markup, odd nesting, stray
// characters), extraction gives an article or a clear refusal, never an exception.

const FIXTURES = path.resolve(__dirname, '../fixtures');

function assertShape(r: ExtractionResult): void {
  if (r.ok) {
    expect(Array.isArray(r.article.paragraphs)).toBe(true);
    for (const p of r.article.paragraphs) {
      expect(typeof p).toBe('string');
      expect(p.trim()).toBe(p);
      expect(p.length).toBeGreaterThan(0);
    }
    expect(r.article.kinds?.length).toBe(r.article.paragraphs.length);
    expect(typeof r.article.title).toBe('string');
  } else {
    expect(['not-article', 'empty']).toContain(r.reason);
    expect(typeof r.title).toBe('string');
    expect(Array.isArray(r.fallbackParagraphs)).toBe(true);
  }
}

/**
 * Parses and extracts with and without force; any exception fails the property, and so does an
 * exception extraction caught and went around (`onError`): on these pages nothing should fail.
 */
function extractBoth(html: string, url = 'https://example.org/news/a'): void {
  const doc = parseHtml(html, url);
  const errors: string[] = [];
  const onError = (stage: string, err: unknown) => errors.push(`${stage}: ${String(err)}`);
  assertShape(extractArticle(doc, { url, onError }));
  assertShape(extractArticle(doc, { url, force: true, onError }));
  expect(errors).toEqual([]);
}

const CSS = fc.constantFrom(
  '.a{width:calc((100% - 10px)/3}',
  '.b{width:calc(}',
  '.c{width:clamp(1rem, calc(1rem + 2vw, 3rem)}',
  '@media (min-width:calc(100px + 2em)){.d{color:red}}',
  '.e{background:url(x.png}',
  'a[href=x{color:red}',
  ':root{--x:calc(1px+}',
  '@import url("x.css"',
  '.f::after{content:"\\',
  '@supports (display:grid{.g{display:grid}}',
  '.h{grid-template-columns:repeat(auto-fill,minmax(calc(20% - 1rem),1fr)}',
);

const word = fc.oneof(
  fc.constantFrom(
    'Stadt',
    'Rat',
    'the',
    'council',
    'Newsletter',
    'Teilen',
    'Foto:',
    'mehr',
    '©',
    'KI',
    'AI',
    '+++',
    'Lesen Sie auch',
  ),
  fc.stringMatching(/^[\p{L}]{1,10}$/u),
  fc.string({ maxLength: 8 }),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 20 }).map((ws) => ws.join(' ') + '.');
const text = fc.array(sentence, { minLength: 0, maxLength: 5 }).map((ss) => ss.join(' '));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const TAGS = [
  'p',
  'div',
  'section',
  'article',
  'aside',
  'nav',
  'header',
  'footer',
  'main',
  'figure',
  'figcaption',
  'ul',
  'li',
  'h1',
  'h2',
  'h3',
  'a',
  'span',
  'table',
  'td',
  'form',
  'details',
  'summary',
  'blockquote',
  'br',
  'hr',
  'img',
  'svg',
  'template',
  'noscript',
  'iframe',
  'script',
  'style',
  'button',
];
const ATTRS = fc.constantFrom(
  '',
  ' class="teaser"',
  ' class="newsletter-box"',
  ' class="related"',
  ' class="ai-summary"',
  ' class="share"',
  ' class="article-body"',
  ' id="content"',
  ' itemprop="articleBody"',
  ' itemprop="description"',
  ' role="complementary"',
  ' role="navigation"',
  ' hidden',
  ' aria-hidden="true"',
  ' style="display:none"',
  ' style="width:calc((1px"',
  ' href="/a"',
  ' href="https://other.example/x"',
  ' href="javascript:void(0)"',
  ' data-x="<p>"',
);

interface TreeNode {
  tag: string;
  attrs: string;
  text: string;
  children: readonly TreeNode[];
}
const { tree } = fc.letrec<{ tree: TreeNode }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: ATTRS,
    text: text,
    children: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant<readonly TreeNode[]>([]),
      fc.array(tie('tree'), { maxLength: 4 }),
    ),
  }),
}));

function render(n: TreeNode): string {
  if (n.tag === 'br' || n.tag === 'hr' || n.tag === 'img')
    return `<${n.tag}${n.attrs}>${esc(n.text)}`;
  return `<${n.tag}${n.attrs}>${esc(n.text)}${n.children.map(render).join('')}</${n.tag}>`;
}

const page = fc
  .record({
    lang: fc.constantFrom('de', 'en', '', 'xx'),
    title: fc.string({ maxLength: 60 }),
    meta: fc.constantFrom(
      '',
      '<meta property="og:type" content="article">',
      '<meta name="description" content="Kurz.">',
      '<script type="application/ld+json">{"@type":"NewsArticle"</script>',
      '<script type="application/ld+json">[{"@type":["NewsArticle"]}]</script>',
    ),
    css: fc.array(CSS, { maxLength: 3 }),
    body: fc.array(tree, { maxLength: 5 }),
  })
  .map(
    ({ lang, title, meta, css, body }) =>
      `<!DOCTYPE html><html lang="${lang}"><head><title>${esc(title)}</title>${meta}<style>${css.join('\n')}</style></head><body>${body
        .map(render)
        .join('')}</body></html>`,
  );

describe('extraction never throws', () => {
  it('on a <style> that jsdom cannot parse (issue 15: `")" is expected` on an unbalanced calc)', () => {
    const html = `<html><head><style>.grid{width:calc((100% - 2rem)/3}</style></head><body><article><h1>Titel</h1>${[1, 2, 3, 4, 5, 6].map((n) => `<p>Der Gemeinderat hat am Dienstag den ${n}. Teil des Haushalts beschlossen, nach einer langen Debatte über Schulen und Straßen.</p>`).join('')}</article></body></html>`;
    const doc = parseHtml(html, 'https://example.org/a');
    const r = extractArticle(doc, { url: 'https://example.org/a' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.paragraphs.join(' ')).toContain('Gemeinderat');
  });

  it('on an inline style jsdom cannot parse (a gradient background with background-clip, a WCXB page)', () => {
    const style =
      'background:linear-gradient(90deg,#4d65ff 0,#00ac8e 100%);-webkit-background-clip:text;-webkit-text-fill-color:transparent;background-clip:text;font-weight:600';
    const html = `<html><body><article><h1>Titel <span style="${style}">bunt</span></h1>${[1, 2, 3, 4, 5].map((n) => `<p>Absatz ${n}: Der Gemeinderat hat am Dienstag den Haushalt beschlossen, nach einer langen Debatte über Schulen.</p>`).join('')}</article></body></html>`;
    const doc = parseHtml(html, 'https://example.org/a');
    expect(doc.querySelector('span')!.getAttribute('style')).toBe(style);
    const r = extractArticle(doc, { url: 'https://example.org/a' });
    expect(r.ok).toBe(true);
  });

  it('on a page Readability would take minutes for (one paragraph under 3,000 nested <div>s)', () => {
    const t0 = performance.now();
    extractBoth(
      `<html><body>${'<div>'.repeat(3000)}<p>${'Ein Satz über die Stadt. '.repeat(30)}</p>${'</div>'.repeat(3000)}</body></html>`,
    );
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);

  const fiveParagraphs = [1, 2, 3, 4, 5]
    .map(
      (n) =>
        `<p>Absatz ${n}: Der Gemeinderat hat am Dienstag den Haushalt beschlossen, nach einer langen Debatte über Schulen.</p>`,
    )
    .join('');

  it('on a cut-off or mangled doctype (jsdom parses it but cannot clone it)', () => {
    for (const head of ['<!DOCTYPE', '<!DOCTYPE htm<l>', '<!DOCTYPE ">']) {
      const doc = parseHtml(
        `${head}<html><body><article><h1>Titel</h1>${fiveParagraphs}</article></body></html>`,
        'https://example.org/a',
      );
      const errors: string[] = [];
      const r = extractArticle(doc, {
        url: 'https://example.org/a',
        onError: (stage) => errors.push(stage),
      });
      expect(errors).toEqual([]);
      expect(r.ok).toBe(true);
    }
  });

  it('goes on without Readability when the page cannot be cloned, and reports the error', () => {
    const doc = parseHtml(
      `<html><body><article><h1>Titel</h1>${fiveParagraphs}</article></body></html>`,
      'https://example.org/a',
    );
    doc.cloneNode = () => {
      throw new Error('cannot clone');
    };
    const errors: string[] = [];
    const r = extractArticle(doc, {
      url: 'https://example.org/a',
      onError: (stage) => errors.push(stage),
    });
    expect(errors).toEqual(['readability']);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.paragraphs.join(' ')).toContain('Absatz 3');
  });

  it('on generated pages of any structure, broken CSS and boilerplate hints', () => {
    fc.assert(
      fc.property(page, (html) => extractBoth(html)),
      { numRuns: 250 },
    );
  }, 240_000);

  it('on random strings and random bytes as HTML', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1')),
        ),
        (html) => extractBoth(html),
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  const sources = readdirSync(FIXTURES)
    .filter(
      (d) =>
        d.startsWith('extract-') ||
        d.startsWith('article-') ||
        d === 'hostile' ||
        d === 'not-article' ||
        d === 'frames',
    )
    .map((d) => readFileSync(path.join(FIXTURES, d, 'source.html'), 'utf8'));

  it('on fixture pages mangled: cut, spliced, with tags dropped or duplicated', () => {
    const mangled = fc
      .tuple(
        fc.constantFrom(...sources),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat({ max: 400 }),
            fc.constantFrom('cut', 'dup', 'insert', 'untag'),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        fc.string({ maxLength: 30 }),
      )
      .map(([src, edits, junk]) => {
        let s = src;
        for (const [at, len, op] of edits) {
          const i = at % (s.length + 1);
          if (op === 'cut') s = s.slice(0, i) + s.slice(i + len);
          else if (op === 'dup') s = s.slice(0, i + len) + s.slice(i, i + len) + s.slice(i + len);
          else if (op === 'insert') s = s.slice(0, i) + junk + '<div><p' + s.slice(i);
          else s = s.slice(0, i) + s.slice(i).replace(/<\/?[a-z]+[^>]*>/i, '');
        }
        return s;
      });
    fc.assert(
      fc.property(mangled, (html) => extractBoth(html)),
      { numRuns: 120 },
    );
  }, 240_000);

  it('on huge attribute values and long tables', () => {
    extractBoth(
      `<html><body><article class="${'x '.repeat(20000)}"><p>${'Ein Satz. '.repeat(50)}</p></article></body></html>`,
    );
    extractBoth(
      `<html><body><table>${'<tr><td><p>Zelle mit etwas Text darin.</p></td></tr>'.repeat(2000)}</table></body></html>`,
    );
  }, 60_000);
});
