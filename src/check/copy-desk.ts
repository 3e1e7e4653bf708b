import { linkTargets } from './related-links.ts';
import type { Problem } from './problems.ts';
import { slugify } from '../model/slug.ts';
import type { CheckedArticle } from './story-file.ts';

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
export function copyDesk(articles: readonly CheckedArticle[], byId: ReadonlyMap<string, CheckedArticle>, now: Date): Problem[] {
  const headlines = new Map<string, CheckedArticle[]>();
  for (const a of articles) {
    const key = headlineKey(a);
    headlines.set(key, [...(headlines.get(key) ?? []), a]);
  }
  return articles.flatMap((a) => {
    const warn = (line: number | undefined, field: string | undefined, message: string, hint: string): Problem => ({
      severity: 'warning',
      file: a.source.file,
      line,
      field,
      message,
      hint,
    });
    const out: Problem[] = [];
    const { dek, hero } = a.data;
    if (dek && dek.length > MAX_DEK_LENGTH)
      out.push(warn(a.lineOf(['dek']), 'dek', `the dek is ${dek.length} characters long`, `keep it under ${MAX_DEK_LENGTH}`));

    if (hero && EMPTY_ALT.test(hero.alt.trim()))
      out.push(warn(a.lineOf(['hero', 'alt']), 'hero.alt', `"${hero.alt}" does not describe the photo`, ALT_HINT));
    for (const f of a.facts.figures)
      if (EMPTY_ALT.test(f.alt.trim())) out.push(warn(f.line, undefined, `"${f.alt}" does not describe the photo`, ALT_HINT));

    const links = linkTargets(a, a.facts.related);
    if (!links.length)
      out.push(
        warn(a.lineOf([]), 'related', 'the story links to no other story', 'add `related:` ids, or a line `Read More: [[id]]`'),
      );
    // Live stories get an error for these (check-links.ts); a draft is told now, not on publication day.
    if (a.data.draft)
      for (const t of links) {
        const target = byId.get(t.id);
        const why = !target ? undefined : target.data.draft ? 'a draft' : target.data.published > now ? 'not out yet' : undefined;
        if (why)
          out.push(
            warn(t.line, t.field, `related link to "${t.id}", which is ${why}`, 'it must be out before this story is published'),
          );
      }

    const twins = (headlines.get(headlineKey(a)) ?? []).filter((b) => b !== a);
    if (twins.length)
      out.push(
        warn(
          a.lineOf(['headline']),
          'headline',
          `the same headline as ${twins
            .slice(0, 3)
            .map((b) => b.source.file)
            .join(', ')}${twins.length > 3 ? ` and ${twins.length - 3} more` : ''}`,
          'readers and search engines cannot tell the stories apart: reword one of them',
        ),
      );

    const placeholder = a.body.split('\n').findIndex((l) => l.trim() === BODY_PLACEHOLDER);
    if (placeholder >= 0)
      out.push(
        warn(
          bodyLine(a) + placeholder,
          undefined,
          'the placeholder text from `npm run new` is still in the story',
          'replace it with the story',
        ),
      );
    return out;
  });
}

/** Same words in the same order, whatever the case and punctuation. */
const headlineKey = (a: CheckedArticle) => slugify(a.data.headline, Infinity) || a.data.headline.trim().toLowerCase();

const ALT_HINT = 'say what the photo shows, e.g. "Councillors vote in the Assembly chamber"';

/** First line of the body in the file: the line after the closing `---`. */
function bodyLine(a: CheckedArticle): number {
  const lines = a.source.text.replace(/\r\n?/g, '\n').split('\n');
  return lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l)) + 2;
}
