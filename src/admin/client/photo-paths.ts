import { NEW_STORY_DEPTH } from '../story-path.ts';
import type { Immutable } from './decap-types.ts';

const isImmutable = (v: unknown): v is Immutable =>
  v !== null && typeof v === 'object' && typeof (v as Immutable).toJS === 'function';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `../` from a story's file up to the content folder: from `content/articles/news/x.md`, `../../`.
 * A new story has no path yet; it will be filed by STORY_PATH (`articles/<section>/<year>/`).
 */
export function upToContent(storyPath: string | undefined, content: string): string {
  const inside = storyPath?.startsWith(`${content}/`) ? storyPath.slice(content.length + 1) : undefined;
  const folders = inside ? inside.split('/').length - 1 : NEW_STORY_DEPTH;
  return '../'.repeat(folders);
}

/**
 * The story's data with every photo the editor saved (`marker/ferry.jpg`, the path from a new
 * story) written as the path from this story's file (`../../images/ferry.jpg` from `articles/news/`):
 * the lead photo's `src`, and the photos in the body, where it can only stand in a Markdown image.
 */
export function relativePhotoPaths(data: unknown, marker: string, up: string): unknown {
  const prefix = `${marker}/`;
  const relative = `${up}images/`;
  const inBody = new RegExp(`(\\]\\()${escapeRegExp(prefix)}`, 'g');
  const visit = (value: unknown): unknown => {
    if (isImmutable(value)) return value.map(visit);
    if (typeof value !== 'string') return value;
    if (value.startsWith(prefix)) return relative + value.slice(prefix.length);
    return value.includes('](') ? value.replace(inBody, `$1${relative}`) : value;
  };
  return visit(data);
}
