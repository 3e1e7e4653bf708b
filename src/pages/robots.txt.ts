import { absoluteUrl, newsSitemapUrl, sitemapIndexUrl } from '../model/urls.ts';
import site from '../site.config.ts';

export function GET() {
  const lines = [
    'User-agent: *',
    'Allow: /',
    // The editor is for the newsroom, not for search results.
    'Disallow: /admin/',
    '',
    `Sitemap: ${absoluteUrl(site.url, sitemapIndexUrl())}`,
    `Sitemap: ${absoluteUrl(site.url, newsSitemapUrl())}`,
  ];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
