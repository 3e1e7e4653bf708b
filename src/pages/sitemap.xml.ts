import { sitemapIndexXml } from '../output/sitemap-xml.ts';
import { sitemapParts } from '../output/sitemap-parts.ts';

export async function GET() {
  return new Response(sitemapIndexXml(await sitemapParts()), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
