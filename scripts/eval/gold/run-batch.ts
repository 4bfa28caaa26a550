/**
 * The gold articles through the CLI's own batch path (`processBatchLine`, jsdom as in the CLI), so
 * the eval scores exactly what `npm run summarize -- --batch batch.jsonl` prints.
 */
import { parseHtml, releaseHtml } from '../../../cli/parse-html';
import { processBatchLine, type BatchOutput } from '../../../lib/cli/batch';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import type { GoldArticle } from './load';

export function runGoldBatch(articles: readonly GoldArticle[]): BatchOutput[] {
  return articles.map((a, i) =>
    processBatchLine(JSON.stringify(a.input), i + 1, {
      sentences: DEFAULT_SETTINGS.summarySentences,
      share: null,
      parseHtml,
      releaseHtml,
    }),
  );
}
