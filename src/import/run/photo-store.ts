import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { checkLocalFile } from '../../check/photo-file.ts';
import type { SourcePost, SourceReader } from '../source.ts';
import { download } from './download.ts';
import { photoFile } from './photo-name.ts';
import { safeDecode } from './site-address.ts';

/** A photo had: its file relative to the content folder; or why it could not be had. */
export type PhotoResult = { file: string; missing?: undefined } | { file?: undefined; missing: string };

/** Downloads at once, whatever the number of photos waiting. */
const CONCURRENCY = 4;

/**
 * Every photo of the import, each copied or downloaded once (the same address in a thousand posts is
 * one file), and checked by the checker's own rule for photo files before any story points at it, so
 * a photo the import keeps is one the check passes. A file already there from an earlier run is
 * checked again, not fetched again.
 */
export class PhotoStore {
  private readonly had = new Map<string, Promise<PhotoResult>>();
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** Photos copied or downloaded in this run. */
  fetched = 0;

  private readonly content: string;
  private readonly folder: string;
  private readonly reader: SourceReader;
  private readonly offline: boolean;

  constructor(content: string, folder: string, reader: SourceReader, offline: boolean) {
    this.content = content;
    this.folder = folder;
    this.reader = reader;
    this.offline = offline;
  }

  get(address: string, post: SourcePost): Promise<PhotoResult> {
    const local = this.localFile(address, post);
    const key = local ?? address;
    let result = this.had.get(key);
    if (!result) {
      // A path relative to a post's folder is named after that folder: every bundle has its cover.jpg.
      const relative = local && !address.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(address);
      const name = photoFile(relative ? `${dirname(post.key)}/${address}` : address, this.folder);
      this.had.set(key, (result = this.fetch(address, name, local)));
    }
    return result;
  }

  private localFile(address: string, post: SourcePost): string | undefined {
    const named = this.reader.localPhoto?.(address, post);
    if (named) return named;
    if (/^[a-z][a-z0-9+.-]*:/i.test(address) || address.startsWith('//')) return undefined;
    const path = address.split(/[?#]/)[0]!;
    if (post.folder && !isAbsolute(path)) return resolve(post.folder, safeDecode(path));
    return undefined;
  }

  private async fetch(address: string, file: string, local: string | undefined): Promise<PhotoResult> {
    const target = join(this.content, file);
    const there = await stat(target).catch(() => undefined);
    if (!there) {
      const why = local ? await copy(local, target) : await this.download(address, target);
      if (why) return { missing: why };
      this.fetched++;
    }
    const where = { file, line: 1, field: 'photo' };
    const checked = await checkLocalFile(this.content, target, { src: address, where, from: file });
    if (!checked.problem) return { file };
    await rm(target, { force: true });
    return { missing: checked.problem.message };
  }

  private async download(address: string, target: string): Promise<string | undefined> {
    const url = address.startsWith('//') ? `https:${address}` : address;
    if (!/^https?:\/\//i.test(url)) return 'is not a file in the source nor a web address';
    if (this.offline) return 'is on the web and the import ran with --offline';
    while (this.active >= CONCURRENCY) await new Promise<void>((go) => this.waiting.push(go));
    this.active++;
    try {
      return await download(url, target);
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

async function copy(from: string, to: string): Promise<string | undefined> {
  const info = await stat(from).catch(() => undefined);
  if (!info?.isFile()) return `is not in the source (${from})`;
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
  return undefined;
}
