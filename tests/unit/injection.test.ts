import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkContent, type ContentIndex } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { copyFixtureContent } from '../helpers/content-copy.ts';
import {
  CONTROL_CHARACTERS,
  markdownFile,
  PAYLOADS,
  setAt,
  STRICT_FIELDS,
  TEXT_FIELDS,
  validStory,
} from '../helpers/payloads.ts';

/**
 * What the checker does with hostile input, field by field. Text fields accept anything printable
 * (the build escapes it: tests/browser/injection.test.ts proves that in Chromium); fields with a
 * grammar refuse it; control characters and active Markdown are refused everywhere.
 */
const cases = {
  text: TEXT_FIELDS.flatMap((field) => Object.entries(PAYLOADS).map(([name, value]) => ({ field, name, value }))),
  strict: STRICT_FIELDS.flatMap((field) => Object.entries(PAYLOADS).map(([name, value]) => ({ field, name, value }))),
  control: [...TEXT_FIELDS, ...STRICT_FIELDS].flatMap((field) =>
    Object.entries(CONTROL_CHARACTERS).map(([name, char]) => ({ field, name, value: `Text ${char} here` })),
  ),
};
const BODIES = {
  // [body, message, line of the problem counted from the first body line]
  'javascript: link': ['[Read the report](javascript:alert(1))\n', /not a web address/, 0],
  'javascript: link, entity-encoded': ['[Read](jav&#x61;script&colon;alert(1))\n', /not a web address/, 0],
  'javascript: autolink': ['See <javascript:alert(1)>.\n', /not a web address/, 0],
  'vbscript: link definition': ['See [here][x].\n\n[x]: vbscript:msgbox(1)\n', /not a web address/, 2],
  'javascript: photo': ['![A quay](javascript:alert(1))\nCredit: Reuters/Jane Doe\n', /must be files in the content folder/, 0],
  'bell character': ['Text \u0007 here.\n', /control character U\+0007/, 0],
  'null character': ['Text \u0000 here.\n', /control character U\+0000/, 0],
} as const;
// Raw HTML is cut to the allow-list by the renderer; the checker warns, naming what the page loses.
const DROPPED_BODIES = {
  'raw script element': ['Text.\n\n</script><script>alert(1)</script>\n', /left out of the page: <script>/, 2],
  'raw image with onerror': ['Text "><img src=x onerror=alert(1)> more.\n', /left out of the page: <img>/, 0],
} as const;
const SAFE_BODIES = {
  'payload in a code span': '`</script><script>alert(1)</script>` and `"><img src=x onerror=alert(1)>`\n',
  'payload as escaped text': 'Text \\</script>\\<script>alert(1)\\</script> and "> \\<img src=x onerror=alert(1)>\n',
  'payload in a link title': "[Report](https://example.org/ '\"><img src=x onerror=alert(1)>')\n",
  'payload in link text': '[\\</script>\\<script>alert(1)\\</script>](https://example.org/)\n',
} as const;

const AUTHOR = { name: 'Ada Example', role: 'Reporter', bio: 'Writes about the harbour.' };
const AUTHOR_FIELDS = ['name', 'role', 'bio'] as const;
const BODY_LINE = markdownFile(validStory()).split('\n').indexOf('Body text.') + 1;
let index: ContentIndex;
let scratch: string;
const errorsIn = (name: string) => index.problems.filter((p) => p.file.endsWith(`/${name}.md`) && p.severity === 'error');
const fileName = (kind: string, field: string, name: string) =>
  `${kind}-${field}-${name}`.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

beforeAll(async () => {
  const { root, write } = copyFixtureContent();
  scratch = root;
  for (const [kind, list] of Object.entries(cases))
    for (const c of list)
      write(`articles/${fileName(kind, c.field, c.name)}.md`, markdownFile(setAt(validStory(), c.field, c.value)));
  for (const [name, [body]] of Object.entries(BODIES))
    write(`articles/${fileName('body', 'x', name)}.md`, markdownFile(validStory(), body));
  for (const field of AUTHOR_FIELDS)
    write(`authors/control-${field}.yaml`, stringify({ ...AUTHOR, [field]: 'Text \u0007 here' }));
  for (const [name, [body]] of Object.entries(DROPPED_BODIES))
    write(`articles/${fileName('body', 'x', name)}.md`, markdownFile(validStory(), body));
  for (const [name, body] of Object.entries(SAFE_BODIES))
    write(`articles/${fileName('safe', 'x', name)}.md`, markdownFile(validStory(), body));
  index = await checkContent(root, site, 'content', new Date('2026-11-24T12:00:00Z'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('hostile text in free-text fields', () => {
  // Tags that are not formatting are refused (model/markup.ts); the rest is text, escaped on output.
  it.each(cases.text)('$field refuses the $name if it holds a tag, else takes it as plain text', ({ field, name, value }) => {
    const errors = errorsIn(fileName('text', field, name)).map((e) => [e.kind, e.field]);
    expect(errors).toEqual(/<[a-z]/i.test(value) ? [['TagInText', field]] : []);
  });
});

describe('hostile text in fields with a grammar', () => {
  it.each(cases.strict)('$field refuses the $name, naming the field', ({ field, name }) => {
    const errors = errorsIn(fileName('strict', field, name));
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.field?.startsWith(field.replace(/\.0$/, '')), JSON.stringify(e)).toBe(true);
  });
});

describe('control characters', () => {
  it.each(cases.control)('$field refuses a $name character, naming the field', ({ field, name }) => {
    const errors = errorsIn(fileName('control', field, name));
    expect(
      errors.some((e) => e.field === field && /control character/.test(e.message)),
      JSON.stringify(errors),
    ).toBe(true);
  });
});

describe('control characters in author files', () => {
  it.each(AUTHOR_FIELDS)('%s refuses a bell character, naming the field', (field) => {
    const errors = index.problems.filter((p) => p.file.endsWith(`/control-${field}.yaml`));
    expect(errors).toEqual([expect.objectContaining({ severity: 'error', field, line: AUTHOR_FIELDS.indexOf(field) + 1 })]);
  });
});

describe('hostile Markdown in the body', () => {
  it.each(Object.entries(BODIES))('refuses a %s, naming the line', (name, [, message, offset]) => {
    const errors = errorsIn(fileName('body', 'x', name));
    expect(errors, JSON.stringify(errors)).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: BODY_LINE + offset, message: expect.stringMatching(message) });
  });

  it.each(Object.entries(DROPPED_BODIES))('warns about a %s, naming the line', (name, [, message, offset]) => {
    const all = index.problems.filter((p) => p.file.endsWith(`/${fileName('body', 'x', name)}.md`) && p.kind === 'RawHtml');
    expect(all, JSON.stringify(all)).toEqual([
      expect.objectContaining({ severity: 'warning', kind: 'RawHtml', line: BODY_LINE + offset }),
    ]);
    expect(all[0]?.message).toMatch(message);
  });

  it.each(Object.keys(SAFE_BODIES))('accepts a %s, which renders as text', (name) => {
    expect(errorsIn(fileName('safe', 'x', name))).toEqual([]);
  });
});
