import type { Metadata } from 'sharp';
import type { Credit } from '../model/schemas/credit.ts';
import { fileCredit } from '../images/read-credit.ts';

/** Google Discover shows large previews only for lead photos at least this wide. */
export const DISCOVER_MIN_WIDTH = 1200;

export interface PhotoWarning {
  field: 'hero.src' | 'hero.credit';
  message: string;
  hint: string;
}

const same = (a: string | undefined, b: string | undefined) => !a || !b || a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Warnings about a lead photo that is valid but not what a news desk wants: too narrow for
 * Discover, or credited differently in the frontmatter than in the agency's own metadata.
 * Pure: it reads the header the image check already opened.
 */
export function heroPhotoWarnings(meta: Metadata, given: Credit | undefined): PhotoWarning[] {
  const out: PhotoWarning[] = [];
  const width = meta.autoOrient.width;
  if (width < DISCOVER_MIN_WIDTH) {
    out.push({
      field: 'hero.src',
      message: `the lead photo is ${width} px wide`,
      hint: `use one at least ${DISCOVER_MIN_WIDTH} px wide so Google Discover shows it large`,
    });
  }
  const inFile = fileCredit(meta);
  if (given && (!same(given.photographer, inFile.photographer) || !same(given.source, inFile.source ?? inFile.creditLine))) {
    const fileSays = [inFile.source ?? inFile.creditLine, inFile.photographer].filter(Boolean).join(' / ');
    out.push({
      field: 'hero.credit',
      message: `the credit differs from the one in the photo file (${fileSays})`,
      hint: 'the frontmatter credit is used; check which is right',
    });
  }
  return out;
}
