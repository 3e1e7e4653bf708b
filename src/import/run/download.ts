import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MAX_IMAGE_BYTES } from '../../check/photo-file.ts';

/** How long one download may take, headers and body together. */
export const DOWNLOAD_TIMEOUT_MS = 30_000;

/**
 * Fetches `url` to `target`, never holding more than one chunk in memory and never past the photo
 * size limit; the file appears only once whole (written beside it, then renamed). Returns why not.
 */
export async function download(url: string, target: string): Promise<string | undefined> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    return `could not be fetched (${(error as Error).message})`;
  }
  if (!response.ok || !response.body) return `answered ${response.status}`;
  const type = response.headers.get('content-type') ?? '';
  if (type && !/^image\//i.test(type)) {
    await response.body.cancel();
    return `is not a photo (${type})`;
  }
  await mkdir(dirname(target), { recursive: true });
  const part = `${target}.part-${process.pid}`;
  const file = await open(part, 'w');
  let bytes = 0;
  try {
    for await (const chunk of response.body) {
      bytes += (chunk as Uint8Array).byteLength;
      if (bytes > MAX_IMAGE_BYTES) throw new Error(`is over ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
      await file.write(chunk as Uint8Array);
    }
  } catch (error) {
    await file.close();
    await rm(part, { force: true });
    return (error as Error).message;
  }
  await file.close();
  await rename(part, target);
  return undefined;
}
