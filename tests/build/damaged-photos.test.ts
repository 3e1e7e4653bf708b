import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { build } from '../helpers/build.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { NOW } from '../helpers/mistakes/run.ts';

/**
 * A photo whose header is whole but whose data is cut short or garbage passed the check and then
 * failed the build's encoder with a stack trace naming the photo alone. Now the check refuses it,
 * and the build stops at the check with the same words, naming the story and the author file.
 */
describe('a damaged photo', () => {
  const copy = copyFixtureContent();
  afterAll(() => rmSync(copy.root, { recursive: true, force: true }));

  it('stops the build at the check, naming the file and field that use it', async () => {
    const whole = readFileSync(join(copy.root, 'content/images/harbour.jpg'));
    copy.write('images/cut.jpg', whole.subarray(0, whole.length >> 1));
    copy.write('images/lying.jpg', Buffer.from(whole).fill(0x5a, 2048, whole.length - 2));
    const lead = '\n  src: ../../images/lying.jpg\n  alt: Boats at the quay\n  credit: Reuters/Jane Doe';
    copy.write('articles/news/lying-lead.md', article({ related: '[council-vote]', hero: lead }));
    copy.write('authors/ada-reporter.yaml', 'name: Ada Reporter\nrole: Staff Writer\nphoto: ../images/cut.jpg\n');
    const { problems } = await checkContent(copy.root, site, 'content', NOW);
    const messages = problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);
    const damaged = 'is damaged: its data is cut short or does not match its header';
    expect(messages.sort()).toEqual([
      `content/articles/news/lying-lead.md:9 hero.src: photo "../../images/lying.jpg" ${damaged}`,
      `content/authors/ada-reporter.yaml:3 photo: photo "../images/cut.jpg" ${damaged}`,
    ]);
    const result = build(join(copy.root, 'content'), join(copy.root, 'dist'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`content/articles/news/lying-lead.md:9  hero.src: photo "../../images/lying.jpg" ${damaged}`);
    expect(result.output).toContain(`content/authors/ada-reporter.yaml:3  photo: photo "../images/cut.jpg" ${damaged}`);
    expect(result.output).not.toMatch(/VipsJpeg|\n\s+at .+:\d+:\d+/);
  });
});
