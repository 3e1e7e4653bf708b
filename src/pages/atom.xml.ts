import { feedXml } from '../output/feeds.ts';
import { getStories } from '../site/stories.ts';

export async function GET() {
  return new Response(await feedXml('atom', await getStories()), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
}
