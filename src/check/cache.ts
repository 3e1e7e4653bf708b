import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { BodyFacts } from './body.ts';
import { photoSourcePath } from '../photos/remote-photo.ts';
import { cacheVersion } from '../incremental/cache-version.ts';
import type { ContentFile } from './files.ts';
import { bodyOf, lazyLineOf, parseSource } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import type { CheckedStoryData, FileCheck } from './story-file.ts';

/** What is kept per file: everything but what parsing the frontmatter again gives back cheaply. */
interface Saved {
  problems: Problem[];
  facts?: BodyFacts | undefined;
  data?: CheckedStoryData | undefined;
  /** Photos the result depends on, as `[path, size, mtime]`: replacing one re-checks the story. */
  photos: [string, number, number][];
}

/**
 * A stored result is as good as the code that made it: the registry's `checks` version covers the
 * checker (story-file.ts and all it imports), this module's format, the packages and Node. A change
 * to the pages or the photo pipeline leaves every result valid.
 */
async function codeFingerprint(root: string): Promise<string> {
  return createHash('sha256').update(cacheVersion('checks', root)).digest('hex');
}

/** The sha256 of the serialized results goes first: a file cut short or changed since is not read. */
const HASH_BYTES = 32;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

function seal(value: unknown): Buffer {
  const payload = serialize(value);
  return Buffer.concat([sha256(payload), payload]);
}

/** What `seal` wrote, or undefined when the bytes are not what it wrote (then everything is checked). */
function unseal(bytes: Buffer): unknown {
  const payload = bytes.subarray(HASH_BYTES);
  return bytes.length > HASH_BYTES && sha256(payload).equals(bytes.subarray(0, HASH_BYTES)) ? deserialize(payload) : undefined;
}

const photoStat = async (path: string): Promise<[string, number, number]> => {
  const s = await stat(path).catch(() => undefined);
  return [path, s?.size ?? -1, s?.mtimeMs ?? -1];
};

/**
 * Per-file checker results kept by content hash, so a rebuild re-validates only the stories that
 * changed: scanning every body with the Markdown parser is most of what the checker costs.
 * Results that depend on photo files are reused only while those files are unchanged.
 */
export async function openCheckCache(file: string, root: string, context: unknown) {
  const fingerprint = createHash('sha256')
    .update(await codeFingerprint(root))
    .update(JSON.stringify(context))
    .digest('hex');
  let previous = new Map<string, Saved>();
  try {
    const stored = unseal(await readFile(file)) as { fingerprint: string; entries: Map<string, Saved> } | undefined;
    if (stored?.fingerprint === fingerprint) previous = stored.entries;
  } catch {
    // No cache yet, or one written by another version: check everything.
  }
  const next = new Map<string, Saved>();
  let fresh = 0;

  async function revive(saved: Saved, source: ContentFile): Promise<FileCheck | undefined> {
    const now = await Promise.all(saved.photos.map(([path]) => photoStat(path)));
    if (now.some(([, size, mtime], i) => size !== saved.photos[i]![1] || mtime !== saved.photos[i]![2])) return undefined;
    const { facts, problems, data } = saved;
    if (!data || !facts) return facts ? { facts, problems } : { problems };
    const article = {
      source,
      data,
      body: bodyOf(source.text),
      facts,
      lineOf: lazyLineOf(source.text),
      // Read only for a story stored anew (Astro's own schema parse): parsing every reused file's YAML
      // again cost 0.5 s of a rebuild at 5,000 stories.
      get raw() {
        return parseSource(source.text).data;
      },
    };
    return { article, facts, problems };
  }

  const keyOf = (source: ContentFile) => createHash('sha256').update(source.file).update('\0').update(source.text).digest('hex');

  return {
    /** The saved result for this file, if it is still good (same bytes, same photos). */
    async reuse(source: ContentFile): Promise<FileCheck | undefined> {
      const key = keyOf(source);
      const saved = previous.get(key);
      const reused = saved && (await revive(saved, source));
      if (saved && reused) next.set(key, saved);
      return reused;
    },
    /** Keeps a fresh result for this file. */
    async keep(source: ContentFile, result: FileCheck): Promise<void> {
      const srcs = [
        ...[...(result.facts?.figures ?? []), ...(result.facts?.inlinePhotos ?? [])].map((f) => f.src),
        ...(result.article?.data.hero ? [result.article.data.hero.src] : []),
      ];
      const photos = await Promise.all(srcs.map((src) => photoStat(photoSourcePath(source.absPath, src))));
      next.set(keyOf(source), { problems: result.problems, facts: result.facts, data: result.article?.data, photos });
      fresh++;
    },
    /** Writes this run's results (and only those, so deleted stories drop out) when anything changed. */
    async save() {
      if (!fresh && next.size === previous.size) return;
      await mkdir(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}`;
      await writeFile(temporary, seal({ fingerprint, entries: next }));
      await rename(temporary, file);
    },
  };
}
