import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { checkContent } from '../../check/index.ts';
import type { SiteConfig } from '../../model/schemas/site.ts';
import type { SourceReader } from '../source.ts';
import { Authors } from './authors.ts';
import { GuardedWriter } from './guarded-writer.ts';
import { LinkIndex } from './link-index.ts';
import { emptyManifest, manifestJson, readManifest } from './manifest.ts';
import type { ImportOptions } from './options.ts';
import { PhotoStore } from './photo-store.ts';
import { planStories } from './plan-stories.ts';
import { dropRefusedRedirects } from './repair.ts';
import { addNote, emptyReport, record, type ImportReport } from './report.ts';
import { reportMarkdown } from './report-markdown.ts';
import { readSectionMap, sectionMapYaml } from './section-map.ts';
import { SiteAddress } from './site-address.ts';
import { StoryIds } from './story-ids.ts';
import { writeStories } from './write-stories.ts';
import { Progress } from './progress.ts';

/**
 * `npm run import`: two passes over the source (plan every story, then convert and write each), the
 * authors and the section file, the manifest, the checker over the result, the report. Nothing of the
 * source is held but one post at a time and the plan (an id, a section and an address per post).
 */
export async function runImport(
  options: ImportOptions,
  reader: SourceReader,
  site: SiteConfig,
  now = new Date(),
): Promise<ImportReport> {
  const started = performance.now();
  const report = emptyReport(options.kind, options.source, options.command);
  const progress = new Progress(options.progress ?? ((line) => process.stderr.write(`${line}\n`)));
  mkdirSync(options.importDir, { recursive: true });
  const manifestFile = join(options.importDir, 'manifest.json');
  const previous = readManifest(manifestFile);
  const next = emptyManifest();
  const writer = new GuardedWriter(options.content, previous, next);

  const source = await reader.site();
  const index = new LinkIndex(new SiteAddress(options.baseUrl ?? source.baseUrl, source.otherUrls));
  const sectionsFile = join(options.importDir, 'sections.yaml');
  const sections = readSectionMap(sectionsFile, options.sections);
  const ids = new StoryIds(
    storyIdsNotOurs(options.content, previous),
    new Map(Object.entries(previous.stories).map(([k, s]) => [k, s.id])),
  );
  progress.phase('planning');
  const plan = await planStories(reader, {
    ids,
    sections,
    sectionIds: options.sections,
    sectionNames: options.sectionNames,
    categories: source.categories,
    index,
    previous,
    timezone: options.timezone,
    edited: (file) => writer.isEdited(file),
    now,
  });
  for (const e of plan.empty)
    addNote(report, { kind: 'empty', detail: 'no text and no photo in the source: not imported' }, e.origin, '-');
  writeFileSync(
    sectionsFile,
    sectionMapYaml(sections, plan.categoryCounts, new Map(source.categories.map((c) => [c.slug, c.name]))),
  );

  const authors = new Authors(source.authors, previous.authors);
  // Ids first, so a link to an old author page in the first story already finds the new one.
  for (const key of plan.authorKeys) authors.idFor(key);
  for (const [urls, id] of authors.oldUrls()) index.addAuthor(urls, id);
  const photos = new PhotoStore(options.content, options.kind, reader, options.offline);
  progress.phase('writing', plan.posts);
  await writeStories(reader, { plan, authors, photos, index, writer, timezone: options.timezone, now }, (story) => {
    record(report, story);
    progress.tick();
  });
  report.authors = authors.writeAll(options.content, writer).size;
  report.photos.fetched = photos.fetched;
  report.posts = plan.posts;
  for (const [key, p] of plan.stories)
    next.stories[key] = {
      id: p.id,
      url: p.url,
      file: p.file,
      undated: p.undated,
      formerUrls: p.formerUrls.length ? p.formerUrls : undefined,
    };
  next.authors = authors.entries();

  if (options.check) {
    progress.phase('checking');
    const root = process.cwd();
    const first = await checkContent(root, site, options.content, now);
    report.droppedRedirects = dropRefusedRedirects(first.problems, root, options.content, writer);
    const final = report.droppedRedirects.length ? await checkContent(root, site, options.content, now) : first;
    const errors = final.problems.filter((p) => p.severity === 'error');
    report.check = {
      errors: errors.length,
      warnings: final.problems.length - errors.length,
      problems: errors.map((p) => ({ file: p.file, line: p.line, kind: p.kind, message: p.message })),
    };
  }
  writeFileSync(manifestFile, manifestJson(next));
  report.seconds = (performance.now() - started) / 1000;
  report.peakMemoryMb = Math.round(process.resourceUsage().maxRSS / 1024);
  writeFileSync(join(options.importDir, 'import-report.json'), `${JSON.stringify(report, null, 1)}\n`);
  writeFileSync(join(options.importDir, 'import-report.md'), reportMarkdown(report));
  progress.done(report);
  return report;
}

/** Story ids in the content folder that the last import did not write: new ids must not take them. */
function storyIdsNotOurs(content: string, previous: ReturnType<typeof readManifest>): string[] {
  const dir = join(content, 'articles');
  if (!existsSync(dir)) return [];
  const ours = new Set(Object.values(previous.stories).map((s) => s.file));
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.md') && !ours.has(relative(content, join(dir, f))))
    .map((f) => basename(f, '.md'));
}
