/**
 * `npm run new`: starts a story. Flags work in scripts; on a terminal, anything missing is asked for.
 *   npm run new -- --headline "Bridge vote delayed" --section politics --author mara-okafor [--dek …]
 *   [--slug …] [--published "2026-11-25 06:00"] [--no-draft]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { buildTime } from '../src/model/build-time.ts';
import { readContentFiles } from '../src/check/files.ts';
import { parseLocalDateTime } from '../src/model/dates.ts';
import { authorErrors, planStory, sectionErrors, type StoryContext } from '../src/tooling/new-story.ts';
import { swallowedFlags } from '../src/tooling/npm-flags.ts';
import { authorChoices, authorNames, splitNames } from '../src/tooling/story-names.ts';
import { contentDir } from '../src/model/paths.ts';
import { loadSite } from '../src/tooling/load-site.ts';

const site = await loadSite();

const USAGE = `usage: npm run new -- --headline "…" --section <${site.sections.map((s) => s.id).join('|')}> --author <id or name> [--author …]
       [--dek "…"] [--slug <id>] [--published "YYYY-MM-DD HH:mm"] [--no-draft]`;
const EXAMPLE = `npm run new -- --headline "Bridge vote delayed" --section ${site.sections[0]?.id ?? 'news'} --author "Your Name"`;

const OPTIONS = {
  headline: { type: 'string', short: 't' },
  section: { type: 'string', short: 's' },
  author: { type: 'string', short: 'a', multiple: true },
  authors: { type: 'string', multiple: true },
  dek: { type: 'string', short: 'd' },
  slug: { type: 'string' },
  published: { type: 'string' },
  draft: { type: 'boolean', default: true },
  root: { type: 'string', default: process.cwd() },
  help: { type: 'boolean', short: 'h' },
} as const;

// `npm run new --headline "…"` without `--`: npm keeps the flags as its own settings (npm_config_headline=true)
// and passes only their values on, so say where the flags went instead of refusing the values.
const swallowed = swallowedFlags(Object.keys(OPTIONS), process.env);
if (swallowed.length) {
  fail([`npm kept ${swallowed.join(', ')} for itself: put -- between \`npm run new\` and the flags, e.g.`, EXAMPLE], 2);
}
const values = (() => {
  try {
    return parseArgs({ allowNegative: true, options: OPTIONS }).values;
  } catch (e) {
    // node:util's own words name the flag ("Unknown option '--titel'"); the stack would only hide them.
    return fail([(e as Error).message, USAGE], 2);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function fail(lines: string[], code = 1): never {
  console.error(lines.map((l) => `  ${l}`).join('\n'));
  process.exit(code);
}

const dir = contentDir();
const [articles, authorFiles] = await Promise.all([
  readContentFiles(values.root, `${dir}/articles`, ['.md']),
  readContentFiles(values.root, `${dir}/authors`, ['.yaml', '.yml']),
]);
const ctx: StoryContext = {
  site,
  contentDir: dir,
  existing: new Map(articles.map((a) => [a.name, a.file])),
  authors: authorNames(authorFiles),
};

const list = splitNames;
let headline = values.headline;
let section = values.section;
let authors = list([...(values.author ?? []), ...(values.authors ?? [])]);
let dek = values.dek;

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
if (interactive) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (question: string, problems: (answer: string) => string[]) => {
    for (;;) {
      const answer = (await rl.question(`${question}: `)).trim();
      const found = problems(answer);
      if (!found.length) return answer;
      console.log(found.map((p) => `  ${p}`).join('\n'));
    }
  };
  headline ??= await ask('Headline', (a) => (a ? [] : ['a story needs a headline']));
  section ??= await ask(`Section (${site.sections.map((s) => s.name).join(', ')})`, (a) => sectionErrors(a, site));
  if (!authors.length) {
    const answer = await ask(`Author(s), comma-separated: ${authorChoices(ctx.authors)}`, (a) => authorErrors(list([a]), ctx));
    authors = list([answer]);
  }
  dek ??= (await rl.question('Dek, one sentence under the headline (Enter to skip): ')).trim() || undefined;
  rl.close();
} else {
  const missing = [
    ...(headline === undefined ? ['--headline'] : []),
    ...(section === undefined ? ['--section'] : []),
    ...(authors.length ? [] : ['--author']),
  ];
  // No flags at all on a pipe: most likely flags given without `--`, or a script that forgot them.
  const how = missing.length === 3 ? [`give the flags after --, e.g. ${EXAMPLE}`] : [];
  if (missing.length) fail([`missing ${missing.join(', ')} (not on a terminal, so nothing can be asked)`, ...how, USAGE], 2);
}

let published = buildTime();
if (values.published !== undefined) {
  published = parseLocalDateTime(values.published, site.timezone) ?? fail([`--published: write YYYY-MM-DD HH:mm`]);
}

const plan = planStory(
  { headline: headline ?? '', section: section ?? '', authors, dek, slug: values.slug, published, draft: values.draft },
  ctx,
);
if (!plan.ok) fail(plan.errors);

const abs = resolve(values.root, plan.file);
await mkdir(dirname(abs), { recursive: true });
await writeFile(abs, plan.text, { flag: 'wx' });
console.log(`Created ${plan.file}${values.draft ? ' (a draft)' : ''}
Next: write the story there, preview it with \`npm run dev\`, and run \`npm run check\` before publishing.`);
