// Runs the npm peer `lexrank` in a worker thread of its own. lexrank loads Sugar.js, which
// rewrites Array.prototype methods for its whole realm; in the eval's main thread that would
// change how Kontext's own code runs. Requests arrive on the parent port; answers go back on a
// message port, with a shared flag that the main thread waits on (see lexrank-peer.ts).
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

// lexrank is a CommonJS package without an ESM entry.
const lexrank = createRequire(import.meta.url)('lexrank');

const { port, flag } = workerData;
const signal = new Int32Array(flag);

parentPort.on('message', ({ text, lines }) => {
  let answer;
  try {
    let out = null;
    // lexrank calls back synchronously.
    lexrank.summarize(text, lines, (err, top) => {
      if (err) throw err instanceof Error ? err : new Error(String(err));
      out = top.map((t) => t.text);
    });
    answer = out ? { sentences: out } : { error: 'lexrank returned no summary' };
  } catch (err) {
    answer = { error: String(err && err.message ? err.message : err) };
  }
  port.postMessage(answer);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
