/**
 * `prepareText`: an article's blocks → one `PreparedText` that every later stage shares
 * (sentences with offsets, their blocks, their content terms, and whether each is running prose).
 */
import type { BlockKind, Sentence } from '../types';
import { addCompoundHeads } from './compounds';
import type { PreparedText } from './prepared';
import { splitSentences } from './sentences';
import { contentTerms, words, type StopPredicate } from './words';

export interface ArticleBlocks {
  title: string;
  paragraphs: string[];
  kinds?: BlockKind[];
}

/** Blocks are joined by a blank line, as `Analysis.text` promises. */
const BLOCK_SEPARATOR = '\n\n';

/*
 * What is not prose. Every pattern names a kind of page furniture that extraction lets through on
 * real news sites (captions and credits, teaser links, bylines, publishing stamps, ad labels); the
 * phrases are the stock ones of German and English news sites.
 */

/** Photo and image credits: `(c) dpa`, `© Reuters`, `Foto: APA/Hans Punz`, `Photo: Getty Images`. */
const CREDIT =
  /^(?:\(c\)|©|(?:fotos?|photos?|bild(?:er)?|images?|pictures?|grafik|illustration|video|quelle|source|credits?)\s*:)/iu;
/** Links to other articles and calls to action. */
const TEASER =
  /^(?:read more|read next|more:|more on this|related(?: articles?| stories)?:?|see also|also read|watch:|listen:|click here|scroll down|share this|follow (?:us|@)|sign up|subscribe|advertisement|sponsored|lesen sie (?:auch|mehr|hier)|mehr zum thema|mehr dazu|mehr lesen|weiterlesen|weitere artikel|zum thema|auch interessant|das könnte sie (?:auch )?interessieren|anzeige|werbung|folgen sie|jetzt abonnieren)\b/iu;
/** Publishing stamps. */
const STAMP =
  /^(?:published|updated|last updated|veröffentlicht|aktualisiert|zuletzt aktualisiert|stand)\s*:?\s*[\p{N}|]/iu;
/** `By Jane Doe`, `Von Hans Müller, Wien`: a short block that only names the author. */
const BYLINE =
  /^(?:by|von|text:?|interview:?)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|und|and|&))*\s*(?:[,|/–-].*)?$/u;
/** Ends like a sentence: terminal punctuation, optionally followed by closing quotes or brackets. */
const TERMINAL = /[.!?…:;]["'“”«»‘’)\]]*$/u;
const URL = /(?:https?:\/\/|www\.)\S+/iu;

/**
 * Sentences shorter than this carry no summary on their own; in extracted news text they are
 * almost always labels, captions or navigation that lost their markup.
 */
const MIN_PROSE_WORDS = 4;
/**
 * A line without closing punctuation is a heading, caption or link when it is this short; longer
 * unpunctuated lines are usually a sentence whose full stop the source dropped.
 */
const MIN_UNPUNCTUATED_PROSE_WORDS = 10;
/** A byline is a line, not a paragraph. */
const MAX_BYLINE_WORDS = 12;
/**
 * Furniture is a line. A longer "sentence" that starts like furniture is furniture glued to the
 * next sentence by a text without line breaks (`Scroll down for video The Prime Minister said …`):
 * for finding entities and answers its prose is worth more than the label costs. The summarizer
 * still never shows it (`startsLikeFurniture`): on CNN/DailyMail such a unit is the label, a photo
 * caption and a sentence run together, and excluding them raised ROUGE-1 on both halves
 * (docs/evaluation.md).
 */
const MAX_FURNITURE_WORDS = 15;

/**
 * Whether a sentence opens with page furniture (a credit, a teaser link, a publishing stamp),
 * whatever follows. Such a sentence may still carry prose (see `MAX_FURNITURE_WORDS`), but it must
 * not be shown verbatim, e.g. as a summary sentence.
 */
export function startsLikeFurniture(sentence: string): boolean {
  const s = sentence.trim();
  return CREDIT.test(s) || TEASER.test(s) || STAMP.test(s);
}

/** Whether one sentence, standing in a block of `kind`, is running prose. */
export function isProse(sentence: string, kind: BlockKind): boolean {
  if (kind === 'h') return false;
  const s = sentence.trim();
  const n = words(s).length;
  if (n < MIN_PROSE_WORDS) return false;
  if (n <= MAX_FURNITURE_WORDS && startsLikeFurniture(s)) return false;
  if (n <= MAX_BYLINE_WORDS && BYLINE.test(s)) return false;
  if (!TERMINAL.test(s) && n < MIN_UNPUNCTUATED_PROSE_WORDS) return false;
  // A short line that is mostly a link is a link.
  if (n < MIN_UNPUNCTUATED_PROSE_WORDS && URL.test(s)) return false;
  return true;
}

/** Splits, tokenises and classifies an article once for all later stages. */
export function prepareText(article: ArticleBlocks, lang: string): PreparedText {
  const blocks: string[] = [];
  const blockKinds: BlockKind[] = [];
  article.paragraphs.forEach((p, i) => {
    const trimmed = p.trim();
    if (!trimmed) return;
    blocks.push(trimmed);
    blockKinds.push(article.kinds?.[i] ?? 'p');
  });

  const sentences: Sentence[] = [];
  const block: number[] = [];
  const prose: boolean[] = [];
  let offset = 0;
  blocks.forEach((text, b) => {
    for (const s of splitSentences(text, lang)) {
      sentences.push({ text: s.text, start: s.start + offset, end: s.end + offset });
      block.push(b);
      prose.push(isProse(s.text, blockKinds[b]));
    }
    offset += text.length + BLOCK_SEPARATOR.length;
  });

  const { terms, titleTerms } = termsOf(article.title, sentences, lang);
  return {
    lang,
    title: article.title,
    text: blocks.join(BLOCK_SEPARATOR),
    sentences,
    block,
    blockKinds,
    terms,
    titleTerms,
    prose,
  };
}

/**
 * The content terms of the title and of every sentence, under the full stop list or another one
 * (`isFunctionWord` for the condensed summary), with closed compounds joined across the document.
 */
export function termsOf(
  title: string,
  sentences: readonly { text: string }[],
  lang: string,
  isStop?: StopPredicate,
): { terms: string[][]; titleTerms: string[] } {
  const all = addCompoundHeads(
    [title, ...sentences.map((s) => s.text)].map((t) => contentTerms(t, lang, isStop)),
    lang,
  );
  return { terms: all.slice(1), titleTerms: all[0] };
}
