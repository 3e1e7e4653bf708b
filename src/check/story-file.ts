import { z } from 'astro/zod';
import { articleSchema } from '../model/schemas/article.ts';
import type { SiteConfig } from '../model/schemas/site.ts';
import type { Root } from 'mdast';
import { bodyProblems, parseBody, scanBody, type BodyFacts } from './body.ts';
import { checkImage } from './photo-file.ts';
import { heroPhotoWarnings } from './lead-photo.ts';
import type { ContentFile } from './files.ts';
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

type FileResult = { article?: CheckedArticle; facts?: BodyFacts; problems: Problem[] };

/** What the frontmatter alone says: the first half of checking a file, done for every file first. */
export interface ArticleHead {
  problems: Problem[];
  /**
   * The frontmatter as written, and the body, when the YAML could be read. Not the parsed YAML
   * document: every file's head is kept until the bodies are read, and lines are found again on demand.
   */
  parsed?: { raw: unknown; body: string; bodyLine: number } | undefined;
  /** The validated frontmatter, when it is valid. */
  data?: CheckedArticleData | undefined;
}

/**
 * Called with an article and its freshly parsed body, before anything else reads the tree. The check
 * waits for it, so only as many trees are alive as files are checked at once.
 */
export type BodyHook = (article: CheckedArticle, tree: Root) => void | Promise<void>;

const at =
  (source: ContentFile, problems: Problem[]) =>
  (line: number | undefined, message: string, hint?: string, field?: string, severity: Problem['severity'] = 'error') =>
    problems.push({ severity, file: source.file, line, field, message, hint });

/** The file and its frontmatter: encoding, name, YAML, control characters and the schema. */
export function checkHead(source: ContentFile, site: SiteConfig): ArticleHead {
  const problems: Problem[] = [];
  const add = at(source, problems);
  const resave = 'save it again as UTF-8 (most editors: "Save with encoding" or "Save as… UTF-8")';
  if (source.utf16) {
    add(1, 'the file is saved as UTF-16 ("Unicode"), not UTF-8', resave);
    return { problems };
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(source.name)) {
    add(
      undefined,
      `the file name "${source.name}" cannot be an article id`,
      'rename the file using lower-case words joined by hyphens, e.g. harbour-fees-rise.md',
    );
  }
  const parsed = parseSource(source.text);
  if (source.notUtf8) {
    const line = source.badByteLine ?? 1;
    add(line, 'the file is not saved as UTF-8 text', `${resave}, then check the accented letters`, parsed.fieldAt(line));
  }
  for (const e of parsed.errors) add(e.line, e.message, e.hint);
  if (parsed.errors.length) return { problems };
  for (const c of controlCharsInData(parsed.data)) {
    const field = c.path.join('.');
    add(parsed.lineOf(c.path), `invisible control character ${codePoint(c.char)} in the text`, CONTROL_HINT, field);
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
  return {
    problems,
    parsed: { raw: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine },
    data: result.success ? result.data : undefined,
  };
}

/**
 * The body and the photos, once every file's head is known: the Markdown, related links, figures and
 * credits, the photo files. `onBody` gets the parsed body of a valid article (the loader renders it).
 */
export async function checkBody(
  source: ContentFile,
  head: ArticleHead,
  contentRoot: string,
  onBody?: BodyHook,
): Promise<FileResult> {
  const { parsed, data } = head;
  if (!parsed) return { problems: head.problems };
  const problems = [...head.problems];
  const add = at(source, problems);
  const lineOf = lazyLineOf(source.text);
  const tree = parseBody(parsed.body);
  const facts = scanBody(tree, parsed.bodyLine);
  for (const p of bodyProblems(parsed.body, parsed.bodyLine, facts)) add(p.line, p.message, p.hint, undefined, p.severity);
  for (const f of facts.figures) {
    const { problem } = await checkImage(source, contentRoot, f.src);
    if (problem) add(f.line, ...problem);
  }
  if (!data) return { facts, problems };
  if (data.hero) {
    const image = await checkImage(source, contentRoot, data.hero.src);
    if (image.problem) add(lineOf(['hero', 'src']), ...image.problem, 'hero.src');
    for (const w of image.meta ? heroPhotoWarnings(image.meta, data.hero.credit) : []) {
      add(lineOf(w.field.split('.')), w.message, w.hint, w.field, 'warning');
    }
    if (!data.hero.credit)
      add(lineOf(['hero']), 'the lead photo has no credit', 'add `credit:` under `hero:`', 'hero.credit', 'warning');
  }
  if (!data.dek) add(lineOf([]), 'no dek (standfirst)', 'add `dek:` with one sentence summing up the story', 'dek', 'warning');
  if (data.headline.length > 110)
    add(
      lineOf(['headline']),
      `the headline is ${data.headline.length} characters long`,
      'keep it under 110 so search results show it whole',
      'headline',
      'warning',
    );
  const article = { source, raw: parsed.raw, data, body: parsed.body, facts, lineOf };
  await onBody?.(article, tree);
  return { article, facts, problems };
}
