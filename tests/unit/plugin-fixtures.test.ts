import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReadable } from '../helpers/markdown.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'plugins');
const links = {
  'harbour-fees': { headline: 'Harbour fees rise by a fifth', url: '/business/harbour-fees/' },
  'tram-line': { headline: 'Tram line to reach Northgate', url: '/city/tram-line/' },
};

// Each folder holds input.md and the expected output.html; UPDATE=1 rewrites the expectations.
describe('plugin fixtures', () => {
  for (const name of readdirSync(root)) {
    it(name, async () => {
      const html = await renderReadable(readFileSync(join(root, name, 'input.md'), 'utf8'), links);
      const expected = join(root, name, 'output.html');
      if (process.env['UPDATE'] || !existsSync(expected)) writeFileSync(expected, html);
      expect(html).toBe(readFileSync(expected, 'utf8'));
    });
  }
});
