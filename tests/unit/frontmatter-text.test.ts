import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { frontmatterTextProblems, SHOWN_TEXT_FIELDS } from '../../src/check/frontmatter-text.ts';
import { decodeEntities } from '../../src/model/entities.ts';
import { displayText, tagsIn } from '../../src/model/markup.ts';
import { storyFrontmatterSchema } from '../../src/model/schemas/story-frontmatter.ts';

const schema = storyFrontmatterSchema({ image: z.string(), timezone: 'Europe/London', sections: ['politics'] });
const valid = { headline: 'H', section: 'politics', authors: ['mara-okafor'], published: '2026-11-23 08:15' };

describe('character references', () => {
  it.each([
    ['CDC&#8217;s API', 'CDC’s API'],
    ['Q&amp;A &ndash; live', 'Q&A – live'],
    ['&#x201C;Yes&#x201D;', '“Yes”'],
    ['caf&eacute; &copy; 2026&nbsp;Courier', 'café © 2026\u00a0Courier'],
    // What browsers make of the Windows-1252 range old archives wrote.
    ['Owners&#146; rescue', 'Owners’ rescue'],
    ['&bogus; &#0; & alone', '&bogus; \ufffd & alone'],
  ])('decodes %j', (input, output) => expect(decodeEntities(input)).toBe(output));
});

describe('the text readers see', () => {
  it.each([
    ['CDC&#8217;s API', 'CDC’s API'],
    ['<strong>Lead.</strong> Council "votes" -- again...', 'Lead. Council “votes” — again…'],
    ['Two<br>lines and <a href="/x">a link</a>', 'Two lines and a link'],
    ["the '90s plan, 'quoted'", 'the ’90s plan, ‘quoted’'],
    ['&lt;b&gt; is shown as typed', '<b> is shown as typed'],
    ['Profits < 5% and a <3', 'Profits < 5% and a <3'],
  ])('shows %j as %j', (input, output) => expect(displayText(input)).toBe(output));

  it('tells formatting from other tags', () => {
    expect(tagsIn('<STRONG>A</STRONG> <em>b</em> <script>x</script><img src=a>')).toEqual({
      inline: ['strong', 'em'],
      other: ['script', 'img'],
    });
  });

  it('is what the schema gives every text field the checker looks at', () => {
    const raw = '<em>It&#8217;s</em> "done"';
    const data = schema.parse({
      ...valid,
      headline: raw,
      dateline: raw,
      dek: raw,
      hero: {
        src: 'a.jpg',
        alt: raw,
        caption: raw,
        credit: { source: raw, photographer: raw, location: raw, caption: raw, copyright: raw },
      },
      breadcrumbs: [{ label: raw, href: '/' }],
      related: [{ id: 'x', label: raw }],
      corrections: [{ date: '2026-11-24 08:00', text: raw }],
    });
    const shown = 'It’s “done”';
    const at = (path: string) =>
      path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k === '*' ? '0' : k], data);
    for (const path of SHOWN_TEXT_FIELDS) if (path !== 'hero.credit') expect(at(path), path).toBe(shown);
  });

  it('reads a credit line after decoding it', () => {
    const data = schema.parse({ ...valid, hero: { src: 'a.jpg', alt: 'A', credit: 'Reuters/Jane O&#8217;Neil' } });
    expect(data.hero?.credit).toMatchObject({ source: 'Reuters', photographer: 'Jane O’Neil' });
  });
});

describe('the checker on text fields', () => {
  const check = (data: unknown) =>
    frontmatterTextProblems(data, 'a.md', () => 3, 'Europe/London').map((p) => [p.kind, p.field, p.message]);

  it('warns about formatting it strips, naming the tags and what readers see', () => {
    expect(
      check({ dek: '<strong>Lead.</strong> The <em>pier</em> closes.', hero: { credit: { source: '<b>Reuters</b>' } } }),
    ).toEqual([
      ['FormattingStripped', 'dek', '<strong>, <em> removed, the words kept: readers see "Lead. The pier closes."'],
      ['FormattingStripped', 'hero.credit.source', '<b> removed, the words kept: readers see "Reuters"'],
    ]);
  });

  it('refuses other tags, and leaves fields that are not text to their own rules', () => {
    expect(check({ headline: 'Dawn <img src=x.jpg>', hero: { src: '<b>.jpg' }, tags: ['<b>'] })).toEqual([
      ['TagInText', 'headline', '<img> cannot be shown in plain text (in "Dawn <img src=x.jpg>")'],
    ]);
  });

  it('warns about a time the clocks show twice, with both readings', () => {
    expect(
      check({ published: '2026-10-25 01:30', updated: '2026-10-25 01:30 +00:00', corrections: [{ date: '2026-11-24 08:00' }] }),
    ).toEqual([
      [
        'TimeShownTwice',
        'published',
        '"2026-10-25 01:30" happens twice in Europe/London (the clocks go back that night): first at +01:00, then again at +00:00; the first is used',
      ],
    ]);
  });
});
