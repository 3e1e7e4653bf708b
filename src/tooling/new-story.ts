import { posix } from 'node:path';
import { stringify } from 'yaml';
import type { SiteConfig } from '../model/schemas/site.ts';
import { toZonedIso } from '../model/dates.ts';
import { slugify, uniqueSlug } from '../model/slug.ts';
import { BODY_PLACEHOLDER } from '../check/copy-desk.ts';
import { authorChoices, authorId, sectionId } from './story-names.ts';

/** What `npm run new` asks for, from flags or prompts. */
export interface StoryRequest {
  headline: string;
  /** A section's id or name, in any case. */
  section: string;
  /** Authors by id or by name, in any case. */
  authors: readonly string[];
  dek?: string | undefined;
  /** An id chosen by hand instead of the one made from the headline. */
  slug?: string | undefined;
  published: Date;
  draft: boolean;
}

export interface StoryContext {
  site: SiteConfig;
  /** Content folder relative to the project root, e.g. `content`. */
  contentDir: string;
  /** Every article id in use, with its file, so a new story never takes one. */
  existing: ReadonlyMap<string, string>;
  /** Every author: id → the name the site shows (content/authors/<id>.yaml's `name`). */
  authors: ReadonlyMap<string, string>;
}

export type PlannedStory = { ok: true; id: string; file: string; text: string } | { ok: false; errors: string[] };

/** `2026-11-24 14:05`: the form editors write dates in, in the site zone. */
export const localDateTime = (date: Date, timeZone: string) => toZonedIso(date, timeZone).slice(0, 16).replace('T', ' ');

/** Checks a request and, when it is sound, names the file and writes its text. */
export function planStory(request: StoryRequest, ctx: StoryContext): PlannedStory {
  const req = {
    ...request,
    section: sectionId(request.section, ctx.site) ?? request.section,
    authors: request.authors.map((a) => authorId(a, ctx.authors) ?? a),
  };
  const errors = [
    ...(req.headline.trim() ? [] : ['give the story a headline']),
    ...sectionErrors(req.section, ctx.site),
    ...authorErrors(req.authors, ctx),
  ];
  const wanted = req.slug === undefined ? undefined : slugify(req.slug);
  if (wanted !== undefined && !wanted) errors.push(`"${req.slug}" cannot be an id: use letters or digits`);
  if (wanted && ctx.existing.has(wanted)) errors.push(`the id "${wanted}" is taken by ${ctx.existing.get(wanted)}`);
  if (errors.length) return { ok: false, errors };

  const id = wanted ?? uniqueSlug(slugify(req.headline), new Set(ctx.existing.keys()));
  const folder = posix.join(ctx.contentDir, 'articles', req.section);
  const images = posix.relative(folder, posix.join(ctx.contentDir, 'images'));
  return { ok: true, id, file: posix.join(folder, `${id}.md`), text: storyText(req, ctx.site, images) };
}

/** Why `section` names no section of the site (by id or name), if it does not. */
export function sectionErrors(section: string, site: SiteConfig): string[] {
  if (sectionId(section, site)) return [];
  const ids = site.sections.map((s) => s.id).join(', ');
  return [section ? `there is no section "${section}": choose one of ${ids}` : `choose a section: ${ids}`];
}

/** Why the author list (ids or names) will not do, one line per problem. */
export function authorErrors(authors: readonly string[], ctx: StoryContext): string[] {
  const choices = authorChoices(ctx.authors);
  if (!authors.length) return [`name at least one author: ${choices}`];
  return authors
    .filter((a) => !authorId(a, ctx.authors))
    .map((a) => `unknown author "${a}": add ${ctx.contentDir}/authors/${slugify(a) || a}.yaml or use one of ${choices}`);
}

const scalar = (value: string) => stringify(value.trim(), { lineWidth: 0 }).trimEnd();

function storyText(req: StoryRequest, site: SiteConfig, images: string): string {
  const { timezone } = site;
  const day = new Intl.DateTimeFormat('en-US', { timeZone: timezone, month: 'short', day: 'numeric', year: 'numeric' });
  const lines = [
    '---',
    `headline: ${scalar(req.headline)}`,
    req.dek?.trim()
      ? `dek: ${scalar(req.dek)}`
      : '# dek: One sentence that sums up the story; search engines and social posts show it too.',
    `section: ${req.section}`,
    `authors: [${req.authors.join(', ')}]`,
    `published: ${localDateTime(req.published, timezone)} # ${timezone} time; a time in the future schedules the story`,
    `# updated: ${localDateTime(req.published, timezone)} # add when the story changes after it is published`,
    '# tags: [lower-case, hyphenated-topics]',
    req.draft ? 'draft: true # change to false when the story is ready to publish' : 'draft: false',
    '# hero: # the lead photo: remove the # from these lines and fill them in',
    `#   src: ${images}/your-photo.jpg`,
    '#   alt: What the photo shows, for readers who cannot see it',
    '#   caption: The caption under the photo.',
    `#   credit: 'Agency – PLACE, COUNTRY – ${day.format(req.published)} — Photo by Name'`,
    '# related: # stories listed at the end; the id is the other file name without .md',
    '#   - id: another-story-id',
    '#     label: Read More',
    '---',
    '',
    BODY_PLACEHOLDER,
    '',
  ];
  return lines.join('\n');
}
