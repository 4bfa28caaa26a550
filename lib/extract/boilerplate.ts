/**
 * Boilerplate that survives Readability: removed by structure (class/id hints, link density,
 * headings that lead nowhere) and by the short fixed phrases such blocks are made of. No rule
 * names a site. The phrase lists cover German and English, the two languages Kontext targets.
 */
import type { Block } from './blocks';
import { allElements, elementsByTag, elementsByTags, linkDensity, nodeText } from './text';

/**
 * Class or id words of containers that hold no article prose (the same idea as Readability's
 * own `unlikelyCandidates`, applied after it picked the article, when it no longer looks).
 * A word counts when it stands alone in a class name or between `-`/`_`. `dek` is the US
 * newsroom word for a subheadline (`p-dek`, `article__dek`): a headline's line, not body text.
 */
const BOILERPLATE_HINT =
  /(^|[\s_-])(newsletter|subscri\w*|related|recommend\w*|more-?(articles|stories)|also-?read|share|sharing|social|promo\w*|advert\w*|ad|ads|sponsor\w*|cookie\w*|consent|gdpr|outbrain|taboola|ai|ki|breadcrumbs?|caption|credits?|copyright|tags|author-?(box|bio|info|details|card)|bylines?|disclaimer|disclosure|dek|signup|sign-up|donat\w*)($|[\s_-])/i;

/**
 * "Teaser" names both a teaser of another article and, on German sites, the article's own
 * lead ("Teaser" is the German newsroom word for it), so it only counts together with links.
 */
const TEASER_HINT = /(^|[\s_-])teaser\w*($|[\s_-])/i;

/**
 * Where a box's class and id travel through Readability (see `keepBoxHints`): Readability keeps
 * the attributes of the paragraph it puts in a `<div>`'s place, not the `<div>`'s own.
 */
const CARRIED_HINT = 'data-kontext-hint';

/**
 * A caption or credit named in camelCase (`newsCaption`, `imageEmbedCaption`, two Zyte tuning
 * pages): the word as the end of a compound, but not a flag on something else (`titleNoCredit`
 * on a WCXB tuning page's card titles, `imageWithCaption`). Only these two words: reading
 * camelCase for every hint word cost WCXB's other page types on their tuning part (session 6).
 */
const CAMEL_HINT = /[a-z](?<!([Hh]as|[Ww]ith|[Nn]o|[Ww]ithout))(Caption|Credits?)(?![a-z])/;

const isBoxHint = (hint: string) => BOILERPLATE_HINT.test(hint) || CAMEL_HINT.test(hint);

const hintOf = (el: Element) =>
  `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute(CARRIED_HINT) ?? ''}`;

/** Inline elements Readability counts as phrasing content (its `PHRASING_ELEMS`, the usual ones). */
const PHRASING =
  /^(A|ABBR|B|BDO|BR|CITE|CODE|DATA|DEL|DFN|EM|I|IMG|INS|KBD|LABEL|MARK|Q|S|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR|WBR)$/;

const isPhrasing = (n: Node): boolean =>
  n.nodeType === 3 ||
  (n.nodeType === 1 &&
    PHRASING.test((n as Element).tagName.toUpperCase()) &&
    Array.from(n.childNodes).every(isPhrasing));

/**
 * Keeps the boilerplate hint of a box that Readability would replace by a paragraph. Readability
 * turns a `<div>` holding only inline text into a new `<p>`, and a `<div>` holding a single `<p>`
 * into that `<p>`; either way the `<div>`'s class and id are gone, and with them the only sign
 * that it was a caption or a credit (`<div class="caption-text">`, a Zyte tuning page). On a
 * clone of the page before Readability: such a `<div>`'s text goes into a `<p>` that carries its
 * class and id, which is what Readability would have made of it, hint aside.
 */
export function keepBoxHints(root: Element): void {
  for (const div of elementsByTag(root, 'div')) {
    const hint = `${div.getAttribute('class') ?? ''} ${div.getAttribute('id') ?? ''}`;
    if (!isBoxHint(hint)) continue;
    const only = div.children.length === 1 ? div.children[0] : null;
    const textAround = Array.from(div.childNodes).some(
      (n) => n.nodeType === 3 && (n.nodeValue ?? '').trim(),
    );
    if (only?.tagName.toUpperCase() === 'P' && !textAround) {
      only.setAttribute(CARRIED_HINT, hint);
    } else if (textAround && Array.from(div.childNodes).every(isPhrasing)) {
      const p = div.ownerDocument.createElement('p');
      p.setAttribute(CARRIED_HINT, hint);
      while (div.firstChild) p.appendChild(div.firstChild);
      div.appendChild(p);
    }
  }
}

/** True when `el` or an ancestor below `stop` carries a boilerplate class or id word. */
export function hasBoilerplateHint(el: Element, stop: Element | null): boolean {
  for (let x: Element | null = el; x && x !== stop; x = x.parentElement)
    if (isBoxHint(hintOf(x))) return true;
  return false;
}

/**
 * ARIA roles of page furniture: menus, navigation, dialogs. Readability drops these roles only in
 * its first, strict pass (`UNLIKELY_ROLES`, less `complementary`, which also marks pull quotes);
 * when it retries without that pass, a site's whole menu can come back with the article (a Zyte
 * tuning page: "Sign In", "Advertise with Us", … as `role="menuitem"`).
 */
const NOT_CONTENT_ROLES = new Set([
  'menu',
  'menubar',
  'menuitem',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
]);

/** Containers whose text is this share of the article or more are never dropped by a hint. */
const MAX_HINT_SHARE = 0.35;
/**
 * Nor are containers holding a paragraph this long: boxes, teasers and widgets are made of
 * short texts, so a long paragraph means the hint word is wrong (e.g. `non-paywall`).
 */
const PROSE_PARAGRAPH_CHARS = 400;

function holdsProse(el: Element): boolean {
  if (el.tagName.toUpperCase() === 'P' && (el.textContent ?? '').length > PROSE_PARAGRAPH_CHARS)
    return true;
  for (const p of Array.from(el.getElementsByTagName('p')))
    if ((p.textContent ?? '').length > PROSE_PARAGRAPH_CHARS) return true;
  return false;
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A card (a teaser of another page) is short: a headline, a line or two, a date. */
const MAX_CARD_CHARS = 600;
/**
 * Cards together may be at most this share of the text. A page whose text is mostly cards is a
 * listing (events, courses, webcams, a hub of tutorials): its cards are its content.
 */
const MAX_CARDS_SHARE = 0.5;

/** The link a heading is or sits in, when all its text is link text; null otherwise. */
function headingLink(h: Element, root: Element): Element | null {
  const around = h.parentElement?.closest('a');
  if (around && root.contains(around)) return around;
  const text = nodeText(h);
  if (!text || linkDensity(h, text.length) < 0.9) return null;
  return h.getElementsByTagName('a')[0] ?? null;
}

/**
 * The path of a link's target on the page's own site, to tell a teaser of another article there
 * from a link to this page (a permalink title) or to another site (a product, a source: a
 * listicle's own items). Null for those, and for anchors and scripts.
 */
function sitePath(a: Element | null, pageHost: string | null, otherSites = false): string | null {
  const href = a?.getAttribute('href')?.trim();
  if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return null;
  const m = /^(?:[a-z][\w+.-]*:)?(?:\/\/([^/?#]*))?([^?#]*)/i.exec(href);
  const host = m?.[1]?.toLowerCase().replace(/^www\./, '');
  const p = (m?.[2] ?? '').replace(/\/+$/, '') || '/';
  if (host && pageHost && host !== pageHost) return otherSites ? `//${host}${p}` : null;
  return p;
}

/** The largest ancestor of `start` below `root` that still is one card: one heading, short text. */
function cardOf(start: Element, root: Element): Element {
  let card = start;
  for (let up = card.parentElement; up && up !== root; up = up.parentElement) {
    if (nodeText(up).length >= MAX_CARD_CHARS || elementsByTags(up, HEADING_TAGS).length > 1) break;
    card = up;
  }
  return card;
}

/** Whether a form field asks for an e-mail address. */
function asksForEmail(input: Element): boolean {
  if ((input.getAttribute('type') ?? '').toLowerCase() === 'email') return true;
  const what = `${input.getAttribute('name') ?? ''} ${input.getAttribute('placeholder') ?? ''} ${input.getAttribute('autocomplete') ?? ''}`;
  return /mail/i.test(what);
}

/**
 * Removes sign-up boxes (newsletters, alerts, subscriptions) from a clone of the page before
 * Readability reads it: the largest container around a form field for an e-mail address that is
 * still a box (short, no long paragraph). Readability drops forms itself, but not the box's
 * heading and pitch around it, and afterwards nothing shows what they were. Returns the boxes.
 */
export function removeSignupBoxes(root: Element): Element[] {
  const removed: Element[] = [];
  // The inputs by tag and a test in code: attribute selectors with substrings and case flags are
  // slow in jsdom's selector engine (22 ms a page on the Zyte pages, a sixth of extraction).
  for (const input of Array.from(root.getElementsByTagName('input'))) {
    if (!asksForEmail(input) || !root.contains(input)) continue;
    let box: Element = input.closest('form') ?? input;
    for (
      let up = box.parentElement;
      up && up !== root && nodeText(up).length < MAX_CARD_CHARS && !holdsProse(up);
      up = up.parentElement
    )
      box = up;
    box.remove();
    removed.push(box);
  }
  return removed;
}

/**
 * Removes boilerplate containers from Readability's output in place (the tree belongs to our
 * clone, never to the page), by structure:
 *
 * - class or id words of boxes (`newsletter`, `related`, `share`, `ai`, …; `teaser` with links);
 * - other articles embedded in this one: an `<article>` inside the text whose headline links to
 *   another page (an expanded teaser);
 * - teaser cards: a heading that is a link (or sits in one) announces another page; its card
 *   (the largest ancestor with only that heading and a short text) goes with it.
 *
 * Embedded articles and cards go only while together they are at most half the text: a page made
 * mostly of cards is a listing (events, courses, a hub of tutorials), and they are its content.
 *
 * `pageUrl` is the page's own address: a headline linking there is the article's own title, and
 * one linking to another site is a product or a source, not a teaser.
 */
export function pruneContainers(root: Element, pageUrl: string | null = null): void {
  const m = /^[a-z][\w+.-]*:\/\/([^/?#]*)([^?#]*)/i.exec(pageUrl ?? '');
  const pageHost = m ? m[1].toLowerCase().replace(/^www\./, '') : null;
  const pagePath = m ? m[2].replace(/\/+$/, '') || '/' : null;
  const total = nodeText(root).length || 1;
  for (const el of allElements(root)) {
    const role = el.getAttribute('role');
    const byRole = !!role && NOT_CONTENT_ROLES.has(role.trim().toLowerCase());
    if (
      !byRole &&
      !el.hasAttribute('class') &&
      !el.hasAttribute('id') &&
      !el.hasAttribute(CARRIED_HINT)
    )
      continue;
    if (el === root || !root.contains(el)) continue;
    const hint = hintOf(el);
    const strong = byRole || isBoxHint(hint);
    if (!strong && !(TEASER_HINT.test(hint) && linkDensity(el) > 0.3)) continue;
    if (nodeText(el).length / total < MAX_HINT_SHARE && !holdsProse(el)) el.remove();
  }
  // Hover cards: an inline box inside a paragraph, all links, with a picture (a person's card
  // with their latest headlines, shown beside the name on hover; a Zyte tuning page). Its text
  // reads as part of the sentence around it. Innermost first, so that a span wrapping both the
  // name's link and its card keeps the name.
  for (const span of elementsByTag(root, 'span').reverse()) {
    if (!root.contains(span) || !span.parentElement?.closest('p')) continue;
    if (!span.getElementsByTagName('img').length || span.getElementsByTagName('a').length < 2)
      continue;
    // All links: a span that also holds the sentence's own words (the card inside it) stays.
    const chars = nodeText(span).length;
    if (chars * (1 - linkDensity(span, chars)) <= 20) span.remove();
  }
  // Other articles embedded in this one, and teaser cards: found first, removed only if together
  // they are not most of the text (else the page is a listing and they are its content).
  const cards: Element[] = [];
  let cardChars = 0;
  const add = (el: Element) => {
    cards.push(el);
    cardChars += nodeText(el).length;
  };
  for (const art of elementsByTag(root, 'article')) {
    if (art === root || cards.some((c) => c.contains(art))) continue;
    const h = elementsByTags(art, HEADING_TAGS)[0];
    // An <article> whose heading links elsewhere is another article, on this site or another
    // (an aggregator's feed of stories under the one it shows).
    const target = h ? sitePath(headingLink(h, root), pageHost, true) : null;
    if (target && target !== pagePath) add(art);
  }
  for (const h of elementsByTags(root, HEADING_TAGS)) {
    if (cards.some((c) => c.contains(h))) continue;
    const link = headingLink(h, root);
    const target = sitePath(link, pageHost);
    if (!link || !target || target === pagePath) continue;
    // A card that is only the heading (its text is long) loses the heading alone.
    add(cardOf(link.contains(h) ? link : h, root));
  }
  if (cardChars / total <= MAX_CARDS_SHARE) for (const c of cards) c.remove();
}

const SOCIAL =
  /\b(facebook|twitter|whatsapp|linkedin|pinterest|xing|reddit|telegram|e-?mail|teilen|share|tweet|drucken|print)\b/gi;

/** Lead-in phrases of links to other articles ("mehr zum Thema", "read more"). */
const MORE_LINK =
  /^(mehr zum thema|mehr dazu|lesen sie (auch|mehr|hier)|lies auch|auch interessant|das könnte (sie|dich) auch interessieren|weiterlesen|siehe auch|zum thema|passend dazu|empfehlungen?|read more|read also|also read|see also|related( articles| stories)?|recommended|more from|more on this|further reading|you may also like|you might also like)\b/i;

const PHOTO_CREDIT =
  /^[([]?(\(c\)|©|copyright\b|(foto|fotos|bild|bilder|titelbild|beitragsbild|symbolbild|bildquelle|fotocredits?|photo|photos|image|images|picture|grafik|quelle|source|credit|credits|header image|featured image|(photo|image|picture|foto|bild)[- ]?(credits?|nachweise?|quellen?))\s*[:©|/])/i;
/** A slideshow's counter: "Image 1 of 5", "Bild 3 von 12", "Image 1 of / 8" (a count filled by script). */
const GALLERY_COUNTER = /^(image|photo|picture|slide|bild|foto)\s+\d+\s+(of|von|\/)\s*\/?\s*\d*$/i;
/**
 * A credit at the end of a caption ("… Foto: Getty Images", "… | dpa", "Jane Roe/AFP/Getty Images").
 * The marker before the agency matters: news texts themselves end in "(dpa)" (and "24/7 to Reuters").
 */
const AGENCY_TAIL =
  /(foto|fotos|photo|bild|image|credit|quelle|source|©|\(c\)|\||\/(?=\s*(getty|reuters|afp|dpa|ap\b|imago|epa)))\s*:?\s*[^.!?]{0,60}(getty images|imago( images)?|shutterstock|istock(photo)?|picture alliance|dpa|reuters|afp|ap photo|apa|keystone|epa)\W*$/i;

/** A caption that ends in its credit: "… Michoud Assembly Facility. (credit: NASA/Jane Roe)". */
const CREDIT_TAIL = /\((photo|image|picture|credit|foto|bild)s?( credits?)?\s*:\s*[^()]{1,60}\)$/i;

const COOKIE = /\bcookies?\b/i;
const COOKIE_ACTION =
  /(akzeptier|zustimm|einwillig|einverstanden|accept|consent|agree|datenschutz|privacy|wir (verwenden|nutzen|setzen)|we use|diese (website|webseite|seite)|this (website|site))/i;
const NEWSLETTER = /newsletter/i;
/**
 * What a sign-up box asks the reader to do. Prose about newsletters mentions subscribers and
 * e-mail too ("51 % unsubscribe …"), so only the request itself counts.
 */
const SIGNUP =
  /\b(sign[ -]?up|subscribe( now| today| for free| here)?\b|abonnier\w*|jetzt (an|ab)melden|melden sie sich|meld dich|registrieren sie sich|enter your e-?mail|your e-?mail( address)?|e-?mail-?adresse|(in|into|to) your inbox|in (dein|ihr|euer) postfach|ins postfach|im postfach)/i;
/** A heading that names a newsletter: "Newsletter", "Unser Newsletter", "Get our Morning Newsletter". */
const NEWSLETTER_TITLE =
  /^((unser(e|en)?|der|die|our|the|get|join|sign up for|subscribe to)\s+)*([\p{L}\d'’&-]+\s+){0,3}newsletter(s)?(\s+(abonnieren|anmelden|sign[ -]?up|subscription))?$/iu;
const SUBSCRIBE_CTA =
  /^(jetzt (abonnieren|anmelden|registrieren|testen|lesen)|subscribe( now)?|already a subscriber|bereits abonnent|anzeige|werbung|advertisement|sponsored|gesponsert)\b/i;
/**
 * Titles of sections that point away from the article: related and popular articles, comment
 * sections, "did you like it" prompts. As a heading or a short line they end the article's text.
 */
const ELSEWHERE_TITLE =
  /^(weitere (artikel|beiträge|nachrichten|themen|news)|mehr zum thema|mehr (aus|von|zu)\b.{0,40}|schon gelesen\??|zum weiterlesen|auch interessant|das könnte (sie|dich|euch) auch interessieren|(das|dies) (könnte|dürfte) .{0,30}interessieren|ähnliche (artikel|beiträge)|verwandte (artikel|beiträge|themen)|meistgelesen\w*|meist(-| )?(gelesen|diskutiert|kommentiert)|beliebte (artikel|beiträge)|neueste (artikel|beiträge)|aktuelle (artikel|beiträge)|top(-| )?themen|(keine )?kommentare( \(\d+\))?|\d+ kommentare?|kommentar (schreiben|verfassen)|schreibe?n? (sie )?einen kommentar|hinterlasse einen kommentar|diskutieren sie mit|related (articles|posts|stories|content)|more (stories|articles|news|from|on)\b.{0,40}|most (read|popular|viewed|shared)|popular (posts|articles|stories)|recent (posts|articles)|latest (news|articles|stories)|you (may|might) also like|what to read next|(no |\d+ )?comments?( \(\d+\))?|leave a (reply|comment)|join the (conversation|discussion)|(hat|gefällt) (dir|ihnen|euch) (der|dieser|unser)\b.{0,40}\?|(artikel|beitrag) gefallen\?.{0,60}|did you (like|enjoy) this\b.{0,40}|entdecken sie (jetzt|mehr|weitere).{0,40}|redaktionstipps?|tipps der redaktion|empfehlungen der redaktion|(deine|ihre|eure) ungelesenen (artikel|beiträge)|auch lesenswert|lesen sie auch|weitere meldungen|editor'?s'? picks|unread articles|(trending|popular) now|don'?t miss|read next|up next|keep reading|more to (read|explore)|recommended for you|you may have missed)$/i;
/** Placeholders and prompts of consent managers and embeds waiting for consent. */
const CONSENT =
  /^(externer inhalt|external content|empfohlener (redaktioneller )?inhalt|wir respektieren (deine|ihre) privatsphäre|we (respect|value) your privacy)/i;
const AFFILIATE = /\baffiliate|provisions-?links?|werbe-?links?|partner-?links?\b/i;

/** A site's own generated summaries and "AI" widgets (issue 2's seed page has such boxes). */
const AI_WIDGET =
  /\b(ai|ki)[- ]?(summar\w*|zusammenfassung\w*|kontext\w*|generated|generiert\w*)|\b(die|the) (ai|ki) (hat|has)\b/i;
/** A byline line: "Von Mara Feldmann", "By Jane Doe | 3 May" (a name, not a sentence). */
const BYLINE = /^([Vv]on|[Bb]y|VON|BY)\s+\p{Lu}/u;
/** A date as news pages print it: 04.05.2023, 2023-05-04, 4. Mai 2023, May 4, 2023. */
const DATE_IN_TEXT =
  /\b(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*\.?\s+\d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4})\b/i;
/** A block that is only a date, a time or both. */
const DATE_ONLY =
  /^(\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{4}-\d{2}-\d{2})([ ,T]+\d{1,2}[:.]\d{2}( ?uhr)?)?$/i;

/** Why a single block is boilerplate, or null if it may be article text. */
export function boilerplateReason(b: Block): string | null {
  const t = b.text;
  const len = t.length;
  if (/^\+{2,}.*\+{2,}$/.test(t)) return 'ticker-link';
  if (len < 220 && MORE_LINK.test(t) && b.linkChars > 0) return 'more-link';
  // Links to the site's own pages (other articles); a lone external link is usually a source.
  if (b.kind !== 'h' && len < 200 && (b.linkChars - b.externalLinkChars) / len > 0.8)
    return 'link-block';
  if (
    len < 250 &&
    (PHOTO_CREDIT.test(t) || AGENCY_TAIL.test(t) || CREDIT_TAIL.test(t)) &&
    b.kind !== 'h'
  )
    return 'photo-credit';
  if (len < 40 && GALLERY_COUNTER.test(t)) return 'gallery-counter';
  if (len < 600 && COOKIE.test(t) && COOKIE_ACTION.test(t)) return 'cookie';
  if (len < 500 && NEWSLETTER.test(t) && SIGNUP.test(t)) return 'newsletter';
  // A heading that titles a newsletter box ("Newsletter", "Unser Newsletter", "Get our newsletter").
  if (b.kind === 'h' && len < 60 && NEWSLETTER_TITLE.test(t.replace(/[\s:!.]+$/, '')))
    return 'newsletter';
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
    if (
      DATE_IN_TEXT.test(t) &&
      (t.replace(DATE_IN_TEXT, ' ').match(/\p{L}{2,}/gu) ?? []).length <= 4
    )
      return 'date-line';
  }
  const social = t.match(SOCIAL);
  if (len < 100 && social && social.length >= 2 && social.join(' ').length > len * 0.4)
    return 'share-bar';
  return null;
}

/** A section under an "elsewhere" title is dropped only while it is less than this share of the text. */
const MAX_ELSEWHERE_SHARE = 0.4;
/** …unless it is a list of teasers and the text before it holds at least this much prose. */
const MIN_TEXT_BEFORE_TEASERS = 200;
/** Reasons of a heading that titles a box; the box's section goes with the heading. */
const BOX_TITLE = new Set(['elsewhere-title', 'ai-widget', 'newsletter', 'subscribe', 'consent']);
/** A short block repeated this often is a widget's template text ("Leider hat die AI …"). */
const REPEATS = 3;
const MIN_REPEATED_CHARS = 40;
const MAX_REPEATED_CHARS = 300;
/**
 * …while all its copies make less than this share of the text. Template text is a small part of
 * a page (the seed page's AI boxes inside the article: 14 %); where repeats are a quarter of the
 * text or more they are the page's own structure (a meal plan's dishes, four plans alike: 47 % of
 * a Zyte tuning page, which the rule had cut in half).
 */
const MAX_REPEATED_SHARE = 0.25;

const comparable = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();

/** A section of teasers: at least two headings, all of them links, or mostly link text. */
function teaserSection(section: Block[]): boolean {
  const headings = section.filter((b) => b.kind === 'h');
  const chars = section.reduce((n, b) => n + b.text.length, 0) || 1;
  const linked = section.reduce((n, b) => n + b.linkChars, 0);
  return (
    (headings.length >= 2 && headings.every((h) => h.linkChars >= 0.9 * h.text.length)) ||
    linked / chars >= 0.5
  );
}

/**
 * Drops boilerplate blocks; the section under a title that points elsewhere ("Weitere
 * Artikel", "Comments") or titles a box ("AI Summaries"), up to the next heading of the same or
 * a higher rank; blocks that repeat the page's title or repeat each other (a widget's template
 * text); then headings left without body text below them (their section was boilerplate, e.g.
 * "Newsletter" over a removed sign-up box). `titles` are the page's titles (a block that only
 * repeats one is a widget's, never the article's text).
 */
export function filterBlocks(
  blocks: Block[],
  titles: readonly (string | null | undefined)[] = [],
): Block[] {
  const total = blocks.reduce((n, b) => n + b.text.length, 0) || 1;
  const titleKeys = new Set(
    titles
      .filter((t): t is string => !!t)
      .map(comparable)
      .filter((k) => k.length >= 20),
  );
  const seen = new Map<string, number>();
  // Only paragraphs of some length count as repeated template text: lists and labels repeat in
  // content too (a menu's "Snacks:", "1 pear").
  const repeatable = (b: Block) =>
    b.kind === 'p' && b.text.length >= MIN_REPEATED_CHARS && b.text.length <= MAX_REPEATED_CHARS;
  for (const b of blocks) {
    if (!repeatable(b)) continue;
    const k = comparable(b.text);
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  let repeatedChars = 0;
  for (const b of blocks)
    if (repeatable(b) && (seen.get(comparable(b.text)) ?? 0) >= REPEATS)
      repeatedChars += b.text.length;
  const dropRepeats = repeatedChars < MAX_REPEATED_SHARE * total;
  const kept: Block[] = [];
  let keptChars = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    // A heading repeats the title only before the text starts (the headline Readability kept).
    const key =
      (b.kind === 'h' && keptChars) || b.text.length > MAX_REPEATED_CHARS ? '' : comparable(b.text);
    if (
      key &&
      (titleKeys.has(key) || (dropRepeats && repeatable(b) && (seen.get(key) ?? 0) >= REPEATS))
    )
      continue;
    const reason = boilerplateReason(b);
    if (!reason) {
      kept.push(b);
      keptChars += b.text.length;
      continue;
    }
    if (!BOX_TITLE.has(reason) || (b.kind !== 'h' && reason !== 'elsewhere-title')) continue;
    // The section ends at the next heading of the same or a higher rank, or, when the title sits
    // in a box (a parent that is not the container of the whole text), where that box ends.
    const parent = b.el.parentElement;
    const box =
      parent && !(parent.contains(blocks[0].el) && parent.contains(blocks[blocks.length - 1].el))
        ? parent
        : null;
    let end = i + 1;
    let chars = 0;
    while (
      end < blocks.length &&
      !(blocks[end].kind === 'h' && headingLevel(blocks[end]) <= headingLevel(b)) &&
      (!box || box.contains(blocks[end].el))
    ) {
      chars += blocks[end].text.length;
      end++;
    }
    const share = chars / total;
    if (
      share < MAX_ELSEWHERE_SHARE ||
      (keptChars >= MIN_TEXT_BEFORE_TEASERS && teaserSection(blocks.slice(i + 1, end)))
    )
      i = end - 1;
  }
  // Headings whose body was dropped. A heading the page itself follows by another heading (a
  // table set in headings, a list of product names) lost nothing and stays.
  const index = new Map(blocks.map((b, i) => [b, i]));
  const out: Block[] = [];
  for (let i = 0; i < kept.length; i++) {
    const b = kept[i];
    if (b.kind === 'h') {
      const next = kept[i + 1];
      const lostBody = !next || index.get(next) !== index.get(b)! + 1;
      if (lostBody && (!next || (next.kind === 'h' && headingLevel(next) <= headingLevel(b))))
        continue;
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
