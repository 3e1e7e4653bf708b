import { resolve } from 'node:path';
import type { Author } from '../schemas/author.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { checkAuthors } from './check-authors.ts';
import { readContentFiles } from './content-files.ts';
import type { Problem } from './problems.ts';
import { contentDir } from './paths.ts';
import { articleUrl } from './urls.ts';
import { checkArticle, type CheckedArticle } from './validate-article.ts';
import type { ResolvedLinks } from '../plugins/related-link-syntax.ts';

export interface ContentIndex {
  articles: CheckedArticle[];
  byId: Map<string, CheckedArticle>;
  authors: Map<string, Author>;
  problems: Problem[];
}

/** A story is live when it is not a draft and its publication time has come. */
export const isLive = (a: CheckedArticle, now: Date) => !a.data.draft && a.data.published.getTime() <= now.getTime();

/** Reads and checks all content, collecting every problem rather than stopping at the first. */
export async function checkContent(root: string, site: SiteConfig, dir = contentDir()): Promise<ContentIndex> {
  const contentRoot = resolve(root, dir);
  const [articleFiles, authorFiles] = await Promise.all([
    readContentFiles(root, `${dir}/articles`, ['.md']),
    readContentFiles(root, `${dir}/authors`, ['.yaml', '.yml']),
  ]);
  const { authors, problems } = checkAuthors(authorFiles);
  const checked = await Promise.all(articleFiles.map((f) => checkArticle(f, site, contentRoot)));
  const articles = checked.flatMap((c) => (c.article ? [c.article] : []));
  problems.push(...checked.flatMap((c) => c.problems));

  const byId = new Map<string, CheckedArticle>();
  const seen = new Map<string, string>();
  for (const f of articleFiles) {
    const first = seen.get(f.name);
    if (first)
      problems.push({
        severity: 'error',
        file: f.file,
        message: `another article already has the id "${f.name}" (${first})`,
        hint: 'article ids are file names and must be unique: rename one of the files',
      });
    else seen.set(f.name, f.file);
  }
  for (const a of articles) if (seen.get(a.source.name) === a.source.file) byId.set(a.source.name, a);

  const exists = new Set(seen.keys());
  for (const c of checked) {
    const a = c.article;
    const file = articleFiles[checked.indexOf(c)]!;
    const err = (line: number | undefined, field: string | undefined, message: string, hint: string) =>
      problems.push({ severity: 'error', file: file.file, line, field, message, hint });
    a?.data.authors.forEach((id, i) => {
      if (!authors.has(id))
        err(
          a.lineOf(['authors', i]),
          `authors.${i}`,
          `unknown author "${id}"`,
          `add ${dir}/authors/${id}.yaml or use one of: ${[...authors.keys()].join(', ')}`,
        );
    });
    const targets = [
      ...(a?.data.related ?? []).map((r, i) => ({
        id: r.id,
        line: a?.lineOf(['related', i]),
        field: `related.${i}.id` as string | undefined,
      })),
      ...(c.facts?.related ?? []).map((r) => ({ id: r.id, line: r.line as number | undefined, field: undefined })),
    ];
    for (const t of targets) {
      const target = byId.get(t.id);
      if (t.id === file.name) err(t.line, t.field, 'the article links to itself', 'point the link at another story');
      else if (!exists.has(t.id))
        err(
          t.line,
          t.field,
          `related link to unknown article "${t.id}"`,
          `use the id (file name without .md) of an existing article${suggest(t.id, [...exists])}`,
        );
      else if (!a || !target || a.data.draft) continue;
      else if (target.data.draft)
        err(t.line, t.field, `related link to "${t.id}", which is a draft`, 'publish that story first, or remove the link');
      else if (target.data.published > a.data.published)
        err(
          t.line,
          t.field,
          `related link to "${t.id}", which is published after this story`,
          'link only to stories already out when this one is published',
        );
    }
  }
  return { articles, byId, authors, problems };
}

function suggest(id: string, ids: string[]): string {
  const near = ids.find((x) => x.includes(id) || id.includes(x) || x.split('-')[0] === id.split('-')[0]);
  return near ? ` (did you mean "${near}"?)` : '';
}

/** The headline and URL of every story `article` links to, for the renderer and the cache digest. */
export function resolveLinks(article: CheckedArticle, byId: Map<string, CheckedArticle>): ResolvedLinks {
  const links: ResolvedLinks = {};
  for (const id of [...article.data.related.map((r) => r.id), ...article.facts.related.map((r) => r.id)]) {
    const t = byId.get(id);
    if (t) links[id] = { headline: t.data.headline, url: articleUrl(t.data.section, id) };
  }
  return links;
}
