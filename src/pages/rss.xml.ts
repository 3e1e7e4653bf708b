import { feedXml } from '../lib/feeds.ts';
import { getStories } from '../lib/news.ts';

export async function GET() {
  return new Response(await feedXml('rss', await getStories()), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
}
