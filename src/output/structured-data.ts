import type {
  BreadcrumbList,
  CorrectionComment,
  ImageObject,
  NewsArticle,
  Organization,
  ProfilePage,
  WebSite,
  WithContext,
} from 'schema-dts';
import { formatCredit } from '../model/credit-line.ts';
import type { PagePhoto } from '../site/story-photos.ts';
import site from '../site.config.ts';
import { toZonedIso } from '../model/dates.ts';
import type { AuthorProfile, Story } from '../site/stories.ts';
import { linkableHref } from '../model/site-path.ts';
import { personLd, storyPeopleLd } from './people-ld.ts';
import { absoluteUrl, homeUrl, logoUrl } from '../model/urls.ts';

/** A rendered image file: site path and pixel size. */
export interface ImageFile {
  url: string;
  width: number;
  height: number;
}

export const abs = (path: string) => absoluteUrl(site.url, path);
export const zoned = (date: Date) => toZonedIso(date, site.timezone);
const ORGANIZATION_ID = `${abs(homeUrl())}#organization`;
/** The publisher logo in `public/`: square, as Google asks of an Organization logo. */
export const LOGO: ImageFile = { url: logoUrl(), width: 512, height: 512 };

export function organizationLd(): WithContext<Organization> {
  return { '@context': 'https://schema.org', ...publisher() };
}

function publisher() {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': ORGANIZATION_ID,
    name: site.name,
    url: abs(homeUrl()),
    logo: { '@type': 'ImageObject', url: abs(LOGO.url), width: `${LOGO.width}`, height: `${LOGO.height}` },
  } satisfies Organization;
}

export function webSiteLd(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${abs(homeUrl())}#website`,
    url: abs(homeUrl()),
    name: site.name,
    description: site.tagline,
    inLanguage: site.language,
    publisher: { '@id': ORGANIZATION_ID },
  };
}

/** BreadcrumbList built from the same trail the reader sees, so the two can never differ. */
export function breadcrumbListLd(trail: Story['breadcrumbs']): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    // Like the component: a step whose link would leave the site (refused by the checker) keeps its name alone.
    itemListElement: trail.map((crumb, i) => {
      const href = linkableHref(crumb.href);
      return { '@type': 'ListItem', position: i + 1, name: crumb.label, ...(href && { item: abs(href) }) };
    }),
  };
}

/** The one ImageObject shape: the photo's own credit, licence and caption, wherever it is listed. */
export function imageObjectLd(photo: PagePhoto): ImageObject {
  const { credit } = photo;
  return {
    '@type': 'ImageObject',
    contentUrl: abs(photo.url),
    url: abs(photo.url),
    width: `${photo.width}`,
    height: `${photo.height}`,
    ...(photo.caption && { caption: photo.caption }),
    ...(credit?.photographer && { creator: { '@type': 'Person', name: credit.photographer } }),
    ...(credit && { creditText: formatCredit(credit) }),
    ...(credit?.copyright && { copyrightNotice: credit.copyright }),
    ...(credit?.license && { license: credit.license }),
    ...(credit?.licensePage && { acquireLicensePage: credit.licensePage }),
  };
}

/**
 * A top-level ImageObject for every credited photo on a page, so search engines show the creator and
 * licence ("Licensable" badge) wherever the photo appears.
 */
export function imageObjectsLd(photos: readonly PagePhoto[]): WithContext<ImageObject>[] {
  return photos.filter((p) => p.credit).map((p) => ({ '@context': 'https://schema.org', ...imageObjectLd(p) }));
}

/** NewsArticle with everything Google News and schema.org readers look for; `images` are the lead photo's crops. */
export function newsArticleLd(story: Story, images: readonly PagePhoto[]): WithContext<NewsArticle> {
  const url = abs(story.url);
  const { data } = story;
  const corrections: CorrectionComment[] = data.corrections.map((c) => ({
    '@type': 'CorrectionComment',
    text: c.text,
    datePublished: zoned(c.date),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: data.headline,
    ...(data.dek && { description: data.dek }),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: zoned(data.published),
    dateModified: zoned(story.modified),
    articleSection: story.section.name,
    keywords: data.tags,
    inLanguage: site.language,
    ...storyPeopleLd(story),
    publisher: publisher(),
    copyrightHolder: { '@id': ORGANIZATION_ID },
    copyrightYear: Number(zoned(data.published).slice(0, 4)),
    isAccessibleForFree: true,
    ...(images.length > 0 && { image: images.map(imageObjectLd) }),
    ...(corrections.length > 0 && { correction: corrections }),
  };
}

/** An author page: ProfilePage about the Person who writes for the paper. */
export function profilePageLd(author: AuthorProfile, photo: ImageFile | undefined): WithContext<ProfilePage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: abs(author.url),
    mainEntity: {
      ...personLd(author),
      ...(author.sameAs.length > 0 && { sameAs: author.sameAs }),
      ...(author.bio && { description: author.bio }),
      ...(photo && { image: abs(photo.url) }),
      worksFor: { '@id': ORGANIZATION_ID },
    },
  };
}
