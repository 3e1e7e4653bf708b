import { ownsSitePages } from '../model/shard.ts';
import { PAGE_SIZE, pageUrl } from '../model/urls.ts';

// In model/ so the checker's list of pages (check/site-pages.ts) numbers listings as they are built.
export { PAGE_SIZE };

export interface PageLink {
  number: number;
  url: string;
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  total: number;
  url: string;
  prev?: PageLink | undefined;
  next?: PageLink | undefined;
  /** First, last and the pages around this one, in order; `undefined` marks a gap. */
  links: (PageLink | undefined)[];
}

/** Splits a listing into pages at `base`, `base/page/2/`, …; an empty listing still has its first page. */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const link = (number: number): PageLink => ({ number, url: pageUrl(base, number) });
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      items: items.slice(i * size, (i + 1) * size),
      number,
      total,
      url: pageUrl(base, number),
      prev: number > 1 ? link(number - 1) : undefined,
      next: number < total ? link(number + 1) : undefined,
      links: window(number, total).map((n) => (n === undefined ? undefined : link(n))),
    };
  });
}

function window(current: number, total: number): (number | undefined)[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, total])]
    .filter((n) => n >= 1 && n <= total)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [undefined, n] : [n]));
}

/**
 * Static paths for a route named `[...page].astro` under `base`: the first page has no `page`
 * parameter, later ones `page/2`, `page/3`, … In a sharded build only shard 1 builds listings.
 */
export function pagePaths<T, P extends Record<string, string>, X extends object>(
  items: readonly T[],
  base: string,
  params: P,
  props: X,
) {
  if (!ownsSitePages()) return [];
  return paginate(items, base).map((page) => ({
    params: { ...params, page: page.number === 1 ? undefined : `page/${page.number}` },
    props: { ...props, page },
  }));
}
