import { transliterate } from '../../model/slug.ts';
import type { SourceAuthor } from '../source.ts';
import type { WxrRecord } from './wxr-stream.ts';
import { plainText } from '../convert/html-text.ts';

/**
 * Posts name their author by login (`dc:creator`); the channel's `wp:author` entries give the
 * display name. WXR does not carry the nicename that author pages use (`/author/<nicename>/`);
 * WordPress makes it from the login with `sanitize_title` (accents dropped, dots and spaces to
 * hyphens, anything else not a letter or digit removed), and so do we.
 */
export function nicenameOf(login: string): string {
  return transliterate(login.replace(/[^\p{L}\p{N}\s._-]/gu, ''))
    .replace(/[.\s]+/g, '-')
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The login in a `dc:creator` or `wp:author_login`: WordPress allows no `<` or `>` in one, yet exports carry strays. */
export const loginOf = (text: string | undefined) => (text ?? '').replace(/[<>]/g, '').trim();

/** A login as an author with nothing more known: posts by users the export did not list. */
export function authorFromLogin(login: string, name = login): SourceAuthor {
  const nicename = nicenameOf(login) || 'author';
  return { key: login, slug: nicename, name, oldUrls: [`/author/${nicename}/`] };
}

/** A `wp:author` entry as a source author, or undefined when it has no login. */
export function authorFromRecord(record: WxrRecord): SourceAuthor | undefined {
  const field = (name: string) => plainText(record.fields.get(`wp:author_${name}`) ?? '');
  const login = loginOf(record.fields.get('wp:author_login'));
  if (!login) return undefined;
  const name = field('display_name') || [field('first_name'), field('last_name')].filter(Boolean).join(' ') || login;
  const author = authorFromLogin(login, name);
  // Some exporters do write the nicename; when they do, it is the truth.
  const nicename = field('nicename');
  return nicename ? { ...author, slug: nicename, oldUrls: [`/author/${nicename}/`] } : author;
}
