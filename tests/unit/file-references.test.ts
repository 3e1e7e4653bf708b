import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const hero = (src: string) =>
  article({ related: '[council-vote]', hero: `\n  src: ${src}\n  alt: Boats\n  credit: Reuters/Jane Doe` });
const inBody = (src: string) =>
  article({ related: '[council-vote]' }, `Text.\n\n![Boats at the quay](${src})\nCredit: Reuters/Jane Doe\n`);

/** Every problem as an editor reads it: file, line, field, message. */
async function report(root: string, config = site) {
  const { problems } = await checkContent(root, config, 'content', NOW);
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.field ?? 'body'}: ${p.message}`);
}

describe('one rule for every file a page shows', () => {
  it('refuses a portrait outside the content folder, by path, by .. or by a symbolic link', async () => {
    const { root, write } = copyFixtureContent();
    write('authors/zero.yaml', 'name: Zero\nphoto: /dev/zero\n');
    write('authors/up.yaml', 'name: Up\nrole: Desk\nphoto: ../../../../etc/passwd\n');
    symlinkSync('/dev/zero', join(root, 'content/images/zero.jpg'));
    write('authors/link.yaml', 'name: Link\nphoto: ../images/zero.jpg\n');
    expect(await report(root)).toEqual([
      'content/authors/link.yaml:2 photo: "../images/zero.jpg" is outside the content folder',
      'content/authors/up.yaml:3 photo: "../../../../etc/passwd" is outside the content folder',
      'content/authors/zero.yaml:2 photo: "/dev/zero" is outside the content folder',
    ]);
  });

  it('names what a path points at when it is no file: a folder, a named pipe', async () => {
    const { root, write } = copyFixtureContent();
    execFileSync('mkfifo', [join(root, 'content/images/pipe.jpg')]);
    write('articles/folder.md', hero('../images'));
    write('articles/pipe.md', inBody('../images/pipe.jpg'));
    expect(await report(root)).toEqual([
      'content/articles/folder.md:9 hero.src: "../images" is a folder, not a photo file',
      'content/articles/pipe.md:12 body: "../images/pipe.jpg" is a named pipe, not a photo file',
    ]);
  });

  it('refuses a photo cut short or full of garbage, wherever it is used, before the build decodes it', async () => {
    const { root, write } = copyFixtureContent();
    const whole = readFileSync(join(root, 'content/images/harbour.jpg'));
    write('images/cut.jpg', whole.subarray(0, whole.length >> 1));
    // The header is whole and says 1600×900; the data after it is noise.
    const garbage = Buffer.from(whole).fill(0x5a, 2048, whole.length - 2);
    write('images/lying.jpg', garbage);
    write('articles/cut.md', hero('../images/cut.jpg'));
    write('articles/lying.md', inBody('../images/lying.jpg'));
    write('authors/cut.yaml', 'name: Cut Short\nphoto: ../images/cut.jpg\n');
    const found = await report(root);
    expect(found).toContain(
      'content/articles/cut.md:9 hero.src: photo "../images/cut.jpg" is damaged: its data is cut short or does not match its header',
    );
    expect(found).toContain(
      'content/authors/cut.yaml:2 photo: photo "../images/cut.jpg" is damaged: its data is cut short or does not match its header',
    );
    expect(
      found.filter((p) => p.startsWith('content/articles/lying.md:12 body: photo "../images/lying.jpg" is damaged: ')),
    ).toHaveLength(1);
    expect(found).toHaveLength(3);
  });

  it('refuses a site logo that is missing or not in public/', async () => {
    const { root } = copyFixtureContent();
    cpSync('src/site.config.ts', join(root, 'src/site.config.ts'));
    symlinkSync('/etc/hostname', join(root, 'public/outside.png'));
    const line =
      readFileSync('src/site.config.ts', 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('logo:')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(await report(root, { ...site, logo: '/masthead.png' })).toEqual([
      `src/site.config.ts:${line} logo: photo "/masthead.png" does not exist`,
    ]);
    expect(await report(root, { ...site, logo: '/outside.png' })).toEqual([
      `src/site.config.ts:${line} logo: "/outside.png" is outside the public folder`,
    ]);
    expect(await report(root)).toEqual([]);
  });
});

describe('noncharacters', () => {
  it('are refused in an author file and in a story, by the check', async () => {
    const { root, write } = copyFixtureContent();
    write('authors/nonchar.yaml', 'name: Nora\uFFFEKeel\nbio: Writes \uFFFF about the docks.\n');
    write('articles/nonchar.md', article({ related: '[council-vote]', dek: 'The quay\uFDD0 reopens.' }, 'Body \uFFFE text.\n'));
    expect(await report(root)).toEqual([
      'content/authors/nonchar.yaml:1 name: invisible control character U+FFFE in the text',
      'content/authors/nonchar.yaml:2 bio: invisible control character U+FFFF in the text',
      'content/articles/nonchar.md:3 dek: invisible control character U+FDD0 in the text',
      'content/articles/nonchar.md:10 body: invisible control character U+FFFE in the body',
    ]);
  });
});
