import { sitemapIndexXml } from '../lib/sitemap-xml.ts';
import { sitemapParts } from '../lib/sitemaps.ts';

export async function GET() {
  return new Response(sitemapIndexXml(await sitemapParts()), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
