/** Every URL the site makes, in one place, so pages, feeds and links never disagree. */
export const homeUrl = () => '/';
export const sectionUrl = (section: string) => `/${section}/`;
export const articleUrl = (section: string, id: string) => `/${section}/${id}/`;
export const archiveUrl = () => '/articles/';
export const absoluteUrl = (site: string, path: string) => new URL(path, site).href;
