import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/**
 * A synchronous call into lexrank, which lives in a worker thread (lexrank-worker.mjs explains
 * why). The main thread blocks on a shared flag until the worker answers, so the eval loop can
 * stay synchronous and time each call.
 */
let worker: { worker: Worker; port: MessagePort; signal: Int32Array } | null = null;

function start() {
  const { port1, port2 } = new MessageChannel();
  const flag = new SharedArrayBuffer(4);
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lexrank-worker.mjs');
  const w = new Worker(file, { workerData: { port: port2, flag }, transferList: [port2] });
  w.unref();
  worker = { worker: w, port: port1, signal: new Int32Array(flag) };
  return worker;
}

export function lexrankSummarize(text: string, lines: number): string[] {
  const { worker: w, port, signal } = worker ?? start();
  Atomics.store(signal, 0, 0);
  w.postMessage({ text, lines });
  if (Atomics.wait(signal, 0, 0, 120_000) === 'timed-out') throw new Error('lexrank did not answer');
  const answer = receiveMessageOnPort(port)?.message as { sentences?: string[]; error?: string } | undefined;
  if (!answer?.sentences) throw new Error(answer?.error ?? 'lexrank returned nothing');
  return answer.sentences;
}
