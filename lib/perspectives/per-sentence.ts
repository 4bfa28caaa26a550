/**
 * Values of a sentence that every lens needs (its stems, its key facts) are computed once per
 * prepared text and shared: six lenses asked the fact patterns about the same sentence up to six
 * times, which made the facts the largest cost of the perspectives (CPU profile of
 * `answerPerspectives` on a 2,000-word English article, docs/performance.md).
 */
import type { PreparedText } from '../text/prepared';

/** `compute(p, i)`, remembered per prepared text and sentence; filled lazily. */
export function perSentence<T>(
  compute: (p: PreparedText, i: number) => T,
): (p: PreparedText, i: number) => T {
  const memo = new WeakMap<PreparedText, (T | undefined)[]>();
  return (p, i) => {
    let values = memo.get(p);
    if (!values) memo.set(p, (values = new Array<T | undefined>(p.sentences.length)));
    let v = values[i];
    if (v === undefined) values[i] = v = compute(p, i);
    return v;
  };
}
