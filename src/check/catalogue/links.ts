import { SITE_CONFIG_KINDS } from '../../model/schemas/site-rules.ts';
import { defineKind } from './kind.ts';

/** Problems with what a story points at: authors, other stories, and the old addresses it redirects from. */
export const LINK_KINDS = {
  UnknownAuthor: defineKind({
    title: 'Author without a file',
    severity: 'error',
    message: (v: { id: string; dir: string; known: string; suggestion?: string | undefined }) => `unknown author "${v.id}"`,
    hint: (v) =>
      `${v.suggestion ? `did you mean "${v.suggestion}"? Otherwise ` : ''}add ${v.dir}/authors/${v.id}.yaml or use one of: ${v.known}`,
    example: { id: 'mara-okafr', dir: 'content', known: 'mara-okafor, tomas-lind', suggestion: 'mara-okafor' },
  }),
  SelfLink: defineKind({
    title: 'Story linking to itself',
    severity: 'error',
    message: () => 'the story links to itself',
    hint: 'point the link at another story',
  }),
  UnknownStory: defineKind({
    title: 'Related link to a story that does not exist',
    severity: 'error',
    message: (v: { id: string; suggestion?: string | undefined }) => `related link to unknown story "${v.id}"`,
    hint: (v) =>
      `use the id (file name without .md) of an existing story${v.suggestion ? ` (did you mean "${v.suggestion}"?)` : ''}`,
    example: { id: 'tram-delay', suggestion: 'tram-delays' },
  }),
  LinkToDraft: defineKind({
    title: 'Related link to a draft',
    severity: 'error',
    message: (v: { id: string }) => `related link to "${v.id}", which is a draft`,
    hint: 'publish that story first, or remove the link',
    example: { id: 'budget-analysis' },
  }),
  LinkToScheduled: defineKind({
    title: 'Related link to a story not out yet',
    severity: 'error',
    message: (v: { id: string }) => `related link to "${v.id}", which is scheduled for later`,
    hint: 'link to it once it is out, or schedule this story after it',
    example: { id: 'budget-embargoed' },
  }),
  RedirectIsCurrentAddress: defineKind({
    title: 'Old address that is the current one',
    severity: 'error',
    message: (v: { from: string }) => `"${v.from}" is the story's current address`,
    hint: 'remove it: only addresses the story no longer has are redirected',
    example: { from: '/politics/council-vote/' },
  }),
  RedirectHidesPage: defineKind({
    title: 'Old address of a page that exists',
    severity: 'error',
    message: (v: { from: string; page: string }) => `"${v.from}" is the address of a live page (${v.page})`,
    hint: 'remove it or rename that page',
    example: { from: '/city/', page: 'the city section' },
  }),
  RedirectClaimedTwice: defineKind({
    title: 'Old address claimed by two stories',
    severity: 'error',
    message: (v: { from: string; first: string }) => `"${v.from}" is already claimed by ${v.first}`,
    hint: 'an old address can lead to one story only: remove it from one of them',
    example: { from: '/politics/old-vote/', first: 'content/articles/politics/council-vote.md' },
  }),
  RedirectInReservedFolder: defineKind({
    title: "Old address among the site's own pages",
    severity: 'error',
    message: (v: { from: string }) => `"${v.from}" is inside a folder the site uses for its own pages`,
    hint: 'remove it: the site makes the pages under that folder itself',
    example: { from: '/tags/old-tag/' },
  }),
  RedirectOverGeneratedFile: defineKind({
    title: 'Old address that is a file the site writes',
    severity: 'error',
    message: (v: { from: string; file: string }) => `"${v.from}" would be written over ${v.file}, a file the build makes`,
    hint: 'remove it: feeds, robots.txt, the theme, the front page and the files of public/ keep their addresses',
    example: { from: '/rss.xml/', file: '/rss.xml' },
  }),
  RedirectUnderFileAddress: defineKind({
    title: 'Old address inside another that is a file',
    severity: 'error',
    message: (v: { from: string; other: string; story: string }) =>
      `"${v.from}" needs a folder where the old address "${v.other}" (${v.story}) is a file`,
    hint: 'a name on a static host is a file or a folder, never both: remove one of the two old addresses',
    example: { from: '/index.php/2019/04/hallam/', other: '/index.php', story: 'content/articles/politics/front.md' },
  }),
};

/**
 * Problems with the site's own settings. Their words are written beside the rules in the model
 * (model/schemas/site-rules.ts), since every command that loads the config reports them.
 */
export const SITE_KINDS = {
  ...SITE_CONFIG_KINDS,
};
