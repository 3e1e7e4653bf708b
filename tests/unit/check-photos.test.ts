import { copyFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { pngDeclaring } from '../helpers/bad-files.ts';
import { article, copyFixtureContent, FIXTURE_CONTENT } from '../helpers/content-copy.ts';
import { CREDIT_MISTAKES } from '../helpers/mistakes/credits.ts';
import { PHOTO_MISTAKES } from '../helpers/mistakes/photos.ts';
import { checkMistakes } from '../helpers/mistakes/run.ts';
import { makeIptcJpeg } from '../helpers/photos.ts';

describe('mistakes with photos, checked in one run', () => {
  checkMistakes(PHOTO_MISTAKES, ({ root, write }) => {
    write('images/corrupt.jpg', 'this is not a JPEG');
    write('images/empty.jpg', '');
    write('images/bomb.png', pngDeclaring(20_000, 20_000));
    copyFileSync(join(FIXTURE_CONTENT, 'images', 'harbour.jpg'), join(root, 'outside.jpg'));
    symlinkSync(join(root, 'outside.jpg'), join(root, 'content', 'images', 'shortcut.jpg'));
  });
});

describe('mistakes in photo credits, checked in one run', () => {
  checkMistakes(CREDIT_MISTAKES);
});

describe('lead photo warnings', () => {
  it('warns about a narrow lead photo and a credit that disagrees with the file', async () => {
    const { root, write } = copyFixtureContent();
    write('articles/narrow.md', article({ hero: '\n  src: ../images/market.jpg\n  alt: Stalls' }));
    await makeIptcJpeg(join(root, 'content/images/agency.jpg'), {
      byline: 'Ines Moreau',
      credit: 'CoastPress',
      source: 'CoastPress',
      copyright: '© CoastPress',
    });
    write(
      'articles/disagree.md',
      article({ hero: '\n  src: ../images/agency.jpg\n  alt: A grey square\n  credit: Northwire Photo/Sam Whitlow' }),
    );
    write(
      'articles/agree.md',
      article({ hero: '\n  src: ../images/agency.jpg\n  alt: A grey square\n  credit: Photo by Ines Moreau/CoastPress' }),
    );
    const { problems } = await checkContent(root, site, 'content');
    const of = (file: string) =>
      problems.filter((p) => p.file.endsWith(`/${file}`)).map((p) => `${p.severity} ${p.field}: ${p.message}`);
    expect(of('narrow.md')).toContain('warning hero.src: the lead photo is 800 px wide');
    expect(of('disagree.md')).toContain(
      'warning hero.credit: the credit differs from the one in the photo file (CoastPress / Ines Moreau)',
    );
    expect(of('agree.md').filter((m) => m.includes('hero.credit'))).toEqual([]);
  });
});
