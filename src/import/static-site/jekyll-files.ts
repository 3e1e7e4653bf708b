import { walkFiles, type Choose } from './walk.ts';

/** A post or draft file of a Jekyll site, placed by its path. */
export interface JekyllFile {
  /** Path in the site folder: `_posts/2019-04-02-quay-fire.md`, `news/_posts/…`, `_drafts/x.md`. */
  path: string;
  type: 'posts' | 'drafts';
  /** The folders above `_posts/` (`news/_posts/…` → `news`): Jekyll's categories from the path. */
  pathCategories: string[];
  /** `2019-04-02` from the file name, when it has one. */
  fileDate?: string | undefined;
  /** The file name's slug part: `quay-fire`. */
  fileSlug: string;
  /** The name without date or extension, with its folders inside `_posts/` (`2019/quay-fire`), for `post_url`. */
  postName: string;
  ext: string;
}

const READABLE = /\.(?:md|markdown|mkd|mkdn|mdown|markdn|mdwn|html?)$/i;
const DATED = /^(\d{2,4}-\d{1,2}-\d{1,2})-(.+)(\.[^.]+)$/;
// Folders Jekyll never reads posts from: its own (`_site`, `_includes`…) and the usual tool folders.
const SKIPPED = new Set(['node_modules', 'vendor', '_site', '.jekyll-cache', 'assets', 'img', 'images', 'css', 'js']);

/**
 * The post and draft files of a Jekyll site, one at a time: in `_posts/` and `_drafts/` at the root
 * and in any ordinary folder (whose names become categories). A file in `_posts/` without a date in
 * its name is not a post to Jekyll, and not to us; `exclude:` from the config is honoured.
 */
export function* jekyllFiles(folder: string, exclude: readonly string[] = []): Generator<JekyllFile> {
  const excluded = new Set(exclude.map((e) => e.replace(/^\/+|\/+$/g, '')));
  const choose: Choose = (path, { files, folders }) => {
    const inPosts = /(?:^|\/)_(?:posts|drafts)(?:\/|$)/.test(path);
    return {
      files: inPosts ? files.filter((f) => READABLE.test(f)) : [],
      folders: folders.filter((f) => {
        const sub = path ? `${path}/${f}` : f;
        if (excluded.has(sub) || excluded.has(f)) return false;
        return inPosts || f === '_posts' || f === '_drafts' || (!f.startsWith('_') && !SKIPPED.has(f));
      }),
    };
  };
  for (const path of walkFiles(folder, choose)) {
    const file = classify(path);
    if (file) yield file;
  }
}

function classify(path: string): JekyllFile | undefined {
  const m = /^(?:(.*)\/)?_(posts|drafts)\/(.*)$/.exec(path);
  if (!m) return undefined;
  const type = m[2] === 'posts' ? 'posts' : 'drafts';
  const inner = m[3]!;
  const name = inner.slice(inner.lastIndexOf('/') + 1);
  const innerFolders = inner.includes('/') ? `${inner.slice(0, inner.lastIndexOf('/'))}/` : '';
  const dated = DATED.exec(name);
  if (!dated && type === 'posts') return undefined;
  const ext = (dated?.[3] ?? /\.[^.]+$/.exec(name)?.[0] ?? '').toLowerCase();
  const fileSlug = dated?.[2] ?? name.slice(0, name.length - ext.length);
  return {
    path,
    type,
    pathCategories: m[1] ? m[1].split('/') : [],
    fileDate: dated?.[1],
    fileSlug,
    postName: `${innerFolders}${dated ? `${dated[1]}-${fileSlug}` : fileSlug}`,
    ext,
  };
}
