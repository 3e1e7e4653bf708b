import type { SourceNote } from '../source.ts';
import { renderCard, type Payload } from './cards.ts';
import { escape, field } from './html.ts';

/** A node of Ghost's Lexical document (`posts.lexical`, Ghost 5+): elements have children, cards fields. */
interface LexicalNode extends Payload {
  type?: string;
  children?: LexicalNode[];
}

// Lexical's text format bits, innermost first: code sits inside bold, not around it.
const FORMATS: [number, string][] = [
  [16, 'code'],
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
];

const childrenOf = (node: LexicalNode): LexicalNode[] => (Array.isArray(node.children) ? node.children : []);

function textRun(node: LexicalNode): string {
  const format = typeof node['format'] === 'number' ? node['format'] : 0;
  let html = escape(field(node, 'text'));
  for (const [bit, tag] of FORMATS) if (format & bit) html = `<${tag}>${html}</${tag}>`;
  return html;
}

/** Inline content: text runs, links and line breaks; any other element keeps its children's text. */
function inline(nodes: LexicalNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'extended-text':
          return textRun(node);
        case 'link':
          return `<a href="${escape(field(node, 'url'))}">${inline(childrenOf(node))}</a>`;
        case 'linebreak':
          return '<br>';
        case 'tab':
          return ' ';
        default:
          return inline(childrenOf(node));
      }
    })
    .join('');
}

function list(node: LexicalNode): string {
  const tag = node['listType'] === 'number' || node['tag'] === 'ol' ? 'ol' : 'ul';
  const start = typeof node['start'] === 'number' && node['start'] > 1 && tag === 'ol' ? ` start="${node['start']}"` : '';
  // A nested list is a list inside a list item; its text siblings are the item's own words.
  const items = childrenOf(node).map((item) => {
    const parts = childrenOf(item);
    const nested = parts.filter((part) => part.type === 'list').map(list);
    return `<li>${inline(parts.filter((part) => part.type !== 'list'))}${nested.join('')}</li>`;
  });
  return `<${tag}${start}>${items.join('')}</${tag}>`;
}

function block(node: LexicalNode, notes: SourceNote[]): string {
  const words = () => inline(childrenOf(node));
  switch (node.type) {
    case 'paragraph': {
      const html = words();
      return html.trim() ? `<p>${html}</p>` : '';
    }
    case 'heading':
    case 'extended-heading': {
      const tag = /^h[1-6]$/.test(field(node, 'tag')) ? field(node, 'tag') : 'h2';
      return `<${tag}>${words()}</${tag}>`;
    }
    case 'quote':
    case 'extended-quote':
    case 'aside':
      return `<blockquote><p>${words()}</p></blockquote>`;
    case 'list':
      return list(node);
    default:
      return renderCard(node.type ?? 'untyped', node, notes);
  }
}

/**
 * A Lexical document as HTML: paragraphs, headings, quotes, lists, links and text formats, and Ghost's
 * cards through `renderCard`. Used only when the export has no `html` for the post.
 */
export function renderLexical(json: string, notes: SourceNote[]): string {
  let document: { root?: LexicalNode };
  try {
    document = JSON.parse(json) as { root?: LexicalNode };
  } catch {
    notes.push({ kind: 'unreadable-body', detail: 'the lexical body is not JSON' });
    return '';
  }
  return childrenOf(document.root ?? {})
    .map((node) => block(node, notes))
    .filter(Boolean)
    .join('\n');
}
