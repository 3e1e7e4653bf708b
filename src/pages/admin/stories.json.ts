import { getAuthors, getStories } from '../../site/stories.ts';
import site from '../../site.config.ts';
import type { PreviewIndex } from '../../admin/client/preview-index.ts';

/**
 * What the editor's preview needs to show a story as the paper does: the headline and address of
 * each published story (for related lines), authors' and sections' names. Read by /admin/ only.
 */
export async function GET(): Promise<Response> {
  const index: PreviewIndex = {
    stories: Object.fromEntries((await getStories()).map((s) => [s.id, { headline: s.data.headline, url: s.url }])),
    authors: Object.fromEntries((await getAuthors()).map((a) => [a.id, a.name])),
    sections: Object.fromEntries(site.sections.map((s) => [s.id, s.name])),
  };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
}
