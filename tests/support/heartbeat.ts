/**
 * A 20 ms timer for a page under test that records the largest gap between its ticks: how long
 * the page's main thread was held up (used by the 10 MB page tests in Chromium and Firefox).
 * The result is `window.__kontextHeartbeat = { maxGapMs, ticks, loadedAt, last }`.
 */
export function heartbeatScript({ resetAtLoad = false } = {}): string {
  return `(() => {
  const beat = { last: performance.now(), maxGapMs: 0, ticks: 0, loadedAt: 0 };
  window.__kontextHeartbeat = beat;
  ${resetAtLoad ? "addEventListener('load', () => { beat.maxGapMs = 0; beat.loadedAt = performance.now(); });" : ''}
  setInterval(() => {
    const now = performance.now();
    beat.maxGapMs = Math.max(beat.maxGapMs, now - beat.last);
    beat.last = now;
    beat.ticks++;
  }, 20);
})()`;
}
