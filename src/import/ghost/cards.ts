import type { SourceNote } from '../source.ts';
import { escape, field, figure, linkParagraph, paragraph, plain } from './html.ts';
import { markdownCard } from './markdown-card.ts';

/** A card's data as Lexical (the node) and Mobiledoc (the payload) store it: the same fields in both. */
export type Payload = Record<string, unknown>;

type Render = (payload: Payload, notes: SourceNote[]) => string;

const image: Render = (p) => (field(p, 'src') ? figure(field(p, 'src'), field(p, 'alt'), field(p, 'caption')) : '');

/**
 * A gallery as one photo card per photo, so each keeps its own alt text and credit; a photo without
 * its own caption takes the gallery's, which is where Ghost editors put the credit for the set.
 */
const gallery: Render = (p) => {
  const photos = Array.isArray(p['images']) ? (p['images'] as unknown[]) : [];
  return photos
    .map((photo) => (photo !== null && typeof photo === 'object' ? (photo as Payload) : {}))
    .filter((photo) => field(photo, 'src'))
    .map((photo) => figure(field(photo, 'src'), field(photo, 'alt'), field(photo, 'caption') || field(p, 'caption')))
    .join('\n');
};

const code: Render = (p) => {
  const language = field(p, 'language').replace(/[^\w+#-]/g, '');
  const attr = language ? ` class="language-${language}"` : '';
  return `<pre><code${attr}>${escape(field(p, 'code'))}</code></pre>${paragraph(field(p, 'caption'))}`;
};

const embed: Render = (p, notes) => {
  const url = field(p, 'url');
  const type = field(p, 'embedType') || field(p, 'type');
  notes.push({ kind: 'embed', detail: `${type ? `${type} ` : ''}embed of ${url || 'no address'} kept as a link` });
  return (url ? linkParagraph(url, url) : '') + paragraph(field(p, 'caption'));
};

const bookmark: Render = (p) => {
  const url = field(p, 'url');
  const metadata = (p['metadata'] ?? {}) as Payload;
  return url ? linkParagraph(url, plain(field(metadata, 'title')) || url) : '';
};

// Callout and toggle texts are Ghost's HTML: the callout's inline, the toggle's content in paragraphs.
const callout: Render = (p) => paragraph(field(p, 'calloutText'));
const toggle: Render = (p) => `${paragraph(`<strong>${field(p, 'heading')}</strong>`)}${field(p, 'content')}`;

const CARDS: Record<string, Render> = {
  image,
  gallery,
  markdown: (p) => markdownCard(field(p, 'markdown')),
  'card-markdown': (p) => markdownCard(field(p, 'markdown')),
  html: (p) => field(p, 'html'),
  embed,
  bookmark,
  callout,
  toggle,
  code,
  codeblock: code,
  hr: () => '<hr>',
  horizontalrule: () => '<hr>',
  // Where Ghost cut the free preview of a members-only post: the whole post is published here.
  paywall: () => '',
};

// Cards that only ever went out in newsletters: readers of the site never saw them.
const EMAIL_ONLY = new Set(['email', 'email-cta']);

// Where the words of cards this reader does not render live, so an unknown card loses no text.
const TEXT_FIELDS = [
  'header',
  'subheader',
  'heading',
  'title',
  'productTitle',
  'productDescription',
  'textValue',
  'buttonText',
  'caption',
];

/** A Ghost card (Lexical decorator node or Mobiledoc card) as HTML. Unknown cards keep their words, with a note. */
export function renderCard(name: string, payload: Payload, notes: SourceNote[]): string {
  const render = CARDS[name];
  if (render) return render(payload, notes);
  if (EMAIL_ONLY.has(name)) {
    notes.push({ kind: 'email-card', detail: `newsletter-only "${name}" card left out` });
    return '';
  }
  const words = TEXT_FIELDS.map((key) => plain(field(payload, key))).filter(Boolean);
  const url = field(payload, 'src') || field(payload, 'url') || field(payload, 'buttonUrl');
  const kept = words.length ? `: kept its text "${words.join(' / ')}"` : '';
  notes.push({ kind: 'unknown-card', detail: `"${name}" card${url ? ` (${url})` : ''}${kept}` });
  return words.map((w) => `<p>${escape(w)}</p>`).join('');
}
