import type { APIContext } from 'astro';
import { urlsetXml, type SitemapPart } from '../../lib/sitemap-xml.ts';
import { sitemapParts } from '../../lib/sitemaps.ts';

export async function getStaticPaths() {
  return (await sitemapParts()).map((part) => ({ params: { part: part.name }, props: { part } }));
}

export function GET({ props }: APIContext<{ part: SitemapPart }>) {
  return new Response(urlsetXml(props.part.urls), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
