import { escapeHtml } from '../../model/escape.ts';
import type { EditorComponent } from './decap-types.ts';

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const lines = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * A live blog's update from its opening line to its closing `:::`, blank lines inside allowed, the
 * end anchored on the closing line (Decap tries a pattern on the rest of the body first: see
 * box-components.ts). The settings are read in any order; they are written back as the guide shows.
 */
const PATTERN = /^(:{3,})update(?:\{([^}\n]*)\})?[ \t]*\n(?:([\s\S]*?)\n)?\1[ \t]*(?=\n|$)/;

const setting = (settings: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"\\n]*)"`).exec(settings)?.[1] ?? '';
const anchorOf = (settings: string) => /(?:^|\s)#([\w-]+)/.exec(settings)?.[1] ?? '';

/** A setting's value cannot hold a quote, an anchor a space. */
const value = (text: string) => text.replace(/\s+/g, ' ').replace(/"/g, '');
const anchor = (text: string) => text.replace(/^#/, '').replace(/[^\w-]+/g, '-');

/**
 * The body editor's "Live update" button: its time, who wrote it, an anchor if the desk wants a
 * named one, and its text (a `###` headline first, when it has one).
 */
export function updateComponent(): EditorComponent {
  return {
    id: 'broadsheet-update',
    label: 'Live update',
    fields: [
      { name: 'time', label: 'Time (2026-11-23 14:05, or 14:05 for the day of the update above)', widget: 'string' },
      { name: 'by', label: 'Written by (author id, optional)', widget: 'string', required: false },
      { name: 'anchor', label: 'Anchor (optional; the time gives one)', widget: 'string', required: false },
      { name: 'body', label: 'Text (Markdown; start with ### and a headline if it has one)', widget: 'text' },
    ],
    pattern: PATTERN,
    fromBlock(m) {
      const settings = m[2] ?? '';
      return { time: setting(settings, 'time'), by: setting(settings, 'by'), anchor: anchorOf(settings), body: m[3] ?? '' };
    },
    toBlock(data) {
      const by = value(str(data['by']));
      const id = anchor(str(data['anchor']));
      const settings = [`time="${value(str(data['time']))}"`, ...(by ? [`by="${by}"`] : []), ...(id ? [`#${id}`] : [])];
      return `:::update{${settings.join(' ')}}\n${lines(data['body'])}\n:::`;
    },
    toPreview(data) {
      const body = str(data['body']);
      const headline = /^#{1,6}\s+(.+)/.exec(body)?.[1];
      const text = headline ? body.replace(/^.*\n?/, '') : body;
      return (
        `<article class="live-update"><p class="live-update__meta"><time>${escapeHtml(str(data['time']))}</time></p>` +
        (headline ? `<h3>${escapeHtml(headline)}</h3>` : '') +
        text
          .split(/\n\s*\n/)
          .filter((p) => p.trim())
          .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
          .join('') +
        '</article>'
      );
    },
  };
}
