import { feedXml } from '../output/feeds.ts';
import { getStories } from '../site/stories.ts';

export async function GET() {
  return new Response(await feedXml('rss', await getStories()), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
}
