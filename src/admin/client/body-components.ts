import { escapeHtml } from '../../model/escape.ts';
import { figcaptionHtml } from '../../photos/picture-html.ts';
import { photoPattern, storyPicker } from '../field-table.ts';
import { creditFields, namedCredit } from './credit-value.ts';
import { assetUrl, type EditorComponent } from './decap-types.ts';
import type { PreviewIndex } from './preview-index.ts';

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * A photo in the body, as the body syntax writes one (docs/editing.md): `![alt](path 'caption')`
 * and the `Credit:` line directly under it, which the build and the checker read. It takes the id
 * of Decap's own image button, and so its place: Decap's would read the photo line alone and put a
 * blank line before the credit, parting the credit from its photo.
 */
export function photoComponent(): EditorComponent {
  return {
    id: 'image',
    label: 'Photo with credit',
    fields: [
      { name: 'src', label: 'Photo', widget: 'image', choose_url: false, pattern: photoPattern },
      { name: 'alt', label: 'Alt text (what the photo shows)', widget: 'string' },
      { name: 'caption', label: 'Caption', widget: 'string', required: false },
      {
        name: 'credit',
        label: 'Credit line, e.g. Agency – PLACE – Nov 20, 2026 — Photo by Name',
        widget: 'string',
        required: false,
      },
    ],
    pattern: /^!\[([^\]\n]*)\]\((\S+?)(?: (?:'([^'\n]*)'|"([^"\n]*)"))?\)(?:\n(?:Credit|Photo|Picture|Image)s?: ?(.+))?$/,
    fromBlock: (m) => ({ alt: m[1] ?? '', src: m[2] ?? '', caption: m[3] ?? m[4] ?? '', credit: m[5] ?? '' }),
    toBlock(data) {
      const caption = str(data['caption']);
      const title = caption ? (caption.includes("'") ? ` "${caption.replaceAll('"', '”')}"` : ` '${caption}'`) : '';
      const credit = str(data['credit']);
      return `![${str(data['alt'])}](${str(data['src'])}${title})${credit ? `\nCredit: ${credit}` : ''}`;
    },
    toPreview(data, getAsset) {
      const caption = figcaptionHtml(str(data['caption']) || undefined, namedCredit(creditFields(str(data['credit']))));
      const src = str(data['src']);
      return `<figure class="figure"><img src="${escapeHtml(assetUrl(getAsset?.(src), src))}" alt="${escapeHtml(str(data['alt']))}">${caption}</figure>`;
    },
  };
}

/** The labels desks use; any short label works in a file, these are offered in the editor. */
export const RELATED_LABELS = ['Read More', 'Also Read', 'Read Next'];

/** A related-story line, `Read More: [[id]]`: a paragraph of its own that links to that story's current headline. */
export function relatedLineComponent(index: PreviewIndex): EditorComponent {
  return {
    id: 'broadsheet-related-line',
    label: 'Related story line',
    fields: [
      { name: 'label', label: 'Label', widget: 'select', options: RELATED_LABELS, default: RELATED_LABELS[0] },
      { name: 'id', label: 'Linked story', ...storyPicker },
    ],
    pattern: /^(?:\*\*|__|\*|_)?([^:[\]\n*_]{1,40}?)(?:\*\*|__|\*|_)?\s*:\s*(?:\*\*|__|\*|_)?\s*\[\[\s*([a-z0-9-]+)\s*\]\]$/,
    fromBlock: (m) => ({ label: m[1]?.trim() ?? RELATED_LABELS[0], id: m[2] ?? '' }),
    toBlock: (data) => `${str(data['label']) || RELATED_LABELS[0]}: [[${str(data['id'])}]]`,
    toPreview(data) {
      const id = str(data['id']);
      const target = index.stories[id];
      const link = target ? `<a href="${escapeHtml(target.url)}">${escapeHtml(target.headline)}</a>` : escapeHtml(`[[${id}]]`);
      return `<p class="related-link"><span class="related-link__label">${escapeHtml(str(data['label']) || RELATED_LABELS[0]!)}:</span> ${link}</p>`;
    },
  };
}
