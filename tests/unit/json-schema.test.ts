import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type LanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js';
import { readContentFiles } from '../../src/check/files.ts';
import { schemaFiles } from '../../src/tooling/generated-files.ts';
import type { JsonSchema } from '../../src/tooling/json-schema.ts';
import site from '../../src/site.config.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const schema = (name: string) => JSON.parse(read(`schemas/${name}.schema.json`)) as JsonSchema;

describe('the JSON Schemas', () => {
  it('are exactly what the zod schemas generate (run `npm run schema` after changing src/model/schemas/)', async () => {
    for (const file of await schemaFiles(PROJECT_ROOT, site)) {
      expect(read(file.path), `${file.path} is stale: run npm run schema`).toBe(file.text);
    }
  });

  it('describe every field with its JSDoc and list the sections of the site config', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key !== 'properties') walk(value, path);
        else
          for (const [name, field] of Object.entries(value as Record<string, JsonSchema>)) {
            if (!field['description']) undocumented.push(`${path}${name}`);
            walk(field, `${path}${name}.`);
          }
      }
    };
    walk(schema('article'), 'article:');
    walk(schema('author'), 'author:');
    expect(undocumented).toEqual([]);
    const section = (schema('article')['properties'] as Record<string, JsonSchema>)['section']!;
    expect(section['enum']).toEqual(site.sections.map((s) => s.id));
  });
});

/** VS Code's YAML extension runs this language server; here it gets the schemas the way settings.json maps them. */
function yamlServer(schemas: { uri: string; fileMatch: string[]; schema: JsonSchema }[]): LanguageService {
  const service = getLanguageService({
    schemaRequestService: (uri: string) => Promise.reject(new Error(`no network in tests: ${uri}`)),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
  });
  service.configure({ validate: true, completion: true, hover: true, yamlVersion: '1.2', schemas });
  return service;
}

const doc = (path: string, text: string) => TextDocument.create(`file://${PROJECT_ROOT}/${path}`, 'yaml', 1, text);

describe('author files in VS Code (redhat.vscode-yaml, wired by .vscode/settings.json)', () => {
  let server: LanguageService;
  beforeAll(() => {
    const settings = JSON.parse(read('.vscode/settings.json')) as { 'yaml.schemas': Record<string, string[]> };
    server = yamlServer(
      Object.entries(settings['yaml.schemas']).map(([path, fileMatch]) => ({
        uri: `file://${join(PROJECT_ROOT, path)}`,
        fileMatch,
        schema: JSON.parse(read(path)) as JsonSchema,
      })),
    );
  });

  it('accepts every author in the sample paper', async () => {
    for (const file of await readContentFiles(PROJECT_ROOT, 'content/authors', ['.yaml'])) {
      expect(await server.doValidation(doc(file.file, file.text), false), file.file).toEqual([]);
    }
  });

  it('flags a misspelt field and a missing name', async () => {
    const messages = (await server.doValidation(doc('content/authors/new.yaml', 'rol: Reporter\n'), false)).map((d) => d.message);
    expect(messages).toEqual(expect.arrayContaining(['Property rol is not allowed.', 'Missing property "name".']));
  });

  it('completes field names, with their docs', async () => {
    const list = await server.doComplete(
      doc('content/authors/new.yaml', 'name: Ada Reporter\n'),
      { line: 1, character: 0 },
      false,
    );
    const role = list.items.find((i) => i.label === 'role');
    expect(JSON.stringify(role?.documentation)).toContain('Job title, e.g. `Political Correspondent`');
  });
});

describe('article frontmatter against schemas/article.schema.json', () => {
  const server = yamlServer([
    { uri: 'file:///schemas/article.schema.json', fileMatch: ['*.frontmatter.yaml'], schema: schema('article') },
  ]);
  const frontmatter = (text: string) => text.replace(/\r\n?/g, '\n').split(/^---[ \t]*$/m)[1] ?? '';

  it('accepts every sample and fixture story, shorthands included (one author, bare ids, credit lines)', async () => {
    const files = [
      ...(await readContentFiles(PROJECT_ROOT, 'content/articles', ['.md'])),
      ...(await readContentFiles(PROJECT_ROOT, 'tests/fixtures/site/content/articles', ['.md'])),
    ];
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const problems = await server.doValidation(doc(`${file.name}.frontmatter.yaml`, frontmatter(file.text)), false);
      expect(problems, file.file).toEqual([]);
    }
  });

  it('catches what the checker would: a wrong section, a typo, a missing headline', async () => {
    const text = 'section: sports\nauthors: ada-reporter\npublished: 2026-11-24 09:00\nheadlin: Typo\n';
    const messages = (await server.doValidation(doc('x.frontmatter.yaml', text), false)).map((d) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Value is not accepted\. Valid values: "politics", "business"/),
        'Property headlin is not allowed.',
        'Missing property "headline".',
      ]),
    );
  });
});
