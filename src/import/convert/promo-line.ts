import type { Link, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * Labels newsrooms put before a link to another story. Any of them is a label our related-link
 * syntax accepts (up to 40 characters, no colon or bracket), so the source's words are kept.
 */
const LABELS = [
  'read more',
  'read also',
  'also read',
  'read next',
  'read',
  'more',
  'more on this',
  'more on this story',
  'related',
  'related story',
  'related stories',
  'related article',
  'related coverage',
  'related reading',
  'see also',
  'also see',
  'further reading',
  'previously',
  'earlier',
  'recommended',
  "don't miss",
  'don’t miss',
  'must read',
];
const NAME = `(${LABELS.join('|').replace(/ /g, '\\s+')})`;
// Before the link the label may stand bare ("Also read [it](…)"); opening the link's words it must
// end in a colon, a dash, a bar or guillemets, or "Read more about the vote" would be one.
const LABEL_BEFORE = new RegExp(`^\\s*${NAME}\\s*(?:(?::|[-–—|»>]+)\\s*)?$`, 'i');
const LABEL_OPENING = new RegExp(`^\\s*${NAME}\\s*(?::|[-–—|»>]+)\\s*\\S`, 'i');

/** The paragraph's inline content with bold and italic opened up; undefined if it holds anything else than text and links. */
function flatten(nodes: readonly PhrasingContent[]): (Link | string)[] | undefined {
  const out: (Link | string)[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(node.value);
    else if (node.type === 'break') out.push(' ');
    else if (node.type === 'link') out.push(node);
    else if (node.type === 'strong' || node.type === 'emphasis') {
      const inner = flatten(node.children);
      if (!inner) return undefined;
      out.push(...inner);
    } else return undefined;
  }
  return out;
}

/** A promo paragraph: a label and one link, the label before it or opening its words (`[Read more: Fees rise](…)`). */
export interface Promo {
  label: string;
  link: Link;
}

export function matchPromo(node: Paragraph): Promo | undefined {
  const parts = flatten(node.children);
  const links = parts?.filter((p): p is Link => typeof p !== 'string') ?? [];
  if (!parts || links.length !== 1) return undefined;
  const link = links[0]!;
  const at = parts.indexOf(link);
  const before = parts.slice(0, at).join('');
  const after = parts.slice(at + 1).join('');
  if (!/^[\s.!…)]*$/.test(after)) return undefined;
  const label = before.trim() ? LABEL_BEFORE.exec(before) : LABEL_OPENING.exec(toString(link));
  return label ? { label: label[1]!.replace(/\s+/g, ' '), link } : undefined;
}
