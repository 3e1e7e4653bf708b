import { BOXES, type BoxName } from '../../markdown/box-syntax.ts';
import { escapeHtml } from '../../model/escape.ts';
import type { EditorComponent } from './decap-types.ts';

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
/** The box's Markdown as typed: blank lines around a list are kept, as written in the file. */
const lines = (v: unknown) => (typeof v === 'string' ? v : '');

/** `"` inside a setting's value would end it early: the story's quote marks are curly anyway. */
const attributeValue = (text: string) => text.replace(/"/g, '”');
/** A `]` would end a title early, a line break the opening line. */
const labelText = (text: string) => text.replace(/\s+/g, ' ').replace(/\]/g, ')');

/**
 * The box from its opening line to its closing `:::` (as many colons as it opened with), blank
 * lines inside allowed. Decap tries a pattern on the rest of the body first, then on its first
 * block: so the end is anchored on the closing line, not on the end of the whole text (`$` with no
 * `m` flag would only meet a box that ends the story).
 */
const boxPattern = (name: BoxName, head: string) =>
  new RegExp(`^(:{3,})${name}${head}[ \\t]*\\n(?:([\\s\\S]*?)\\n)?\\1[ \\t]*(?=\\n|$)`);

/** A line's text escaped, with its bold and italics: enough for a preview, the page renders it all. */
const inline = (text: string) =>
  escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?![*\w])/g, '$1<em>$2</em>');

/** The box's words, roughly as the page shows them: paragraphs, and lines starting `- ` as a list. */
function previewBody(markdown: string): string {
  return markdown
    .split(/\n\s*\n/)
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((l) => /^\s*[-*+] /.test(l)))
        return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*+] /, ''))}</li>`).join('')}</ul>`;
      return `<p>${inline(block)}</p>`;
    })
    .join('');
}

/** A fact box, an aside or an editor's note: a title (optional) and the box's Markdown. */
export function titledBoxComponent(name: Exclude<BoxName, 'pullquote'>, label: string): EditorComponent {
  const fallback = BOXES[name].defaultTitle;
  const tag = name === 'editors-note' ? 'p' : 'h2';
  const open =
    name === 'editors-note'
      ? '<div class="story-box story-box--note" role="note">'
      : `<aside class="story-box story-box--${name}">`;
  return {
    id: `broadsheet-${name}`,
    label,
    fields: [
      { name: 'title', label: `Title (empty: “${fallback}”)`, widget: 'string', required: false },
      { name: 'body', label: 'Text (Markdown: paragraphs, - lists, tables)', widget: 'text' },
    ],
    pattern: boxPattern(name, '(?:\\[([^\\]\\n]*)\\])?'),
    fromBlock: (m) => ({ title: m[2] ?? '', body: m[3] ?? '' }),
    toBlock(data) {
      const title = labelText(str(data['title']));
      return `:::${name}${title ? `[${title}]` : ''}\n${lines(data['body'])}\n:::`;
    },
    toPreview(data) {
      const title = escapeHtml(str(data['title']) || fallback);
      return `${open}<${tag} class="story-box__title">${title}</${tag}>${previewBody(str(data['body']))}${name === 'editors-note' ? '</div>' : '</aside>'}`;
    },
  };
}

/** A pull quote: the story's own words, and who said them. */
export function pullquoteComponent(): EditorComponent {
  return {
    id: 'broadsheet-pullquote',
    label: 'Pull quote',
    fields: [
      { name: 'quote', label: 'Words from the story', widget: 'text' },
      { name: 'by', label: 'Said by (optional)', widget: 'string', required: false },
    ],
    pattern: boxPattern('pullquote', '(?:\\{by="([^"\\n]*)"\\})?'),
    fromBlock: (m) => ({ by: m[2] ?? '', quote: m[3] ?? '' }),
    toBlock(data) {
      const by = attributeValue(str(data['by']).replace(/\s+/g, ' '));
      return `:::pullquote${by ? `{by="${by}"}` : ''}\n${lines(data['quote'])}\n:::`;
    },
    toPreview(data) {
      const by = str(data['by']);
      const caption = by ? `<figcaption class="pullquote__by">${escapeHtml(by)}</figcaption>` : '';
      return `<figure class="pullquote"><blockquote>${previewBody(str(data['quote']))}</blockquote>${caption}</figure>`;
    },
  };
}

/** The four boxes, in the order the body editor's menu offers them. */
export const boxComponents = (): EditorComponent[] => [
  titledBoxComponent('factbox', 'Fact box'),
  titledBoxComponent('aside', 'Aside'),
  pullquoteComponent(),
  titledBoxComponent('editors-note', 'Editor’s note'),
];
