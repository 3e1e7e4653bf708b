import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { embedTokens, type EmbedToken } from '../markdown/embed-token.ts';
import { photoTokens } from '../markdown/photo-token.ts';
import { cachePath } from '../incremental/cache-version.ts';
import { processSlot } from '../incremental/process-slot.ts';

/*
 * Rendered story bodies are kept in files beside Astro's cache, named by the story version's digest,
 * not in Astro's content store. Astro writes the store as one JSON string and compiles it into the
 * build as a JavaScript module: with bodies in it, that module took 7 s to compile at 5,000 stories,
 * and the string nears V8's 512 MB limit at about 30,000. Without them a story costs the store ~1 KB.
 */

/** What the store keeps of a rendered body, under `rendered.metadata.body`. */
export interface BodyRecord {
  /** Words in the Markdown, for the reading time. */
  words: number;
  /** In-body photos as the story names them (relative to its file), in order. */
  photos: string[];
  /** Embeds, as the story gives them, when it has any: page keys hash what was fetched for each. */
  embeds?: EmbedToken[];
  /**
   * The sha256 of the body file's bytes: a file is used only when it still hashes to this, so a
   * truncated or rewritten one is rendered again (by the loader) or stops the build (in the pages).
   */
  sha256: string;
}

/** A content-store entry, as far as bodies go. */
interface Stored {
  digest?: string | number | undefined;
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}

// Set by the loader; the pages run in the same process and read the files it wrote.
const bodyDir = processSlot<string>('bodies');
const dirOf = (cacheDir: string) => cachePath('bodies', cacheDir);
const fileOf = (dir: string, digest: string | number) => join(dir, `${digest}.html`);
let writes = 0;

/** Where this build keeps bodies: the loader calls it before it stores or reuses any. */
export function useBodyCache(cacheDir: string): void {
  bodyDir.set(dirOf(cacheDir));
  mkdirSync(dirOf(cacheDir), { recursive: true });
}

const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Whether the body of this story version is on disk, whole: the bytes its record was made from. */
export function hasBody(cacheDir: string, digest: string, record: BodyRecord): boolean {
  try {
    return sha256(readFileSync(fileOf(dirOf(cacheDir), digest))) === record.sha256;
  } catch {
    return false;
  }
}

/**
 * Starts writing a rendered body under its digest (through a temporary file, so a body file always
 * matches the story version that made it) and returns its record at once: the loader renders the
 * next story while this one is written, and awaits the writes before it finishes.
 */
export function saveBody(
  cacheDir: string,
  digest: string,
  html: string,
  markdown: string,
): { record: BodyRecord; written: Promise<void> } {
  const file = fileOf(dirOf(cacheDir), digest);
  // Two stories can share a digest (the same file twice): each write needs its own temporary name.
  const temp = `${file}.${process.pid}-${++writes}`;
  const written = writeFile(temp, html).then(() => rename(temp, file));
  const embeds = embedTokens(html);
  return {
    record: {
      words: markdown.split(/\s+/).filter(Boolean).length,
      photos: photoTokens(html).map((t) => t.src),
      ...(embeds.length ? { embeds } : {}),
      sha256: sha256(html),
    },
    written,
  };
}

/** What the store says of an entry's body; undefined when this build did not render the story. */
export const bodyRecord = (entry: Stored): BodyRecord | undefined => entry.rendered?.metadata?.['body'] as BodyRecord | undefined;

/**
 * The rendered HTML of a story's body; empty when this build did not render the story. The loader
 * checked the file before it kept it: one that changed since cannot be shipped, so it stops the build.
 */
export async function readBody(entry: Stored): Promise<string> {
  const dir = bodyDir.get();
  const record = bodyRecord(entry);
  if (!record || entry.digest === undefined || !dir) return '';
  const file = fileOf(dir, entry.digest);
  const bytes = await readFile(file);
  if (sha256(bytes) !== record.sha256) throw new Error(`${file} changed during the build: build again`);
  return bytes.toString('utf8');
}

/** Deletes body files that no stored story version uses any more. */
export async function pruneBodies(cacheDir: string, keep: ReadonlySet<string>): Promise<void> {
  const files = await readdir(dirOf(cacheDir)).catch(() => []);
  const stale = files.filter((f) => !keep.has(f.replace(/\.html$/, '')));
  await Promise.all(stale.map((f) => rm(join(dirOf(cacheDir), f), { force: true })));
}
