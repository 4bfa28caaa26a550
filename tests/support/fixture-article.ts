import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prepareText } from '../../lib/text/prepare';
import type { PreparedText } from '../../lib/text/prepared';

const PERSPECTIVE_FIXTURES = path.join(__dirname, '..', 'fixtures', 'perspectives');

/** A text fixture of tests/fixtures/perspectives (title line, blank line, paragraphs separated by blank lines), prepared in `lang`. */
export function fixtureArticle(name: string, lang: string): PreparedText {
  const [title, ...paragraphs] = readFileSync(path.join(PERSPECTIVE_FIXTURES, name), 'utf8')
    .trim()
    .split(/\n\s*\n/);
  return prepareText({ title, paragraphs }, lang);
}
