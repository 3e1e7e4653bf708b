import type { Metadata } from 'sharp';
import type { Credit } from '../model/schemas/credit.ts';
import { fileCredit } from '../photos/read-credit.ts';
import { problem, type Problem, type Where } from './problems.ts';

/** Google Discover shows large previews only for lead photos at least this wide. */
export const DISCOVER_MIN_WIDTH = 1200;

const same = (a: string | undefined, b: string | undefined) => !a || !b || a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Warnings about a lead photo that is valid but not what a news desk wants: too narrow for
 * Discover, or credited differently in the frontmatter than in the agency's own metadata.
 * Pure: it reads the header the image check already opened. `at` places a warning by its field.
 */
export function heroPhotoWarnings(meta: Metadata, given: Credit | undefined, at: (field: string) => Where): Problem[] {
  const out: Problem[] = [];
  const width = meta.autoOrient.width;
  if (width < DISCOVER_MIN_WIDTH) out.push(problem('NarrowLeadPhoto', at('hero.src'), { width, minimum: DISCOVER_MIN_WIDTH }));
  const inFile = fileCredit(meta);
  if (given && (!same(given.photographer, inFile.photographer) || !same(given.source, inFile.source ?? inFile.creditLine))) {
    const fileSays = [inFile.source ?? inFile.creditLine, inFile.photographer].filter(Boolean).join(' / ');
    out.push(problem('CreditMismatch', at('hero.credit'), { inFile: fileSays }));
  }
  return out;
}
