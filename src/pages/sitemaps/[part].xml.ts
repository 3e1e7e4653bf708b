import type { APIContext } from 'astro';
import { urlsetXml, type SitemapPart } from '../../output/sitemap-xml.ts';
import { sitemapParts } from '../../output/sitemap-parts.ts';

export async function getStaticPaths() {
  return (await sitemapParts()).map((part) => ({ params: { part: part.name }, props: { part } }));
}

export function GET({ props }: APIContext<{ part: SitemapPart }>) {
  return new Response(urlsetXml(props.part.urls), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
