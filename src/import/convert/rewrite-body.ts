import type { Definition, Image, Link, Nodes as Node } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { matchEmbed } from '../../markdown/embed-syntax.ts';
import { matchFigure } from '../../markdown/figure-syntax.ts';
import { CREDIT_LABEL } from '../../model/credit-line.ts';
import type { SourceNote } from '../source.ts';
import { applyEdits, blockRemoval, spanOf, type Edit } from './body-edits.ts';
import { attributeValue, htmlUrls } from './html-urls.ts';
import { repairedLink } from './link-repair.ts';
import { destinationRange } from './link-syntax.ts';
import { destination, escapeText } from './markdown-escape.ts';
import { markdownTree } from './markdown-tree.ts';
import { matchPromo } from './promo-line.ts';

export interface BodyRewrites {
  /** New address for a link (`/politics/new-id/`), or undefined to leave it as written. */
  link(url: string): string | undefined;
  /** Path relative to the story file (`../../../images/…`) for a photo URL, or undefined when the photo could not be had: the photo is then taken out (with its Credit line) and its caption, if any, kept as an italic paragraph, with a note. */
  photo(url: string): string | undefined;
  /** The story id when a link points at an imported story: a promo paragraph pointing there becomes `Label: [[id]]`. */
  storyId(url: string): string | undefined;
}

/**
 * The addresses of a link's photos when nothing else is in it and none of them could be had: the
 * link would be left without words (the checker refuses that), so it goes with them.
 */
function photosOnly(link: Link, photo: (url: string) => string | undefined): string[] | undefined {
  const urls: string[] = [];
  for (const child of link.children) {
    if (child.type === 'image') urls.push(child.url);
    else if (child.type === 'html' && /^(?:\s*<img\b[^>]*>)+\s*$/i.test(child.value))
      urls.push(...htmlUrls(child.value).map((u) => u.url));
    else if (child.type !== 'text' || child.value.trim()) return undefined;
  }
  return urls.length && urls.every((u) => photo(u) === undefined) ? urls : undefined;
}

// Each address is asked once: the importer's answers may copy or download a photo.
/** `::embed[…]{url="…"}` and nothing more: what the converters write for a titled player (embed-line.ts). */
const isEmbedLine = (node: Node) => {
  const embed = node.type === 'leafDirective' ? matchEmbed(node) : undefined;
  return Boolean(embed?.url) && embed?.unknown === undefined;
};

function once(fn: (url: string) => string | undefined) {
  const seen = new Map<string, string | undefined>();
  return (url: string) => (seen.has(url) ? seen.get(url) : seen.set(url, fn(url)).get(url));
}

/**
 * The body with its links, photos and promo paragraphs rewritten for the imported paper, spliced
 * into the Markdown by node positions so that everything else stays byte for byte as it was (but for
 * a backslash before a line that would open a directive).
 */
export function rewriteBody(markdown: string, rewrites: BodyRewrites): { markdown: string; notes: SourceNote[] } {
  const [link, photo, storyId] = [
    once((u) => rewrites.link(u)),
    once((u) => rewrites.photo(u)),
    once((u) => rewrites.storyId(u)),
  ];
  const tree = markdownTree(markdown);
  const edits: Edit[] = [];
  const notes: SourceNote[] = [];
  const missing = (url: string, kept: string) =>
    notes.push({ kind: 'missing-photo', detail: `photo ${url} could not be had: taken out${kept}` });
  const images = new Set<string>();
  const definitions = new Map<string, Definition>();
  visit(tree, (node) => {
    if (node.type === 'imageReference') images.add(node.identifier);
    // The first definition of a label is the one references use.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const redirect = (node: Link | Image | Definition, to: string | undefined) => {
    const range = to === undefined || to === node.url ? undefined : destinationRange(markdown, node);
    if (range && to !== undefined) edits.push({ start: range[0], end: range[1], text: destination(to) });
  };
  const remove = (node: Node, inline: boolean) => {
    const [start, end] = spanOf(node);
    // A photo taken out of a sentence leaves one space between the words around it, not two.
    const spaces = markdown[start - 1] === ' ' && markdown[end] === ' ' ? 1 : 0;
    edits.push(inline ? { start, end: end + spaces, text: '' } : blockRemoval(markdown, node));
  };
  visit(tree, (node, _, parent) => {
    if (node.type === 'leafDirective' && parent?.type === 'root' && isEmbedLine(node)) {
      return SKIP;
    } else if (node.type === 'containerDirective' || node.type === 'leafDirective') {
      // The old site printed `:::note` or `::name` as text (no system we import from reads block
      // directives): a backslash keeps it text here, where it would be a box the checker refuses.
      const [start] = spanOf(node);
      edits.push({ start, end: start, text: '\\' });
    } else if (node.type === 'paragraph') {
      const promo = matchPromo(node);
      const id = promo && storyId(promo.link.url);
      if (promo && id) {
        edits.push({ start: spanOf(node)[0], end: spanOf(node)[1], text: `${promo.label}: [[${id}]]` });
        return SKIP;
      }
      const figure = matchFigure(node);
      if (figure && photo(figure.image.url) === undefined) {
        // A caption reading like a credit line would stand as a credit apart from a photo above it: it goes too.
        const caption = CREDIT_LABEL.test(figure.image.title ?? '') ? undefined : figure.image.title?.trim();
        if (caption) edits.push({ start: spanOf(node)[0], end: spanOf(node)[1], text: `*${escapeText(caption)}*` });
        else remove(node, false);
        const credit = figure.credit === undefined ? '' : ' with its credit';
        missing(figure.image.url, `${credit}${caption ? '; its caption is kept as an italic line' : ''}`);
        return SKIP;
      }
    } else if (node.type === 'link') {
      const gone = photosOnly(node, photo);
      if (gone) {
        remove(node, true);
        for (const url of gone) missing(url, ' with the link around it');
        return SKIP;
      }
      const repaired = repairedLink(node, parent, markdown);
      if (repaired) {
        edits.push(repaired.edit);
        notes.push(repaired.note);
        return SKIP;
      }
      const to = link(node.url);
      const written = markdown.slice(...spanOf(node));
      // An autolink or a bare address shows its address: it becomes a link with those words.
      if (to !== undefined && to !== node.url && !/^!?\[/.test(written)) {
        edits.push({ start: spanOf(node)[0], end: spanOf(node)[1], text: `[${escapeText(toString(node))}](${destination(to)})` });
        return SKIP;
      }
      redirect(node, to);
    } else if (node.type === 'image') {
      const to = photo(node.url);
      if (to === undefined) {
        remove(node, true);
        missing(node.url, '');
      } else redirect(node, to);
    } else if (node.type === 'imageReference') {
      const def = definitions.get(node.identifier);
      if (def && photo(def.url) === undefined) remove(node, true);
    } else if (node.type === 'definition') {
      if (!images.has(node.identifier)) redirect(node, link(node.url));
      else if (photo(node.url) === undefined) {
        remove(node, false);
        missing(node.url, ' with every place it was shown');
      } else redirect(node, photo(node.url));
    } else if (node.type === 'html') {
      for (const u of htmlUrls(node.value)) {
        const to = u.attribute === 'href' ? link(u.url) : photo(u.url);
        const [start] = spanOf(node);
        if (u.attribute === 'src' && to === undefined) {
          edits.push({ start: start + u.tagStart, end: start + u.tagEnd, text: '' });
          missing(u.url, ' of the HTML it was in');
        } else if (to !== undefined && to !== u.url)
          edits.push({ start: start + u.start, end: start + u.end, text: attributeValue(to) });
      }
    }
    return undefined;
  });
  return { markdown: applyEdits(markdown, edits), notes };
}
