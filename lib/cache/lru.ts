/**
 * The order of a bounded least-recently-used cache, as plain data. The background keeps each
 * cached value under a storage key of its own and only this small list of keys in one item, so a
 * lookup reads one value instead of the whole cache (with 5 seed-page analyses cached, reading
 * and writing the whole cache as one item took 17 ms each way in Chromium; one entry, 1.5–3 ms).
 * Pure functions: each returns a new order.
 */

/** `key` becomes the most recently used; keys beyond `capacity` fall out, least recent first. */
export function touch(
  order: readonly string[],
  key: string,
  capacity: number,
): { order: string[]; evicted: string[] } {
  const next = [...order.filter((k) => k !== key), key];
  const evicted = next.length > capacity ? next.splice(0, next.length - capacity) : [];
  return { order: next, evicted };
}

/** A valid order from whatever storage held: corrupt data is an empty cache, duplicates count once. */
export function orderFrom(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return [...new Set(stored.filter((k): k is string => typeof k === 'string'))];
}
