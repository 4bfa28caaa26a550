import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../cli/parse-html';

/** The page that started the project (issue 2), beside the repository when ../shared is there. */
export const SEED_PAGE = path.resolve(__dirname, '../../../shared/fixtures/seed-article-de.html');
export const hasSeedPage = existsSync(SEED_PAGE);

export type Place = 'end of the article' | 'between two paragraphs' | 'before the first paragraph';

/**
 * The seed page with its N26 teaser section ("Redaktionstipps", "Deine ungelesenen Artikel"), its
 * newsletter box and its "AI" boxes moved into the article's own container by DOM operations
 * (issue 15 point 4: real sites do both). `bare` also strips every class and id from the moved
 * boxes, so that only structure can tell them apart: linked headlines, an embedded article, a
 * form asking for an e-mail address, headings that title a box, repeated template text.
 */
export function seedInContainer(place: Place, bare: boolean): string {
  const doc = parseHtml(
    readFileSync(SEED_PAGE, 'utf8'),
    'https://newsroom.example/artikel/baltimore-amazon',
  );
  const boxes = ['section.editors-picks', 'section.newsletter', 'section.ai-box'].map((s) =>
    doc.querySelector(s),
  );
  const content = doc.querySelector('.post-content');
  const article = doc.querySelector('article.post');
  if (!content || !article || boxes.some((b) => !b))
    throw new Error('the seed page changed: its boxes or article container are gone');
  const paragraphs = content.querySelectorAll(':scope > p');
  for (const box of boxes as Element[]) {
    if (bare) {
      for (const el of [box, ...Array.from(box.querySelectorAll('*'))]) {
        el.removeAttribute('class');
        el.removeAttribute('id');
      }
    }
    if (place === 'end of the article') article.appendChild(box);
    else if (place === 'between two paragraphs') content.insertBefore(box, paragraphs[4]);
    else content.insertBefore(box, content.firstChild);
  }
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}
