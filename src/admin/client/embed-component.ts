import { embedCaption, readEmbed } from '../../model/embed-address.ts';
import { escapeHtml } from '../../model/escape.ts';
import type { EditorComponent } from './decap-types.ts';

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * Either form of an embed, alone on its line: `Embed: https://…` (the address bare or in `<…>`), or
 * `::embed[Caption]{url="https://…"}`. Anchored on the end of the line, not of the text: Decap tries
 * a pattern on the rest of the body first (see box-components.ts).
 */
const PATTERN = /^(?:Embed:[ \t]*<?(https?:\/\/[^\s>]+)>?|::embed(?:\[([^\]\n]*)\])?\{url="([^"\n]*)"\})[ \t]*(?=\n|$)/;

/** The address is a setting's value: a quote or a space would end it early. */
const address = (text: string) => text.replace(/["\s]/g, '');

/**
 * The body editor's "Embed" button: an address and an optional caption. Without a caption it writes
 * the short form, `Embed: <address>`; with one, the directive that carries it.
 */
export function embedComponent(): EditorComponent {
  return {
    id: 'broadsheet-embed',
    label: 'Embed (video, post, chart)',
    fields: [
      { name: 'url', label: 'Address of the video, post or chart (https://…)', widget: 'string' },
      { name: 'caption', label: 'Caption (optional)', widget: 'string', required: false },
    ],
    pattern: PATTERN,
    fromBlock: (m) => ({ url: m[1] ?? m[3] ?? '', caption: m[2] ?? '' }),
    toBlock(data) {
      const url = address(str(data['url']));
      const caption = embedCaption(str(data['caption']));
      return caption ? `::embed[${caption}]{url="${url}"}` : `Embed: ${url}`;
    },
    toPreview(data) {
      const url = str(data['url']);
      // The checker judges the address on save; the preview only names whose it looks like.
      const reading = readEmbed(url);
      const provider = reading.ok ? reading.provider.name : reading.reason === 'unknown-host' ? reading.host : 'Embed';
      const caption = str(data['caption']);
      return (
        `<figure class="embed"><p class="embed__provider">${escapeHtml(provider)}</p>` +
        `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>` +
        (caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '') +
        '</figure>'
      );
    },
  };
}
