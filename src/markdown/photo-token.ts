import type { Credit } from '../model/schemas/credit.ts';

/**
 * In-body photos leave the Markdown renderer as opaque tokens and become `<picture>` markup at
 * page render, through the same image pipeline as the hero. The payload is base64url JSON, so no
 * HTML escaping rule can ever change it between the two steps.
 */
export interface PhotoToken {
  src: string;
  alt: string;
  caption?: string | undefined;
  credit?: Credit | undefined;
  /** Where a figure's photo links (its full size in an archive), when the editor linked it. */
  link?: string | undefined;
  /** A photo inside a sentence or a table cell: a plain, small image with no caption or credit line. */
  inline?: boolean | undefined;
}

export const PHOTO_TAG = 'broadsheet-photo';
const TOKEN = new RegExp(`<${PHOTO_TAG} data-photo="([A-Za-z0-9_-]*)"></${PHOTO_TAG}>`, 'g');

export const encodePhotoToken = (token: PhotoToken) => Buffer.from(JSON.stringify(token)).toString('base64url');

/** The photos in rendered `html`, in order. */
export const photoTokens = (html: string): PhotoToken[] =>
  [...html.matchAll(TOKEN)].map((m) => JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) as PhotoToken);

/** Replaces every token in `html` with what `render` returns for it. */
export async function replacePhotoTokens(html: string, render: (token: PhotoToken) => Promise<string>): Promise<string> {
  const rendered = await Promise.all(photoTokens(html).map(render));
  let i = 0;
  return html.replace(TOKEN, () => rendered[i++]!);
}
