import { problem, type Problem } from './problems.ts';
import type { CheckedStory } from './story-file.ts';

/** A link one story makes to another: an entry of `related`, or a `Label: [[id]]` line in the body. */
export interface StoryLink {
  id: string;
  line: number | undefined;
  /** Frontmatter field for links in `related`, undefined for `[[id]]` lines in the body. */
  field: string | undefined;
}

export interface LinkContext {
  /** The linking file, as problems name it. */
  file: string;
  /** Id of the article that links. */
  from: string;
  /** The linking article when its frontmatter is valid. */
  source: CheckedStory | undefined;
  /** Ids of every article file, valid or not, so a broken target is not also called unknown. */
  ids: ReadonlySet<string>;
  byId: ReadonlyMap<string, CheckedStory>;
  now: Date;
}

/** What is wrong with one related link, or undefined when it is fine. */
export function linkProblem(link: StoryLink, ctx: LinkContext): Problem | undefined {
  const where = { file: ctx.file, line: link.line, field: link.field };
  const { id } = link;
  if (id === ctx.from) return problem('SelfLink', where);
  if (!ctx.ids.has(id)) return problem('UnknownStory', where, { id, suggestion: suggest(id, ctx.ids) });
  const target = ctx.byId.get(id);
  // A draft may link anywhere: it is checked again when it is published.
  if (!ctx.source || !target || ctx.source.data.draft) return undefined;
  if (target.data.draft) return problem('LinkToDraft', where, { id });
  const goesLiveLater = target.data.published > ctx.now && target.data.published > ctx.source.data.published;
  if (goesLiveLater) return problem('LinkToScheduled', where, { id });
  return undefined;
}

/** Every link an article makes: `related` in the frontmatter and `Label: [[id]]` lines in the body. */
export function storyLinks(article: CheckedStory | undefined, bodyLinks: readonly { id: string; line: number }[]): StoryLink[] {
  return [
    ...(article?.data.related ?? []).map((r, i) => ({
      id: r.id,
      line: article?.lineOf(['related', i]),
      field: `related.${i}.id`,
    })),
    ...bodyLinks.map((r) => ({ id: r.id, line: r.line, field: undefined })),
  ];
}

function suggest(id: string, ids: ReadonlySet<string>): string | undefined {
  return [...ids].find((x) => x.includes(id) || id.includes(x) || x.split('-')[0] === id.split('-')[0]);
}
