/**
 * Small statistics and table helpers shared by `npm run bench` and `npm run check:budgets`.
 * Medians and percentiles, not means: on a shared machine a few runs are delayed by other
 * processes, and the median is robust to those outliers while the mean is not.
 */

export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/**
 * The p-th percentile by linear interpolation between closest ranks (the "R-7" definition,
 * the default of R, NumPy and Excel's PERCENTILE.INC), so small samples give stable values.
 */
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = ((s.length - 1) * p) / 100;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

export function max(xs: readonly number[]): number {
  return xs.length ? Math.max(...xs) : Number.NaN;
}

export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** Printed under the table: what was measured and how. */
  note?: string;
}

/** A Markdown table (first column left-aligned, the rest right-aligned), ready for docs/performance.md. */
export function formatTable(t: Table): string {
  const cells = [t.columns, ...t.rows.map((r) => r.map(String))];
  const widths = t.columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    '| ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  const sep = '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|';
  const out = [`### ${t.title}`, '', line(cells[0]), sep, ...cells.slice(1).map(line)];
  if (t.note) out.push('', t.note);
  return out.join('\n');
}

/** Milliseconds with precision that suits their size: 0.42, 4.2, 42, 420. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (x < 1) return x.toFixed(2);
  if (x < 10) return x.toFixed(1);
  return x.toFixed(0);
}

/** Bytes as kB or MB with 1 kB = 1000 bytes (SI), the stricter reading of every budget. */
export function bytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} MB`;
  return `${(n / 1e3).toFixed(1)} kB`;
}
