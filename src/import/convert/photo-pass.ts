import { parseCreditLine } from '../../model/credit-line.ts';
import { captionAndCredit } from './caption-credit.ts';
import { note, placeholder, shorten, type Conversion } from './context.ts';
import { descendants, hasClass, isElement, replaceNode, tagOf, TEXT, visibleText } from './dom.ts';
import { plainText } from './html-text.ts';
import { escapeText } from './markdown-escape.ts';
import { containedPhotos, isPhotoContainer, type ContainedPhoto } from './photo-containers.ts';
import { photoMarkdown, type FoundPhoto } from './photo-markdown.ts';
import { creditInRun, inlineRun, isPhotosOnly, lineAfter, looksLikeCreditLine, type InlineRun } from './photo-runs.ts';
import { cleanLink, imageSource, isPhotoFile } from './urls.ts';

/**
 * Finds the photos of a body and writes each as a Broadsheet photo paragraph: figures, captioned
 * and gallery wrappers, and images standing alone in their paragraph. An image inside a sentence
 * is left for turndown (an inline photo). A paragraph that is a credit line right under a photo
 * becomes that photo's credit, so it is neither lost nor left apart from its photo.
 */
export function convertPhotos(c: Conversion, root: Element) {
  for (const img of Array.from(root.querySelectorAll('img'))) tidyImage(c, img);
  for (const el of descendants(root)) {
    if (isElement(el) && root.contains(el) && isPhotoContainer(el)) convertContainer(c, el);
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const run = inlineRun(img);
    if (!run) continue;
    const found = () => foundPhoto(c, { img, link: linkOf(img, run.top) });
    const credit = isPhotosOnly(run) ? undefined : creditInRun(run);
    if (isPhotosOnly(run) || credit) {
      // What separated the photos (spaces, line breaks) would be stray text between photo paragraphs.
      const spare =
        credit?.nodes ?? run.nodes.filter((n) => (n.nodeType === TEXT && !n.textContent?.trim()) || tagOf(n) === 'br');
      for (const n of spare) n.parentNode?.removeChild(n);
      const below = run.container.lastChild === run.top ? run.container : run.top;
      write(c, run.top, [found()], credit?.text, below);
    } else if (WORDPRESS_PHOTO.test(img.getAttribute('class') ?? '') && atEdge(run)) write(c, run.top, [found()]);
  }
}

// WordPress marks the photos an editor placed (`alignleft`, `wp-image-12`); one floated at the start or
// end of a paragraph is a photo beside the text, not a picture in a sentence: it gets a paragraph of its own.
const WORDPRESS_PHOTO = /\b(?:align(?:left|right|center|none)|wp-image-\d+|size-(?:full|large|medium|thumbnail))\b/;
const atEdge = (run: InlineRun) => {
  const at = run.nodes.indexOf(run.top);
  const words = (nodes: Node[]) => nodes.some((n) => visibleText(n));
  return !words(run.nodes.slice(0, at)) || !words(run.nodes.slice(at + 1));
};

// Emoji WordPress drew as pictures are words; a 1×1 image is a tracking pixel; an image without an address shows nothing.
function tidyImage(c: Conversion, img: Element) {
  if (hasClass(img, 'emoji', 'wp-smiley') || /\/images\/core\/emoji\//.test(img.getAttribute('src') ?? '')) {
    replaceNode(img, img.ownerDocument.createTextNode(img.getAttribute('alt') ?? ''));
  } else if (img.getAttribute('width') === '1' && img.getAttribute('height') === '1') img.remove();
  else if (!imageSource(img)) {
    note(c, 'photo-without-source', `an image with no address was left out (${shorten(img.outerHTML)})`);
    img.remove();
  }
}

function linkOf(img: Element, top: Element): string | undefined {
  for (let el: Element | null = img; el && el !== top.parentElement; el = el.parentElement) {
    if (tagOf(el) === 'a') return el.getAttribute('href') ?? undefined;
  }
  return undefined;
}

/** The page a photo links to; not a larger size of itself, which leads nowhere once the photo is here. */
function pageLink(href: string | undefined): string | undefined {
  const link = cleanLink(href ?? null);
  return 'url' in link && !isPhotoFile(link.url) ? link.url : undefined;
}

function foundPhoto(c: Conversion, photo: ContainedPhoto): FoundPhoto {
  const split = photo.caption ? captionAndCredit(photo.caption.innerHTML, c.near) : { notes: [] };
  for (const n of split.notes) note(c, n.kind, n.detail);
  return {
    src: imageSource(photo.img)!,
    alt: plainText(photo.img.getAttribute('alt') ?? ''),
    caption: split.caption,
    credit: split.credit,
    link: pageLink(photo.link),
  };
}

function convertContainer(c: Conversion, container: Element) {
  const { photos, caption } = containedPhotos(container);
  const found = photos.map((p) => foundPhoto(c, p));
  const shared = caption ? captionAndCredit(caption.innerHTML, c.near) : undefined;
  for (const n of shared?.notes ?? []) note(c, n.kind, n.detail);
  for (const f of found) {
    f.credit ??= shared?.credit;
    // A gallery's caption describes each of its photos better than no words at all.
    if (!f.alt && !f.caption) f.alt = shared?.caption;
  }
  let outer = container;
  while (outer.parentElement && ['a', 'span'].includes(tagOf(outer.parentElement)) && !visibleText(outer.parentElement)) {
    outer = outer.parentElement;
    // A figure wrapped whole in a link: the link is the photo's.
    if (tagOf(outer) === 'a' && found.length === 1) found[0]!.link ??= pageLink(outer.getAttribute('href') ?? undefined);
  }
  write(c, outer, found, undefined, outer, shared?.caption);
}

/** Replaces `at` with the photos' Markdown, taking a credit line from the run or from the paragraph below `below`. */
function write(c: Conversion, at: Element, photos: FoundPhoto[], runCredit?: string, below?: Element, after?: string) {
  const line = runCredit === undefined && below ? lineAfter(below) : undefined;
  const text = runCredit ?? line?.text;
  if (text && looksLikeCreditLine(text) && photos.some((p) => !p.credit)) {
    for (const n of line?.nodes ?? []) n.parentNode?.removeChild(n);
    creditFromLine(c, photos, text);
  }
  const parts = photos.map((p) => photoMarkdown(c, p)).filter(Boolean);
  if (after) parts.push(`*${escapeText(after)}*`);
  replaceNode(at, placeholder(c, at.ownerDocument, parts.join('\n\n'), true));
}

// A credit line the parser refuses goes into the last photo's caption: it is kept, and not taken for a stray credit.
function creditFromLine(c: Conversion, photos: FoundPhoto[], text: string) {
  const parsed = parseCreditLine(text, c.near);
  const credit = text.replace(/^(?:credits?|photo(?:graph)?s?|pictures?|images?)\s*:\s*/i, '').replace(/\.$/, '');
  if (parsed.ok) for (const p of photos) p.credit ??= credit;
  else {
    const last = photos.at(-1)!;
    last.caption = [last.caption, text].filter(Boolean).join(' ');
    note(c, 'unparsed-credit', `"${text}" under a photo left in its caption (${parsed.message})`);
  }
}
