import { encodedOldAddress } from '../model/old-address.ts';
import type { RedirectRule } from '../site/redirects.ts';

/**
 * `_redirects` for the hosts that read one, in the lines both read alike (docs/deploy.md):
 *
 * - A path, percent-encoded as Netlify asks: `/2024/05/caf%C3%A9-reopens/ /city/cafe-reopens/ 301`.
 *   Cloudflare Pages answers it with a 301; Netlify serves the redirect page written at that path
 *   first (it lets a file "shadow" a rule unless the rule is forced with `301!`, a status Cloudflare
 *   refuses, dropping the line), and that page sends the reader on.
 * - A query, in Netlify's syntax, forced, since `/` is a page: `/ p=123 /politics/new/ 301!`.
 *   Cloudflare Pages skips a line of four words; written as `/?p=123 /politics/new/` it would drop
 *   the query and send the front page away.
 */
export function redirectsFile(redirects: readonly RedirectRule[]): string {
  return redirects
    .map(({ address, story }) =>
      address.kind === 'query'
        ? `${encodeURI(address.path)} ${address.query} ${story.url} 301!\n`
        : `${encodedOldAddress(address)} ${story.url} 301\n`,
    )
    .join('');
}
