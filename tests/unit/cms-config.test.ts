import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy } from '../../src/output/admin-csp.ts';
import { cmsConfig } from '../../src/admin/cms-config.ts';
import { AUTHOR_FIELDS, STORY_FIELDS } from '../../src/admin/field-table.ts';
import { cmsFields, tableGaps, UnknownFieldsError, type CmsField } from '../../src/admin/story-fields.ts';
import { contentSecurityPolicy } from '../../src/output/csp.ts';
import site from '../../src/site.config.ts';
import { frontmatterJsonSchemas, type JsonSchema } from '../../src/tooling/json-schema.ts';
import { readSchemaDocs } from '../../src/tooling/schema-docs.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

const docs = readSchemaDocs(join(PROJECT_ROOT, 'src/model/schemas'));
const schemas = frontmatterJsonSchemas(site, docs);
const config = (local = false, editor = site.editor) => cmsConfig({ site: { ...site, editor }, docs, content: 'content', local });
type Collection = { name: string; fields: CmsField[] };
const collection = (name: string, local = false) => (config(local)['collections'] as Collection[]).find((c) => c.name === name)!;
const field = (fields: CmsField[], path: string): CmsField =>
  path.split('.').reduce<CmsField>((found, name) => (found.fields as CmsField[]).find((f) => f.name === name)!, {
    fields,
  } as unknown as CmsField);

// The editor's configuration is generated from the zod schemas: these tests fail when they part.
describe('the CMS configuration', () => {
  it('has a widget for every field of the story and author schemas, and none for a field they lost', () => {
    expect(tableGaps(schemas.article, STORY_FIELDS)).toEqual({ missing: [], stale: [] });
    expect(tableGaps(schemas.author, AUTHOR_FIELDS)).toEqual({ missing: [], stale: [] });
  });

  it('refuses to build an editor that would not show a field the schema gained, naming it and the fix', () => {
    const grown: JsonSchema = {
      ...schemas.article,
      properties: { ...(schemas.article['properties'] as object), kicker: { type: 'string' } },
    };
    const make = () => cmsFields(grown, STORY_FIELDS, { site, content: 'content' }, 'STORY_FIELDS in src/admin/field-table.ts');
    expect(make).toThrow(UnknownFieldsError);
    expect(make).toThrow('has no widget for `kicker`. Add it to STORY_FIELDS in src/admin/field-table.ts');
  });

  it("gives every field the schema's own help text and says which are required", () => {
    const fields = collection('stories').fields;
    const properties = schemas.article['properties'] as Record<string, JsonSchema>;
    for (const f of fields.filter((f) => f.name !== 'body')) expect(f['hint'], f.name).toBe(properties[f.name]!['description']);
    expect(fields.filter((f) => f['required']).map((f) => f.name)).toEqual(['headline', 'section', 'authors', 'published']);
    // Inside the optional lead photo, the checker asks for alt text, so a story without a photo still saves.
    expect(field(fields, 'hero.alt')['required']).toBe(false);
    expect(field(fields, 'related.id')['required']).toBe(true);
  });

  it('offers sections and authors as pick-lists, related stories by headline, dates as editors write them', () => {
    const fields = collection('stories').fields;
    expect(field(fields, 'section')['options']).toEqual(site.sections.map((s) => ({ label: s.name, value: s.id })));
    expect(field(fields, 'authors')).toMatchObject({
      widget: 'relation',
      collection: 'authors',
      value_field: '{{filename}}',
      multiple: true,
    });
    expect(field(fields, 'related.id')).toMatchObject({ widget: 'relation', collection: 'stories', search_fields: ['headline'] });
    expect(field(fields, 'published')).toMatchObject({
      label: `Published (${site.timezone} time)`,
      widget: 'datetime',
      format: 'YYYY-MM-DD HH:mm',
      picker_utc: false,
    });
    expect(field(fields, 'hero.credit')['widget']).toBe('broadsheet-credit');
    expect((field(fields, 'hero.credit')['fields'] as CmsField[]).map((f) => f.name)).toEqual([
      'source',
      'photographer',
      'location',
      'date',
      'caption',
      'copyright',
      'license',
      'licensePage',
    ]);
  });

  it('files stories by section and year, photos in images/ (made paths from the story on save)', () => {
    const stories = collection('stories') as unknown as Record<string, unknown>;
    expect(stories).toMatchObject({
      folder: 'content/articles',
      path: '{{section}}/{{year}}/{{slug}}',
      media_folder: '/content/images',
      public_folder: '../../../images',
    });
    expect(stories['preview_path']).toBe('{{section}}/{{filename}}/');
  });

  it('uses GitHub and the review workflow when deployed, the working copy without a workflow with npm run dev', () => {
    const editor = { repo: 'courier/paper', branch: 'main', authUrl: 'https://auth.example.org' };
    expect(config(false, editor)).toMatchObject({
      backend: { name: 'github', repo: 'courier/paper', branch: 'main', base_url: 'https://auth.example.org' },
      publish_mode: 'editorial_workflow',
    });
    expect(config(true, editor)).toMatchObject({ backend: { name: 'proxy', proxy_url: '/api/v1/' }, publish_mode: 'simple' });
  });

  it("keeps the editor's looser policy to the editor: the reader site's stays strict", () => {
    const admin = adminContentSecurityPolicy({ branch: 'main', authUrl: 'https://auth.example.org/x' });
    expect(admin).toContain("script-src 'self' 'unsafe-eval'");
    expect(admin).toContain("connect-src 'self' blob: data: https://api.github.com https://auth.example.org");
    expect(admin).not.toMatch(/script-src[^;]*(https?:|\*)/);
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-(eval|inline)'/);
  });
});
