import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, copyFixtureContent } from '../helpers/content-copy.ts';
import { builds } from '../helpers/budget.ts';
import { build, jsonLd, page } from '../helpers/build.ts';

const dist = join(mkdtempSync(join(tmpdir(), 'broadsheet-dist-')), 'dist');
let output = '';

describe('building the fixture site', () => {
  beforeAll(() => {
    // A host that takes one file: the build says so, and still builds (src/publish/site-footprint.ts).
    const result = build('tests/fixtures/site/content', dist, { BROADSHEET_HOST_LIMITS: '{"files":1}' });
    expect(result.status, result.output).toBe(0);
    output = result.output;
  });

  it("measures the site against its host's limits, and names the fix when it passes one", () => {
    expect(output).toMatch(/^Site: [\d.]+ MB in [\d,]+ files; largest file .+; fullest folder .+ Host: GitHub Pages\.$/m);
    expect(output).toMatch(
      /^!!! OVER GITHUB PAGES'S LIMIT: file count is [\d,]+, [\d,]+% of the 1 GitHub Pages accepts; it will refuse this site\.$/m,
    );
    expect(output).toMatch(/^Fix: publish to object storage .*npm run deploy/m);
  });

  it('renders the article with the Home / Section / Article / headline trail', () => {
    const doc = page(dist, 'politics/council-vote/');
    const crumbs = [...doc.querySelectorAll('nav[aria-label="Breadcrumb"] li')].map((li) => li.textContent?.trim());
    expect(crumbs).toEqual(['Home', 'Politics', 'Article', 'Council votes on the harbour plan']);
    expect(doc.querySelector('nav[aria-label="Breadcrumb"] [aria-current="page"]')?.textContent).toBe(
      'Council votes on the harbour plan',
    );
    const list = jsonLd(doc).find((d) => d['@type'] === 'BreadcrumbList') as {
      itemListElement: { name: string; position: number; item: string }[];
    };
    expect(list.itemListElement.map((i) => i.name)).toEqual(crumbs);
    expect(list.itemListElement.map((i) => i.position)).toEqual([1, 2, 3, 4]);
    expect(list.itemListElement[1]?.item).toBe('https://courier.example.org/politics/');
  });

  it('credits the hero and the in-body photo inside their figcaptions', () => {
    const doc = page(dist, 'politics/council-vote/');
    const captions = [...doc.querySelectorAll('figure figcaption')].map((f) => f.textContent?.replace(/\s+/g, ' ').trim());
    expect(captions).toEqual([
      'The harbour at dusk. Credit: DepositPhotos – HALLAM, WESTMARCH – Nov 19, 2026 — Photo by palinchak',
      'Stalls on opening day. Credit: Northwire Photo – HALLAM – Nov 18, 2026 — Photo by Ada Brennan',
    ]);
    expect(doc.querySelector('figure picture img')?.getAttribute('alt')).toBe('Two dark towers under an evening sky');
    expect(doc.querySelector('.story__body figure img')?.getAttribute('src')).toMatch(/^\/_media\/market-[0-9a-f]{10}-800\.jpg$/);
  });

  it('resolves inline and end-of-story related links to current headlines and URLs', () => {
    const doc = page(dist, 'politics/council-vote/');
    const inline = [...doc.querySelectorAll('.story__body .related-link')].map((p) => [
      p.textContent?.replace(/\s+/g, ' ').trim(),
      p.querySelector('a')?.getAttribute('href'),
    ]);
    expect(inline).toEqual([
      ['Read More: Saltmarket reopens after repairs', '/business/market-reopens/'],
      ['Also Read: Tram delays expected on the Northgate line', '/city/tram-delays/'],
    ]);
    const block = [...doc.querySelectorAll('.related li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(block).toEqual(['Read Next: Saltmarket reopens after repairs']);
    for (const [, href] of inline) expect(existsSync(join(dist, href!, 'index.html'))).toBe(true);
  });

  it('shows byline and dates in the site time zone', () => {
    const doc = page(dist, 'politics/council-vote/');
    expect(doc.querySelector('.story__byline')?.textContent).toMatch(/By\s+Ada Reporter/);
    const times = [...doc.querySelectorAll('.story__dates time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual(['2026-11-20T09:30:00+00:00', '2026-11-21T18:05:00+00:00']);
    const article = jsonLd(doc).find((d) => d['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      headline: 'Council votes on the harbour plan',
      datePublished: times[0],
      dateModified: times[1],
      articleSection: 'Politics',
    });
  });

  it('lists stories on the front page and section pages, and leaves drafts out', () => {
    const front = page(dist, '');
    expect(front.querySelector('.lead__headline')?.textContent).toBe('Council votes on the harbour plan');
    expect(front.body.textContent).toContain('Tram delays expected');
    expect(page(dist, 'city/').body.textContent).toContain('Tram delays expected on the Northgate line');
    expect(existsSync(join(dist, 'city/draft-story/index.html'))).toBe(false);
    expect(page(dist, 'articles/').body.textContent).not.toContain('Unfinished draft');
  });

  it('ships no client JavaScript', () => {
    const doc = page(dist, 'politics/council-vote/');
    expect([...doc.querySelectorAll('script')].every((s) => s.getAttribute('type') === 'application/ld+json')).toBe(true);
  });
});

describe('a failed build', () => {
  it(
    'reports every problem at once and leaves the previous site as it was',
    () => {
      const { root, write } = copyFixtureContent();
      const target = join(root, 'dist');
      expect(build(join(root, 'content'), target).status).toBe(0);
      writeFileSync(join(target, 'marker.txt'), 'previous good build');
      const before = readFileSync(join(target, 'politics/council-vote/index.html'), 'utf8');

      write('articles/bad-one.md', article({ section: 'sports' }));
      write('articles/bad-two.md', article({}, 'Read More: [[no-such-story]]\n'));
      write(
        'articles/news/market-reopens.md',
        readFileSync(join(root, 'content/articles/news/market-reopens.md'), 'utf8').replace(
          'section: business',
          'section: money',
        ),
      );
      const failed = build(join(root, 'content'), target);
      expect(failed.status).not.toBe(0);
      expect(failed.output).toMatch(/bad-one\.md:4.*section: choose one of/);
      expect(failed.output).toMatch(/bad-two\.md:9.*unknown story "no-such-story"/);
      expect(failed.output).toMatch(/market-reopens\.md:4.*section/);
      expect(readFileSync(join(target, 'marker.txt'), 'utf8')).toBe('previous good build');
      expect(readFileSync(join(target, 'politics/council-vote/index.html'), 'utf8')).toBe(before);
    },
    builds(2),
  );
});
