import { escapeHtml } from '../model/escape.ts';
import { absoluteUrl } from '../model/urls.ts';
import { contentSecurityPolicy } from './csp.ts';

/** What the page at an old address names: the story it moved to, on which site. */
export interface RedirectPageInput {
  headline: string;
  /** The story's path, `/city/ferry-timetable/`. */
  url: string;
  site: { name: string; url: string; language: string };
}

/**
 * The small page written at each old address, for hosts that read no redirect rules (and for
 * Netlify, which serves a file before a rule): an instant refresh that browsers follow and search
 * engines count as a permanent move, the new address as canonical, and a link for the rest. One
 * text for a folder's `index.html` and for a file such as `2019/04/02/ferry.html` alike.
 */
export function redirectPage({ headline, url, site }: RedirectPageInput): string {
  const to = escapeHtml(url);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(site.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy())}">`,
    `<title>Moved: ${escapeHtml(headline)} | ${escapeHtml(site.name)}</title>`,
    `<meta http-equiv="refresh" content="0; url=${to}">`,
    '<meta name="robots" content="noindex, follow">',
    `<link rel="canonical" href="${escapeHtml(absoluteUrl(site.url, url))}">`,
    '</head>',
    '<body>',
    `<p>This story has moved to <a href="${to}">${escapeHtml(headline)}</a>.</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
