import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parseXml } from '../../helpers/xml.ts';

/** The fixture site's address (tests/fixtures/site/content and the build helper's config). */
export const SITE = 'https://courier.example.org';
/**
 * A headline with every character that breaks HTML, XML or JSON when not escaped, as written: the tags
 * as character references, since frontmatter text refuses tags (model/markup.ts).
 */
export const TRICKY_WRITTEN = 'Night market "returns" &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; 🎉';
/** That headline as readers get it everywhere: decoded, its quotes set. */
export const TRICKY = 'Night market “returns” </script><script>alert(1)</script> & 🎉';

/** Readers of one built site, shared by the groups of news-surfaces.test.ts. */
export function builtSite(dist: string) {
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  const htmlFiles = (dir = dist): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
    );
  return {
    dist,
    read,
    xml: (path: string) => parseXml(read(path), path, ['url', 'sitemap', 'entry', 'item']),
    scriptsIn: (file: string) => [...parseHTML(readFileSync(file, 'utf8')).document.querySelectorAll('script')],
    htmlFiles,
  };
}

export type BuiltSite = ReturnType<typeof builtSite>;

export const decodeHtml = (s: string | undefined) =>
  s
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
