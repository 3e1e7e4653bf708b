import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { IMPORT_FIXTURES } from '../helpers/import-fixtures.ts';

const run = (args: string[]) =>
  spawnSync(process.execPath, ['scripts/import.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('npm run import', () => {
  it('says how it is used when the source is missing or unknown', () => {
    for (const args of [[], ['--from', 'drupal', 'x.xml'], ['--from', 'wordpress']]) {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/usage: npm run import -- --from <wordpress\|hugo\|jekyll\|ghost> SOURCE/);
    }
  });

  it('imports, writes the report and the section file, and refuses a section file naming no section', () => {
    const work = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const args = [
      '--from',
      'jekyll',
      IMPORT_FIXTURES.jekyll.source,
      '--content',
      join(work, 'content'),
      '--import-dir',
      join(work, 'import'),
    ];
    const first = run(args);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/planning…\nwriting \d+ stories…/);
    expect(first.stdout).toContain(join(work, 'import', 'import-report.md'));
    const report = readFileSync(join(work, 'import', 'import-report.md'), 'utf8');
    expect(report).toMatch(/\| check: errors \| 0 \|/);
    expect(report).toContain(`npm run import -- ${args.join(' ')}`);
    expect(existsSync(join(work, 'import', 'manifest.json'))).toBe(true);
    writeFileSync(join(work, 'import', 'sections.yaml'), 'fallback: news\ncategories:\n  harbour: weather\n');
    const wrong = run(args);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/fallback: "news" is not a section; use one of politics, business/);
    expect(wrong.stderr).toMatch(/categories\.harbour: "weather" is not a section/);
  });
});
