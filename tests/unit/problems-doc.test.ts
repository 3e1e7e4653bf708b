import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/check/catalogue/index.ts';
import { PROBLEMS_DOC, problemsFile } from '../../src/tooling/problems-doc.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

describe('docs/problems.md', () => {
  const doc = readFileSync(join(PROJECT_ROOT, PROBLEMS_DOC), 'utf8');

  it('is what the catalogue generates now (run `npm run guide` after changing src/check/catalogue/)', async () => {
    expect(doc, 'docs/problems.md is stale: run npm run guide').toBe((await problemsFile(PROJECT_ROOT)).text);
  });

  it('shows every kind with its title, severity, an example message and its fix', () => {
    for (const [name, kind] of Object.entries(CATALOGUE)) {
      expect(doc).toContain(`### ${kind.title}\n\n\`${name}\` · ${kind.severity}\n\n\`\`\`text\n`);
    }
    expect(doc.match(/^fix: /gm)).toHaveLength(Object.keys(CATALOGUE).length);
  });
});
