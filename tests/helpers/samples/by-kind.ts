import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProblemKindName } from '../../../src/check/catalogue/index.ts';
import { BODY_PLACEHOLDER } from '../../../src/check/copy-desk.ts';
import { pngDeclaring, utf16, windows1252 } from '../bad-files.ts';
import { agencyPhoto, heroStory, hugeFile, leadPhoto, one, story, truncatedPhoto, vipsPhoto, type Sample } from './sample.ts';

const credit = (lines: string) => heroStory(`src: ../images/harbour.jpg\nalt: Boats at the quay\ncredit:${lines}`);
const redirect = (file: string, from: string) => one(file, story({ redirectFrom: `[${from}]` }));
const inlinePhotos = (alts: string[]) => story({}, `Text ${alts.map((a) => `![${a}](../images/harbour.jpg)`).join(' ')}.\n`);
const LIVE = '{ start: 2026-11-20 10:00 }';
const update = (time: string, extra = '') => `:::update{time="${time}"${extra}}\nText.\n:::\n\n`;
const liveStory = (live: string, body: string) => story({ live }, body === 'x' ? update('2026-11-20 10:30') : body);
const ALIAS_BOMB =
  'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';

/**
 * A sample for every kind in the catalogue, by kind: typed as a full record, so a kind added to the
 * catalogue without a sample does not compile, and tests/unit/check-catalogue.test.ts fails.
 * Paths are unique across samples, so that all the warnings' samples can share one folder.
 */
export const SAMPLES: Record<ProblemKindName, Sample> = {
  // The file
  NotAFile: { make: (content) => mkdir(join(content, 'articles/notes.md'), { recursive: true }) },
  LinkOutsideContent: { make: (content) => symlink('/dev/zero', join(content, 'articles/zero.md')) },
  UnpublishedExtension: one('articles/shout.MD', story()),
  FileTooLarge: { make: hugeFile('articles/pasted-archive.md', 50 << 20) },
  Utf16File: one('articles/utf16.md', utf16(story())),
  NotUtf8: one('articles/cp1252.md', windows1252(story({ headline: 'Mayor says “no”' }))),
  BadFileName: one('articles/Bad Name.md', story()),
  ReservedStoryId: one('articles/page.md', story()),
  DuplicateId: one('articles/other/council-vote.md', story({ related: '[tram-delays]' })),
  NoFrontmatter: one('articles/no-fence.md', 'headline: Forgot the dashes\n'),
  UnclosedFrontmatter: one('articles/unclosed.md', '---\nheadline: Open\n\nBody.\n'),
  InvalidYaml: one('articles/yaml.md', '---\nheadline: "Unclosed\n---\n\nText.\n'),
  DuplicateField: one('articles/twice.md', story({ dek: 'One.\ndek: Two.' })),
  TabIndent: one('articles/tabs.md', story({ hero: '\n  src: ../images/harbour.jpg\n\talt: A quay' })),
  YamlTooLarge: one('articles/long-notes.md', story({ notes: `'${'Pasted notes. '.repeat(2500)}'` })),
  TooManyYamlValues: one('articles/many-tags.md', story({ tags: `[${Array(2100).fill('harbour').join(', ')}]` })),
  YamlAliasLimit: one('authors/alias-bomb.yaml', `name: Alias Bomb\n${ALIAS_BOMB}`),
  NotAFieldList: one('articles/a-list.md', '---\n- headline\n---\n\nBody.\n'),
  // Fields
  UnknownField: one('articles/typo.md', story({ headlin: 'Typo' })),
  MissingField: one('articles/no-headline.md', story({ headline: undefined })),
  WrongType: one('articles/draft-yes.md', story({ draft: 'yes' })),
  EmptyField: one('articles/empty-headline.md', story({ headline: '""' })),
  TooFewItems: one('articles/no-one.md', story({ authors: '[]' })),
  TooLong: one(
    'articles/label.md',
    story({ related: '\n  - id: council-vote\n    label: Read this other story about the vote today' }),
  ),
  OutOfRange: one('articles/focal.md', heroStory('src: ../images/harbour.jpg\nalt: Boats\nfocal: { x: 120, y: 30 }')),
  InvalidField: one('articles/old-page.md', story({ redirectFrom: '["/old page/"]' })),
  // Field values
  UnknownSection: one('articles/sports.md', story({ section: 'sports' })),
  InvalidDate: one('articles/feb-30.md', story({ published: '2026-02-30 10:00' })),
  TimeInClockGap: one('articles/clocks-forward.md', story({ published: '2026-03-29 01:30' })),
  TimeShownTwice: one('articles/clocks-back.md', story({ published: '2026-10-25 01:30' })),
  UpdatedBeforePublished: one('articles/updated.md', story({ updated: '2026-11-19 09:00' })),
  CorrectionBeforePublished: one('articles/early.md', story({ corrections: '\n  - date: 2026-11-01 10:00\n    text: Fixed.' })),
  UpdatedInFuture: one('articles/updated-2062.md', story({ updated: '2062-11-20 10:00' })),
  CorrectionInFuture: one(
    'articles/correction-2099.md',
    story({ corrections: '\n  - date: 2099-01-01 10:00\n    text: Fixed.' }),
  ),
  InvalidTag: one('articles/tag.md', story({ tags: '[Wend Bridge]' })),
  InvalidAuthorId: one('articles/author-name.md', story({ authors: '[Ada Reporter]' })),
  InvalidStoryId: one('articles/story-name.md', story({ related: '[Tram Delays]' })),
  UnknownContributorRole: one('articles/photos-role.md', story({ contributors: '[{ id: ada-reporter, role: photos }]' })),
  DuplicateContributor: one(
    'articles/credited-twice.md',
    story({ contributors: '\n  - { id: ada-reporter, role: editing }\n  - { id: ada-reporter, role: editing }' }),
  ),
  InvalidProfileLink: one('authors/handle-only.yaml', 'name: Handle Only\nsameAs: ["@handle@social.example"]\n'),
  DuplicateProfileLink: one(
    'authors/linked-twice.yaml',
    'name: Linked Twice\nsameAs: [https://social.example/@twice, https://social.example/@twice]\n',
  ),
  InvalidBreadcrumbLink: one('articles/crumb.md', story({ breadcrumbs: '\n  - label: Home\n    href: javascript:alert(1)' })),
  InvalidLicenceUrl: one('articles/licence.md', credit('\n    source: Reuters\n    license: CC BY 4.0')),
  InvalidCreditDate: one('articles/credit-date.md', credit('\n    source: Reuters\n    date: 23/11/2026')),
  IncompleteCredit: one('articles/credit-empty.md', credit('\n    location: HALLAM')),
  InvalidCreditLine: one('articles/credit-line.md', credit(' "Feb 30, 2023: nothing"')),
  // Text fields
  FormattingStripped: one('articles/bold-dek.md', story({ dek: "'<strong>Lead.</strong> The ferry pier closes.'" })),
  TagInText: one('articles/img-headline.md', story({ headline: "'Harbour at dawn <img src=x.jpg>'" })),
  // The body
  EmptyBody: one('articles/empty.md', story({}, '')),
  BodyTooLarge: one('articles/huge.md', story({}, `${'word '.repeat(45_000)}\n`)),
  MarkdownTooComplex: one('articles/stars.md', story({}, `${'*a_'.repeat(1200)}\n`)),
  TooManyPhotos: one('articles/gallery.md', inlinePhotos(Array(101).fill('Boats at the quay'))),
  TooManyPhotoVersions: one(
    'articles/captions.md',
    inlinePhotos(Array.from({ length: 61 }, (_, i) => `Boats at the quay, ${i + 1}`)),
  ),
  ControlCharacter: one('articles/bell.md', story({ headline: 'Bell\u0007 rings at noon' })),
  RawHtml: one(
    'articles/html.md',
    story({}, 'Text with <b>bold</b> words.\n\n<iframe src="https://video.example/x"></iframe>\n'),
  ),
  InvalidLinkUrl: one('articles/bad-url.md', story({}, 'See [the report](http://%20http//agency.example/report).\n')),
  LinkWithoutScheme: one('articles/bare-domain.md', story({}, 'See [the portal](www.agency.example/open).\n')),
  EmptyLink: one('articles/empty-link.md', story({}, 'See [](https://agency.example/report) here.\n')),
  StrayRelatedLink: one('articles/stray-related.md', story({}, 'As we reported in [[tram-delays]] last week.\n')),
  DemotedHeading: one('articles/top-heading.md', story({}, '# Background\n\nText.\n')),
  TooDeeplyNested: one('articles/deep-quote.md', story({}, `${'>'.repeat(400)} deep\n`)),
  BrokenInternalLink: one('articles/broken-internal.md', story({}, 'See [the vote](/2013/11/06/council-vote/).\n')),
  UnsafeLink: one('articles/js-link.md', story({}, '[Click here](javascript:alert(1)) for more.\n')),
  PhotoWithoutAlt: one('articles/no-alt.md', story({}, '![](../images/harbour.jpg)\nCredit: Reuters/Jane Doe\n')),
  DecorativePhotoWithAlt: one('articles/decor.md', story({}, 'Text ![Gulls](../images/harbour.jpg "decorative") here.\n')),
  PhotoWithoutCredit: one('articles/no-credit.md', story({}, 'Text.\n\n![A quay at dusk](../images/harbour.jpg)\n')),
  // Boxes and other directives
  UnknownDirective: one('articles/factbx.md', story({}, ':::factbx\nThree crossings a day.\n:::\n')),
  DirectiveWrongForm: one('articles/leaf-box.md', story({}, 'Text.\n\n::factbox\n')),
  UnclosedDirective: one('articles/open-box.md', story({}, 'Text.\n\n:::aside[Background]\nThe quay opened in 1902.\n')),
  NestedBox: one('articles/box-in-box.md', story({}, ':::::factbox\nFacts.\n\n:::aside\nMore.\n:::\n:::::\n')),
  UnknownDirectiveAttribute: one('articles/box-colour.md', story({}, ':::factbox{colour="red"}\nFacts.\n:::\n')),
  PullquoteLabel: one('articles/quote-label.md', story({}, 'Body text.\n\n:::pullquote[Mira Lund]\nBody text.\n:::\n')),
  EmptyBox: one('articles/empty-box.md', story({}, 'Text.\n\n:::factbox[Key facts]\n:::\n')),
  StrayBoxClose: one('articles/stray-close.md', story({}, 'Body text.\n\n:::\n')),
  PullquoteNotInStory: one('articles/quote-elsewhere.md', story({}, 'Body text.\n\n:::pullquote\nWords from nowhere.\n:::\n')),
  // Embeds
  UnknownEmbedProvider: one('articles/embed-map.md', story({}, 'Text.\n\nEmbed: https://maps.example.org/quay\n')),
  BrokenEmbedUrl: one('articles/embed-channel.md', story({}, 'Text.\n\nEmbed: https://www.youtube.com/@hallamcouncil\n')),
  UnknownEmbedAttribute: one('articles/embed-width.md', story({}, '::embed{url="https://vimeo.com/76979871" width="640"}\n')),
  EmbedShownAsLink: one('articles/embed-toot.md', story({}, 'Text.\n\nEmbed: https://social.example/@quay/112233445566\n')),
  // Photos
  RemotePhoto: one('articles/remote.md', leadPhoto('http://example.org/photo.jpg')),
  // Nothing listens on port 9 of this machine: refused at once, no network needed.
  RemotePhotoFailed: one('articles/remote-failed.md', leadPhoto('http://127.0.0.1:9/photo.jpg')),
  BackslashPath: one('articles/backslash.md', leadPhoto('..\\images\\harbour.jpg')),
  PhotoOutsideContent: one('articles/escape.md', leadPhoto('../../../secret.jpg')),
  PhotoMissing: one('articles/nope.md', leadPhoto('../images/nope.jpg')),
  PhotoNotAFile: one('articles/folder-photo.md', leadPhoto('../images')),
  EmptyPhoto: { files: { 'images/empty.jpg': '', 'articles/empty-photo.md': leadPhoto('../images/empty.jpg') } },
  PhotoTooLarge: { ...one('articles/big-photo.md', leadPhoto('../images/big.jpg')), make: hugeFile('images/big.jpg', 51 << 20) },
  UnreadablePhoto: { files: { 'images/corrupt.jpg': 'not a JPEG', 'articles/corrupt.md': leadPhoto('../images/corrupt.jpg') } },
  DamagedPhoto: {
    ...one('articles/cut-short.md', leadPhoto('../images/cut-short.jpg')),
    make: truncatedPhoto('images/cut-short.jpg'),
  },
  UnsupportedPhotoFormat: { ...one('articles/vips.md', leadPhoto('../images/photo.v')), make: vipsPhoto('images/photo.v') },
  PhotoTooManyPixels: {
    files: { 'images/bomb.png': pngDeclaring(20_000, 20_000), 'articles/bomb.md': leadPhoto('../images/bomb.png') },
  },
  NarrowLeadPhoto: one('articles/narrow.md', leadPhoto('../images/market.jpg')),
  CreditMismatch: { ...one('articles/agency.md', leadPhoto('../images/agency.jpg')), make: agencyPhoto('images/agency.jpg') },
  LeadPhotoWithoutCredit: one('articles/hero-no-credit.md', heroStory('src: ../images/harbour.jpg\nalt: Boats at the quay')),
  UnknownCreditLabel: one(
    'articles/source-label.md',
    story({}, 'Text.\n\n![A quay at dusk](../images/harbour.jpg)\nSource: Reuters/Jane Doe\n'),
  ),
  CreditApartFromPhoto: one(
    'articles/credit-apart.md',
    story({}, 'Text.\n\n![A quay at dusk](../images/harbour.jpg)\n\nCredits: DepositPhotos\n'),
  ),
  // Links and redirects
  UnknownAuthor: one('articles/nobody.md', story({ authors: '[nobody-here]' })),
  SelfLink: one('articles/self.md', story({ related: '[self]' })),
  UnknownStory: one('articles/lost-link.md', story({ related: '[no-such-story]' })),
  LinkToDraft: one('articles/to-draft.md', story({ related: '[draft-story]' })),
  LinkToScheduled: one('articles/to-later.md', story({ related: '[embargoed-budget]' })),
  RedirectIsCurrentAddress: redirect('articles/moved.md', '/city/moved/'),
  RedirectHidesPage: redirect('articles/hides-page.md', '/city/'),
  RedirectClaimedTwice: redirect('articles/second-claim.md', '/politics/ferry-timetable/'),
  RedirectInReservedFolder: redirect('articles/tag-page.md', '/tags/harbour/'),
  RedirectOverGeneratedFile: redirect('articles/over-feed.md', '/rss.xml'),
  RedirectUnderFileAddress: redirect('articles/old-front.md', '/index.php, /index.php/2019/04/hallam/'),
  // Live blogs
  LiveEndBeforeStart: one('articles/live-ends-early.md', liveStory('{ start: 2026-11-20 10:00, end: 2026-11-20 09:00 }', 'x')),
  UpdateWithoutTime: one('articles/live-no-time.md', liveStory(LIVE, ':::update\nNo time.\n:::\n')),
  UnreadableUpdateTime: one('articles/live-bad-time.md', liveStory(LIVE, update('2.05pm'))),
  UpdateOutsideCoverage: one('articles/live-too-early.md', liveStory(LIVE, update('2026-11-19 23:50'))),
  UpdateInFuture: one('articles/live-2062.md', liveStory(LIVE, update('2062-11-20 10:30'))),
  UnknownUpdateAuthor: one('articles/live-stranger.md', liveStory(LIVE, update('10:30', ' by="ada-reportr"'))),
  UpdatesWithoutLive: one('articles/not-live.md', story({}, update('2026-11-20 10:30'))),
  LiveWithoutUpdates: one('articles/live-empty.md', liveStory(LIVE, 'Text.\n')),
  DuplicateUpdateId: one('articles/live-twice.md', liveStory(LIVE, update('10:30', ' #same') + update('10:40', ' #same'))),
  // The copy desk
  MissingDek: one('articles/no-dek.md', story({ dek: undefined })),
  LongHeadline: one('articles/long-headline.md', story({ headline: 'Word '.repeat(23).trim() })),
  LongDek: one('articles/long-dek.md', story({ dek: 'x'.repeat(201) })),
  VagueAlt: one('articles/vague-alt.md', heroStory('src: ../images/harbour.jpg\nalt: Photo\ncredit: Reuters/Jane Doe')),
  NoRelatedLinks: one('articles/unlinked.md', story({ related: undefined })),
  DraftLinkToUnpublished: one('articles/draft-link.md', story({ draft: 'true' }, 'Text.\n\nRead More: [[draft-story]]\n')),
  DuplicateHeadline: one('articles/twin.md', story({ headline: 'Council votes on the harbour plan' })),
  PlaceholderBody: one('articles/placeholder.md', story({}, `${BODY_PLACEHOLDER}\n`)),
  // The site config
  InvalidSiteUrl: { site: (site) => ({ ...site, url: 'courier.example.org' }) },
  SiteUrlWithPath: { site: (site) => ({ ...site, url: 'https://example.org/news/' }) },
  DuplicateSectionId: { site: (site) => ({ ...site, sections: [...site.sections, { ...site.sections[0]!, name: 'Again' }] }) },
  InvalidLanguage: { site: (site) => ({ ...site, language: 'english' }) },
  InvalidLocale: { site: (site) => ({ ...site, locale: 'en_GB' }) },
  InvalidTimeZone: { site: (site) => ({ ...site, timezone: 'London' }) },
  InvalidSiteSetting: { site: (site) => ({ ...site, accent: 'red' }) },
  ReservedSectionId: {
    site: (site) => ({ ...site, sections: [...site.sections, { id: 'tags', name: 'Tags', colour: '#8a1c1c' }] }),
  },
};
