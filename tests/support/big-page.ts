/**
 * Generated oversized pages for the size bounds of extraction (issue 7 point 4): the unit tests,
 * the Chromium E2E test and `npm run bench -- --only extract-browser` build them on the fly, so
 * that no multi-megabyte fixture is committed. Text is made from small word lists with the
 * project's seeded PRNG: the same seed gives the same page, byte for byte.
 */
import { mulberry32 } from '../../lib/random';

export type BigPageShape = 'comments' | 'liveblog';

export interface BigPage {
  html: string;
  title: string;
  /** Every sentence of the article body, as written into the page. */
  articleSentences: string[];
  /** Every sentence of the comments (empty for a live blog). */
  commentSentences: string[];
}

const CITIES = ['Hamburg', 'Bremen', 'Kiel', 'Rostock', 'Lübeck', 'Emden', 'Wismar', 'Stralsund'];
const BODIES = ['port authority', 'city council', 'state ministry', 'harbour board', 'transport agency', 'audit office'];
const VERBS = ['approved', 'delayed', 'reviewed', 'expanded', 'funded', 'questioned'];
const THINGS = ['the tunnel', 'the ferry line', 'the rail link', 'the container terminal', 'the flood wall', 'the bridge'];
const MOODS = ['honestly', 'frankly', 'really', 'seriously', 'clearly', 'totally'];
const OPINIONS = ['overrated', 'a waste', 'great news', 'too late', 'a joke', 'long overdue'];

/** A news-style sentence: a body, a verb, a thing, a sum and a city, all varied by `rand`. */
function articleSentence(rand: () => number, i: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const millions = 5 + Math.floor(rand() * 900);
  return `The ${pick(BODIES)} in ${pick(CITIES)} ${pick(VERBS)} ${pick(THINGS)} on day ${i + 1}, at a cost of ${millions} million euros.`;
}

/** A reader's comment: first person and opinionated, in words the article never uses. */
function commentSentence(rand: () => number, i: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  return `I ${pick(MOODS)} think this is ${pick(OPINIONS)}, says reader number ${i + 1}.`;
}

/**
 * A page of about `bytes` bytes of HTML.
 * - `comments`: a 40-paragraph article followed by reader comments, each a small tree of eight
 *   elements (author link, time, text, buttons), until the page is big: many elements, and the
 *   most text under one parent is the article's.
 * - `liveblog`: one article whose paragraphs alone fill the page (more text than the analysis
 *   reads, so the end is cut).
 */
export function bigPage(shape: BigPageShape, bytes: number, seed = 7): BigPage {
  const rand = mulberry32(seed);
  const title = shape === 'comments' ? 'Harbour projects move ahead across the north' : 'Live: every harbour decision of the year';
  const articleSentences: string[] = [];
  const commentSentences: string[] = [];
  const head =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<meta name="author" content="Jana Berg"></head><body>` +
    `<nav><ul>${CITIES.map((c) => `<li><a href="/${c.toLowerCase()}">${c}</a></li>`).join('')}</ul></nav>` +
    `<main><article><h1>${title}</h1><p class="byline">By Jana Berg</p>`;
  const parts: string[] = [head];
  let size = head.length;
  const paragraph = () => {
    const sentences = Array.from({ length: 3 }, () => {
      const s = articleSentence(rand, articleSentences.length);
      articleSentences.push(s);
      return s;
    });
    return `<p>${sentences.join(' ')}</p>\n`;
  };
  const tail = '</main><footer><p>© Harbour News</p></footer></body></html>';
  if (shape === 'liveblog') {
    while (size < bytes - tail.length - 20) {
      const p = paragraph();
      parts.push(p);
      size += p.length;
    }
    parts.push('</article>');
  } else {
    for (let i = 0; i < 40; i++) {
      const p = paragraph();
      parts.push(p);
      size += p.length;
    }
    parts.push('</article><section class="comments"><h2>Comments</h2>');
    for (let i = 0; size < bytes - tail.length - 20; i++) {
      const s = commentSentence(rand, i);
      commentSentences.push(s);
      const c =
        `<div class="comment"><div class="meta"><a href="/u/${i}">reader${i}</a> <time>2 h</time></div>` +
        `<p>${s}</p><div class="actions"><button>Reply</button><button>Like</button></div></div>\n`;
      parts.push(c);
      size += c.length;
    }
    parts.push('</section>');
  }
  parts.push(tail);
  return { html: parts.join(''), title, articleSentences, commentSentences };
}
