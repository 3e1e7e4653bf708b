import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FIXTURE_CONTENT = join(import.meta.dirname, '..', 'fixtures', 'site', 'content');
/** The project's public/ folder: the site's logo is checked there, as in a real project. */
const PUBLIC = join(import.meta.dirname, '..', '..', 'public');

/** A throwaway project root holding a copy of the fixture content, to break on purpose. */
export function copyFixtureContent(): { root: string; write: (path: string, text: string | Buffer) => void } {
  const root = mkdtempSync(join(tmpdir(), 'broadsheet-'));
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  cpSync(PUBLIC, join(root, 'public'), { recursive: true });
  return {
    root,
    write(path, text) {
      const abs = join(root, 'content', path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    },
  };
}

/** A valid article's frontmatter with `overrides` spliced in as raw YAML lines. */
export function article(fields: Record<string, string | undefined>, body = 'Body text.\n'): string {
  const base: Record<string, string | undefined> = {
    headline: 'A headline',
    dek: 'A dek.',
    section: 'city',
    authors: '[ada-reporter]',
    published: '2026-11-20 10:00',
    ...fields,
  };
  const lines = Object.entries(base).flatMap(([k, v]) => (v === undefined ? [] : [`${k}: ${v}`]));
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}
