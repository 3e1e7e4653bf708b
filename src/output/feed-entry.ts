import type { Credit } from '../model/schemas/credit.ts';
import site from '../site.config.ts';
import { isoDate, showDateTime } from '../site/display-dates.ts';
import { withoutPlayButtons } from '../site/embed-poster.ts';
import { storyBodyHtml, heroInput, pagePhoto } from '../site/story-photos.ts';
import { withoutPullquotes } from '../site/box-html.ts';
import { figcaptionHtml } from '../photos/picture-html.ts';
import { responsivePicture } from '../photos/pictures.ts';
import { getAuthors, type Story } from '../site/stories.ts';
import { liveFeedHtml } from './live-feed.ts';
import { nameUpdateAuthors } from '../site/live-blog.ts';
import { absolutizeHtml, escapeHtml } from '../model/escape.ts';

/** The lead photo as a feed carries it: one JPEG, absolute, with its words. */
export interface FeedPhoto {
  url: string;
  width: number;
  height: number;
  alt: string;
  caption?: string | undefined;
  credit?: Credit | undefined;
}

export interface FeedEntry {
  /** The whole story as HTML with absolute URLs: lead photo, body, corrections. */
  html: string;
  photo?: FeedPhoto | undefined;
}

const cache = new Map<string, Promise<FeedEntry>>();

/** A story's feed content, made once per build however many feeds carry it; an edit in dev makes it anew. */
export function feedEntry(story: Story): Promise<FeedEntry> {
  const key = `${story.url}:${story.entry.digest ?? ''}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = makeEntry(story);
    cache.set(key, entry);
  }
  return entry;
}

async function makeEntry(story: Story): Promise<FeedEntry> {
  const photo = await leadPhoto(story);
  const figure = photo
    ? `<figure><img src="${escapeHtml(photo.url)}" width="${photo.width}" height="${photo.height}" alt="${escapeHtml(photo.alt)}">${figcaptionHtml(photo.caption, photo.credit)}</figure>`
    : '';
  const corrections = story.data.corrections.length
    ? `<h2>Corrections</h2><ul>${story.data.corrections
        .map(
          (c) => `<li><time datetime="${isoDate(c.date)}">${escapeHtml(showDateTime(c.date))}</time>: ${escapeHtml(c.text)}</li>`,
        )
        .join('')}</ul>`
    : '';
  // A feed reader shows a pull quote as the same words twice (the story holds them already), and an
  // embed's play button without the script that works it.
  let body = withoutPlayButtons(withoutPullquotes((await storyBodyHtml(story.entry)).html));
  if (story.live) {
    const authors = await getAuthors();
    body = liveFeedHtml(story, story.live) + nameUpdateAuthors(body, (id) => authors.find((a) => a.id === id)?.name);
  }
  return { html: absolutizeHtml(figure + body + corrections, site.url), photo };
}

async function leadPhoto(story: Story): Promise<FeedPhoto | undefined> {
  const input = heroInput(story.entry);
  if (!input) return undefined;
  const photo = pagePhoto(await responsivePicture(input, 'hero'), input.caption);
  return { ...photo, url: new URL(photo.url, site.url).href, alt: input.alt };
}
