/**
 * Boilerplate that survives Readability: removed by structure (class/id hints, link density,
 * headings that lead nowhere) and by the short fixed phrases such blocks are made of. No rule
 * names a site. The phrase lists cover German and English, the two languages Kontext targets.
 */
import type { Block } from './blocks';
import { linkDensity, nodeText } from './text';

/**
 * Class or id words of containers that hold no article prose (the same idea as Readability's
 * own `unlikelyCandidates`, applied after it picked the article, when it no longer looks).
 * A word counts when it stands alone in a class name or between `-`/`_`.
 */
const BOILERPLATE_HINT =
  /(^|[\s_-])(newsletter|subscri\w*|related|recommend\w*|more-?(articles|stories)|also-?read|share|sharing|social|promo\w*|advert\w*|ad|ads|sponsor\w*|cookie\w*|consent|gdpr|outbrain|taboola|ai|ki|breadcrumbs?|caption|credits?|copyright|tags|author-?(box|bio|info)|signup|sign-up|donat\w*)($|[\s_-])/i;

/**
 * "Teaser" names both a teaser of another article and, on German sites, the article's own
 * lead ("Teaser" is the German newsroom word for it), so it only counts together with links.
 */
const TEASER_HINT = /(^|[\s_-])teaser\w*($|[\s_-])/i;

const hintOf = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

/** True when `el` or an ancestor below `stop` carries a boilerplate class or id word. */
export function hasBoilerplateHint(el: Element, stop: Element | null): boolean {
  for (let x: Element | null = el; x && x !== stop; x = x.parentElement) if (BOILERPLATE_HINT.test(hintOf(x))) return true;
  return false;
}

/** Containers whose text is this share of the article or more are never dropped by a hint. */
const MAX_HINT_SHARE = 0.35;
/**
 * Nor are containers holding a paragraph this long: boxes, teasers and widgets are made of
 * short texts, so a long paragraph means the hint word is wrong (e.g. `non-paywall`).
 */
const PROSE_PARAGRAPH_CHARS = 400;

function holdsProse(el: Element): boolean {
  for (const p of Array.from(el.querySelectorAll('p'))) if ((p.textContent ?? '').length > PROSE_PARAGRAPH_CHARS) return true;
  return false;
}

/**
 * Removes boilerplate containers from Readability's output in place (the tree belongs to our
 * clone, never to the page).
 */
export function pruneContainers(root: Element): void {
  const total = nodeText(root).length || 1;
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (el === root || !root.contains(el)) continue;
    const hint = hintOf(el);
    const strong = BOILERPLATE_HINT.test(hint);
    if (!strong && !(TEASER_HINT.test(hint) && linkDensity(el) > 0.3)) continue;
    if (nodeText(el).length / total < MAX_HINT_SHARE && !holdsProse(el)) el.remove();
  }
  // A heading that is itself a link announces another article (a teaser); its card goes with it.
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (!root.contains(h)) continue;
    const text = nodeText(h);
    if (!text || linkDensity(h) < 0.9) continue;
    const card = h.parentElement;
    if (card && card !== root && nodeText(card).length < 600 && card.querySelectorAll('h1,h2,h3,h4,h5,h6').length === 1) {
      card.remove();
    } else h.remove();
  }
}

const SOCIAL = /\b(facebook|twitter|whatsapp|linkedin|pinterest|xing|reddit|telegram|e-?mail|teilen|share|tweet|drucken|print)\b/gi;

/** Lead-in phrases of links to other articles ("mehr zum Thema", "read more"). */
const MORE_LINK =
  /^(mehr zum thema|mehr dazu|lesen sie (auch|mehr|hier)|lies auch|auch interessant|das könnte (sie|dich) auch interessieren|weiterlesen|siehe auch|zum thema|passend dazu|empfehlungen?|read more|read also|also read|see also|related( articles| stories)?|recommended|more from|more on this|further reading|you may also like|you might also like)\b/i;

const PHOTO_CREDIT =
  /^(\(c\)|©|copyright\b|(foto|fotos|bild|bilder|titelbild|beitragsbild|symbolbild|bildquelle|fotocredits?|photo|photos|image|images|picture|grafik|quelle|source|credit|credits|header image|featured image)\s*[:©|/])/i;
/**
 * A credit at the end of a caption ("… Foto: Getty Images", "… | dpa"). The marker before the
 * agency matters: news texts themselves end in "(dpa)".
 */
const AGENCY_TAIL =
  /(foto|fotos|photo|bild|image|credit|quelle|source|©|\(c\)|\|)\s*:?\s*[^.!?]{0,60}(getty images|imago( images)?|shutterstock|istock(photo)?|picture alliance|dpa|reuters|afp|ap photo|apa|keystone|epa)\W*$/i;

const COOKIE = /\bcookies?\b/i;
const COOKIE_ACTION =
  /(akzeptier|zustimm|einwillig|einverstanden|accept|consent|agree|datenschutz|privacy|wir (verwenden|nutzen|setzen)|we use|diese (website|webseite|seite)|this (website|site))/i;
const NEWSLETTER = /newsletter/i;
const SIGNUP = /(abonn|anmeld|registrier|subscri|sign ?up|postfach|inbox|e-?mail)/i;
const SUBSCRIBE_CTA =
  /^(jetzt (abonnieren|anmelden|registrieren|testen|lesen)|subscribe( now)?|already a subscriber|bereits abonnent|anzeige|werbung|advertisement|sponsored|gesponsert)\b/i;
/**
 * Titles of sections that point away from the article: related and popular articles, comment
 * sections, "did you like it" prompts. As a heading or a short line they end the article's text.
 */
const ELSEWHERE_TITLE =
  /^(weitere (artikel|beiträge|nachrichten|themen|news)|mehr zum thema|mehr (aus|von|zu)\b.{0,40}|schon gelesen\??|zum weiterlesen|auch interessant|das könnte (sie|dich|euch) auch interessieren|(das|dies) (könnte|dürfte) .{0,30}interessieren|ähnliche (artikel|beiträge)|verwandte (artikel|beiträge|themen)|meistgelesen\w*|meist(-| )?(gelesen|diskutiert|kommentiert)|beliebte (artikel|beiträge)|neueste (artikel|beiträge)|aktuelle (artikel|beiträge)|top(-| )?themen|(keine )?kommentare( \(\d+\))?|\d+ kommentare?|kommentar (schreiben|verfassen)|schreibe?n? (sie )?einen kommentar|hinterlasse einen kommentar|diskutieren sie mit|related (articles|posts|stories|content)|more (stories|articles|news|from|on)\b.{0,40}|most (read|popular|viewed|shared)|popular (posts|articles|stories)|recent (posts|articles)|latest (news|articles|stories)|you (may|might) also like|what to read next|(no |\d+ )?comments?( \(\d+\))?|leave a (reply|comment)|join the (conversation|discussion)|(hat|gefällt) (dir|ihnen|euch) (der|dieser|unser)\b.{0,40}\?|(artikel|beitrag) gefallen\?.{0,60}|did you (like|enjoy) this\b.{0,40}|entdecken sie (jetzt|mehr|weitere).{0,40})$/i;
/** Placeholders and prompts of consent managers and embeds waiting for consent. */
const CONSENT =
  /^(externer inhalt|external content|empfohlener (redaktioneller )?inhalt|wir respektieren (deine|ihre) privatsphäre|we (respect|value) your privacy)/i;
const AFFILIATE = /\baffiliate|provisions-?links?|werbe-?links?|partner-?links?\b/i;

/** A site's own generated summaries and "AI" widgets (issue 2's seed page has such boxes). */
const AI_WIDGET = /\b(ai|ki)[- ]?(summar\w*|zusammenfassung\w*|kontext\w*|generated|generiert\w*)|\b(die|the) (ai|ki) (hat|has)\b/i;
/** A byline line: "Von Mara Feldmann", "By Jane Doe | 3 May" (a name, not a sentence). */
const BYLINE = /^([Vv]on|[Bb]y|VON|BY)\s+\p{Lu}/u;
/** A date as news pages print it: 04.05.2023, 2023-05-04, 4. Mai 2023, May 4, 2023. */
const DATE_IN_TEXT =
  /\b(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*\.?\s+\d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4})\b/i;
/** A block that is only a date, a time or both. */
const DATE_ONLY = /^(\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{4}-\d{2}-\d{2})([ ,T]+\d{1,2}[:.]\d{2}( ?uhr)?)?$/i;

/** Why a single block is boilerplate, or null if it may be article text. */
export function boilerplateReason(b: Block): string | null {
  const t = b.text;
  const len = t.length;
  if (/^\+{2,}.*\+{2,}$/.test(t)) return 'ticker-link';
  if (len < 220 && MORE_LINK.test(t) && b.linkChars > 0) return 'more-link';
  // Links to the site's own pages (other articles); a lone external link is usually a source.
  if (b.kind !== 'h' && len < 200 && (b.linkChars - b.externalLinkChars) / len > 0.8) return 'link-block';
  if (len < 250 && (PHOTO_CREDIT.test(t) || AGENCY_TAIL.test(t)) && b.kind !== 'h') return 'photo-credit';
  if (len < 600 && COOKIE.test(t) && COOKIE_ACTION.test(t)) return 'cookie';
  if (len < 500 && NEWSLETTER.test(t) && SIGNUP.test(t)) return 'newsletter';
  const bare = t.replace(/^[\W_]+|[\s\-–—:|]+$/gu, '');
  if (len < 120 && SUBSCRIBE_CTA.test(bare)) return 'subscribe';
  if (len < 120 && ELSEWHERE_TITLE.test(bare)) return 'elsewhere-title';
  if (len < 300 && CONSENT.test(bare)) return 'consent';
  if (b.kind !== 'h' && len < 400 && AFFILIATE.test(t)) return 'affiliate-note';
  if (len < 300 && AI_WIDGET.test(t)) return 'ai-widget';
  if (DATE_ONLY.test(t)) return 'date-only';
  if (b.kind === 'p' && len < 100 && !/[.!?]$/.test(t)) {
    if (BYLINE.test(t)) return 'byline';
    // A date with at most a few words around it ("Aktualisiert am 4. Mai 2023, 09:30 Uhr").
    if (DATE_IN_TEXT.test(t) && (t.replace(DATE_IN_TEXT, ' ').match(/\p{L}{2,}/gu) ?? []).length <= 4) return 'date-line';
  }
  const social = t.match(SOCIAL);
  if (len < 100 && social && social.length >= 2 && social.join(' ').length > len * 0.4) return 'share-bar';
  return null;
}

/** A section under an "elsewhere" title is dropped only while it is less than this share of the text. */
const MAX_ELSEWHERE_SHARE = 0.4;

/**
 * Drops boilerplate blocks; the section under a title that points elsewhere ("Weitere
 * Artikel", "Comments"), up to the next heading of the same or a higher rank; then headings
 * left without body text below them (their section was boilerplate, e.g. "Newsletter" over a
 * removed sign-up box).
 */
export function filterBlocks(blocks: Block[]): Block[] {
  const total = blocks.reduce((n, b) => n + b.text.length, 0) || 1;
  const kept: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const reason = boilerplateReason(b);
    if (!reason) {
      kept.push(b);
      continue;
    }
    if (reason !== 'elsewhere-title') continue;
    let end = i + 1;
    let chars = 0;
    while (end < blocks.length && !(blocks[end].kind === 'h' && headingLevel(blocks[end]) <= headingLevel(b))) {
      chars += blocks[end].text.length;
      end++;
    }
    if (chars / total < MAX_ELSEWHERE_SHARE) i = end - 1;
  }
  const out: Block[] = [];
  for (let i = 0; i < kept.length; i++) {
    const b = kept[i];
    if (b.kind === 'h') {
      const next = kept[i + 1];
      if (!next || (next.kind === 'h' && headingLevel(next) <= headingLevel(b))) continue;
    }
    out.push(b);
  }
  return out;
}

/** h1 to h6 give 1 to 6; a title that is not a heading ranks below every heading. */
function headingLevel(b: Block): number {
  const m = b.kind === 'h' ? /^H([1-6])$/i.exec(b.el.tagName) : null;
  return m ? Number(m[1]) : 7;
}
