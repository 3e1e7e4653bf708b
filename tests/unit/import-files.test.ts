import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuardedWriter } from '../../src/import/run/guarded-writer.ts';
import { emptyManifest } from '../../src/import/run/manifest.ts';
import { photoFile } from '../../src/import/run/photo-name.ts';
import { readSectionMap, sectionMapYaml, sectionOf, suggestSection, SectionMapError } from '../../src/import/run/section-map.ts';
import { StoryIds } from '../../src/import/run/story-ids.ts';
import { storyText } from '../../src/import/run/story-text.ts';

describe('the guarded writer', () => {
  it('writes new files and its own, never one an editor changed or one it did not write', () => {
    const content = mkdtempSync(join(tmpdir(), 'import-writer-'));
    const first = emptyManifest();
    expect(new GuardedWriter(content, emptyManifest(), first).write('articles/a.md', 'one')).toBe('written');
    writeFileSync(join(content, 'mine.md'), 'editor');
    const second = emptyManifest();
    const writer = new GuardedWriter(content, first, second);
    expect(writer.write('articles/a.md', 'one')).toBe('unchanged');
    expect(writer.write('articles/a.md', 'two')).toBe('written');
    expect(writer.write('mine.md', 'import')).toBe('not-ours');
    writeFileSync(join(content, 'articles/a.md'), 'edited by hand');
    const third = emptyManifest();
    expect(new GuardedWriter(content, second, third).write('articles/a.md', 'three')).toBe('edited');
    expect(readFileSync(join(content, 'articles/a.md'), 'utf8')).toBe('edited by hand');
    // The next run still knows the file was the importer's, and still leaves it.
    expect(new GuardedWriter(content, third, emptyManifest()).write('articles/a.md', 'four')).toBe('edited');
  });
});

describe('story ids', () => {
  it('cleans slugs, keeps them unique in source order and keeps the id a key had', () => {
    const ids = new StoryIds(['harbour-vote'], new Map([['7', 'old-id']]));
    const post = (key: string, slug: string, title = 'T') => ({ key, slug, title }) as Parameters<StoryIds['idFor']>[0];
    expect(ids.idFor(post('1', 'caf%C3%A9-reopens'))).toBe('cafe-reopens');
    expect(ids.idFor(post('2', 'harbour-vote'))).toBe('harbour-vote-2');
    expect(ids.idFor(post('3', 'page'))).toBe('page-2');
    expect(ids.idFor(post('4', '', 'Straße gesperrt'))).toBe('strasse-gesperrt');
    expect(ids.idFor(post('7', 'new-slug'))).toBe('old-id');
    expect(ids.idFor(post('1', 'anything'))).toBe('cafe-reopens');
  });
});

describe('the section file', () => {
  const sections = ['politics', 'business', 'city'];
  const names = ['Politics', 'Business', 'City'];

  it('suggests by id, name or parent, else the fallback, and reads back what the editor wrote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-sections-'));
    const map = readSectionMap(join(dir, 'sections.yaml'), sections);
    const parents = new Map([['local', { slug: 'local', name: 'City' }]]);
    expect(suggestSection({ slug: 'politics', name: 'Politics' }, map, sections, names, parents)).toBe('politics');
    expect(suggestSection({ slug: 'council', name: 'Council', parent: 'local' }, map, sections, names, parents)).toBe('city');
    expect(suggestSection({ slug: 'misc', name: 'Misc' }, map, sections, names, parents)).toBeNull();
    map.categories.set('misc', 'business');
    writeFileSync(join(dir, 'sections.yaml'), sectionMapYaml(map, new Map([['misc', 3]]), new Map([['misc', 'Miscellany']])));
    const again = readSectionMap(join(dir, 'sections.yaml'), sections);
    expect(sectionOf(['unknown', 'misc'], again)).toBe('business');
    expect(sectionOf([], again)).toBe('politics');
    writeFileSync(join(dir, 'sections.yaml'), 'fallback: sport\ncategories:\n  misc: culture\n');
    expect(() => readSectionMap(join(dir, 'sections.yaml'), sections)).toThrow(SectionMapError);
  });
});

describe('photo files and story text', () => {
  it('files photos by host and source folders, tamed', () => {
    expect(photoFile('https://hallam-courier.example/wp-content/uploads/2024/05/Ferry Dock.JPG', 'wordpress')).toBe(
      'images/wordpress/hallam-courier.example/2024/05/ferry-dock.jpg',
    );
    expect(photoFile('/images/quay.jpg', 'hugo')).toBe('images/hugo/quay.jpg');
    expect(photoFile('https://cdn.example/a.jpg?w=800', 'ghost')).toMatch(/^images\/ghost\/cdn\.example\/a-[0-9a-f]{8}\.jpg$/);
  });

  it('writes frontmatter with quoted dates, lines never folded, empty lists left out', () => {
    const text = storyText(
      {
        headline: 'A "quoted" headline: with colon',
        section: 'city',
        authors: ['staff'],
        published: '2024-05-02T09:30:00+01:00',
        tags: [],
        redirectFrom: ['/?p=12'],
      },
      '\nBody.\n',
    );
    expect(text).toBe(
      '---\nheadline: \'A "quoted" headline: with colon\'\nsection: city\nauthors:\n  - staff\npublished: "2024-05-02T09:30:00+01:00"\nredirectFrom:\n  - /?p=12\n---\n\nBody.\n',
    );
  });
});
