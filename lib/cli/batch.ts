import { parseSentenceCount, parseSharePercent } from './args';
import { InputError, runOne, type RunOptions } from './run-one';

export type BatchOutput = Record<string, unknown> & { id: unknown };

/**
 * One line of a `--batch` file in, one JSON object out, carrying the same `id`. A bad line
 * gives `{"id", "error"}` and never stops the batch.
 */
export function processBatchLine(
  line: string,
  lineNumber: number,
  options: RunOptions,
): BatchOutput {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: null, line: lineNumber, error: 'the line is not valid JSON' };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { id: null, line: lineNumber, error: 'the line is not a JSON object' };
  }
  const r = record as Record<string, unknown>;
  const id = r.id ?? null;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  try {
    if (typeof r.text !== 'string' && typeof r.html !== 'string') {
      throw new InputError('the object needs a "text" or an "html" string');
    }
    let { sentences, share } = options;
    if (r.sentences !== undefined && r.share !== undefined) {
      throw new InputError('give either "sentences" or "share", not both');
    }
    if (r.sentences !== undefined) {
      const n = parseSentenceCount(r.sentences);
      if (n === null) throw new InputError('"sentences" must be a whole number from 1 to 12');
      sentences = n;
      share = null;
    }
    if (r.share !== undefined) {
      share = parseSharePercent(r.share);
      if (share === null)
        throw new InputError('"share" must be a percentage above 0 and at most 100');
    }
    const analysis = runOne(
      {
        html: str(r.html),
        text: str(r.text),
        url: str(r.url) ?? null,
        title: str(r.title),
        lang: str(r.lang),
      },
      { ...options, sentences, share },
    );
    return { id, ...analysis };
  } catch (err) {
    if (err instanceof InputError) return { id, error: err.message };
    return { id, error: `internal error: ${(err as Error).message}` };
  }
}
