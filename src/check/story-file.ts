import type { Root } from 'mdast';
import type { SiteConfig } from '../model/schemas/site.ts';
import { storySchema, type StoryData } from '../model/schemas/story.ts';
import { RESERVED_STORY_IDS } from '../model/urls.ts';
import { bodyProblems, parseBody, scanBody, type BodyFacts } from './body.ts';
import type { ContentFile } from './files.ts';
import { frontmatterTextProblems } from './frontmatter-text.ts';
import { lazyLineOf, parseSource } from './frontmatter.ts';
import { heroPhotoWarnings } from './lead-photo.ts';
import { checkImage } from './photo-file.ts';
import { MAX_BODY_PHOTOS } from './photo-count.ts';
import { problem, type Problem } from './problems.ts';
import { readableLeadPhoto } from './readable-fields.ts';
import { schemaFieldNames } from './schema-fields.ts';
import { controlCharProblems } from './text-hygiene.ts';
import { issuesToProblems } from './zod-problems.ts';

/** Longest headline search results show whole. */
export const MAX_HEADLINE_LENGTH = 110;

export type CheckedStoryData = StoryData;

export interface CheckedStory {
  source: ContentFile;
  /** Raw frontmatter, handed unchanged to Astro's own schema parse. */
  raw: unknown;
  data: CheckedStoryData;
  body: string;
  facts: BodyFacts;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** All the checker learnt of one story file: kept in the check cache, and reused while the file is unchanged. */
export interface FileCheck {
  /** The story, when its frontmatter is valid. */
  article?: CheckedStory | undefined;
  /** What its body holds, when its frontmatter could be read. */
  facts?: BodyFacts | undefined;
  problems: Problem[];
}

/** What the frontmatter alone says: the first half of checking a file, done for every file first. */
export interface StoryHead {
  problems: Problem[];
  /**
   * The frontmatter as written, and the body, when the YAML could be read. Not the parsed YAML
   * document: every file's head is kept until the bodies are read, and lines are found again on demand.
   */
  parsed?: { raw: unknown; body: string; bodyLine: number } | undefined;
  /** The validated frontmatter, when it is valid. */
  data?: CheckedStoryData | undefined;
}

/**
 * Called with an article and its freshly parsed body, before anything else reads the tree. The check
 * waits for it, so only as many trees are alive as files are checked at once.
 */
export type BodyHook = (article: CheckedStory, tree: Root) => void | Promise<void>;

const fieldsBySite = new WeakMap<SiteConfig, string[]>();
const knownFields = (site: SiteConfig) =>
  fieldsBySite.get(site) ?? fieldsBySite.set(site, schemaFieldNames(storySchema(site))).get(site)!;

/** The file and its frontmatter: encoding, name, YAML, control characters and the schema. */
export function checkHead(source: ContentFile, site: SiteConfig): StoryHead {
  const { file } = source;
  if (source.utf16) return { problems: [problem('Utf16File', { file, line: 1 })] };
  const problems: Problem[] = [];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(source.name)) problems.push(problem('BadFileName', { file }, { name: source.name }));
  // A story's page is /<section>/<id>/, and a section's listing pages are /<section>/page/<n>/.
  else if (RESERVED_STORY_IDS.includes(source.name)) problems.push(problem('ReservedStoryId', { file }, { id: source.name }));
  const parsed = parseSource(source.text, file);
  if (source.notUtf8) {
    const line = source.badByteLine ?? 1;
    problems.push(problem('NotUtf8', { file, line, field: parsed.fieldAt(line) }));
  }
  problems.push(...parsed.errors);
  // YAML that cannot be read leaves the body readable, when the fences are there: its problems count too.
  const body = { raw: {}, body: parsed.body, bodyLine: parsed.bodyLine };
  if (parsed.errors.length) return { problems, parsed: parsed.bodyLine > 1 ? body : undefined };
  problems.push(...controlCharProblems(parsed.data, file, parsed.lineOf));
  problems.push(...frontmatterTextProblems(parsed.data, file, parsed.lineOf, site.timezone));
  const result = storySchema(site).safeParse(parsed.data);
  if (!result.success) {
    const context = { file, data: parsed.data, lineOf: parsed.lineOf, knownFields: knownFields(site), timezone: site.timezone };
    problems.push(...issuesToProblems(result.error.issues, context));
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
  head: StoryHead,
  contentRoot: string,
  onBody?: BodyHook,
): Promise<FileCheck> {
  const { parsed, data } = head;
  if (!parsed) return { problems: head.problems };
  const { file } = source;
  const problems = [...head.problems];
  const lineOf = lazyLineOf(source.text);
  const at = (field: string) => ({ file, line: lineOf(field.split('.')), field });
  const tree = parseBody(parsed.body);
  const facts = scanBody(tree, parsed.bodyLine);
  problems.push(...bodyProblems(file, parsed.body, parsed.bodyLine, facts));
  // Past the limit (a problem of its own), the first photos are enough to report on.
  for (const f of [...facts.figures, ...facts.inlinePhotos].slice(0, MAX_BODY_PHOTOS + 1)) {
    const photo = await checkImage(source, contentRoot, f.src, { file, line: f.line });
    if (photo.problem) problems.push(photo.problem);
  }
  if (!data) {
    // The schema refused a field, but the lead photo it names may still be read: report it in this run too.
    const src = readableLeadPhoto(parsed.raw, problems);
    const photo = src === undefined ? undefined : await checkImage(source, contentRoot, src, at('hero.src'));
    if (photo?.problem) problems.push(photo.problem);
    return { facts, problems };
  }
  if (data.hero) {
    const photo = await checkImage(source, contentRoot, data.hero.src, at('hero.src'));
    if (photo.problem) problems.push(photo.problem);
    if (photo.meta) problems.push(...heroPhotoWarnings(photo.meta, data.hero.credit, at));
    if (!data.hero.credit) problems.push(problem('LeadPhotoWithoutCredit', { ...at('hero'), field: 'hero.credit' }));
  }
  if (!data.dek) problems.push(problem('MissingDek', { file, line: lineOf([]), field: 'dek' }));
  if (data.headline.length > MAX_HEADLINE_LENGTH) {
    const values = { length: data.headline.length, maximum: MAX_HEADLINE_LENGTH };
    problems.push(problem('LongHeadline', at('headline'), values));
  }
  const article = { source, raw: parsed.raw, data, body: parsed.body, facts, lineOf };
  await onBody?.(article, tree);
  return { article, facts, problems };
}
