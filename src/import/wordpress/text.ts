import { decodeEntities } from '../../model/entities.ts';

/**
 * A slug as WordPress stores non-ASCII ones, percent-encoded (`stra%c3%9fe`), read back (`straße`).
 * A slug that does not decode is kept as it is.
 */
export function decodeSlug(slug: string): string {
  const trimmed = slug.trim();
  if (!trimmed.includes('%')) return trimmed;
  try {
    return decodeURIComponent(trimmed);
  } catch {
    return trimmed;
  }
}

/** The attributes of one HTML tag (`<img src="a.jpg" alt='x' class=big>`), names lower-cased, values decoded. */
export function tagAttributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const inner = tag.replace(/^<[a-zA-Z][\w-]*/, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/**
 * A copy of `text` that owns its characters. Text read from the stream is a slice of a 64 kB chunk,
 * and V8 keeps the whole chunk alive for as long as the slice lives: the few words the first pass
 * keeps of each attachment would otherwise hold the whole export in memory.
 */
export const own = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');
