import type { CheckedStoryData } from './story-file.ts';
import type { BodyFacts } from './body.ts';
import type { ContentFile } from './files.ts';
import { lazyLineOf } from './frontmatter.ts';
import type { FileCheck, StoryHead } from './story-file.ts';

/**
 * A sharded build's part of the paper. Every shard reads every story's frontmatter (the index all of
 * them need: ids, headlines, sections, dates, authors, lead photos, for links and listings), then
 * checks bodies and photos only for the stories `Share` picks once the frontmatter is known. The
 * rest are another shard's to check, and `npm run check` checks the whole paper.
 */
export type Share = (heads: readonly { id: string; data: CheckedStoryData }[]) => (id: string) => boolean;

const NO_FACTS: BodyFacts = { related: [], figures: [], inlinePhotos: [] };

/**
 * A story outside the share: its valid frontmatter, its body unread. Its problems are left to the
 * shard that owns it; a story whose frontmatter fails is left out (that shard fails on it).
 */
export function headOnly(source: ContentFile, head: StoryHead): FileCheck {
  if (!head.parsed || !head.data) return { problems: [] };
  const { raw, body } = head.parsed;
  const article = { source, raw, data: head.data, body, facts: NO_FACTS, lineOf: lazyLineOf(source.text) };
  return { article, facts: NO_FACTS, problems: [] };
}
