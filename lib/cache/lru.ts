/**
 * A bounded least-recently-used cache as plain data, so the background can keep it in session
 * storage across service-worker restarts (MV3 stops idle workers). Pure functions: each returns
 * a new state.
 */
export interface LruState<V> {
  /** Keys from least to most recently used. */
  order: string[];
  entries: Record<string, V>;
}

export const emptyLru = <V>(): LruState<V> => ({ order: [], entries: {} });

export function lruGet<V>(state: LruState<V>, key: string): { value: V | undefined; state: LruState<V> } {
  if (!(key in state.entries)) return { value: undefined, state };
  return { value: state.entries[key], state: { ...state, order: [...state.order.filter((k) => k !== key), key] } };
}

export function lruSet<V>(state: LruState<V>, key: string, value: V, capacity: number): LruState<V> {
  const order = [...state.order.filter((k) => k !== key), key];
  const entries = { ...state.entries, [key]: value };
  while (order.length > capacity) delete entries[order.shift()!];
  return { order, entries };
}

/** A valid state from whatever storage held, so a corrupt cache is simply empty. */
export function lruFrom<V>(stored: unknown): LruState<V> {
  const s = stored as LruState<V> | undefined;
  if (!s || !Array.isArray(s.order) || typeof s.entries !== 'object' || s.entries === null) return emptyLru();
  const order = s.order.filter((k) => typeof k === 'string' && k in s.entries);
  return { order, entries: Object.fromEntries(order.map((k) => [k, s.entries[k]])) };
}
