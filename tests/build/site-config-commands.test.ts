import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build.ts';
import { FIXTURE_CONTENT } from '../helpers/content-copy.ts';

// A broken src/site.config.ts must stop every command that reads it with the same listing: the file,
// the line, the field, the value and the fix, each problem at once, and no stack trace. Each command
// runs for real on a copy of the project whose config has five mistakes.
let project: string;

const MISTAKES: [from: string, to: string][] = [
  ["url: 'https://courier.example.org',", "url: 'https://courier.example.org/news/',"],
  ["locale: 'en-GB',", "locale: 'en_GB',"],
  ["timezone: 'Europe/London',", "timezone: 'london',"],
  ["{ id: 'sport', name: 'Sport'", "{ id: 'city', name: 'Sport'"],
  ["accent: '#8a1c1c',", "accent: 'red',"],
];

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'broadsheet-config-'));
  for (const name of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(PROJECT_ROOT, name), join(project, name), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(project, 'node_modules'));
  let config = readFileSync(join(project, 'src/site.config.ts'), 'utf8');
  for (const [from, to] of MISTAKES) {
    expect(config, from).toContain(from);
    config = config.replace(from, to);
  }
  writeFileSync(join(project, 'src/site.config.ts'), config);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The line of `src/site.config.ts` (in the broken copy) that holds `text`. */
const lineOf = (text: string) =>
  readFileSync(join(project, 'src/site.config.ts'), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

const expected = () => [
  `src/site.config.ts:${lineOf('/news/')}  url: "https://courier.example.org/news/" has a path after https://courier.example.org`,
  `src/site.config.ts:${lineOf("'en_GB'")}  locale: "en_GB" is not a BCP 47 locale`,
  'fix: write "en-GB"',
  `src/site.config.ts:${lineOf("'london'")}  timezone: "london" is not an IANA time zone`,
  'fix: write "Europe/London"',
  `src/site.config.ts:${lineOf("name: 'Sport'")}  sections.5.id: the section id "city" is also the id of sections.2`,
  `src/site.config.ts:${lineOf("'red'")}  accent: "red" is not a colour written as #rrggbb`,
];

const node = (args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, args, {
    cwd: project,
    encoding: 'utf8',
    // A config error is reported before any work starts: seconds, even on a busy machine.
    timeout: 240_000,
    env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', BROADSHEET_CONTENT: FIXTURE_CONTENT, ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};
const astro = (command: string, ...args: string[]) => node(['node_modules/astro/bin/astro.mjs', command, ...args]);

describe('a broken site config', () => {
  it.each([
    ['npm run check', () => node(['scripts/check.ts'])],
    ['npm run build', () => node(['scripts/build.ts'], { BROADSHEET_DIST: join(project, 'dist') })],
    ['astro sync', () => astro('sync')],
    ['astro check', () => astro('check')],
    ['astro dev', () => astro('dev', '--port', '0')],
    ['npm run new', () => node(['scripts/new.ts', '--headline', 'Quay reopens', '--section', 'city', '--author', 'x'])],
    ['npm run guide', () => node(['scripts/editor-guide.ts', '--check'])],
    ['npm run schema', () => node(['scripts/json-schema.ts', '--check'])],
    ['npm run deploy', () => node(['scripts/deploy.ts', '--dry-run'])],
  ])('stops %s with every problem, its line, field, value and fix, and no stack trace', (_, run) => {
    const { status, output } = run();
    expect(status, output).toBe(1);
    for (const line of expected()) expect(output).toContain(line);
    expect(output).not.toMatch(/Stack trace|^\s+at |node:internal|triggerUncaughtException/m);
  });

  it('lists the problems in npm run check -- --format json, with their kinds', () => {
    const { status, output } = node(['scripts/check.ts', '--format', 'json']);
    expect(status).toBe(1);
    const report = JSON.parse(output) as { problems: { kind: string; field: string }[] };
    expect(report.problems.map((p) => `${p.field} ${p.kind}`)).toEqual([
      'url SiteUrlWithPath',
      'locale InvalidLocale',
      'timezone InvalidTimeZone',
      'accent InvalidSiteSetting',
      'sections.5.id DuplicateSectionId',
    ]);
  });
});
