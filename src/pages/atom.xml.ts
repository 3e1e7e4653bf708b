import { feedXml } from '../lib/feeds.ts';
import { getStories } from '../lib/news.ts';

export async function GET() {
  return new Response(await feedXml('atom', await getStories()), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
}
