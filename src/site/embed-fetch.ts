import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cachePath, cacheVersion } from '../incremental/cache-version.ts';
import { throughOrigin } from '../model/embed-address.ts';
import { photoCacheDir } from '../photos/cache-dir.ts';

/** What a provider's oEmbed answer tells a poster; the thumbnail is a file beside it. */
export interface EmbedInfo {
  title?: string | undefined;
  author?: string | undefined;
  /** The oEmbed `html`, kept only for what a frame address needs from it (Bluesky's DID). */
  html?: string | undefined;
  /** The thumbnail's local file, when the provider gave one that could be fetched. */
  thumbnail?: string | undefined;
}
export type EmbedFetch = { ok: true; info: EmbedInfo } | { ok: false; detail: string };

/** Limits: a slow or huge answer must never hold up or swell a build. */
export const EMBED_LIMITS = { timeoutMs: 5_000, jsonBytes: 256 * 1024, thumbnailBytes: 5 * 1024 * 1024, budgetMs: 30_000 };

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const fetched = new Map<string, Promise<EmbedFetch>>();
let budgetEnds: number | undefined;

interface Record {
  oembed: string;
  info: string;
  thumbnail: string | null;
}

/**
 * The oEmbed answer for `oembedUrl` and its thumbnail, from the `embeds` cache when both files still
 * hash to their record, else fetched once per build (the request goes to the stand-in of
 * `BROADSHEET_EMBED_ORIGIN` when set). Never throws: a failure is a reason, and the poster is a card.
 */
export function fetchEmbedInfo(oembedUrl: string, cacheDir = photoCacheDir()): Promise<EmbedFetch> {
  const address = throughOrigin(oembedUrl);
  const dir = join(cachePath('embeds', cacheDir), sha256(`${cacheVersion('embeds')}\n${address}`).slice(0, 24));
  let result = fetched.get(dir);
  if (!result) {
    result = cached(dir).then((hit) => hit ?? download(address, dir));
    fetched.set(dir, result);
  }
  return result;
}

async function cached(dir: string): Promise<EmbedFetch | undefined> {
  try {
    const record = JSON.parse(await readFile(join(dir, 'record.json'), 'utf8')) as Record;
    const info = await readFile(join(dir, 'info.json'), 'utf8');
    if (sha256(info) !== record.info) return undefined;
    const thumbnail = join(dir, 'thumbnail');
    if (record.thumbnail !== null && sha256(await readFile(thumbnail)) !== record.thumbnail) return undefined;
    return { ok: true, info: { ...(JSON.parse(info) as EmbedInfo), ...(record.thumbnail ? { thumbnail } : {}) } };
  } catch {
    return undefined;
  }
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 300) : undefined);

async function download(address: string, dir: string): Promise<EmbedFetch> {
  budgetEnds ??= Date.now() + EMBED_LIMITS.budgetMs;
  if (Date.now() > budgetEnds)
    return { ok: false, detail: `the build's ${EMBED_LIMITS.budgetMs / 1000} s for fetching embeds ran out` };
  const answer = await capped(address, EMBED_LIMITS.jsonBytes, /json/);
  if (!answer.ok) return answer;
  let json: { [key: string]: unknown };
  try {
    json = JSON.parse(answer.bytes.toString('utf8')) as typeof json;
  } catch {
    return { ok: false, detail: 'the oEmbed answer is not JSON' };
  }
  const info: EmbedInfo = { title: text(json['title']), author: text(json['author_name']) };
  const uri = /data-bluesky-uri="(at:\/\/[^"]+)"/.exec(String(json['html'] ?? ''))?.[1];
  if (uri) info.html = `data-bluesky-uri="${uri}"`;
  const thumbUrl = text(json['thumbnail_url']);
  const thumb =
    thumbUrl && /^https?:\/\//.test(thumbUrl)
      ? await capped(throughOrigin(thumbUrl), EMBED_LIMITS.thumbnailBytes, /^image\//)
      : undefined;
  // A thumbnail that could not be fetched leaves a poster with a drawn card: not worth a failed embed.
  const bytes = thumb?.ok ? thumb.bytes : undefined;
  const infoText = JSON.stringify(info);
  await mkdir(dir, { recursive: true });
  // Each file under a temporary name then renamed, the record last: a reader never trusts half a write.
  const put = async (name: string, data: string | Buffer) => {
    await writeFile(join(dir, `${name}.${process.pid}`), data);
    await rename(join(dir, `${name}.${process.pid}`), join(dir, name));
  };
  if (bytes) await put('thumbnail', bytes);
  await put('info.json', infoText);
  const record: Record = { oembed: address, info: sha256(infoText), thumbnail: bytes ? sha256(bytes) : null };
  await put('record.json', JSON.stringify(record));
  return { ok: true, info: { ...info, ...(bytes ? { thumbnail: join(dir, 'thumbnail') } : {}) } };
}

type Capped = { ok: true; bytes: Buffer } | { ok: false; detail: string };

/** One GET with the timeout and a byte cap; the type must match `type`. */
async function capped(address: string, cap: number, type: RegExp): Promise<Capped> {
  try {
    const response = await fetch(address, { signal: AbortSignal.timeout(EMBED_LIMITS.timeoutMs), redirect: 'follow' });
    if (!response.ok) return { ok: false, detail: `${address} answered ${response.status}` };
    const kind = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
    if (!type.test(kind)) {
      await response.body?.cancel();
      return { ok: false, detail: `${address} sent ${kind || 'no type'}` };
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.body ?? []) {
      total += (chunk as Uint8Array).length;
      if (total > cap) return { ok: false, detail: `${address} sent more than ${Math.round(cap / 1024)} KB` };
      chunks.push(chunk as Uint8Array);
    }
    return { ok: true, bytes: Buffer.concat(chunks) };
  } catch (error) {
    const e = error as Error;
    if (e.name === 'TimeoutError')
      return { ok: false, detail: `${address} did not answer within ${EMBED_LIMITS.timeoutMs / 1000} s` };
    return { ok: false, detail: `${address}: ${(e.cause as Error | undefined)?.message ?? e.message}` };
  }
}

/** Forgets this process's fetches and budget: for tests that play several builds in one process. */
export function forgetEmbedFetches(): void {
  fetched.clear();
  budgetEnds = undefined;
}
