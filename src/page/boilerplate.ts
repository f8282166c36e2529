import {
  BYLINE_MARKUP_WORDS,
  AUTHOR_BOX_MARKUP,
  FURNITURE_HEADINGS,
  FURNITURE_LEADING_WORDS,
  FURNITURE_MARKUP_PAIRS,
  FURNITURE_MARKUP_WORDS,
  FURNITURE_PHRASES,
  FURNITURE_SLOT_WORDS,
  PAYWALL_MARKUP_WORDS,
  GALLERY_MARKUP_WORDS,
  BYLINE_LEADS,
  READER_WORDS,
  COMMENT_SECTION_WORDS,
  DATELINE_WORDS,
  DISCLOSURE_PHRASES,
  FURNITURE_HEADING_PATTERNS,
  FURNITURE_LABELS,
  CREDIT_LABELS,
  CREDIT_BY_WORDS,
  CREDIT_LABEL_QUALIFIERS,
  READING_TIME_WORDS,
  PICTURE_AGENCIES,
  CALL_TO_ACTION_OPENINGS,
  CITATION_OPENINGS,
  CAPTION_MARKUP_WORDS,
  COMMENT_COUNT_WORDS,
  RIGHTS_PHRASES,
  DETERMINERS,
  BIO_COPULAS,
  SELF_INTRODUCTIONS,
  SIGN_OFFS,
} from './boilerplate-words';
import { type BlockInfo, describeBlock, readableText, UNSEEN } from './block-info';
import { isBlockElement } from './text-map';
import { blockFeatures } from './block-features';
import { articleTextProbability } from './block-filter';
import { BLOCK_FILTER_MODEL } from './data/block-filter-model';
import type { HandRule, PruneRule } from './prune-rules';

/**
 * Readability picks the part of the page with the most prose and keeps whatever
 * sits around it in the same container: a site's navigation, share bars,
 * "related" lists, sign-up boxes, comments, footers. This pass drops those
 * blocks from the article, one block at a time, by what the page's own markup
 * calls them (element, role, class and id words) and by their shape (mostly
 * links, runs of short link items, a box titled "Related"). Bylines and date
 * lines go too: the page's metadata carries them, the text keeps the story.
 */

const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'dialog', 'form', 'button', 'select']);
/** Landmarks that are not the story, and the widget roles a player's or a toolbar's controls take ("Play Video", "Loaded: 0%"). */
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'menu', 'menubar', 'banner', 'dialog', 'alert', 'button', 'slider', 'progressbar', 'toolbar', 'menuitem']);
const LIST_TAGS = new Set(['ul', 'ol', 'menu', 'dl']);

/** An ancestor holding at least this share of the kept text is the article's own container: its name is not furniture. */
const CONTAINER_SHARE = 0.4;
/** Share of a block's text inside links above which it is a list of links rather than prose. */
const LINK_DENSE = 0.6;
/** A short block: a menu item, a byline, a date. */
const SHORT_BLOCK = 160;
/** How many blocks at the end of the story count as its edge. */
const EDGE_BLOCKS = 4;
/** A call to action or notice is a line or two, not a paragraph of the story. */
const PROMO_CHARS = 250;
/** A slot word ("ads", "promo") names furniture only on an element holding less kept text than this. */
const SLOT_TEXT = 300;

export interface PruneOptions {
  /** Headings that title the article itself are never furniture. */
  keep?: ReadonlySet<Element>;
  /** The page's byline ("By Jake Goulding and Ann Lee"): a paragraph at the story's end about its author is a bio, not the story. */
  byline?: string;
  /** The page's own names, its site's and its address's ("Nation News", "www.nationnews.com"): a credit naming only them names no author. */
  site?: readonly string[];
  /** Filled by the pass: the name the page's author box gives, for the metadata of a page without a byline. */
  found?: { author?: string };
}

/** A label or a call to action is a few words. */
const LABEL_CHARS = 60;
/** A disclosure is a notice of a sentence or three, not a paragraph of the story that mentions one. */
const DISCLOSURE_CHARS = 400;
/** An author's bio is a short paragraph or two. */
const BIO_CHARS = 600;

/** The blocks (live elements in document order) that are article text. */
export function pruneBoilerplate(blocks: readonly Element[], options: PruneOptions = {}): Element[] {
  const rules = explainBoilerplate(blocks, options);
  return blocks.filter((_, i) => rules[i] === undefined);
}

/** For each block, the rule that leaves it out, or undefined when it is article text (the corpus evaluation weighs each rule). */
export function explainBoilerplate(blocks: readonly Element[], options: PruneOptions = {}): Array<PruneRule | undefined> {
  // Each block is described once: the hand rules and the learned filter's features read the same record.
  const info = blocks.map(describeBlock);
  const rules: Array<PruneRule | undefined> = handRules(info, options);
  const features = blockFeatures(info, rules as ReadonlyArray<HandRule | undefined>);
  for (let i = 0; i < blocks.length; i++) {
    if (rules[i] || options.keep?.has(blocks[i]!)) continue;
    if (articleTextProbability(features[i]!, BLOCK_FILTER_MODEL.weights) < BLOCK_FILTER_MODEL.threshold) rules[i] = 'learned-filter';
  }
  for (let i = 0; i < blocks.length; i++) if (rules[i] === 'learned-filter' && (isIntertitle(info, rules, i) || isSignOff(info, rules, i))) rules[i] = undefined;
  return rules;
}

/** A sign-off is a line this short at most. */
const SIGN_OFF_CHARS = 40;

/**
 * The writer's sign-off closing the post ("x Franzi", "Euer HansEhrlich", "XX, Die Redaktion"): a short line
 * without a link that opens with a closing word, after the story's last kept block and with nothing kept after it.
 * The learned filter sees a short line at the end, as a byline or a label is; this one is the post's own.
 */
function isSignOff(info: readonly BlockInfo[], rules: ReadonlyArray<PruneRule | undefined>, at: number): boolean {
  const b = info[at]!;
  if (b.chars > SIGN_OFF_CHARS || b.links > 0 || b.heading || at === 0 || rules[at - 1] !== undefined) return false;
  for (let j = at + 1; j < info.length; j++) if (rules[j] === undefined) return false;
  return SIGN_OFF.test(b.text.trim());
}

/**
 * A linked item of a list whose other items are the story's prose is the story's too: a roundup's or a
 * changelog's entries each link their source ("mconley re-enabled TART", "Bug 1677080 – Fullscreen PiP window
 * is affected …"), among items in plain words. A list of links (a menu, a box of related stories) has few or
 * no such items. Taken back from the link-list rule where a list's items the rules keep are at least as many as
 * its linked ones, and at least two.
 */
function keepLinkedStoryItems(info: readonly BlockInfo[], drop: Array<HandRule | undefined>): void {
  const tally = new Map<Element, { kept: number; linked: number }>();
  info.forEach((b, i) => {
    const list = b.tag === 'li' ? b.el.parentElement : null;
    if (!list || (drop[i] !== undefined && drop[i] !== 'link-list')) return;
    const count = tally.get(list) ?? { kept: 0, linked: 0 };
    if (drop[i] === 'link-list') count.linked++;
    else count.kept++;
    tally.set(list, count);
  });
  info.forEach((b, i) => {
    const count = drop[i] === 'link-list' && b.tag === 'li' ? tally.get(b.el.parentElement!) : undefined;
    if (count && count.kept >= STORY_LIST_ITEMS && count.kept >= count.linked) drop[i] = undefined;
  });
}

/** A list with this many items in plain words or more is the story's own. */
const STORY_LIST_ITEMS = 2;

/** A block is read line by line when it holds at least this share of the candidate blocks' text … */
const LINE_BLOCK_SHARE = 0.5;
/** … in at least this many lines. */
const LINE_BLOCK_LINES = 8;
/** Rules that read a block's markup: a line shares its wrapper's, which the block pass has judged already. */
const MARKUP_RULES: ReadonlySet<PruneRule> = new Set(['furniture-markup', 'byline-markup', 'picture-credit']);

/**
 * A block that holds most of the page's text as loose lines (text and `<br>` set straight in one wrapper, as
 * some blog and forum templates write a whole page) is one block to the rules, which keep the comment form's
 * notice with the story. Its lines are judged on their own by the hand rules that read text and shape, as
 * blocks in the wrapper's place; the nodes of the lines they drop are returned, for the text map to skip.
 */
export function furnitureLines(blocks: readonly Element[], options: PruneOptions = {}): Set<Node> {
  const skip = new Set<Node>();
  let total = 0;
  for (const block of blocks) total += (block.textContent ?? '').replace(/\s+/g, '').length;
  for (const block of blocks) {
    const lines = linesOf(block);
    if (lines.length < LINE_BLOCK_LINES) continue;
    const info = lines.map((line) => lineInfo(block, line));
    if (info.reduce((sum, b) => sum + b.text.replace(/\s+/g, '').length, 0) < LINE_BLOCK_SHARE * total) continue;
    const rules = handRules(info, options);
    lines.forEach((line, i) => {
      if (rules[i] && !MARKUP_RULES.has(rules[i]!)) for (const node of line) skip.add(node);
    });
  }
  return skip;
}

/** The lines of a block of inline content and `<br>`s, each its nodes; none when it holds a block element or no loose text. */
function linesOf(block: Element): Node[][] {
  const lines: Node[][] = [[]];
  let loose = false;
  for (const node of block.childNodes) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.localName.toLowerCase() === 'br') {
        lines.push([]);
        continue;
      }
      if (isBlockElement(el) || el.querySelector('br')) return [];
    } else if (node.nodeType === 3 && (node as Text).data.trim()) loose = true;
    lines[lines.length - 1]!.push(node);
  }
  return loose ? lines.filter((line) => line.some((node) => (node.textContent ?? '').trim())) : [];
}

/** A line described as a block in its wrapper's place: its own text and links. */
function lineInfo(block: Element, line: readonly Node[]): BlockInfo {
  const text = line.map((node) => node.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
  let links = 0;
  let linkChars = 0;
  for (const node of line) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    for (const a of el.localName.toLowerCase() === 'a' ? [el] : [...el.querySelectorAll('a')]) {
      const length = (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      if (length === 0) continue;
      links++;
      linkChars += length;
    }
  }
  const linkShare = text.length ? Math.min(1, linkChars / text.length) : 0;
  return { el: block, tag: block.localName.toLowerCase(), text, chars: text.length, links, linkChars, linkShare, heading: false, insideLink: false };
}

/** A paragraph of the story on either side of a subheading: this long, ending as a sentence does. */
const INTERTITLE_NEIGHBOUR_CHARS = 150;

/**
 * A heading between two paragraphs of the story that are kept ("“Batman Arkham VR” ($20)" between the
 * reviews of a roundup, "Wrap-up" before a story's last section) is one of the story's own subheadings: the
 * learned filter, which sees a short line without a sentence, does not take it out. A box's title above
 * links or teasers is not between two such paragraphs, and the hand rules still drop "Related stories".
 */
function isIntertitle(info: readonly BlockInfo[], rules: ReadonlyArray<PruneRule | undefined>, at: number): boolean {
  if (!info[at]!.heading) return false;
  const keptProse = (step: number): boolean => {
    for (let j = at + step; j >= 0 && j < info.length; j += step) {
      if (rules[j] === undefined) return isStoryParagraph(info[j]!);
    }
    return false;
  };
  return keptProse(-1) && keptProse(1);
}

function isStoryParagraph(b: BlockInfo): boolean {
  return !b.heading && b.chars >= INTERTITLE_NEIGHBOUR_CHARS && b.linkShare < 0.5 && /[.!?…]["”’»)]*$/u.test(b.text);
}

/** Controls set inside a block: a button's words are its label, not the block's. */
const CONTROLS = 'button, [role="button"]';
const UNREAD = `${CONTROLS}, ${UNSEEN}`;

/**
 * A block's text less the controls inside it: a recipe's step holding its picture's toggle ("Verrühre alle
 * Zutaten … zu einem glatten Teig." and a `role="button"` "Bild anzeigen Bild schließen") is a step, not a
 * notice, and a furniture phrase read in the toggle must not drop it.
 */
function textLessControls(b: BlockInfo): string {
  if (!b.el.querySelector(CONTROLS)) return b.text;
  return readableText(b.el, UNREAD).replace(/\s+/g, ' ').trim();
}

/** The hand-written rules alone (the learned filter is trained on what they say). */
export function handRules(info: readonly BlockInfo[], options: PruneOptions = {}): Array<HandRule | undefined> {
  if (info.length === 0) return [];
  const total = info.reduce((sum, b) => sum + b.chars, 0) || 1;

  // Kept characters under each ancestor, to tell the article's container from a box inside it.
  const under = new Map<Element, number>();
  for (const b of info) {
    for (let el = b.el.parentElement; el; el = el.parentElement) under.set(el, (under.get(el) ?? 0) + b.chars);
  }
  const isContainer = (el: Element) => (under.get(el) ?? 0) >= total * CONTAINER_SHARE;
  // The elements holding a paragraph of the story: a paywall's name on one of them is the story's wrapper, not the offer.
  const holdsStory = new Set<Element>();
  for (const b of info) {
    if (!isStoryParagraph(b)) continue;
    for (let el: Element | null = b.el; el && !holdsStory.has(el); el = el.parentElement) holdsStory.add(el);
  }

  const drop = new Array<HandRule | undefined>(info.length).fill(undefined);
  const site = siteNames(options.site ?? []);
  const verdictOf = new Map<Element, boolean>();
  for (let i = 0; i < info.length; i++) {
    const b = info[i]!;
    if (options.keep?.has(b.el)) continue;
    if (insideFurniture(b, isContainer, (el) => under.get(el) ?? b.chars, holdsStory, verdictOf) || (b.chars < LABEL_CHARS && inGallery(b.el, isContainer))) drop[i] = 'furniture-markup';
    else if ((b.chars < SHORT_BLOCK && namedAsByline(b.el, isContainer)) || (b.chars < BIO_CHARS && inAuthorBox(b.el, isContainer))) drop[i] = 'byline-markup';
  }

  dropInsetGalleries(info, drop, options.keep);

  // Shape: lists of links, and runs of link-dense blocks (a menu flattened into divs).
  for (let i = 0; i < info.length; i++) {
    const b = info[i]!;
    if (drop[i] || options.keep?.has(b.el)) continue;
    if (b.linkShare < LINK_DENSE || b.chars === 0) continue;
    // Two or more links and nothing else in a line of a few words: a row of buttons ("Jump to Recipe", "Print Recipe").
    const list = LIST_TAGS.has(b.tag) || b.links >= 3 || (b.links >= 2 && b.linkShare >= 0.9 && b.chars < LABEL_CHARS);
    const neighbour = (j: number) => info[j] !== undefined && info[j]!.linkShare >= LINK_DENSE && info[j]!.chars > 0;
    if (list || neighbour(i - 1) || neighbour(i + 1)) drop[i] = 'link-list';
  }
  keepLinkedStoryItems(info, drop);

  // Teasers set into the story ("Read more: …", "Lea también: …") and headline-only links between paragraphs;
  // labels on their own line ("Advertisement") and affiliate disclosures, wherever they sit.
  for (let i = 0; i < info.length; i++) {
    const b = info[i]!;
    if (drop[i] || options.keep?.has(b.el)) continue;
    if (isLabelledTeaser(b) || (!b.heading && isLoneHeadlineLink(b))) drop[i] = 'teaser-link';
    else if (isLabel(b)) drop[i] = 'label';
    else if (b.chars < DISCLOSURE_CHARS && isDisclosure(b.text)) drop[i] = 'disclosure';
    // Share counts and other figures alone ("6366"), and a short call to action without a sentence ("SIGN UP FOR OUR NEWSLETTER").
    else if (!b.heading && (!/\p{L}/u.test(b.text) || (b.chars < LABEL_CHARS && !/[.!?…]["”’)]?$/u.test(b.text) && hasFurniturePhrase(b.text) && !introducesListing(b)) || (b.chars < PROMO_CHARS && opensAsCallToAction(b.text)))) drop[i] = 'call-to-action';
    // "Related: Chicago is America's most segregated city" (unlinked), "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET".
    // A caption named so and opening with its picture's credit ("© Getty Images MANCHESTER, Sept. 29 …") is one however long.
    else if (!b.heading && (b.chars < CAPTION_CHARS ? isPictureCredit(b.text) || namedAsCaption(b.el, isContainer) : OPENING_COPYRIGHT.test(b.text) && holdsNamedCaption(b, isContainer))) drop[i] = 'picture-credit';
    else if (!b.heading && isTitledTeaser(b)) drop[i] = 'teaser-link';
    else if (!b.heading && isPostingLine(b)) drop[i] = 'posting-line';
    else if (!b.heading && b.chars < LABEL_CHARS && isSiteCredit(b.text, site)) drop[i] = 'site-credit';
    else if (isDisguisedText(b.text)) drop[i] = 'mixed-script';
  }

  // A slideshow told in captions (each slide's caption closing with its picture's credit): the captions are the story.
  keepSlideshowCaptions(info, drop);

  // The story's end: a posting line ("Category: Press releases", "Last modified: …") among the last two
  // blocks, and a short call to action, notice or bio line among the last few.
  // Walked from the end, so that what is dropped there brings the next block to the edge.
  const kept = info.map((_, i) => i).filter((i) => !drop[i] && !options.keep?.has(info[i]!.el));
  // Without a byline in the page's metadata, the name its author box gives (a line the byline rules dropped).
  const boxed = options.byline ? undefined : boxedAuthor(info, drop);
  if (boxed && options.found) options.found.author = boxed.text;
  const authors = authorNames(options.byline ?? boxed?.text);
  // The story's text above a block at its end, joined once per page when first asked for.
  let joined: string[] | undefined;
  const storyBefore = (rank: number): string => {
    joined ??= kept.map((k) => info[k]!.text);
    return joined.slice(0, rank).join(' ');
  };
  let fromEnd = 0;
  for (let rank = kept.length - 1; rank >= 0; rank--) {
    const i = kept[rank]!;
    const b = info[i]!;
    fromEnd++;
    const atEdge = rank < EDGE_BLOCKS || fromEnd <= EDGE_BLOCKS;
    if (fromEnd <= 2 && isLabelLine(b)) drop[i] = 'end-label-line';
    // A list item is an entry of a list (a timeline, a schedule, minutes), not a date line.
    else if (atEdge && !b.heading && b.tag !== 'li' && isDateLine(b)) drop[i] = 'end-date-line';
    else if (rank < EDGE_BLOCKS && !b.heading && b.chars < PROMO_CHARS && (isByline(b.text) || isBylineLead(b.text) || namesOnlyAuthors(b.text, authors))) drop[i] = 'end-byline';
    else if (fromEnd <= EDGE_BLOCKS && !b.heading && b.tag !== 'li' && BARE_ADDRESS.test(b.text)) drop[i] = 'site-credit';
    else if (fromEnd <= EDGE_BLOCKS && ((b.chars < PROMO_CHARS && (hasFurniturePhrase(textLessControls(b)) || isContactLine(b.text))) || (b.chars < DISCLOSURE_CHARS && (isRightsNotice(b.text) || isCitationNote(b.text))))) drop[i] = 'end-notice';
    else if (!b.heading && b.chars < BIO_CHARS && ((fromEnd <= EDGE_BLOCKS && isAuthorBio(b.text, authors)) || (fromEnd <= UNNAMED_BIO_BLOCKS && (isUnnamedBio(b.text, storyBefore(rank)) || isSelfIntroduction(b.text))))) {
      drop[i] = 'end-bio';
      // Its title ("Author", "About Jake"): a short heading right above it.
      const above = kept[rank - 1];
      if (above !== undefined && info[above]!.heading && info[above]!.text.split(' ').length <= 4) drop[above] = 'end-bio';
    }
    if (drop[i]) fromEnd--;
  }

  // Another story set into this one: a box of its own (not the article's container, not its headline's)
  // that opens with a heading and a byline ("Prince Charles: …", "By Tom Pyman for MailOnline").
  // One such box; a page of several is a live blog or a digest, whose entries are the story.
  const nested = nestedStories(info, drop, isContainer, options.keep);
  if (nested.length === 1) for (let i = 0; i < info.length; i++) if (nested[0]!.contains(info[i]!.el)) drop[i] ??= 'nested-story';

  // A box titled like furniture ("Related stories", "Comments"): the title and its items.
  for (let i = 0; i < info.length; i++) {
    const b = info[i]!;
    if (drop[i] || !b.heading || options.keep?.has(b.el) || !isFurnitureTitle(b.text)) continue;
    drop[i] = 'furniture-box';
    // Its items: all of a box of teasers the title opens, then short or linked lines up to the next heading or paragraph of prose.
    const box = titledBox(info, i, isContainer);
    let j = i + 1;
    while (box && j < info.length && box.contains(info[j]!.el)) drop[j++] ??= 'furniture-box';
    for (; j < info.length && !info[j]!.heading; j++) {
      const item = info[j]!;
      if (item.chars >= SHORT_BLOCK && item.linkShare < 0.3) break;
      drop[j] ??= 'furniture-box';
    }
  }

  // A heading left with nothing under it but links the rules dropped ("Auch auf gofeminin.de" over three teasers): the box's title.
  // A heading that ends in a colon introduces what follows it ("Search for this author in:" over PubMed and Google Scholar
  // links): when that is links the rules dropped, it goes too, whatever comes after them.
  for (let i = 0; i < info.length; i++) {
    if (drop[i] || !info[i]!.heading || options.keep?.has(info[i]!.el)) continue;
    let j = i + 1;
    while (j < info.length && !info[j]!.heading && (drop[j] === 'link-list' || drop[j] === 'teaser-link')) j++;
    if (j > i + 1 && (j === info.length || info[j]!.heading || info[i]!.text.trimEnd().endsWith(':'))) drop[i] = 'furniture-box';
  }
  return drop;
}

/**
 * The box a furniture title heads: its nearest ancestor holding a block after it, when that ancestor
 * opens with the title, is not the article's own container, and holds only teasers ("jp-relatedposts":
 * "Related", then each post's linked title, its summary and date): no paragraph of prose there but
 * a summary under a linked title.
 */
function titledBox(info: readonly BlockInfo[], at: number, isContainer: (el: Element) => boolean): Element | undefined {
  const next = info[at + 1];
  if (!next) return undefined;
  let box = info[at]!.el.parentElement;
  while (box && !box.contains(next.el)) box = box.parentElement;
  if (!box || isContainer(box) || box.localName.toLowerCase() === 'body') return undefined;
  // Opens with the title: no block before it in the same box.
  if (at > 0 && box.contains(info[at - 1]!.el)) return undefined;
  let underLinkedTitle = false;
  for (let j = at + 1; j < info.length && box.contains(info[j]!.el); j++) {
    const item = info[j]!;
    if (item.heading) underLinkedTitle = item.linkShare >= LINK_DENSE;
    else if (item.chars >= SHORT_BLOCK && item.linkShare < LINK_DENSE && !underLinkedTitle) return undefined;
  }
  return box;
}

/** A nested story holds at most this share of the kept text. */
const NESTED_STORY_SHARE = 0.25;

/**
 * Boxes that open with a heading and then a short byline, below the article's container and
 * apart from its own headline: each is another story with its own author.
 */
function nestedStories(info: readonly BlockInfo[], drop: ReadonlyArray<HandRule | undefined>, isContainer: (el: Element) => boolean, keep?: ReadonlySet<Element>): Element[] {
  const total = info.reduce((sum, b) => sum + b.chars, 0) || 1;
  const boxes: Element[] = [];
  for (let i = 1; i < info.length; i++) {
    const b = info[i]!;
    const heading = info[i - 1]!;
    if (drop[i] || drop[i - 1] || !heading.heading || keep?.has(heading.el) || b.heading || b.chars >= SHORT_BLOCK || !isByline(b.text)) continue;
    let box: Element | null = b.el.parentElement;
    while (box && !box.contains(heading.el)) box = box.parentElement;
    if (!box || isContainer(box) || [...(keep ?? [])].some((k) => box!.contains(k))) continue;
    const inside = info.filter((x) => box!.contains(x.el));
    const chars = inside.reduce((sum, x) => sum + x.chars, 0);
    if (inside[0] === heading && chars <= total * NESTED_STORY_SHARE) boxes.push(box);
  }
  return boxes;
}

/** A gallery set into the story has at least this many of the story's paragraphs on either side of it. */
const INSET_GALLERY_SIDE_PARAGRAPHS = 2;
/** A paragraph of prose: a sentence or more, this long at least. */
const PROSE_PARAGRAPH_CHARS = 80;

const isProseParagraph = (b: BlockInfo): boolean => !b.heading && b.chars >= PROSE_PARAGRAPH_CHARS && b.linkShare < 0.5 && /[.!?…]["”’»)]*$/u.test(b.text);

/**
 * A photo gallery set into a story between its paragraphs (the Independent's fifty business pictures of the
 * week, each "1/50 United goin down" with its blurb, inside a story about hotels; the Post's gallery of another
 * story): its slides tell other stories, whatever their length. The gallery is the outermost box named so
 * (`GALLERY_MARKUP_WORDS`) that does not hold the whole pick; a page whose story is the gallery (a slideshow, its
 * intro above it) has no run of the story's paragraphs after it as well as before.
 */
function dropInsetGalleries(info: readonly BlockInfo[], drop: Array<HandRule | undefined>, keep?: ReadonlySet<Element>): void {
  if (info.length < 2 * INSET_GALLERY_SIDE_PARAGRAPHS + 1) return;
  const first = info[0]!.el;
  const last = info[info.length - 1]!.el;
  const galleries = new Map<Element, number[]>();
  info.forEach((b, i) => {
    let gallery: Element | undefined;
    for (let up = b.el.parentElement; up && up.localName.toLowerCase() !== 'body'; up = up.parentElement) {
      if (up.contains(first) && up.contains(last)) break;
      if (namedAsGallery(up)) gallery = up;
    }
    if (!gallery) return;
    const at = galleries.get(gallery);
    if (at) at.push(i);
    else galleries.set(gallery, [i]);
  });
  const storyParagraphs = (from: number, to: number, gallery: Element): number => {
    let count = 0;
    for (let j = from; j < to; j++) if (!drop[j] && isProseParagraph(info[j]!) && !gallery.contains(info[j]!.el)) count++;
    return count;
  };
  for (const [gallery, at] of galleries) {
    if (at.some((i) => keep?.has(info[i]!.el))) continue;
    const before = storyParagraphs(0, at[0]!, gallery);
    const after = storyParagraphs(at[at.length - 1]! + 1, info.length, gallery);
    if (before >= INSET_GALLERY_SIDE_PARAGRAPHS && after >= INSET_GALLERY_SIDE_PARAGRAPHS) for (const i of at) drop[i] ??= 'furniture-markup';
  }
}

/**
 * Captions hold more of the page's text than everything else the rules keep: the page is a slideshow
 * whose captions tell the story (economictimes' "All of this - coupled with better cameras - comes in at
 * Rs 42,900 … Image credit: www.apple.com/in/"), not a story with pictures, and they stay.
 */
function keepSlideshowCaptions(info: readonly BlockInfo[], drop: Array<HandRule | undefined>): void {
  let captions = 0;
  let rest = 0;
  for (let i = 0; i < info.length; i++) {
    if (drop[i] === 'picture-credit') captions += info[i]!.chars;
    else if (drop[i] === undefined && !info[i]!.heading) rest += info[i]!.chars;
  }
  if (captions <= rest) return;
  for (let i = 0; i < info.length; i++) if (drop[i] === 'picture-credit') drop[i] = undefined;
}

/** A picture's caption with its credit is a line or two. */
const CAPTION_CHARS = 250;
const CREDIT_WORDS = [...new Set(Object.values(CREDIT_LABELS).flat())].join('|');
/** "© Oli Scarff/Getty Images", "(© FEI/Christophe Taniere)". */
const OPENING_COPYRIGHT = /^\(?©/u;
/** "… gut getarnt. (Foto: Getty)", "Foto: Andina", "Roman Prymula, photo: Archives …": a credit label and a name closing the block. */
const CLOSING_CREDIT = new RegExp(`(?:^|[\\s(|,;–—-])(?:${CREDIT_WORDS})\\s*:\\s*(?:[^.!?():]|\\.(?!\\s)){1,80}\\)?$`, 'iu');
/** "(mlharing / iStock.com)": a closing parenthesis naming a picture agency. */
const CLOSING_AGENCY = new RegExp(`\\([^()]*\\b(?:${PICTURE_AGENCIES.join('|')})\\b[^()]*\\)$`, 'iu');

/** "Featured image by Alberto Riva/The Points Guy.", "Photo courtesy of the Water Board": the whole block is a credit naming its maker. */
const CREDIT_BY = new RegExp(`^(?:(?:${CREDIT_LABEL_QUALIFIERS.join('|')})\\s+)?(?:${CREDIT_WORDS})\\s+(?:${[...new Set(Object.values(CREDIT_BY_WORDS).flat())].join('|')})\\s+`, 'iu');
/** The maker's name after it: capitalised (after a short article: "the Water Board"), a line without a sentence's stop before its end. */
const CREDITED_NAME = /^(?:\p{Ll}{1,3}\s+)?[\p{Lu}\d](?:[^.!?():]|\.(?!\s)){0,80}\.?$/u;

/** A picture's credit, alone or closing its caption, set as a block of its own (a `figcaption` is left out before this pass). */
function isPictureCredit(text: string): boolean {
  return OPENING_COPYRIGHT.test(text) || CLOSING_CREDIT.test(text) || CLOSING_AGENCY.test(text) || creditsByName(text);
}

function creditsByName(text: string): boolean {
  const label = CREDIT_BY.exec(text);
  return label !== null && CREDITED_NAME.test(text.slice(label[0].length));
}

const CITATION_OPENING = [...new Set(Object.values(CITATION_OPENINGS).flat())];

/** "Citation: Flint flake tool … (2019, October 22) retrieved 20 January 2020 from https://phys.org/…": how to cite the page, not the story. */
function isCitationNote(text: string): boolean {
  const lower = text.toLowerCase();
  return CITATION_OPENING.some((opening) => lower.startsWith(opening));
}

const CALL_TO_ACTION = new RegExp(`^(?:${[...new Set(Object.values(CALL_TO_ACTION_OPENINGS).flat())].join('|')})\\b`, 'iu');

/** A block opening with a call to action ("Sign up for the free daily TPG newsletter for more airline news!"). */
function opensAsCallToAction(text: string): boolean {
  return CALL_TO_ACTION.test(text);
}

/** A short block whose own markup, or an ancestor's below the article's container (three up at most), names it a caption or credit. */
function namedAsCaption(el: Element, isContainer: (el: Element) => boolean): boolean {
  for (let up: Element | null = el, depth = 0; up && depth < 3 && !isContainer(up); up = up.parentElement, depth++) {
    if (markupTokens(up).some((words) => words.some((w) => CAPTION_MARKUP_WORDS.has(w)))) return true;
  }
  return false;
}

/** A block named as a caption (`namedAsCaption`), or a picture's box whose text is nearly all in an element so named (`span.storyimage` > `span.caption`). */
function holdsNamedCaption(b: BlockInfo, isContainer: (el: Element) => boolean): boolean {
  if (namedAsCaption(b.el, isContainer)) return true;
  for (const el of b.el.querySelectorAll('[class]')) {
    if (markupTokens(el).some((words) => words.some((w) => CAPTION_MARKUP_WORDS.has(w)))) return (el.textContent ?? '').trim().length >= 0.8 * b.chars;
  }
  return false;
}

/** A line ending in a colon right before a code listing ("And its test suite, powered by Mocha and Chai:"): the story's lead-in to it. */
function introducesListing(b: BlockInfo): boolean {
  const next = b.el.nextElementSibling;
  return b.text.trimEnd().endsWith(':') && next !== null && (next.localName.toLowerCase() === 'pre' || next.querySelector('pre') !== null);
}

/** A web address written out. */
const WRITTEN_ADDRESS = /^(https?:\/\/|www\.)/i;

/** What parts a teaser's label from its headline: "Read more: …", "À lire aussi » …", "Related → …". */
const TEASER_SEPARATOR = /[:»›→|]/u;

/**
 * "Read more: <a>Another story</a>", "À lire aussi » <a>…</a>": a short label (or a box's title however
 * long, "Das könnte Dich auch interessieren:"), a separator, then mostly a link; in a heading, only a box's title.
 */
function isLabelledTeaser(b: BlockInfo): boolean {
  const at = b.text.search(TEASER_SEPARATOR);
  if (at < 2 || b.links === 0) return false;
  // "http://…", "Sign the petition: www.…": an address the story writes out, not a teaser's headline.
  if (b.text.startsWith('//', at + 1) || WRITTEN_ADDRESS.test(b.text.slice(at + 1).trim())) return false;
  const label = b.text.slice(0, at);
  // A heading so set ("MIRA: <a>…</a>") only under a box's known title: headings open with a topic and a colon.
  const titled = FURNITURE_TITLES.has(normalTitle(label));
  if (!titled && (b.heading || at > 30 || label.trim().split(/\s+/).length > 4)) return false;
  const rest = b.text.length - at - 1;
  return rest > 0 && b.linkChars >= 0.6 * rest;
}

/** A furniture title, a colon, then a headline: "Related: …", "Read more: …", "See also: …" (linked or not). */
function isTitledTeaser(b: BlockInfo): boolean {
  const colon = b.text.indexOf(':');
  if (colon < 2 || colon > 30 || b.chars > 150 || /[.!?…]["”’)]?$/u.test(b.text)) return false;
  return FURNITURE_TITLES.has(normalTitle(b.text.slice(0, colon)));
}

/** A posting word after a space, bracket or separator, then a space, a colon or the end. */
const POSTING_WORD = new RegExp(`[\\s(|·•](?:${[...new Set(Object.values(DATELINE_WORDS).flat())].join('|')})(?:\\s|:|$)`, 'u');

/** A short line naming when the story was posted or updated, with a year and no sentence: "Updated 12:30 PM ET, Feb 1, 2016". */
function isPostingLine(b: BlockInfo): boolean {
  if (b.chars > 100 || !/\b(?:19|20)\d{2}\b/.test(b.text) || /[.!?…]["”’)]?$/u.test(b.text)) return false;
  return POSTING_WORD.test(` ${b.text.toLowerCase()}`);
}

/** "Category: Press releases", "Release date:": a short label and a short value, no sentence. */
function isLabelLine(b: BlockInfo): boolean {
  return b.chars < 80 && /^[^:.!?]{2,25}:(\s|$)/u.test(b.text) && !/[.!?…]$/.test(b.text);
}

/** "posted on April 21, 2015, at 11:29 a.m.", "Updated 12.03.2021": a few words around a year or a date, no sentence. */
function isDateLine(b: BlockInfo): boolean {
  if (b.chars > 70 || /[!?]$/.test(b.text) || b.text.split(' ').length > 10) return false;
  return /\b(19|20)\d{2}\b/.test(b.text) || /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/.test(b.text);
}

const LEADS = [...new Set(Object.values(BYLINE_LEADS).flat())];

/** "By Alex Heath …", "Von Anna Schmidt": a byline word, then a capitalised name (and no sentence of the story after it). */
function isByline(text: string): boolean {
  const lower = text.toLowerCase();
  return LEADS.some((lead) => lower.startsWith(lead) && /^:?\s+\p{Lu}/u.test(text.slice(lead.length))) && !opensWithByline(text);
}

/** Words after a byline's separator from which on the block is the story's lead sentence, not the byline. */
const LEAD_SENTENCE_WORDS = 10;

/**
 * "By Aaron Humes: The Americas cannot ignore …", "By Ann Lee (Reuters) - Oil prices fell …":
 * the lead paragraph with the byline set in front of it, a whole sentence after a colon or dash.
 */
function opensWithByline(text: string): boolean {
  const separator = /:\s|\s[-–—]\s/u.exec(text);
  if (!separator) return false;
  const rest = text.slice(separator.index + separator[0].length).trim();
  return rest.split(/\s+/).length >= LEAD_SENTENCE_WORDS && /[.!?…]["”’')\]]*$/u.test(rest);
}

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;

/** Words of a sentence of the story: beside an address, it makes the block the story's, not a contact notice. */
const STORY_SENTENCE_WORDS = 8;

/**
 * "Questions? Email tips@example.com": a block that gives an e-mail address and says nothing else.
 * A paragraph whose other sentences tell the story ("On the first and last days of voting, hours will be
 * extended … Email vote@… for more information") is the story's, address and all.
 */
function isContactLine(text: string): boolean {
  if (!EMAIL.test(text)) return false;
  const others = text.split(/(?<=[.!?…])\s+(?=["“(]?\p{Lu})/u).filter((s) => !EMAIL.test(s));
  return !others.some((s) => isStorySentence(s));
}

const READER = new Set(Object.values(READER_WORDS).flat());

/** A statement of some length that neither calls to action nor turns to the reader. */
function isStorySentence(sentence: string): boolean {
  const words = sentence.toLowerCase().split(/\s+/);
  return /\.["”’)]?$/u.test(sentence) && words.length >= STORY_SENTENCE_WORDS && !words.some((w) => READER.has(w.replace(/[^\p{L}']/gu, ''))) && !hasFurniturePhrase(sentence);
}

interface Authors {
  /** Whole names: "jake goulding". */
  full: Set<string>;
  /** First names: "jake" ("Jake is the co-founder of …"). */
  first: Set<string>;
}

/** The names in a byline: "By Jake Goulding and Ann Lee" → jake goulding, ann lee; jake, ann. */
function authorNames(byline: string | undefined): Authors {
  const names: Authors = { full: new Set(), first: new Set() };
  if (!byline) return names;
  const lower = byline.toLowerCase().replace(/\s+/g, ' ').trim();
  const lead = LEADS.find((l) => lower.startsWith(`${l} `));
  for (const name of (lead ? lower.slice(lead.length) : lower).split(/,|;|\||&|\band\b|\bund\b|\bet\b|\by\b/u)) {
    const words = name.trim().split(' ').filter((w) => /^\p{L}[\p{L}'’.-]+$/u.test(w));
    if (words.length < 2 || words.length > 4) continue;
    names.full.add(words.join(' '));
    if (words[0]!.replace(/\./g, '').length > 2) names.first.add(words[0]!);
  }
  return names;
}

/** A word that mixes Latin letters with Cyrillic or Greek ones: "Аdvеrtіѕе" spelled with Cyrillic А, е, і, ѕ. */
const MIXED_SCRIPT_WORD = /^(?=.*\p{Script=Latin})(?=.*[\p{Script=Cyrillic}\p{Script=Greek}])\p{L}+$/u;
/** Words so spelled a block must hold, in number and as a share of its words, to be disguised (a unit such as "μg" is one word). */
const DISGUISED_WORDS = 3;
const DISGUISED_SHARE = 0.2;

/**
 * "Аdvеrtіѕе wіth thе most visited news site …": text whose words are spelled with look-alike letters of
 * another script, so that filters matching words pass it by. No writer of any language spells so: it is an
 * advertisement hiding from ad blockers.
 */
function isDisguisedText(text: string): boolean {
  const words = text.split(/[^\p{L}]+/u).filter(Boolean);
  const mixed = words.filter((w) => MIXED_SCRIPT_WORD.test(w)).length;
  return mixed >= DISGUISED_WORDS && mixed >= DISGUISED_SHARE * words.length;
}

/** Letters and digits only, in lower case: "Nation News", "nationnews" and "NationNews.com" as a site is named. */
const compact = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The ways a page names its own site: its site name, its host, and the host's name without its domain ("nationnews.com" → nationnews). */
function siteNames(names: readonly string[]): Set<string> {
  const site = new Set<string>();
  for (const name of names) {
    const host = name.toLowerCase().replace(/^www\./, '');
    site.add(compact(host));
    if (/^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u.test(host)) site.add(compact(host.slice(0, host.lastIndexOf('.'))));
  }
  site.delete('');
  return site;
}

/**
 * "Article by nationnews", "By NationNews.com": a byline that names only the site publishing the story,
 * no author; the page's metadata carries the site.
 */
function isSiteCredit(text: string, site: ReadonlySet<string>): boolean {
  if (site.size === 0) return false;
  // Compared without spaces: a block's text runs the lines of "Article by<br>nationnews" together.
  const words = compact(text);
  return LEADS.some((lead) => words.startsWith(compact(lead)) && site.has(words.slice(compact(lead).length)));
}

/**
 * "www.sortimo.ch", "BVINEWS.COM", "sueddeutsche.de": a line that is only a web address, in one case
 * throughout; under a story, the credit of the site it came from or of the one it is about.
 */
const BARE_ADDRESS = /^(?:(?:https?:\/\/)?(?:www\.)?(?:[a-z\d-]+\.)+[a-z]{2,6}|(?:HTTPS?:\/\/)?(?:WWW\.)?(?:[A-Z\d-]+\.)+[A-Z]{2,6})\/?$/u;

/** "Article by", "By": a byline's lead on a line of its own, the name set apart (a link the rules drop, or a line below). */
function isBylineLead(text: string): boolean {
  return LEADS.includes(text.toLowerCase().replace(/[\s:]+$/u, ''));
}

/** Words that join a byline's names. */
const NAME_JOINERS = new Set(['and', 'und', 'et', 'y']);

/** "Barry Alleyne", "Jake Goulding and Ann Lee": a line that is only the byline's names, set apart from their lead. */
function namesOnlyAuthors(text: string, authors: Authors): boolean {
  if (authors.full.size === 0 || text.length > 80) return false;
  const names = [...authorNames(text).full];
  if (names.length === 0 || !names.every((name) => authors.full.has(name))) return false;
  const words = normalTitle(text).split(' ').filter((w) => !NAME_JOINERS.has(w));
  return words.length === normalTitle(names.join(' ')).split(' ').length;
}

/** What a bio says of its author right after the first name. */
const BIO_VERB = /^(?:is|was|has|had|writes|wrote|covers|lives|joined|works|worked|holds|teaches|leads|founded|began|started|spent)$/u;

/**
 * "Jake is the co-founder of …", "Alice Wu fell down the rabbit hole of politics …": a paragraph that
 * opens with the author's name, then a verb (a lower-case word); a story's own paragraphs do not start
 * with its reporter's name.
 */
function isAuthorBio(text: string, authors: Authors): boolean {
  if (authors.full.size === 0) return false;
  const words = text.split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
    const name = words.slice(0, n);
    // "Evan V. Symon is …" under the byline "Evan Symon": a middle initial is no other name.
    const spelled = [name, name.filter((w) => !INITIAL.test(w))].map((n) => n.join(' ').toLowerCase());
    if (name.every((w) => /^\p{Lu}/u.test(w)) && spelled.some((n) => authors.full.has(n))) return /^\p{Ll}/u.test(words[n]!);
  }
  return words.length > 1 && authors.first.has(words[0]!.toLowerCase()) && /^\p{Lu}/u.test(words[0]!) && BIO_VERB.test(words[1]!);
}

const INITIAL = /^\p{Lu}\.$/u;

/** "Amy Motroni", "Evan V. Symon": two to four capitalised words (or initials), nothing else. */
const NAME_ONLY = /^\p{Lu}[\p{L}'’-]*\.?(?:\s\p{Lu}[\p{L}'’-]*\.?){1,3}$/u;

/**
 * The author's name as the page's author box gives it: the first line the byline rules dropped that is a name
 * alone, outside a recipe card (whose details, "Cuisine Italian", are set in "meta" lines as a date is).
 */
function boxedAuthor(info: readonly BlockInfo[], drop: ReadonlyArray<HandRule | undefined>): BlockInfo | undefined {
  return info.find((b, i) => drop[i] === 'byline-markup' && NAME_ONLY.test(b.text) && !inRecipeCard(b.el));
}

/** Whether a class or id word of the element or an ancestor names a recipe ("wprm-recipe-meta-container", "tasty-recipes-details"). */
function inRecipeCard(el: Element): boolean {
  for (let up: Element | null = el; up && up.localName.toLowerCase() !== 'body'; up = up.parentElement) {
    if (markupTokens(up).some((words) => words.some((w) => RECIPE_WORDS.has(w)))) return true;
  }
  return false;
}

const RECIPE_WORDS: ReadonlySet<string> = new Set(['recipe', 'recipes']);

const INTRODUCTIONS = [...new Set(Object.values(SELF_INTRODUCTIONS).flat())];

/**
 * "I'm Amy and I'm so glad you've stopped by! As a Certified Pediatric Sleep Consultant …", "Hi, I'm …",
 * "Ich bin Jessie Weiß, 32 Jahre jung …": the author introducing themself by name after the story.
 */
function isSelfIntroduction(text: string): boolean {
  const start = /^\p{L}+[,!]\s+/u.exec(text)?.[0].length ?? 0;
  const lower = text.toLowerCase().replace(/’/g, "'");
  return INTRODUCTIONS.some((opening) => {
    if (!lower.startsWith(opening, start)) return false;
    const name = /^\s+(\p{Lu}\p{L}*)/u.exec(text.slice(start + opening.length))?.[1];
    return name !== undefined && name !== 'I';
  });
}

/** A bio without a byline to match is looked for among this many blocks at the story's end. */
const UNNAMED_BIO_BLOCKS = 2;
const DETERMINER_WORDS = new Set(Object.values(DETERMINERS).flat());
/** "Candice Sealey is …", "Evan V. Symon is …", "Inga Buller ist …": a name of two or three capitalised words, then "is". */
const NAME_IS = new RegExp(String.raw`^(\p{Lu}[\p{L}'’-]*\.?(?:\s\p{Lu}[\p{L}'’-]*\.?){1,2})\s(?:${[...new Set(Object.values(BIO_COPULAS).flat())].join('|')})\s`, 'u');

/**
 * "Candice Sealey is the Founder & Principal Consultant at Ignite! …": a paragraph at the story's end
 * that opens with a person's name and "is", on a page whose byline names no one to match, is the
 * author's bio when the story has not named that person before: a story's own closing lines are about
 * the people it has been telling of.
 */
function isUnnamedBio(text: string, before: string): boolean {
  const name = NAME_IS.exec(text)?.[1];
  if (!name) return false;
  const words = name.split(/\s/);
  if (DETERMINER_WORDS.has(words[0]!.toLowerCase())) return false;
  const surname = words[words.length - 1]!.replace(/\.$/, '');
  return surname.length > 1 && !new RegExp(`(?:^|[^\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[^\\p{L}]|$)`, 'u').test(before);
}

const PHRASES = [...new Set(Object.values(FURNITURE_PHRASES).flat())];

function hasFurniturePhrase(text: string): boolean {
  const lower = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `;
  return PHRASES.some((phrase) => lower.includes(` ${phrase}`));
}

/** A paragraph that is only a link to another story's headline (no sentence of its own; an address written out is the story's). */
function isLoneHeadlineLink(b: BlockInfo): boolean {
  return b.links === 1 && b.linkShare >= 0.9 && b.chars < 120 && !WRITTEN_ADDRESS.test(b.text) && !EMAIL.test(b.text) && !/[.!?…:;]$/.test(b.text);
}

/** The block or an ancestor below the article's container is named as navigation, sharing, recirculation, sign-up, comments or footer. */
function insideFurniture(
  b: BlockInfo,
  isContainer: (el: Element) => boolean,
  keptUnder: (el: Element) => number,
  holdsStory: ReadonlySet<Element>,
  memo: Map<Element, boolean>,
): boolean {
  const path: Element[] = [];
  let found = false;
  for (let el: Element | null = b.el; el && el.localName.toLowerCase() !== 'body'; el = el.parentElement) {
    const known = memo.get(el);
    if (known !== undefined) {
      found = known;
      break;
    }
    if (el !== b.el && isContainer(el)) break;
    path.push(el);
    if (isFurnitureElement(el, keptUnder(el), holdsStory.has(el))) {
      found = true;
      break;
    }
  }
  for (const el of path) memo.set(el, found);
  return found || underCommentSection(b.el);
}

const inComments = new WeakMap<Element, boolean>();

/** Inside a comment section, however much text it holds (a loop, not recursion: pages nest thousands deep). */
function underCommentSection(start: Element): boolean {
  const path: Element[] = [];
  let found = false;
  for (let el: Element | null = start; el && el.localName.toLowerCase() !== 'body'; el = el.parentElement) {
    const known = inComments.get(el);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(el);
    if (isCommentSection(el)) {
      found = true;
      break;
    }
  }
  for (const el of path) inComments.set(el, found);
  return found;
}

/** Readers' comments; a live commentary ("live-match-comments", a match or event told minute by minute) is the story itself. */
function isCommentSection(el: Element): boolean {
  return markupTokens(el).some((words) => !words.includes('live') && (words.some((w) => COMMENT_SECTION_WORDS.has(w)) || words[0] === 'comment'));
}

function isFurnitureElement(el: Element, keptChars: number, holdsStory: boolean): boolean {
  const tag = el.localName.toLowerCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role')?.toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return true;
  const tokens = markupTokens(el);
  for (const words of tokens) {
    if (words.some((w) => FURNITURE_MARKUP_WORDS.has(w)) || FURNITURE_LEADING_WORDS.has(words[0]!)) return true;
    if (keptChars < SLOT_TEXT && words.some((w) => FURNITURE_SLOT_WORDS.has(w))) return true;
    if (!holdsStory && words.some((w) => PAYWALL_MARKUP_WORDS.has(w))) return true;
    const joined = words.join(' ');
    if (FURNITURE_MARKUP_PAIRS.some((pair) => pair.test(joined))) return true;
  }
  return false;
}

/** A short block whose own markup, or a short ancestor's, names it a byline or date line, or that is only a `<time>`. */
function namedAsByline(el: Element, isContainer: (el: Element) => boolean): boolean {
  if (el.localName.toLowerCase() === 'time' || el.querySelector('[rel~="author"], [itemprop~="author"], [itemprop~="datePublished"]')) return true;
  const ownText = (el.textContent ?? '').replace(/\s+/g, '');
  let timeText = 0;
  for (const time of el.querySelectorAll('time')) timeText += (time.textContent ?? '').replace(/\s+/g, '').length;
  if (ownText.length > 0 && timeText / ownText.length > 0.5) return true;
  for (let up: Element | null = el, depth = 0; up && depth < 3 && !isContainer(up); up = up.parentElement, depth++) {
    if (markupTokens(up).some((words) => words.some((w) => BYLINE_MARKUP_WORDS.has(w)))) return true;
  }
  return false;
}

/** A block in an author's box ("mntl-author-tooltip__bio", "author-box"): its own markup or a near ancestor's below the article's container. */
function inAuthorBox(el: Element, isContainer: (el: Element) => boolean): boolean {
  const { bio, author, box } = AUTHOR_BOX_MARKUP;
  for (let up: Element | null = el, depth = 0; up && depth < 3 && !isContainer(up); up = up.parentElement, depth++) {
    if (markupTokens(up).some((words) => words.some((w) => bio.has(w)) || (words.some((w) => author.has(w)) && words.some((w) => box.has(w))))) return true;
  }
  return false;
}

/** A block inside a photo gallery or slideshow below the article's container (its captions, longer than a control's label, are left to the caption rules). */
function inGallery(el: Element, isContainer: (el: Element) => boolean): boolean {
  for (let up: Element | null = el; up && up.localName.toLowerCase() !== 'body' && !isContainer(up); up = up.parentElement) {
    if (namedAsGallery(up)) return true;
  }
  return false;
}

/** A box whose class or id names it a gallery, slideshow or carousel. */
function namedAsGallery(el: Element): boolean {
  return markupTokens(el).some((words) => words.some((w) => GALLERY_MARKUP_WORDS.has(w)));
}

const markupCache = new WeakMap<Element, string[][]>();

/**
 * A name a publishing system generated rather than wrote: hexadecimal digits with a letter after a digit or a
 * digit first (Medium's paragraph ids, "e1ad", "3f0b"). Its letters are no words: "e1ad" is not an ad slot.
 */
const GENERATED_NAME = /^(?=[\da-f]*\d)(?=[\da-f]*[a-f])(?:\d|[\da-f]*\d[a-f])[\da-f]*$/i;

/** A heading's words make an id of at least this many words; a box's name ("share-this", "comments") has fewer. */
const SLUG_MIN_WORDS = 3;

/**
 * An id a documentation or publishing system made of the section's own heading ("sharing-with-a-single-developer"
 * on a section titled "Sharing with a single developer"): the author's words, not a name for the box's role.
 * The heading is the element's own text or its first heading's; one titled like furniture keeps its id's words.
 */
function isHeadingSlug(el: Element, id: string): boolean {
  if (id.split(/[^A-Za-z0-9]+/).filter(Boolean).length < SLUG_MIN_WORDS) return false;
  const heading = /^h[1-6]$/i.test(el.localName) ? el : el.querySelector('h1, h2, h3, h4, h5, h6');
  const text = heading?.textContent ?? '';
  const squeeze = (words: string): string => words.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return squeeze(text) !== '' && squeeze(text) === squeeze(id) && !isFurnitureTitle(text);
}

/** The words of each class name and the id: "ArticleShare-bar main" → [article, share, bar], [main]. */
export function markupTokens(el: Element): string[][] {
  let tokens = markupCache.get(el);
  if (tokens) return tokens;
  const id = el.getAttribute('id') ?? '';
  const names = `${el.getAttribute('class') ?? ''} ${isHeadingSlug(el, id) ? '' : id}`;
  tokens = names
    .split(/\s+/)
    .filter((name) => !GENERATED_NAME.test(name))
    .map((name) =>
      name
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter(Boolean),
    )
    .filter((words) => words.length > 0);
  markupCache.set(el, tokens);
  return tokens;
}

const FURNITURE_TITLES = new Set(Object.values(FURNITURE_HEADINGS).flat());
const LABELS = new Set(Object.values(FURNITURE_LABELS).flat());
const TITLE_PATTERNS = Object.values(FURNITURE_HEADING_PATTERNS).flat();
const DISCLOSURES = [...new Set(Object.values(DISCLOSURE_PHRASES).flat())];
const RIGHTS = [...new Set(Object.values(RIGHTS_PHRASES).flat())];

/** A rights notice ("© 2022 … Written permission must be obtained before reprint"): two or three sentences, longer than a call to action. */
const isRightsNotice = (text: string): boolean => containsPhrase(text, RIGHTS);

const normalTitle = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A block that is only a label ("Advertisement", "Story continues below", "Related stories"). A heading
 * titling a box ("Related stories") is left to the pass that drops the box with it.
 */
function isLabel(b: BlockInfo): boolean {
  if (b.chars > LABEL_CHARS) return false;
  const normal = normalTitle(b.text);
  if (FURNITURE_TITLES.has(normal)) return !b.heading;
  // A box's title set as a line of its own, opening a list of other pages: "Lesen Sie auch die folgenden Beiträge:".
  if (!b.heading && b.text.trimEnd().endsWith(':') && isFurnitureTitle(b.text)) return true;
  return LABELS.has(normal) || READING_TIME.test(normal) || COMMENT_COUNT.test(normal);
}

const alternatives = (words: Iterable<string>): string => [...new Set(words)].map((w) => normalTitle(w).replace(/ /g, '\\s')).sort((a, b) => b.length - a.length).join('|');
const MINUTES = alternatives(Object.values(READING_TIME_WORDS).flatMap((w) => w.minutes));
const READING = alternatives(Object.values(READING_TIME_WORDS).flatMap((w) => w.reading));
/** The opening of a sign-off (`isSignOff`), in any language. */
const SIGN_OFF = new RegExp(`^(?:${alternatives(Object.values(SIGN_OFFS).flat())})(?=[\\s,.!]|$)`, 'iu');
/**
 * A reading time alone, in a label's normal form ("5 min read", "reading time 3 minutes", "lesezeit 4 min").
 * The reading word is required: a time alone ("45 minutes") may be a recipe's.
 */
const READING_TIME = new RegExp(`^(?:(?:${READING})\\s(?:about\\s|ca\\s|env\\s)?\\d{1,2}\\s?(?:${MINUTES})|(?:about\\s|ca\\s|env\\s)?\\d{1,2}\\s?(?:${MINUTES})\\s(?:${READING}))$`, 'u');

const COMMENTS = alternatives(Object.values(COMMENT_COUNT_WORDS).flat());
/** A count of comments alone, in a label's normal form: "1 comment", "comments 5 posted" ("Comments (5 posted)"), "kommentare 3"; one more word at most. */
const COMMENT_COUNT = new RegExp(`^(?:\\d+\\s(?:${COMMENTS})|(?:${COMMENTS})\\s\\d+)(?:\\s\\p{L}+)?$`, 'u');

const isDisclosure = (text: string): boolean => containsPhrase(text, DISCLOSURES);

/** Whether the text holds one of the phrases anywhere, case aside. */
function containsPhrase(text: string, phrases: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return phrases.some((phrase) => lower.includes(phrase));
}

function isFurnitureTitle(text: string): boolean {
  const normal = normalTitle(text);
  if (!normal || normal.length > 60) return false;
  if (FURNITURE_TITLES.has(normal) || TITLE_PATTERNS.some((pattern) => pattern.test(normal))) return true;
  // "More from Business", "Related: …", "Comments (12)": a title, then what it is about.
  const words = normal.split(' ');
  if (words.length > 6) return false;
  if (FURNITURE_TITLES.has(`${words[0]} ${words[1]}`) || FURNITURE_TITLES.has(`${words[0]} ${words[1]} ${words[2]}`)) return true;
  return FURNITURE_TITLES.has(words[0]!) && /^[^:(]+[:(]/.test(text.trim());
}
