import type { CheckedArticle } from './story-file.ts';

export interface LinkTarget {
  id: string;
  line: number | undefined;
  /** Frontmatter field for links in `related`, undefined for `[[id]]` lines in the body. */
  field: string | undefined;
}

export interface LinkContext {
  /** Id of the article that links. */
  from: string;
  /** The linking article when its frontmatter is valid. */
  source: CheckedArticle | undefined;
  /** Ids of every article file, valid or not, so a broken target is not also called unknown. */
  ids: ReadonlySet<string>;
  byId: ReadonlyMap<string, CheckedArticle>;
  now: Date;
}

/** What is wrong with one related link, as `[message, hint]`, or undefined when it is fine. */
export function linkProblem(t: LinkTarget, ctx: LinkContext): [string, string] | undefined {
  if (t.id === ctx.from) return ['the article links to itself', 'point the link at another story'];
  if (!ctx.ids.has(t.id)) {
    return [
      `related link to unknown article "${t.id}"`,
      `use the id (file name without .md) of an existing article${suggest(t.id, ctx.ids)}`,
    ];
  }
  const target = ctx.byId.get(t.id);
  // A draft may link anywhere: it is checked again when it is published.
  if (!ctx.source || !target || ctx.source.data.draft) return undefined;
  if (target.data.draft) return [`related link to "${t.id}", which is a draft`, 'publish that story first, or remove the link'];
  const goesLiveLater = target.data.published > ctx.now && target.data.published > ctx.source.data.published;
  if (goesLiveLater)
    return [
      `related link to "${t.id}", which is scheduled for later`,
      'link to it once it is out, or schedule this story after it',
    ];
  return undefined;
}

/** Every link an article makes: `related` in the frontmatter and `Label: [[id]]` lines in the body. */
export function linkTargets(
  article: CheckedArticle | undefined,
  bodyLinks: readonly { id: string; line: number }[],
): LinkTarget[] {
  return [
    ...(article?.data.related ?? []).map((r, i) => ({
      id: r.id,
      line: article?.lineOf(['related', i]),
      field: `related.${i}.id`,
    })),
    ...bodyLinks.map((r) => ({ id: r.id, line: r.line, field: undefined })),
  ];
}

function suggest(id: string, ids: ReadonlySet<string>): string {
  const near = [...ids].find((x) => x.includes(id) || id.includes(x) || x.split('-')[0] === id.split('-')[0]);
  return near ? ` (did you mean "${near}"?)` : '';
}
