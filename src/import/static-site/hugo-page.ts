import type { HugoConfig } from './hugo-config.ts';
import { hugoPermalink, urlize } from './hugo-permalink.ts';
import { first, text, type Fields } from './fields.ts';
import { joinPath } from './site-url.ts';
import { readSourceDate, type SourceDate } from './source-date.ts';
import { walkFiles, type Choose } from './walk.ts';

/** A content file's name ends in one of these; Hugo's other formats (AsciiDoc, Org…) are not read. */
const CONTENT = /\.(?:md|markdown|mdown|mkd|mkdn|html?)$/i;
const LEAF = /^index\.(?:md|markdown|mdown|mkd|mkdn|html?)$/i;
const BRANCH = /^_index\.(?:md|markdown|mdown|mkd|mkdn|html?)$/i;

/** One Hugo page as its path and front matter place it. */
export interface HugoPage {
  /** Path under the content folder: `posts/harbour/index.md`. */
  path: string;
  /** Folders holding the page: `['posts']` for `posts/a.md` and for the bundle `posts/a/index.md`. */
  folders: string[];
  /** A list page (`_index.md`): a section's front page, never a story. */
  list: boolean;
  /** A leaf bundle (`index.md` with its photos beside it). */
  bundle: boolean;
  /** The content base name: file name without extension, or the bundle's folder name. */
  name: string;
  /** The slug it was published under: `slug:`, else the name. */
  slug: string;
  date?: SourceDate | 'invalid' | undefined;
  permalink: string;
}

/** Where the page sits and the address Hugo gave it. */
export function hugoPage(path: string, data: Fields, config: HugoConfig, timeZone: string): HugoPage {
  const segments = path.split('/');
  const file = segments.pop()!;
  const list = BRANCH.test(file);
  const bundle = LEAF.test(file);
  const name = bundle ? (segments.pop() ?? 'index') : file.replace(/\.[^.]+$/, '');
  const slug = text(data['slug']) ?? name;
  const date = readSourceDate(first(data, 'date', 'publishdate', 'pubdate', 'published'), timeZone);
  const url = text(data['url']);
  const permalink = list
    ? hugoPermalink({ folders: [], name: '', url: url ?? joinPath(...segments.map(urlize), '/') }, config)
    : hugoPermalink(
        {
          folders: segments,
          name,
          slug: text(data['slug']),
          title: text(data['title']),
          date: date === 'invalid' ? undefined : date,
          url,
        },
        config,
      );
  return { path, folders: segments, list, bundle, name, slug, date, permalink };
}

/**
 * The content files under `config.contentDir`, one at a time: in a leaf bundle only its `index.md`
 * (the rest are its photos and files); with `include`, only files in those folders (`['news']`).
 */
export function contentFiles(contentDir: string, include?: readonly string[]): Generator<string> {
  // `content/news` and `news` alike: the folder is named from the content folder.
  const wanted = include?.map((p) => p.replace(/^\/+|\/+$/g, '').replace(/^content\//, '')).filter(Boolean);
  const within = (path: string) => !wanted?.length || wanted.some((w) => path === w || path.startsWith(`${w}/`));
  const leads = (path: string) => !wanted?.length || wanted.some((w) => w.startsWith(`${path}/`));
  const choose: Choose = (path, { files, folders }) => {
    const leaf = files.find((f) => LEAF.test(f));
    if (leaf) return within(path) ? { files: [leaf], folders: [] } : { files: [], folders: [] };
    return {
      files: within(path) ? files.filter((f) => CONTENT.test(f)) : [],
      folders: folders.filter((f) => {
        const sub = path ? `${path}/${f}` : f;
        return within(sub) || leads(sub);
      }),
    };
  };
  return walkFiles(contentDir, choose);
}
