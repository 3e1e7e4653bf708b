import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { bodyProblems, scanBody, type BodyFacts } from './body-scan.ts';
import { checkImage } from './check-image.ts';
import { heroPhotoWarnings } from './images/check-photos.ts';
import type { ContentFile } from './content-files.ts';
import { lazyLineOf, parseSource } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { codePoint, CONTROL_HINT, controlCharsInData } from './text-hygiene.ts';
import { schemaFieldNames } from './schema-fields.ts';
import { issuesToProblems } from './zod-problems.ts';

const DATE_HINT = 'write the date and time as YYYY-MM-DD HH:mm, e.g. 2026-11-23 08:15';
/** Fixes for rules whose message says only what is wrong. */
const FIELD_HINTS: Record<string, string> = {
  published: DATE_HINT,
  updated: 'set `updated` to the time of the latest change, after `published` (or remove it)',
  tags: 'lower-case words joined by hyphens, e.g. wend-bridge',
  'tags.*': 'lower-case words joined by hyphens, e.g. wend-bridge',
  'authors.*': 'use the author id: the file name in content/authors/ without .yaml, e.g. mara-okafor',
  'related.*.id': 'use the file name of the other story without .md',
  'breadcrumbs.*.href': 'start the link with / for a page on this site, or https:// for another site',
  'hero.credit': 'add `source:` (the agency) or `photographer:` under `credit:`',
  'hero.credit.license': 'write a full URL starting with https://',
  'hero.credit.date': 'write the day as YYYY-MM-DD',
};

const buildSchema = (site: SiteConfig) =>
  articleSchema({
    image: z.string().trim().min(1, { error: 'give the path of the photo, relative to this file' }),
    timezone: site.timezone,
    sections: site.sections.map((s) => s.id) as [string, ...string[]],
  });
// Built once per site: building it for every file cost 0.26 s per 1,000 stories.
const schemas = new WeakMap<SiteConfig, ReturnType<typeof buildSchema>>();
const checkerSchema = (site: SiteConfig) => schemas.get(site) ?? schemas.set(site, buildSchema(site)).get(site)!;
export type CheckedArticleData = z.output<ReturnType<typeof buildSchema>>;

export interface CheckedArticle {
  source: ContentFile;
  /** Raw frontmatter, handed unchanged to Astro's own schema parse. */
  raw: unknown;
  data: CheckedArticleData;
  body: string;
  facts: BodyFacts;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Everything that can be said about one article file on its own; cross-file checks come later. */
export async function checkArticle(
  source: ContentFile,
  site: SiteConfig,
  contentRoot: string,
): Promise<{ article?: CheckedArticle; facts?: BodyFacts; problems: Problem[] }> {
  const problems: Problem[] = [];
  const at = (
    line: number | undefined,
    message: string,
    hint?: string,
    field?: string,
    severity: Problem['severity'] = 'error',
  ) => problems.push({ severity, file: source.file, line, field, message, hint });
  const resave = 'save it again as UTF-8 (most editors: "Save with encoding" or "Save as… UTF-8")';
  if (source.utf16) {
    at(1, 'the file is saved as UTF-16 ("Unicode"), not UTF-8', resave);
    return { problems };
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(source.name)) {
    at(
      undefined,
      `the file name "${source.name}" cannot be an article id`,
      'rename the file using lower-case words joined by hyphens, e.g. harbour-fees-rise.md',
    );
  }
  const parsed = parseSource(source.text);
  if (source.notUtf8) {
    const line = source.badByteLine ?? 1;
    at(line, 'the file is not saved as UTF-8 text', `${resave}, then check the accented letters`, parsed.fieldAt(line));
  }
  for (const e of parsed.errors) at(e.line, e.message, e.hint);
  if (parsed.errors.length) return { problems };
  for (const c of controlCharsInData(parsed.data)) {
    const field = c.path.join('.');
    at(parsed.lineOf(c.path), `invisible control character ${codePoint(c.char)} in the text`, CONTROL_HINT, field);
  }
  const result = checkerSchema(site).safeParse(parsed.data);
  if (!result.success) {
    problems.push(
      ...issuesToProblems(result.error.issues, {
        file: source.file,
        data: parsed.data,
        lineOf: parsed.lineOf,
        knownFields: schemaFieldNames(checkerSchema(site)),
        fieldHints: FIELD_HINTS,
      }),
    );
  }
  const facts = scanBody(parsed.body, parsed.bodyLine);
  for (const p of bodyProblems(parsed.body, parsed.bodyLine, facts)) at(p.line, p.message, p.hint, undefined, p.severity);
  for (const f of facts.figures) {
    const { problem } = await checkImage(source, contentRoot, f.src);
    if (problem) at(f.line, ...problem);
  }
  if (!result.success) return { facts, problems };
  const data = result.data;
  if (data.hero) {
    const image = await checkImage(source, contentRoot, data.hero.src);
    if (image.problem) at(parsed.lineOf(['hero', 'src']), ...image.problem, 'hero.src');
    for (const w of image.meta ? heroPhotoWarnings(image.meta, data.hero.credit) : []) {
      at(parsed.lineOf(w.field.split('.')), w.message, w.hint, w.field, 'warning');
    }
    if (!data.hero.credit)
      at(parsed.lineOf(['hero']), 'the lead photo has no credit', 'add `credit:` under `hero:`', 'hero.credit', 'warning');
  }
  if (!data.dek)
    at(parsed.lineOf([]), 'no dek (standfirst)', 'add `dek:` with one sentence summing up the story', 'dek', 'warning');
  if (data.headline.length > 110)
    at(
      parsed.lineOf(['headline']),
      `the headline is ${data.headline.length} characters long`,
      'keep it under 110 so search results show it whole',
      'headline',
      'warning',
    );
  const lineOf = lazyLineOf(source.text);
  return { article: { source, raw: parsed.data, data, body: parsed.body, facts, lineOf }, facts, problems };
}
