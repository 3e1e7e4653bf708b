import { buildTime } from '../lib/build-time.ts';
import { getStories } from '../lib/news.ts';
import { newsSitemapStories, newsSitemapXml } from '../lib/sitemap-xml.ts';

/** Google News: only stories first published in the 48 hours before this build. */
export async function GET() {
  const xml = newsSitemapXml(newsSitemapStories(await getStories(), buildTime()));
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
