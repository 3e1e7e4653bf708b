import type { APIContext } from 'astro';
import { feedXml } from '../../output/feeds.ts';
import { getStories } from '../../site/stories.ts';
import type { Section } from '../../model/schemas/site.ts';
import site from '../../site.config.ts';

export function getStaticPaths() {
  return site.sections.map((section) => ({ params: { section: section.id }, props: { section } }));
}

export async function GET({ props }: APIContext<{ section: Section }>) {
  const xml = await feedXml('rss', await getStories(), props.section);
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}
