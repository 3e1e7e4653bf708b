import type { PictureData } from './pictures.ts';

const attr = (s: string | number) =>
  String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface PictureOptions {
  alt: string;
  sizes: string;
  /** The page's lead photo loads at once and first; all others wait until scrolled near. */
  lead?: boolean | undefined;
}

/** `<picture>` markup, shared by the templates and the Markdown body so both look and load alike. */
export function pictureHtml(data: PictureData, { alt, sizes, lead = false }: PictureOptions): string {
  const sources = data.sources.map((s) => `<source type="${s.type}" srcset="${attr(s.srcset)}" sizes="${attr(sizes)}">`).join('');
  const loading = lead ? 'loading="eager" fetchpriority="high"' : 'loading="lazy"';
  const { img } = data;
  return `<picture>${sources}<img src="${attr(img.url)}" srcset="${attr(img.srcset)}" sizes="${attr(sizes)}" width="${img.width}" height="${img.height}" alt="${attr(alt)}" ${loading} decoding="async"></picture>`;
}
