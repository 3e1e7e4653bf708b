import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { adminContentSecurityPolicy } from '../../src/output/admin-csp.ts';
import { hasPlayableEmbed, pagePolicy } from '../helpers/embed-pages.ts';
import { contentSecurityPolicy } from '../../src/output/csp.ts';
import site from '../../src/site.config.ts';
import { htmlFiles } from '../helpers/site-files.ts';

const dist = inject('sampleDist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const doc = (file: string) => parseHTML(read(file)).document;
const scriptsOf = (file: string) =>
  [...doc(file).querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');

// The editor's JavaScript and looser policy stay on /admin/: the reader site is as script-free as before.
describe('the editor page of the built sample site', () => {
  it('is one of the pages with JavaScript, with search and the stories with embeds; the others ship none and keep the strict policy', () => {
    const withScripts = htmlFiles(dist).filter((file) => scriptsOf(file).length > 0);
    const withEmbeds = htmlFiles(dist).filter((file) => hasPlayableEmbed(doc(file) as unknown as Document));
    expect(withEmbeds).toContain('climate/wend-flood-drill/index.html');
    expect(withScripts).toEqual(['admin/index.html', ...withEmbeds, 'search/index.html'].sort());
    for (const file of withEmbeds) expect(scriptsOf(file).map((s) => s.getAttribute('src'))).toEqual(['/embed.js']);
    for (const file of htmlFiles(dist).filter((f) => !f.startsWith('admin/'))) {
      const csp = doc(file).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
      if (csp) expect(csp, file).toBe(pagePolicy(doc(file) as unknown as Document));
      if (csp && !withEmbeds.includes(file)) expect(csp, file).toBe(contentSecurityPolicy());
    }
    const admin = doc('admin/index.html').querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(admin?.getAttribute('content')).toBe(adminContentSecurityPolicy(site.editor));
  });

  it("loads Decap CMS from the site's own files, never from another host", () => {
    const page = doc('admin/index.html');
    expect(page.body.dataset['cms']).toBe('/admin/decap-cms.js');
    expect(existsSync(join(dist, 'admin/decap-cms.js'))).toBe(true);
    for (const s of scriptsOf('admin/index.html')) expect(s.getAttribute('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    // The editor's own script is referenced by the editor's page and no other.
    const src = scriptsOf('admin/index.html')[0]!.getAttribute('src')!;
    expect(htmlFiles(dist).filter((f) => read(f).includes(src))).toEqual(['admin/index.html']);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(read('robots.txt')).toContain('Disallow: /admin/');
  });

  it('ships the configuration made from the schemas, and the names its preview shows', () => {
    const config = parse(read('admin/config.yml')) as { collections: { name: string; folder: string }[] };
    expect(config.collections.map((c) => [c.name, c.folder])).toEqual([
      ['stories', 'content/articles'],
      ['authors', 'content/authors'],
    ]);
    const index = JSON.parse(read('admin/stories.json')) as { stories: Record<string, { headline: string }> };
    expect(index.stories['wend-bridge-vote-delayed']?.headline).toBeTruthy();
  });
});
