import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/**
 * What the last run wrote, so a re-run knows which files are still exactly as it left them. A file
 * whose bytes no longer match is an editor's now, and is never written over; a file the manifest
 * does not know was never ours. Losing the manifest therefore only makes the importer more careful.
 */
export interface Manifest {
  /** File (relative to the content folder) → sha256 of the bytes written. */
  files: Record<string, string>;
  /** Source key → the story id, address and file it was given (and the date an undated post was given). */
  stories: Record<
    string,
    { id: string; url: string; file: string; undated?: string | undefined; formerUrls?: string[] | undefined }
  >;
  /** Author key → author id. */
  authors: Record<string, string>;
}

export const emptyManifest = (): Manifest => ({ files: {}, stories: {}, authors: {} });

export function readManifest(file: string): Manifest {
  if (!existsSync(file)) return emptyManifest();
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>;
  return { files: data.files ?? {}, stories: data.stories ?? {}, authors: data.authors ?? {} };
}

/** Keys sorted, so the same import writes the same manifest. */
export function manifestJson(manifest: Manifest): string {
  const sorted = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ files: sorted(manifest.files), stories: sorted(manifest.stories), authors: sorted(manifest.authors) }, null, 1)}\n`;
}

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
