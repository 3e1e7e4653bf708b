import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** The sample paper's lead story: photo, credits, related links, corrections. */
export const SAMPLE_ARTICLE = '/politics/wend-bridge-vote-delayed/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.xml': 'application/xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` as a static host would: gzip for text, long caching for hashed assets. */
async function serve(dir: string) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const type = TYPES[extname(found ? file : '.html')] ?? 'application/octet-stream';
    let body = readFileSync(found ? file : join(dir, '404.html'));
    const headers: Record<string, string> = { 'content-type': type };
    if (/^\/(_astro|_media)\//.test(path)) headers['cache-control'] = 'public, max-age=31536000, immutable';
    if (/text|xml|svg/.test(type)) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(found ? 200 : 404, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Builds the sample paper into `dir` and runs Lighthouse (mobile emulation, Lighthouse's default)
 * on its lead story with Debian's Chromium. Returns the four category scores out of 100.
 */
export async function runLighthouse(dir: string): Promise<Record<string, number | null> | undefined> {
  const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(chromePath)) {
    console.log(`Lighthouse skipped: no Chromium at ${chromePath} (set CHROME_PATH)`);
    return undefined;
  }
  const dist = join(dir, 'dist');
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BROADSHEET_DIST: dist, BROADSHEET_CONTENT: 'content', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('the sample site did not build');
  const site = await serve(dist);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const result = await lighthouse(`${site.url}${SAMPLE_ARTICLE}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result?.lhr.categories ?? {};
    const scores = Object.fromEntries(
      Object.values(categories).map((c) => [c.title, c.score === null ? null : Math.round(c.score * 100)]),
    );
    const failing = Object.values(result?.lhr.audits ?? {})
      .filter(
        (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable',
      )
      .map((a) => {
        const items = (a.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
        const what = items.map((i) => String(i['url'] ?? i['description'] ?? i['source'] ?? '')).filter(Boolean);
        return `${a.id} (${a.displayValue ?? Math.round((a.score ?? 0) * 100)}${what.length ? `: ${what.join(', ')}` : ''})`;
      });
    if (failing.length) console.log(`Lighthouse audits below full marks:\n  ${failing.join('\n  ')}`);
    return scores;
  } finally {
    chrome.kill();
    await site.close();
  }
}
