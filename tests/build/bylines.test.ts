import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, inject, it } from 'vitest';
import { jsonLd, page } from '../helpers/build.ts';
import { parseXml } from '../helpers/xml.ts';

// The sample paper's translated story (content/articles/business/marisol-grey-crew.md): a byline of
// one, additional reporting, translation and photography by one person, and an editor.
const dist = inject('sampleDist');
const SITE = 'https://courier.example.org';
const STORY = 'business/marisol-grey-crew/';
const person = (id: string, name: string) => ({ '@type': 'Person', name, url: `${SITE}/authors/${id}/` });

describe('bylines with roles in the sample paper', () => {
  it('prints the byline, then the credits in print order, each name linking to its author page', () => {
    const doc = page(dist, STORY);
    expect(doc.querySelector('.story__byline')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('By Tomas Lind');
    // Each item but the last ends with a middle dot hidden from screen readers.
    const credits = [...doc.querySelectorAll('.story__credits li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim().replace(/ ·$/, ''),
    );
    expect(credits).toEqual([
      'Additional reporting by Priya Raman',
      'Translation and photography by Ines Amaral',
      'Edited by Lucia Ferrante',
    ]);
    const links = [...doc.querySelectorAll('.story__credits a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/authors/priya-raman/', '/authors/ines-amaral/', '/authors/lucia-ferrante/']);
  });

  it('names author, contributors, translator and editor in the NewsArticle', () => {
    const news = jsonLd(page(dist, STORY)).find((d) => d['@type'] === 'NewsArticle');
    expect(news).toMatchObject({
      author: [{ ...person('tomas-lind', 'Tomas Lind'), jobTitle: 'Business and Transport Editor' }],
      contributor: [person('priya-raman', 'Priya Raman'), person('ines-amaral', 'Ines Amaral')],
      translator: [person('ines-amaral', 'Ines Amaral')],
      editor: [person('lucia-ferrante', 'Lucia Ferrante')],
    });
    // A story without credits has none of the three.
    const plain = jsonLd(page(dist, 'business/harbour-fees-rise/')).find((d) => d['@type'] === 'NewsArticle')!;
    expect(Object.keys(plain)).not.toEqual(expect.arrayContaining(['contributor']));
    expect(plain).not.toHaveProperty('editor');
    expect(plain).not.toHaveProperty('translator');
  });

  it("gives an author's profiles elsewhere in the ProfilePage and links them from the page", () => {
    const doc = page(dist, 'authors/ines-amaral/');
    const profile = jsonLd(doc).find((d) => d['@type'] === 'ProfilePage');
    const sameAs = ['https://photos.example.net/ines-amaral', 'https://social.example/@ines'];
    expect(profile).toMatchObject({ mainEntity: { ...person('ines-amaral', 'Ines Amaral'), sameAs } });
    const elsewhere = [...doc.querySelectorAll('.author-header__elsewhere a')];
    expect(elsewhere.map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.textContent])).toEqual([
      [sameAs[0], 'me noopener', 'photos.example.net/ines-amaral'],
      [sameAs[1], 'me noopener', 'social.example/@ines'],
    ]);
    // An author without profiles has no such line and no `sameAs`.
    const owen = page(dist, 'authors/owen-hale/');
    expect(owen.querySelector('.author-header__elsewhere')).toBeNull();
    expect(jsonLd(owen).find((d) => d['@type'] === 'ProfilePage')?.['mainEntity']).not.toHaveProperty('sameAs');
  });

  it('lists a story on the author pages of everyone credited, saying what they did', () => {
    for (const [id, note] of [
      ['ines-amaral', 'Credited for translation and photography'],
      ['lucia-ferrante', 'Credited for editing'],
      ['priya-raman', 'Credited for additional reporting'],
    ]) {
      const card = [...page(dist, `authors/${id}/`).querySelectorAll('.card')].find(
        (c) => c.querySelector('.card__headline a')?.getAttribute('href') === `/${STORY}`,
      );
      expect(card?.querySelector('.card__role')?.textContent, id).toContain(note);
    }
    const own = [...page(dist, 'authors/tomas-lind/').querySelectorAll('.card')].find(
      (c) => c.querySelector('.card__headline a')?.getAttribute('href') === `/${STORY}`,
    );
    expect(own).toBeDefined();
    expect(own?.querySelector('.card__role')).toBeNull();
  });

  it('carries contributors in the feeds: Atom <contributor>, RSS dc:contributor', async () => {
    const read = (file: string) => readFileSync(join(dist, file), 'utf8');
    const atom = parseXml(read('atom.xml'), 'atom.xml', ['entry', 'author', 'contributor']);
    const entry = (atom.feed.entry as { id: string; author: unknown[]; contributor?: { name: string; uri: string }[] }[]).find(
      (e) => e.id === `${SITE}/${STORY}`,
    )!;
    expect(entry.author).toEqual([{ name: 'Tomas Lind', uri: `${SITE}/authors/tomas-lind/` }]);
    expect(entry.contributor?.map((c) => c.name)).toEqual(['Priya Raman', 'Ines Amaral', 'Lucia Ferrante']);
    const rss = await new Parser<object, { contributors?: string[] }>({
      customFields: { item: [['dc:contributor', 'contributors', { keepArray: true }]] },
    }).parseString(read('rss.xml'));
    const item = rss.items.find((i) => i.link === `${SITE}/${STORY}`)!;
    expect(item.creator).toBe('Tomas Lind');
    expect(item.contributors).toEqual(['Priya Raman', 'Ines Amaral', 'Lucia Ferrante']);
  });
});
