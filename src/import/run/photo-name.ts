import { createHash } from 'node:crypto';
import { extname } from 'node:path';

// Upload folders every platform puts in front of the part of the path worth keeping.
const UPLOAD_PREFIX = /^\/?(?:wp-content\/uploads|content\/images|static|assets|images|img|uploads)\//i;

/**
 * Where a photo goes under `images/` in the content folder: the host and the source's own folders
 * (`2024/05/…`) kept, tamed to lower-case ASCII; an address with a query (`?w=800`) gets a short hash, since the
 * same path may then name different photos.
 */
export function photoFile(address: string, folder: string): string {
  let path = address;
  let query = '';
  let host = '';
  try {
    const url = new URL(address, 'file:///');
    path = decodeURIComponent(url.pathname);
    query = url.search;
    // Two sites may both have /uploads/a.jpg: the host keeps them apart.
    host = url.protocol === 'file:' ? '' : url.hostname.replace(/^www\./, '');
  } catch {
    // A path that is not a URL is kept as written.
  }
  const segments = path
    .replace(UPLOAD_PREFIX, '')
    .replace(/^\/+/, '')
    .replace(UPLOAD_PREFIX, '')
    .split('/')
    .filter((s) => s && s !== '.' && s !== '..')
    .map(tame);
  let name = segments.pop() ?? 'photo';
  if (query) {
    const ext = extname(name);
    name = `${name.slice(0, name.length - ext.length)}-${createHash('sha256').update(query).digest('hex').slice(0, 8)}${ext}`;
  }
  return ['images', folder, ...(host ? [tame(host)] : []), ...segments, name].join('/');
}

function tame(segment: string): string {
  const lower = segment.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return lower.replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'x';
}
