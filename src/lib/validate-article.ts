import { stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import sharp from 'sharp';
import { articleSchema } from '../schemas/article.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { scanBody, type BodyFacts } from './body-scan.ts';
import type { ContentFile } from './content-files.ts';
import { parseSource } from './frontmatter.ts';
import { parseCreditLine } from './credit-line.ts';
import type { Problem } from './problems.ts';
import { issuesToProblems } from './zod-problems.ts';

export const ARTICLE_FIELDS = [
  'headline',
  'dek',
  'section',
  'authors',
  'published',
  'updated',
  'tags',
  'draft',
  'hero',
  'breadcrumbs',
  'related',
  'src',
  'alt',
  'caption',
  'credit',
  'source',
  'photographer',
  'location',
  'date',
  'copyright',
  'license',
  'label',
  'href',
  'id',
];

const checkerSchema = (site: SiteConfig) =>
  articleSchema({
    image: z.string().trim().min(1, { error: 'give the path of the photo, relative to this file' }),
    timezone: site.timezone,
    sections: site.sections.map((s) => s.id) as [string, ...string[]],
  });
export type CheckedArticleData = z.output<ReturnType<typeof checkerSchema>>;

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
  if (source.notUtf8) at(1, 'the file is not saved as UTF-8 text', 'save it again as UTF-8 (most editors: "Save with encoding")');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(source.name)) {
    at(
      undefined,
      `the file name "${source.name}" cannot be an article id`,
      'rename the file using lower-case words joined by hyphens, e.g. harbour-fees-rise.md',
    );
  }
  const parsed = parseSource(source.text);
  for (const e of parsed.errors) at(e.line, e.message, e.hint);
  if (parsed.errors.length) return { problems };
  const result = checkerSchema(site).safeParse(parsed.data);
  if (!result.success) {
    problems.push(
      ...issuesToProblems(result.error.issues, {
        file: source.file,
        data: parsed.data,
        lineOf: parsed.lineOf,
        knownFields: ARTICLE_FIELDS,
      }),
    );
  }
  const facts = scanBody(parsed.body, parsed.bodyLine);
  if (parsed.body.trim() === '') at(parsed.bodyLine, 'the article has no body text', 'write the story below the closing `---`');
  for (const h of facts.rawHtml)
    at(h.line, 'raw HTML is not allowed in articles', 'use Markdown instead; HTML comments <!-- --> are fine');
  for (const i of facts.looseImages)
    at(i.line, 'a photo must stand alone in its paragraph', 'put a blank line before and after the image (and its Credit: line)');
  for (const f of facts.figures) {
    await checkImage(source, contentRoot, f.src, f.line, undefined, at);
    if (!f.alt.trim()) at(f.line, 'the photo has no alt text', 'describe it inside the brackets: ![what the photo shows](…)');
    if (f.credit === undefined)
      at(
        f.line,
        'the photo has no credit',
        'add a line `Credit: Agency – PLACE – Mon D, YYYY — Photo by Name` under it',
        undefined,
        'warning',
      );
    else {
      const credit = parseCreditLine(f.credit);
      if (!credit.ok)
        at(f.line, `photo credit: ${credit.message}`, 'see "Credits" in docs/editing.md for the forms agencies use');
    }
  }
  if (!result.success) return { facts, problems };
  const data = result.data;
  if (data.hero) {
    await checkImage(source, contentRoot, data.hero.src, parsed.lineOf(['hero', 'src']), 'hero.src', at);
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
  return { article: { source, raw: parsed.data, data, body: parsed.body, facts, lineOf: parsed.lineOf }, facts, problems };
}

type At = (line: number | undefined, message: string, hint?: string, field?: string) => void;

async function checkImage(
  source: ContentFile,
  contentRoot: string,
  src: string,
  line: number | undefined,
  field: string | undefined,
  at: At,
) {
  if (/^[a-z]+:/i.test(src))
    return at(
      line,
      `photos must be files in the content folder, not "${src}"`,
      'save the photo under content/images/ and give its relative path',
      field,
    );
  const abs = resolve(dirname(source.absPath), src);
  const rel = relative(contentRoot, abs);
  if (rel.startsWith('..') || rel.startsWith(sep))
    return at(line, `"${src}" is outside the content folder`, 'keep photos under content/images/', field);
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isFile())
    return at(line, `photo "${src}" does not exist`, `check the file name; the path is relative to ${source.file}`, field);
  if (info.size === 0) return at(line, `photo "${src}" is an empty file`, 'export the photo again', field);
  const meta = await sharp(abs)
    .metadata()
    .catch((e: Error) => e);
  if (meta instanceof Error)
    return at(
      line,
      `photo "${src}" cannot be read as an image (${meta.message})`,
      'export it again as JPEG, PNG, WebP or AVIF',
      field,
    );
  return undefined;
}
