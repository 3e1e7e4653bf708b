import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { MAX_INPUT_PIXELS } from './limit.ts';
import { ENCODER, type Variant } from './plan.ts';
import { renderCardOverlay, type CardText } from './social-card.ts';
import { renderTextCard, type TextCard } from './text-card.ts';
import { creditExif, creditXmp, type EmbeddedCredit } from './xmp.ts';

// Still exported here for the checker, until it imports limit.ts (incremental/README.md).
export { MAX_INPUT_PIXELS };

export interface EncodeJob {
  /** The source photo's path; undefined for a card drawn without one (`drawn`). */
  source: string | undefined;
  variant: Variant;
  embedded: EmbeddedCredit;
  /** Set for social cards: the headline and site name drawn over the photo. */
  card?: CardText | undefined;
  /** Set for the share card of a story without a lead photo: drawn whole, from words and colours. */
  drawn?: TextCard | undefined;
}

// Parallelism comes from our own limiter; libvips threads per image would oversubscribe 2 cores.
sharp.concurrency(1);
sharp.cache(false);

/**
 * Beside each derivative, its record: `<file>.sha256` holds its length and sha256, written after the
 * file. A derivative is reused only when its bytes match its record, so one cut short, rewritten, or
 * left without a record by a killed build is encoded again, never shipped.
 */
export const RECORD = '.sha256';
const recordOf = (bytes: Buffer) => `${bytes.length} ${createHash('sha256').update(bytes).digest('hex')}\n`;

/** The cached derivative's bytes, when they match its record. */
async function wholeBytes(target: string): Promise<Buffer | undefined> {
  try {
    const [bytes, record] = await Promise.all([readFile(target), readFile(`${target}${RECORD}`, 'utf8')]);
    return record === recordOf(bytes) ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the file at `path` (a recycled site's copy) holds exactly the bytes the cache's record names
 * for this derivative: it is then as good as the cache's own copy, which need not be read. A rebuild at
 * 5,000 stories reads 5,000 drawn cards fewer. Synchronous: for thousands of small files already in
 * the page cache, promise-based reads cost five times as much (file handles, collection).
 */
export function matchesRecord(path: string, job: EncodeJob, cacheDir: string): boolean {
  try {
    const expected = readFileSync(join(cacheDir, `${job.variant.file}${RECORD}`), 'utf8');
    return expected === recordOf(readFileSync(path));
  } catch {
    return false;
  }
}

let writes = 0;
/** Under a temporary name, then renamed: a reader sees the old file or the new one, never half of one. */
async function writeWhole(path: string, bytes: Buffer | string): Promise<void> {
  const temporary = `${path}.${process.pid}-${++writes}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}

/**
 * Encodes a derivative into the cache (`derivative`); false when the cached file was reused because
 * it matched its record.
 */
export const encode = async (job: EncodeJob, cacheDir: string): Promise<boolean> => (await derivative(job, cacheDir)).encoded;

/**
 * The one function that writes pixels, into the cache: the derivative, then its record. Returns the
 * derivative's bytes, verified or just encoded, so the site gets exactly those (read once, and never a
 * file changed on disk after it was checked).
 */
export async function derivative(job: EncodeJob, cacheDir: string): Promise<{ bytes: Buffer; encoded: boolean }> {
  const target = join(cacheDir, job.variant.file);
  const cached = await wholeBytes(target);
  if (cached) return { bytes: cached, encoded: false };
  await mkdir(cacheDir, { recursive: true });
  const { variant } = job;
  let image =
    job.source === undefined
      ? sharp(Buffer.from(renderTextCard(job.drawn!)))
      : sharp(job.source, { limitInputPixels: MAX_INPUT_PIXELS, autoOrient: true });
  if (variant.crop) {
    // With autoOrient set, extract and resize see the photo the right way up.
    const { width, height } = (await image.metadata()).autoOrient;
    const box = variant.crop;
    image = image.extract({
      left: Math.round(box.left * width),
      top: Math.round(box.top * height),
      width: Math.round(box.width * width),
      height: Math.round(box.height * height),
    });
  }
  image = image.resize({ width: variant.width, height: variant.height, fit: 'cover', withoutEnlargement: !job.card });
  if (job.card) image = image.composite([{ input: Buffer.from(renderCardOverlay(job.card, variant)), top: 0, left: 0 }]);
  const exif = creditExif(job.embedded.credit);
  if (exif) image = image.withExif(exif);
  image = image.withXmp(creditXmp(job.embedded));
  const encoded =
    variant.format === 'avif'
      ? image.avif(ENCODER.avif)
      : variant.format === 'webp'
        ? image.webp(ENCODER.webp)
        : image.jpeg(job.drawn ? ENCODER.drawn : ENCODER.jpeg);
  const bytes = await encoded.toBuffer();
  await writeWhole(target, bytes);
  await writeWhole(`${target}${RECORD}`, recordOf(bytes));
  return { bytes, encoded: true };
}
