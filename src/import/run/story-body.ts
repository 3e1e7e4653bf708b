import { dirname, posix } from 'node:path';
import { htmlToMarkdown } from '../convert/html-to-markdown.ts';
import { photoUrls } from '../convert/photo-urls.ts';
import { rewriteBody } from '../convert/rewrite-body.ts';
import type { SourceNote, SourcePost } from '../source.ts';
import type { LinkIndex } from './link-index.ts';
import type { PhotoStore } from './photo-store.ts';

/**
 * A post's body as Broadsheet Markdown: HTML converted, every photo it shows copied or downloaded
 * (and the address rewritten to the file, relative to the story), every link to the old site
 * pointed at the new page, promo paragraphs made related-link lines.
 */
export async function storyBody(
  post: SourcePost,
  story: { id: string; file: string },
  photos: PhotoStore,
  index: LinkIndex,
): Promise<{ body: string; notes: SourceNote[] }> {
  const storyFile = story.file;
  const notes: SourceNote[] = [];
  let markdown = post.body.text;
  if (post.body.format === 'html') {
    const converted = htmlToMarkdown(post.body.text, post.published);
    markdown = converted.markdown;
    notes.push(...converted.notes);
  }
  const had = new Map<string, string | undefined>();
  for (const address of photoUrls(markdown)) {
    const result = await photos.get(address, post);
    if (result.file) had.set(address, relativeTo(storyFile, result.file));
    else {
      had.set(address, undefined);
      notes.push({ kind: 'missing-photo', detail: `${address} ${result.missing}: the photo was taken out` });
    }
  }
  const rewritten = rewriteBody(markdown, {
    link: (written) => {
      const url = fromPostPage(written, post);
      const found = index.link(url);
      if (found?.kept)
        notes.push({
          kind: 'link-to-old-site',
          detail: `${url} is not imported: the link points at the old site (${found.url})`,
        });
      return found?.url;
    },
    photo: (url) => had.get(url),
    // A promo pointing at the story itself is a link to itself, which the checker refuses.
    storyId: (url) => {
      const id = index.story(url)?.id;
      return id === story.id ? undefined : id;
    },
  });
  // A photo that could not be had is noted above, with the reason.
  notes.push(...rewritten.notes.filter((n) => n.kind !== 'missing-photo'));
  return { body: rewritten.markdown, notes };
}

/** `images/…` as the story file at `articles/2019/04/x.md` reaches it: `../../../images/…`. */
export function relativeTo(storyFile: string, file: string): string {
  return posix.relative(dirname(storyFile), file);
}

/**
 * A relative link (`../other-post/`, `photo.jpg`) as the old page read it: resolved against the post's
 * own old address, so it can be found among the imported stories or written out in full.
 */
function fromPostPage(url: string, post: SourcePost): string {
  const page = post.oldUrls[0];
  if (!page || /^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url)) return url;
  try {
    const base = new URL(page, 'https://old.invalid');
    const resolved = new URL(url, base);
    return base.host === 'old.invalid' ? `${resolved.pathname}${resolved.search}${resolved.hash}` : resolved.href;
  } catch {
    return url;
  }
}
