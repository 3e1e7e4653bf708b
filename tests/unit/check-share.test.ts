import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import site from '../../src/site.config.ts';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { NOW } from '../helpers/mistakes/run.ts';

const MISSING_PHOTO = 'Text.\n\n![Gulls](../images/no-such-gulls.jpg)\nCredit: Reuters/Jane Doe\n';

// A shard reads every story's frontmatter (links and listings need it) and checks the body and the
// photos only of its own share: the rest are another shard's, and `npm run check` checks them all.
describe('a sharded check', () => {
  it('reads the body and photos of its share only, and reports problems of its share only', async () => {
    const { root, write } = copyFixtureContent();
    write('articles/mine-broken.md', article({ headline: 'Mine' }, MISSING_PHOTO));
    write('articles/theirs-broken.md', article({ headline: 'Theirs', related: '[mine-broken]' }, MISSING_PHOTO));
    const bodies: string[] = [];
    const index = await checkContent(root, site, 'content', NOW, {
      share: (heads) => {
        expect(heads.map((h) => h.id)).toContain('theirs-broken');
        return (id) => id !== 'theirs-broken';
      },
      onBody: (a) => void bodies.push(a.source.name),
    });
    const files = new Set(index.problems.map((p) => p.file));
    expect(files).toContain('content/articles/mine-broken.md');
    expect(files).not.toContain('content/articles/theirs-broken.md');
    expect(bodies).toContain('mine-broken');
    expect(bodies).not.toContain('theirs-broken');
    // Still known, for links and listings, from its frontmatter alone.
    const theirs = index.byId.get('theirs-broken');
    expect(theirs?.data.headline).toBe('Theirs');
    expect(theirs?.facts.figures).toEqual([]);
  });

  it('checks every story the same way without a share', async () => {
    const { root, write } = copyFixtureContent();
    write('articles/theirs-broken.md', article({ headline: 'Theirs' }, MISSING_PHOTO));
    const { problems } = await checkContent(root, site, 'content', NOW, { share: () => () => true });
    const whole = await checkContent(root, site, 'content', NOW);
    expect(problems).toEqual(whole.problems);
    expect(problems.some((p) => p.file === 'content/articles/theirs-broken.md' && p.kind === 'PhotoMissing')).toBe(true);
  });
});
