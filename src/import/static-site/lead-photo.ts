import type { SourceNote, SourcePhoto } from '../source.ts';
import { first, table, text, type Fields } from './fields.ts';

/**
 * The featured photo from the first of `fields` a post has: a path (`image: /images/a.jpg`), a list
 * of them (Hugo's `images`, the first taken), or a table with the path and its words (`cover:
 * {image, alt, caption}`, Jekyll's `image: {path, alt, caption}`). The path is kept as written; the
 * importer finds the file. A value naming no path (an id into a theme's own photo library) is noted.
 */
export function leadPhoto(data: Fields, fields: readonly string[], notes: SourceNote[]): SourcePhoto | undefined {
  const name = fields.find((f) => first(data, f) !== undefined);
  if (name === undefined) return undefined;
  const value = data[name];
  const item = Array.isArray(value) ? value[0] : value;
  const photo = fromValue(item);
  if (!photo) {
    notes.push({ kind: 'lead-not-read', detail: `${name}: ${JSON.stringify(value)} names no photo file; no lead photo` });
    return undefined;
  }
  return photo;
}

function fromValue(value: unknown): SourcePhoto | undefined {
  const url = text(value);
  if (url) return { url };
  const photo = table(value);
  if (!photo) return undefined;
  const path = text(first(photo, 'path', 'src', 'url', 'image', 'file'));
  if (!path) return undefined;
  const alt = text(first(photo, 'alt', 'alt_text', 'alttext'));
  const caption = text(first(photo, 'caption', 'title'));
  return { url: path, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}) };
}
