/**
 * The generalization protocol's split (DEVELOPERS.md, "Generalization protocol"): every data set
 * is cut by a stable hash of a document's id or URL into a tuning part (about two thirds) and a
 * check part, and anything learned is cross-validated in folds of the same hash. The hash is
 * FNV-1a (lib/cache/key.ts), so the split does not depend on file order, on `--limit` or on which
 * other documents a set holds, and a document never changes part between runs or machines.
 */
import { fnv1a } from '../../lib/cache/key';

export type Part = 'tuning' | 'check';

/** One document in three, by hash, is a check document: rules are chosen on the other two. */
const CHECK_EVERY = 3;

function hashOf(id: string): number {
  return parseInt(fnv1a(id), 16);
}

/** The part a document belongs to, by its id (or its URL for pages). */
export function partOf(id: string): Part {
  return hashOf(id) % CHECK_EVERY === 0 ? 'check' : 'tuning';
}

/**
 * The cross-validation fold (0 … k−1) of a document. Derived from a second mix of the hash, so
 * folds are not aligned with the parts: every fold holds tuning and check documents alike.
 */
export function foldOf(id: string, k: number): number {
  return hashOf(`fold:${id}`) % k;
}

/** The documents of one part, in their original order. */
export function inPart<T>(items: readonly T[], idOf: (t: T) => string, part: Part): T[] {
  return items.filter((t) => partOf(idOf(t)) === part);
}
