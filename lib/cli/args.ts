import { parseArgs } from 'node:util';
import { SUMMARY_SENTENCES_MAX, SUMMARY_SENTENCES_MIN } from '../settings/schema';

export interface CliOptions {
  input: string | null;
  batch: string | null;
  json: boolean;
  sentences: number | null;
  lang: string | null;
  force: boolean;
  help: boolean;
}

export const USAGE = `Usage:
  npm run summarize -- <url | file.html | file.txt> [--json] [--sentences N] [--lang CODE] [--force]
  npm run summarize -- --batch FILE.jsonl [--sentences N]   (FILE '-' reads standard input)

Prints the article's extractive summary, perspective panels, people and organizations.
  --json          one JSON object instead of Markdown
  --sentences N   summary length in sentences (${SUMMARY_SENTENCES_MIN}-${SUMMARY_SENTENCES_MAX}, default 4)
  --lang CODE     language of the text when the page does not declare one (e.g. de, en)
  --force         summarise the largest text block even when the page is not an article
  --batch FILE    one JSON object a line: {"id", "text"} or {"id", "html", "url"}, with optional
                  "title", "lang", "sentences"; writes one JSON object a line with the same "id"`;

export class UsageError extends Error {}

/** Parses the CLI's arguments; throws `UsageError` with a message fit for the user. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        sentences: { type: 'string' },
        lang: { type: 'string' },
        batch: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { input: null, batch: null, json: false, sentences: null, lang: null, force: false, help: true };
  let sentences: number | null = null;
  if (values.sentences !== undefined) {
    sentences = parseSentenceCount(values.sentences);
    if (sentences === null) {
      throw new UsageError(
        `--sentences must be a whole number from ${SUMMARY_SENTENCES_MIN} to ${SUMMARY_SENTENCES_MAX}, got "${values.sentences}"`,
      );
    }
  }
  if (values.batch !== undefined && positionals.length) {
    throw new UsageError('give either an input or --batch FILE, not both');
  }
  if (values.batch === undefined && positionals.length !== 1) {
    throw new UsageError(positionals.length ? 'give one input at a time (or use --batch)' : 'no input given');
  }
  return {
    input: positionals[0] ?? null,
    batch: values.batch ?? null,
    json: values.json!,
    sentences,
    lang: values.lang ?? null,
    force: values.force!,
    help: false,
  };
}

/** A summary length from user input, or null when it is not a whole number in range. */
export function parseSentenceCount(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= SUMMARY_SENTENCES_MIN && n <= SUMMARY_SENTENCES_MAX ? n : null;
}
