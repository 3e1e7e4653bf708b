import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { startNginx } from './nginx.ts';

/** An old address as a client asks for it (any spelling: `/caf%C3%A9/`, `/café/`, `/?p=12`), and the page it should reach. */
export type RedirectPair = readonly [from: string, to: string];

/**
 * Asserts that every old address of the built site at `dist` reaches its new page, as readers and
 * crawlers meet it:
 *
 * - on nginx with deploy/nginx-site.conf and the build's `_redirects.nginx`, a `301` whose
 *   `Location` is `to`, in one step, query addresses too;
 * - on a host without rules (nginx serving the files, nothing else), every path address lands on
 *   the redirect page (after the host's own slash redirect, if any), whose meta refresh and
 *   canonical name `to`. A query address is left out there: such a host answers `/?p=12` with the
 *   front page, which is why the rules exist.
 *
 * All failures are listed together. Shared by the redirect build test and the import tests.
 */
export async function expectRedirects(dist: string, pairs: Iterable<RedirectPair>): Promise<void> {
  const all = [...pairs];
  const failures: string[] = [];
  const ruled = await startNginx(dist);
  try {
    for (const [from, to] of all) {
      const response = await fetch(new URL(from, ruled.url), { redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status !== 301 || location !== to)
        failures.push(`nginx ${from}: ${response.status} to ${location}, not 301 to ${to}`);
    }
  } finally {
    ruled.stop();
  }
  const plain = await startNginx(dist, { plain: true });
  try {
    for (const [from, to] of all.filter(([from]) => !from.includes('?'))) {
      const response = await fetch(new URL(from, plain.url));
      const { document } = parseHTML(await response.text());
      const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const lands = response.status === 200 && refresh === `0; url=${to}` && canonical && new URL(canonical).pathname === to;
      if (!lands) failures.push(`static ${from}: ${response.status}, refresh ${refresh}, canonical ${canonical}; not ${to}`);
    }
  } finally {
    plain.stop();
  }
  expect(failures).toEqual([]);
}
