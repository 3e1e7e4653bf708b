import { DECORATIVE } from '../../markdown/photo-syntax.ts';
import { UNLABELLED_CREDIT } from '../../model/credit-line.ts';
import { note, shorten, type Conversion } from './context.ts';
import { destination, escapeLine, title } from './markdown-escape.ts';
import { admitPhoto } from './photo-limit.ts';

/** One photo as the conversion found it: its address, words and where it linked. */
export interface FoundPhoto {
  src: string;
  alt?: string | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
  /** A page the photo linked to (a link to a larger size of itself is dropped before). */
  link?: string | undefined;
}

/**
 * The photo as Broadsheet writes an in-body photo: the image alone in its paragraph, its caption
 * as the title and its credit on the next line. A photo with no alt text takes its caption; with
 * neither it is marked decorative (and so has no caption or credit), with a note. Empty when the
 * story already shows as many photos as it may.
 */
export function photoMarkdown(c: Conversion, photo: FoundPhoto): string {
  const caption = photo.caption?.trim().toLowerCase() === DECORATIVE ? undefined : photo.caption?.trim() || undefined;
  const alt = photo.alt?.replace(/\s+/g, ' ').trim() || caption;
  const version = alt ? [photo.src, alt, caption ?? null, photo.credit ?? null] : [photo.src, '', true];
  if (!admitPhoto(c, version)) return '';
  let image: string;
  if (alt) image = `![${escapeLine(alt)}](${destination(photo.src)}${caption ? ` ${title(caption)}` : ''})`;
  else {
    const lost = photo.credit ? ` (its credit "${photo.credit}" dropped: a decorative photo has none)` : '';
    note(c, 'photo-without-alt', `${shorten(photo.src)} has no alt text or caption: marked decorative${lost}`);
    image = `![](${destination(photo.src)} "${DECORATIVE}")`;
  }
  const linked = photo.link ? `[${image}](${destination(photo.link)})` : image;
  if (!alt || !photo.credit) return linked;
  // A byline or a copyright notice is a credit line as it stands ("Photo by …", "© …").
  const line = UNLABELLED_CREDIT.test(photo.credit) ? photo.credit : `Credit: ${photo.credit}`;
  return `${linked}\n${escapeLine(line)}`;
}
