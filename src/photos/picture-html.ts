import type { Credit } from '../model/schemas/credit.ts';
import { formatCredit } from '../model/credit-line.ts';
import { escapeHtml } from '../model/escape.ts';
import type { PictureData } from './pictures.ts';

const attr = (value: string | number) => escapeHtml(String(value));

export interface PictureOptions {
  alt: string;
  sizes: string;
  /** The page's lead photo loads at once and first; all others wait until scrolled near. */
  lead?: boolean | undefined;
  /** A small photo inside a sentence or a table cell (class `inline-photo`, sized by article.css). */
  inline?: boolean | undefined;
}

/** `<picture>` markup, shared by the templates and the Markdown body so both look and load alike. */
export function pictureHtml(data: PictureData, { alt, sizes, lead = false, inline = false }: PictureOptions): string {
  const sources = data.sources.map((s) => `<source type="${s.type}" srcset="${attr(s.srcset)}" sizes="${attr(sizes)}">`).join('');
  const loading = lead ? 'loading="eager" fetchpriority="high"' : 'loading="lazy"';
  const { img } = data;
  return `<picture${inline ? ' class="inline-photo"' : ''}>${sources}<img src="${attr(img.url)}" srcset="${attr(img.srcset)}" sizes="${attr(sizes)}" width="${img.width}" height="${img.height}" alt="${attr(alt)}" ${loading} decoding="async"></picture>`;
}

/** A figure's picture inside a link to `href` (an archive's full-size photo), or as it is. */
export function linkedHtml(picture: string, href: string | undefined): string {
  // The checker lets only web addresses through; the link leaves the site like any other.
  return href ? `<a href="${attr(href)}" rel="noopener">${picture}</a>` : picture;
}

/**
 * The caption and `Credit: …` line under a photo, the same for the lead photo and in-body photos;
 * empty when there is neither.
 */
export function figcaptionHtml(caption: string | undefined, credit: Credit | undefined): string {
  const parts = [
    caption && `<span class="figure__caption">${escapeHtml(caption)}</span>`,
    credit &&
      `<span class="figure__credit">Credit: ${escapeHtml(formatCredit(credit))}${
        credit.license ? ` (<a href="${attr(credit.license)}" rel="license noopener">licence</a>)` : ''
      }</span>`,
  ].filter(Boolean);
  return parts.length ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
}
