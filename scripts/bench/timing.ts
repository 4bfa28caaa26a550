/**
 * Timing and memory primitives. Wall time (`performance.now()`) is what a user waits for; CPU
 * time (`process.cpuUsage()`, user + system of this process) is what the code costs and is far
 * less disturbed when other processes compete for the cores, so budgets use CPU time.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Sample {
  wallMs: number;
  cpuMs: number;
}

const cpuMsNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Cost of one call of `fn`, from a batch of calls that lasts at least `minBatchMs` of wall
 * time (at least one call): short calls are repeated so that the clock and `getrusage`
 * granularity (a few ms on Linux without fine-grained accounting) do not dominate.
 */
export function sampleCall(fn: () => unknown, minBatchMs: number): Sample {
  let calls = 0;
  const w0 = performance.now();
  const c0 = cpuMsNow();
  let w1 = w0;
  do {
    fn();
    calls++;
    w1 = performance.now();
  } while (w1 - w0 < minBatchMs);
  const c1 = cpuMsNow();
  return { wallMs: (w1 - w0) / calls, cpuMs: (c1 - c0) / calls };
}

let gcFn: (() => void) | null = null;

/**
 * A full garbage collection, so heap figures start from live data only. Node hides `gc()`
 * unless started with --expose-gc; V8 lets the flag be set at run time, after which a fresh
 * context sees the function (a documented V8 behaviour, used by e.g. Node's own benchmarks).
 */
export function collectGarbage(): void {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
}

export interface HeapDelta {
  /** Heap used right after the call minus before it (after a full GC): allocation not yet collected. */
  growthMb: number;
  /** Heap still used after a full GC while the result is alive: what the result keeps. */
  retainedMb: number;
}

/** Heap growth of one call. A GC during the call lowers `growthMb`, so it is a lower bound on the peak. */
export function heapDelta(fn: () => unknown): HeapDelta {
  collectGarbage();
  const h0 = process.memoryUsage().heapUsed;
  const result = fn();
  const h1 = process.memoryUsage().heapUsed;
  collectGarbage();
  const h2 = process.memoryUsage().heapUsed;
  // Keep the result reachable until the retained size has been read.
  if (result === Symbol.for('never')) console.log(result);
  return { growthMb: (h1 - h0) / 1e6, retainedMb: (h2 - h0) / 1e6 };
}
