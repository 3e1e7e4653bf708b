import type { Credit } from '../../schemas/credit.ts';
import { formatCredit } from '../credit-line.ts';
import { absoluteUrl } from '../urls.ts';

/** A photo as it appears on a page, for structured data. */
export interface PagePhoto {
  /** Site path of the widest JPEG derivative. */
  url: string;
  width: number;
  height: number;
  credit: Credit | undefined;
  caption?: string | undefined;
}

/**
 * One schema.org ImageObject per credited photo, so search engines show the creator and licence
 * ("Licensable" badge) wherever the photo appears.
 */
export function imageObjectsLd(photos: readonly PagePhoto[], siteUrl: string) {
  return photos
    .filter((p) => p.credit)
    .map((p) => {
      const credit = p.credit!;
      return {
        '@context': 'https://schema.org',
        '@type': 'ImageObject',
        contentUrl: absoluteUrl(siteUrl, p.url),
        width: p.width,
        height: p.height,
        ...(p.caption && { caption: p.caption }),
        ...(credit.photographer && { creator: { '@type': 'Person', name: credit.photographer } }),
        creditText: formatCredit(credit),
        ...(credit.copyright && { copyrightNotice: credit.copyright }),
        ...(credit.license && { license: credit.license }),
        ...(credit.licensePage && { acquireLicensePage: credit.licensePage }),
      };
    });
}
