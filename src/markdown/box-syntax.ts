import type { ContainerDirective } from 'mdast-util-directive';
import type { Paragraph, PhrasingContent } from 'mdast';

/**
 * The four boxes a story may hold beside its text (directive-names.ts lists every directive): what
 * each takes, shared by their plugins and the checker, so a box the checker passes renders as written.
 */
export const BOXES = {
  /** `:::factbox[Title]`: the title is optional. */
  factbox: { attributes: [], label: 'title', defaultTitle: 'Key facts' },
  /** `:::aside[Title]`: a sidebar, background or a profile. */
  aside: { attributes: [], label: 'title', defaultTitle: 'Background' },
  /** `:::pullquote{by="Name"}`: words repeated from the story, the speaker under them; no label. */
  pullquote: { attributes: ['by'], label: 'none', defaultTitle: '' },
  /** `:::editors-note`: a note from the editors; a label replaces the words "Editor’s note". */
  'editors-note': { attributes: [], label: 'title', defaultTitle: 'Editor’s note' },
} as const satisfies Record<string, { attributes: readonly string[]; label: 'title' | 'none'; defaultTitle: string }>;

export type BoxName = keyof typeof BOXES;

export const isBoxName = (name: string): name is BoxName => Object.hasOwn(BOXES, name);

/** The `[label]` of a directive: its first child, a paragraph the parser marks as such. */
export function directiveLabel(node: ContainerDirective): Paragraph | undefined {
  const first = node.children[0];
  return first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
}

/**
 * Takes the box's label out of its children and gives back the title to show: the label's words, or
 * the box's default when there is none (or it is blank).
 */
export function takeTitle(node: ContainerDirective, name: BoxName): PhrasingContent[] {
  const label = directiveLabel(node);
  if (label) node.children.shift();
  const words = label?.children ?? [];
  const blank = words.every((c) => c.type === 'text' && !c.value.trim());
  return blank ? [{ type: 'text', value: BOXES[name].defaultTitle }] : words;
}

/** The title as the first child of a box, and the class the story's CSS and the name plugin find it by. */
export function titled(node: ContainerDirective, name: BoxName, tagName: 'h2' | 'p') {
  const title: Paragraph = {
    type: 'paragraph',
    data: { hName: tagName, hProperties: { className: ['story-box__title'] } },
    children: takeTitle(node, name),
  };
  node.children.unshift(title);
}
