import { MAX_BODY_BYTES } from '../../check/text-hygiene.ts';
import { slugify } from '../../model/slug.ts';
import type { SourceNote, SourcePost, SourceReader } from '../source.ts';
import type { Authors } from './authors.ts';
import { STAFF } from './authors.ts';
import type { GuardedWriter, WriteOutcome } from './guarded-writer.ts';
import { leadPhoto } from './lead-photo.ts';
import type { LinkIndex } from './link-index.ts';
import type { Plan, PlannedStory } from './plan-stories.ts';
import type { PhotoStore } from './photo-store.ts';
import { plainText, shortened } from './plain-text.ts';
import { redirectPaths } from './redirect-paths.ts';
import { storyBody } from './story-body.ts';
import { frontmatterDate, meaningfulUpdate } from './story-dates.ts';
import { storyText } from './story-text.ts';

/** One post's outcome, for the report. */
export interface StoryOutcome {
  origin: string;
  file: string;
  status: SourcePost['status'];
  outcome: WriteOutcome;
  notes: SourceNote[];
  redirects: number;
}

export interface WriteContext {
  plan: Plan;
  authors: Authors;
  photos: PhotoStore;
  index: LinkIndex;
  writer: GuardedWriter;
  timezone: string;
  now: Date;
}

/** The second pass: every post converted and written, one at a time, each outcome handed on. */
export async function writeStories(
  reader: SourceReader,
  context: WriteContext,
  each: (outcome: StoryOutcome) => void,
): Promise<void> {
  for await (const post of reader.posts()) {
    const planned = context.plan.stories.get(post.key);
    if (planned) each(await writeOne(post, planned, context));
  }
}

async function writeOne(post: SourcePost, planned: PlannedStory, context: WriteContext): Promise<StoryOutcome> {
  const notes: SourceNote[] = [...post.notes];
  const headline = plainText(post.title) ?? planned.id.replace(/-/g, ' ');
  if (!plainText(post.title)) notes.push({ kind: 'untitled', detail: `no title: "${headline}" stands in` });
  let published = planned.published;
  let draft = post.status === 'draft';
  if (!published) {
    published =
      planned.undated ??
      frontmatterDate(post.updated, context.timezone) ??
      frontmatterDate(context.now.toISOString(), context.timezone)!;
    planned.undated = published;
    draft = true;
    // The reader may have said so already, with what it found instead of a date.
    if (!notes.some((n) => n.kind === 'undated'))
      notes.push({ kind: 'undated', detail: `no publication date: kept as a draft dated ${published}` });
  }
  const body = await storyBody(post, planned, context.photos, context.index);
  if (!body.body.trim()) {
    // Only a photo that could not be had: the excerpt stands in, else a line saying so, for an editor to see.
    body.body = plainText(post.excerpt) ?? 'The photo this story showed could not be brought over from the old site.';
    notes.push({ kind: 'empty-after-import', detail: 'the body was only photos that could not be had' });
  }
  const lead = await leadPhoto(post, planned.file, headline, context.photos);
  notes.push(...body.notes, ...lead.notes);
  const redirectFrom = redirectPaths(post, planned, context.index, notes);
  for (const path of planned.contested)
    notes.push({ kind: 'contested-address', detail: `${path} was also an address of an earlier post, which keeps it` });
  const keys = post.authors.length ? post.authors : [STAFF.key];
  if (!post.authors.length) notes.push({ kind: 'no-author', detail: 'no author: the byline is "Staff"' });
  const text = storyText(
    {
      headline,
      dek: shortened(plainText(post.excerpt)),
      section: planned.section,
      authors: [...new Set(keys.map((k) => context.authors.idFor(k)))],
      published,
      updated: meaningfulUpdate(published, frontmatterDate(post.updated, context.timezone), context.now),
      tags: [...new Set(post.tags.map((t) => slugify(t)).filter(Boolean))],
      draft,
      hero: lead.hero,
      redirectFrom,
    },
    body.body,
  );
  // Past the checker's limit the story could not be built: it is left out, for an editor to split.
  if (Buffer.byteLength(body.body) > MAX_BODY_BYTES) {
    const kb = Math.round(Buffer.byteLength(body.body) / 1024);
    notes.push({
      kind: 'too-large',
      detail: `the body is ${kb} KB, over the ${MAX_BODY_BYTES / 1024} KB a story may be: not imported; split it`,
    });
    return { origin: post.origin, file: planned.file, status: post.status, outcome: 'skipped', notes, redirects: 0 };
  }
  const outcome = context.writer.write(planned.file, text);
  return { origin: post.origin, file: planned.file, status: post.status, outcome, notes, redirects: redirectFrom.length };
}
