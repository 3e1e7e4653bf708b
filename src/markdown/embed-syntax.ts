import type { Paragraph, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';

/** An embed as an editor wrote it: the address, and the caption the directive's label gives. */
export interface EmbedLine {
  url: string;
  caption?: string | undefined;
  /** Attributes of `::embed{…}` other than `url`: the checker refuses them. */
  unknown?: string[] | undefined;
}

const LABEL = /^\s*Embed:\s*/;

/**
 * `Embed: https://…` alone in its paragraph. GFM turns the address into a link (or `<…>` does),
 * so the paragraph is the label's text and one link whose text is its own address.
 */
function matchEmbedParagraph(node: Paragraph): EmbedLine | undefined {
  const [first, second, ...rest] = node.children;
  if (first?.type !== 'text' || !LABEL.test(first.value) || rest.some((n) => n.type !== 'text' || n.value.trim()))
    return undefined;
  const after = first.value.replace(LABEL, '');
  if (!second) return /^\S+$/.test(after.trim()) ? { url: after.trim() } : undefined;
  if (after.trim() || second.type !== 'link') return undefined;
  const text = toString(second);
  return text === second.url || `https://${text}` === second.url || `http://${text}` === second.url
    ? { url: second.url }
    : undefined;
}

/** `::embed[Caption]{url="https://…"}`: a leaf directive, its label the caption. */
function matchEmbedDirective(node: LeafDirective): EmbedLine | undefined {
  if (node.name !== 'embed') return undefined;
  const { url = '', ...others } = node.attributes ?? {};
  const caption = toString(node).trim() || undefined;
  const unknown = Object.keys(others);
  return { url: url ?? '', caption, ...(unknown.length ? { unknown } : {}) };
}

/** The embed a block is, if it is one: the checker and the renderer read the same shapes. */
export function matchEmbed(node: RootContent): EmbedLine | undefined {
  if (node.type === 'paragraph') return matchEmbedParagraph(node);
  if (node.type === 'leafDirective') return matchEmbedDirective(node);
  return undefined;
}
