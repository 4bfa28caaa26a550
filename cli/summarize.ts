/**
 * Kontext's command line: the extension's pipeline in Node.
 * `npm run summarize -- <url | file.html | file.txt> [--json] [--sentences N]`
 * `npm run summarize -- --batch FILE.jsonl`
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseCliArgs, USAGE, UsageError } from '../lib/cli/args';
import { processBatchLine } from '../lib/cli/batch';
import { InputError, runOne, type Source } from '../lib/cli/run-one';
import { toMarkdown } from '../lib/export/markdown';
import { decodeHtml, looksLikeText } from '../lib/html/decode';
import { DEFAULT_SETTINGS } from '../lib/settings/schema';
import { parseHtml, releaseHtml } from './parse-html';

const FETCH_TIMEOUT_MS = 20_000;

async function loadSource(input: string, lang: string | null): Promise<Source> {
  if (/^https?:\/\//i.test(input)) {
    let response: Response;
    try {
      response = await fetch(input, {
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
        redirect: 'follow',
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
      throw new InputError(`cannot reach ${input} (${cause})`);
    }
    if (!response.ok) throw new InputError(`${input} answered HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (type && !/html|xml|text\/plain/i.test(type))
      throw new InputError(`${input} is not an HTML page (${type})`);
    const body = decodeHtml(bytes, type);
    return /text\/plain/i.test(type)
      ? { text: body, url: response.url, lang }
      : { html: body, url: response.url, lang };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `no such file: ${input}`
        : code === 'EISDIR'
          ? `${input} is a folder`
          : `cannot read ${input} (${code})`,
    );
  }
  if (!looksLikeText(bytes)) throw new InputError(`${input} is not an HTML or text file`);
  const body = decodeHtml(bytes);
  const isHtml =
    /\.x?html?$/i.test(input) ||
    /^\s*(<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(body);
  return isHtml ? { html: body, url: null, lang } : { text: body, url: null, lang };
}

async function runBatch(
  file: string,
  length: { sentences: number; share: number | null },
): Promise<void> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  await new Promise<void>((resolve, reject) => {
    stream.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new InputError(
          err.code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${err.code})`,
        ),
      ),
    );
    stream.once('readable', () => resolve());
    stream.once('end', () => resolve());
  });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const out = processBatchLine(line, n, { ...length, parseHtml, releaseHtml });
    if (!process.stdout.write(JSON.stringify(out) + '\n')) {
      await new Promise((r) => process.stdout.once('drain', r));
    }
    // Let jsdom free the closed window of this line's page before the next one.
    await new Promise((r) => setImmediate(r));
  }
}

async function main(argv: string[]): Promise<number> {
  const options = parseCliArgs(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const sentences = options.sentences ?? DEFAULT_SETTINGS.summarySentences;
  if (options.batch) {
    await runBatch(options.batch, { sentences, share: options.share });
    return 0;
  }
  const source = await loadSource(options.input!, options.lang);
  const analysis = runOne(source, {
    sentences,
    share: options.share,
    force: options.force,
    parseHtml,
    releaseHtml,
  });
  process.stdout.write(
    options.json
      ? JSON.stringify(analysis, null, 2) + '\n'
      : toMarkdown(analysis, analysis.lang === 'de' ? 'de' : 'en'),
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (err instanceof UsageError) {
      console.error(`kontext: ${err.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (err instanceof InputError) {
      console.error(`kontext: ${err.message}`);
      process.exitCode = 1;
    } else {
      // A bug of ours, never the page's: one line, and the stack only when asked for.
      const e = err as Error;
      console.error(`kontext: internal error: ${e?.message ?? String(err)}`);
      if (process.env.KONTEXT_DEBUG) console.error(e?.stack ?? err);
      process.exitCode = 1;
    }
  },
);
