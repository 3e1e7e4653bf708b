import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { parseHTML } from 'linkedom';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** The environment a test's build runs in: its content, its output, a fixed now, no colour. */
export function buildEnv(content: string, dist: string, env: Record<string, string> = {}): NodeJS.ProcessEnv {
  // A throwaway content folder keeps its Astro cache beside it, so test runs leave nothing in .broadsheet/.
  const cache = isAbsolute(content) ? { BROADSHEET_CACHE_DIR: join(dirname(content), '.astro-cache') } : {};
  return {
    ...process.env,
    BROADSHEET_CONTENT: content,
    BROADSHEET_DIST: dist,
    BROADSHEET_NOW: '2026-11-24T12:00:00Z',
    // CI=true makes Astro colour its output even into a pipe: tests read it as an editor's plain terminal.
    NO_COLOR: '1',
    ...cache,
    ...env,
  };
}

/** Runs the real `npm run build` script against a content folder, into `dist`, with the code under `root`. */
export function build(content: string, dist: string, env: Record<string, string> = {}, root = PROJECT_ROOT) {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv(content, dist, env),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A built page as a DOM, as a browser without scripts would see it. */
export function page(dist: string, path: string): Document {
  const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

export function jsonLd(doc: Document): Record<string, unknown>[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>,
  );
}
