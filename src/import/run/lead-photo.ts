import { captionAndCredit } from '../convert/caption-credit.ts';
import type { SourceNote, SourcePost } from '../source.ts';
import type { PhotoStore } from './photo-store.ts';
import { plainText } from './plain-text.ts';
import type { StoryFields } from './story-text.ts';
import { relativeTo } from './story-body.ts';

/**
 * The featured photo as the story's `hero`: the file copied or downloaded, the credit taken out of
 * the caption by our credit parser. A lead photo needs alt text; when the source has none, the
 * caption stands in for it, else the headline, and the report says so: an editor should write one.
 */
export async function leadPhoto(
  post: SourcePost,
  storyFile: string,
  headline: string,
  photos: PhotoStore,
): Promise<{ hero?: StoryFields['hero']; notes: SourceNote[] }> {
  const notes: SourceNote[] = [];
  if (!post.lead) return { notes };
  const result = await photos.get(post.lead.url, post);
  if (!result.file) {
    notes.push({ kind: 'missing-photo', detail: `lead photo ${post.lead.url} ${result.missing}: the story has none` });
    return { notes };
  }
  const split = post.lead.caption ? captionAndCredit(post.lead.caption, post.published) : { notes: [] };
  notes.push(...split.notes);
  let alt = plainText(post.lead.alt) ?? plainText(split.caption);
  if (!alt) {
    alt = `Photo: ${headline}`;
    notes.push({
      kind: 'photo-without-alt',
      detail: `lead photo ${post.lead.url} has no alt text or caption: "${alt}" stands in; describe the photo`,
    });
  }
  return {
    hero: { src: relativeTo(storyFile, result.file), alt, caption: plainText(split.caption), credit: split.credit },
    notes,
  };
}
