import type { Credit } from '../schemas/credit.ts';
import site from '../site.config.ts';
import { toZonedIso } from './dates.ts';
import type { Story } from './news.ts';
import { absoluteUrl } from './urls.ts';

/** BreadcrumbList built from the same trail the reader sees, so the two can never differ. */
export function breadcrumbListLd(trail: Story['breadcrumbs']) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: absoluteUrl(site.url, crumb.href),
    })),
  };
}

export function imageObjectLd(contentUrl: string, credit: Credit | undefined, caption: string | undefined) {
  return {
    '@type': 'ImageObject',
    contentUrl,
    ...(caption && { caption }),
    ...(credit?.photographer && { creator: { '@type': 'Person', name: credit.photographer } }),
    ...(credit && { creditText: [credit.source, credit.photographer].filter(Boolean).join(' / ') }),
    ...(credit?.copyright && { copyrightNotice: credit.copyright }),
    ...(credit?.license && { license: credit.license }),
  };
}

export function newsArticleLd(story: Story, heroUrl: string | undefined) {
  const url = absoluteUrl(site.url, story.url);
  const { data } = story;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.headline,
    ...(data.dek && { description: data.dek }),
    mainEntityOfPage: url,
    url,
    datePublished: toZonedIso(data.published, site.timezone),
    dateModified: toZonedIso(data.updated ?? data.published, site.timezone),
    articleSection: story.section.name,
    keywords: data.tags,
    inLanguage: site.language,
    author: story.authors.map((a) => ({ '@type': 'Person', name: a.name })),
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
    ...(heroUrl && data.hero && { image: [imageObjectLd(absoluteUrl(site.url, heroUrl), data.hero.credit, data.hero.caption)] }),
  };
}
