import { defineKind } from './kind.ts';

const SLUG = 'use lower-case words joined by hyphens';

/** Fields whose own rule needs its own fix: the section, dates, ids, links and photo credits. */
export const VALUE_KINDS = {
  UnknownSection: defineKind({
    title: 'Unknown section',
    severity: 'error',
    message: (v: { value: string; sections: string }) => `choose one of: ${v.sections} (not "${v.value}")`,
    hint: (v) => `write exactly one of: ${v.sections}`,
    example: { value: 'sports', sections: 'politics, city, business, culture' },
  }),
  InvalidDate: defineKind({
    title: 'Not a real date and time',
    severity: 'error',
    message: (v: { value: string; timezone: string }) =>
      `"${v.value}" is not a real date and time: write YYYY-MM-DD HH:mm in ${v.timezone} time, e.g. 2026-11-23 08:15`,
    hint: 'write the date and time as YYYY-MM-DD HH:mm, e.g. 2026-11-23 08:15',
    example: { value: '2026-02-30 10:00', timezone: 'Europe/London' },
  }),
  TimeInClockGap: defineKind({
    title: 'A time the clocks skip',
    severity: 'error',
    message: (v: { value: string; timezone: string; before: string; after: string }) =>
      `"${v.value}" never happens in ${v.timezone}: the clocks go forward that night, so no time after ${v.before} and before ${v.after} exists`,
    hint: (v) => `write the time you mean; the nearest that exist are ${v.before} and ${v.after}`,
    example: { value: '2026-03-29 01:30', timezone: 'Europe/London', before: '2026-03-29 00:59', after: '2026-03-29 02:00' },
  }),
  TimeShownTwice: defineKind({
    title: 'A time the clocks show twice',
    severity: 'warning',
    message: (v: { value: string; timezone: string; first: string; second: string; asFirst: string; asSecond: string }) =>
      `"${v.value}" happens twice in ${v.timezone} (the clocks go back that night): first at ${v.first}, then again at ${v.second}; the first is used`,
    hint: (v) =>
      `write the offset to say which you mean: ${v.asFirst} for the first, ${v.asSecond} for the second (npm run check -- --fix writes the first)`,
    example: {
      value: '2026-10-25 01:30',
      timezone: 'Europe/London',
      first: '+01:00',
      second: '+00:00',
      asFirst: '2026-10-25T01:30+01:00',
      asSecond: '2026-10-25T01:30+00:00',
    },
  }),
  UpdatedBeforePublished: defineKind({
    title: 'Updated before it was published',
    severity: 'error',
    message: (v: { updated: string; published: string }) => `\`updated\` (${v.updated}) is before \`published\` (${v.published})`,
    hint: 'set `updated` to the time of the latest change, after `published` (or remove it)',
    example: { updated: '2026-11-19 09:00', published: '2026-11-20 10:00' },
  }),
  CorrectionBeforePublished: defineKind({
    title: 'Correction dated before publication',
    severity: 'error',
    message: (v: { date: string; published: string }) =>
      `the correction (${v.date}) is dated before \`published\` (${v.published})`,
    hint: 'give the time the correction was made, after `published`',
    example: { date: '2026-11-01 10:00', published: '2026-11-20 10:00' },
  }),
  UpdatedInFuture: defineKind({
    title: 'Updated later than now',
    severity: 'error',
    message: (v: { updated: string; now: string }) => `\`updated\` (${v.updated}) is later than now (${v.now})`,
    hint: 'give the time of the latest change, which has been made already (an update cannot be scheduled); for a scheduled story, remove it',
    example: { updated: '2062-11-20 10:00', now: '2026-11-24 12:00' },
  }),
  CorrectionInFuture: defineKind({
    title: 'Correction dated later than now',
    severity: 'error',
    message: (v: { date: string; now: string }) => `the correction (${v.date}) is dated later than now (${v.now})`,
    hint: 'give the time the correction was made, which has passed already',
    example: { date: '2099-01-01 10:00', now: '2026-11-24 12:00' },
  }),
  InvalidTag: defineKind({
    title: 'Tag not written as a slug',
    severity: 'error',
    message: (v: { value: string }) => `${SLUG} (not "${v.value}")`,
    hint: 'lower-case words joined by hyphens, e.g. wend-bridge',
    example: { value: 'Wend Bridge' },
  }),
  InvalidAuthorId: defineKind({
    title: 'Author name instead of author id',
    severity: 'error',
    message: (v: { value: string }) => `${SLUG} (not "${v.value}")`,
    hint: 'use the author id: the file name in content/authors/ without .yaml, e.g. mara-okafor',
    example: { value: 'Ada Reporter' },
  }),
  UnknownContributorRole: defineKind({
    title: 'Contributor role the paper does not print',
    severity: 'error',
    message: (v: { value: string; roles: string }) => `choose one of: ${v.roles} (not "${v.value}")`,
    hint: (v) => `write exactly one of: ${v.roles}`,
    example: { value: 'photos', roles: 'reporting, additional-reporting, translation, photography, graphics, editing' },
  }),
  DuplicateContributor: defineKind({
    title: 'Contributor credited twice for the same work',
    severity: 'error',
    message: (v: { id: string; role: string }) => `"${v.id}" is credited twice for ${v.role}`,
    hint: 'remove one of the two entries (a second role for the same person is fine)',
    example: { id: 'tomas-lind', role: 'photography' },
  }),
  InvalidProfileLink: defineKind({
    title: 'Profile link that is not an https address',
    severity: 'error',
    message: (v: { value: string }) => `"${v.value}" is not a full https address`,
    hint: 'write the whole address of the profile as the browser shows it, starting with https://, e.g. https://social.example/@mara',
    example: { value: '@mara@social.example' },
  }),
  DuplicateProfileLink: defineKind({
    title: 'Profile link listed twice',
    severity: 'error',
    message: (v: { value: string }) => `"${v.value}" is listed twice in \`sameAs\``,
    hint: 'remove the second one',
    example: { value: 'https://social.example/@mara' },
  }),
  InvalidStoryId: defineKind({
    title: 'Related link that is not a story id',
    severity: 'error',
    message: (v: { value: string }) => `a story id is its file name without .md, e.g. harbour-fees-rise (not "${v.value}")`,
    hint: 'use the file name of the other story without .md',
    example: { value: 'Tram Delays.md' },
  }),
  InvalidBreadcrumbLink: defineKind({
    title: 'Breadcrumb link that is not an address',
    severity: 'error',
    message: (v: { value: string }) => `"${v.value}" is neither a page on this site nor an https:// address`,
    hint: 'start the link with one / for a page on this site (no // or backslash: browsers read those as another site), or with https:// for another site',
    example: { value: 'javascript:alert(1)' },
  }),
  InvalidLicenceUrl: defineKind({
    title: 'Licence that is not a web address',
    severity: 'error',
    message: (v: { what: 'licence' | 'licensing page'; value: string }) =>
      `give the ${v.what} as a full URL starting with https:// (not "${v.value}")`,
    hint: 'write a full URL starting with https://',
    example: { what: 'licence', value: 'CC BY 4.0' },
  }),
  InvalidCreditDate: defineKind({
    title: 'Credit date not written as a day',
    severity: 'error',
    message: (v: { value: string }) => `write the date as YYYY-MM-DD, e.g. 2026-11-23 (not "${v.value}")`,
    hint: 'write the day as YYYY-MM-DD',
    example: { value: '23/11/2026' },
  }),
  IncompleteCredit: defineKind({
    title: 'Credit without agency or photographer',
    severity: 'error',
    message: () => 'a credit needs at least a `source` (agency) or a `photographer`',
    hint: 'add `source:` (the agency) or `photographer:` under `credit:`',
  }),
  InvalidCreditLine: defineKind({
    title: 'Credit line that cannot be read',
    severity: 'error',
    // `detail` is the credit parser's own explanation, which quotes the part it could not read.
    message: (v: { detail: string }) => `photo credit: ${v.detail}`,
    hint: 'write it as the agency sends it, e.g. `DepositPhotos – HALLAM – Feb 14, 2023: caption — Photo by Name` or `Jane Doe/Reuters` (see "Credits" in docs/editing.md), or give `source:` and `photographer:` under `credit:`',
    example: {
      detail:
        '"Feb 30, 2023" is not a real date. Expected a credit like "Agency – PLACE – Mon D, YYYY: caption — Photo by Name".',
    },
  }),
};
