import { problem, type Problem } from './problems.ts';
import { storyLinks } from './related-links.ts';
import { slugify } from '../model/slug.ts';
import type { CheckedStory } from './story-file.ts';

/** The body `npm run new` writes; the copy desk warns while it is still there. */
export const BODY_PLACEHOLDER = 'Write the story here, most important fact first.';

/** Longest dek a search result or social card shows without cutting it. */
export const MAX_DEK_LENGTH = 200;

/** Alt text that says nothing about the photo: a generic word or what a camera names a file. */
const EMPTY_ALT =
  /^(?:(?:an? |the )?(?:image|photo|photograph|picture|pic|img|foto)s?|dsc_?\d+|img_?\d+|untitled|[\w-]+\.(?:jpe?g|png|webp|avif|gif))$/i;

/**
 * What a copy desk would query before a story goes out. Only warnings: none of these stops a
 * build, but each is something a reader or a search engine would notice. Needs every article at
 * once (duplicate headlines, links to drafts), so it runs after the per-file checks.
 */
export function copyDesk(articles: readonly CheckedStory[], byId: ReadonlyMap<string, CheckedStory>, now: Date): Problem[] {
  const headlines = new Map<string, CheckedStory[]>();
  for (const a of articles) {
    const key = headlineKey(a);
    headlines.set(key, [...(headlines.get(key) ?? []), a]);
  }
  return articles.flatMap((a) => {
    const file = a.source.file;
    const at = (field: string) => ({ file, line: a.lineOf(field.split('.')), field });
    const out: Problem[] = [];
    const { dek, hero } = a.data;
    if (dek && dek.length > MAX_DEK_LENGTH)
      out.push(problem('LongDek', at('dek'), { length: dek.length, maximum: MAX_DEK_LENGTH }));

    if (hero && EMPTY_ALT.test(hero.alt.trim())) out.push(problem('VagueAlt', at('hero.alt'), { alt: hero.alt }));
    for (const f of [...a.facts.figures, ...a.facts.inlinePhotos.filter((i) => !i.decorative)])
      if (EMPTY_ALT.test(f.alt.trim())) out.push(problem('VagueAlt', { file, line: f.line }, { alt: f.alt }));

    const links = storyLinks(a, a.facts.related);
    if (!links.length) out.push(problem('NoRelatedLinks', { file, line: a.lineOf([]), field: 'related' }));
    // Live stories get an error for these (related-links.ts); a draft is told now, not on publication day.
    if (a.data.draft)
      for (const link of links) {
        const target = byId.get(link.id);
        const why = !target ? undefined : target.data.draft ? 'a draft' : target.data.published > now ? 'not out yet' : undefined;
        if (why) out.push(problem('DraftLinkToUnpublished', { file, line: link.line, field: link.field }, { id: link.id, why }));
      }

    const twins = (headlines.get(headlineKey(a)) ?? []).filter((b) => b !== a);
    if (twins.length) out.push(problem('DuplicateHeadline', at('headline'), { others: twins.map((b) => b.source.file) }));

    const placeholder = a.body.split('\n').findIndex((l) => l.trim() === BODY_PLACEHOLDER);
    if (placeholder >= 0) out.push(problem('PlaceholderBody', { file, line: bodyLine(a) + placeholder }));
    return out;
  });
}

/** Same words in the same order, whatever the case and punctuation. */
const headlineKey = (a: CheckedStory) => slugify(a.data.headline, Infinity) || a.data.headline.trim().toLowerCase();

/** First line of the body in the file: the line after the closing `---`. */
function bodyLine(a: CheckedStory): number {
  const lines = a.source.text.replace(/\r\n?/g, '\n').split('\n');
  return lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l)) + 2;
}
