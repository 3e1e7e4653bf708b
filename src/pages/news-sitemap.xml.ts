import { buildTime } from '../model/build-time.ts';
import { getStories } from '../site/stories.ts';
import { newsSitemapStories, newsSitemapXml } from '../output/sitemap-xml.ts';

/** Google News: stories first published in the 48 hours before this build, and live blogs still running. */
export async function GET() {
  const xml = newsSitemapXml(newsSitemapStories(await getStories(), buildTime()));
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
