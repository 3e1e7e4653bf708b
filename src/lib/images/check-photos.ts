import { dirname, resolve } from 'node:path';
import sharp from 'sharp';
import type { Problem } from '../problems.ts';
import type { CheckedArticle } from '../validate-article.ts';
import { MAX_INPUT_PIXELS } from './encode.ts';
import { fileCredit } from './read-credit.ts';
import { limiter } from './limit.ts';
import { FILE_CONCURRENCY } from '../content-files.ts';

/** Google Discover shows large previews only for lead photos at least this wide. */
export const DISCOVER_MIN_WIDTH = 1200;

const same = (a: string | undefined, b: string | undefined) => !a || !b || a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Warnings about lead photos that are valid but not what a news desk wants: too narrow for
 * Discover, or credited differently in the frontmatter than in the agency's own metadata.
 */
export async function heroPhotoWarnings(articles: readonly CheckedArticle[]): Promise<Problem[]> {
  const run = limiter(FILE_CONCURRENCY);
  const problems = await Promise.all(
    articles.map((a) =>
      run(async (): Promise<Problem[]> => {
        const hero = a.data.hero;
        if (!hero) return [];
        const meta = await sharp(resolve(dirname(a.source.absPath), hero.src), { limitInputPixels: MAX_INPUT_PIXELS })
          .metadata()
          .catch(() => undefined);
        if (!meta) return []; // unreadable photos are errors reported by the article check
        const warn = (field: string, message: string, hint: string): Problem => ({
          severity: 'warning',
          file: a.source.file,
          line: a.lineOf(field.split('.')),
          field,
          message,
          hint,
        });
        const out: Problem[] = [];
        const width = meta.autoOrient.width;
        if (width < DISCOVER_MIN_WIDTH) {
          out.push(
            warn(
              'hero.src',
              `the lead photo is ${width} px wide`,
              `use one at least ${DISCOVER_MIN_WIDTH} px wide so Google Discover shows it large`,
            ),
          );
        }
        const inFile = fileCredit(meta);
        const given = hero.credit;
        if (
          given &&
          (!same(given.photographer, inFile.photographer) || !same(given.source, inFile.source ?? inFile.creditLine))
        ) {
          const fileSays = [inFile.source ?? inFile.creditLine, inFile.photographer].filter(Boolean).join(' / ');
          out.push(
            warn(
              'hero.credit',
              `the credit differs from the one in the photo file (${fileSays})`,
              'the frontmatter credit is used; check which is right',
            ),
          );
        }
        return out;
      }),
    ),
  );
  return problems.flat();
}
