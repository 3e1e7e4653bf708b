import { defineKind, quoted } from './kind.ts';

/** Problems with the HTML, links and structure of a story's body: what would break or shrink the page. */
export const MARKUP_KINDS = {
  RawHtml: defineKind({
    title: 'HTML the page leaves out',
    severity: 'warning',
    message: (v: { html: string }) => `this HTML is left out of the page: ${v.html}`,
    hint: 'nothing to do if that is fine; stories keep structural HTML only (see docs/editing.md#html-in-a-story), so use Markdown for the rest',
    example: { html: '<iframe>, style= on <p>' },
  }),
  InvalidLinkUrl: defineKind({
    title: 'Link no browser can follow',
    severity: 'error',
    message: (v: { url: string }) => `the link ${quoted(v.url)} is not a valid address`,
    hint: 'copy the address again from the browser’s address bar: it should read https://site/path, with no spaces or doubled http://',
    example: { url: 'http://%20http//agency.example/report' },
  }),
  LinkWithoutScheme: defineKind({
    title: 'Web address without https://',
    severity: 'error',
    message: (v: { url: string }) => `the link ${quoted(v.url)} has no https://, so it would point inside this site`,
    hint: (v) => `write https://${v.url}`,
    example: { url: 'www.agency.example/open' },
  }),
  EmptyLink: defineKind({
    title: 'Link without words',
    severity: 'error',
    message: (v: { url: string }) => `the link to ${quoted(v.url)} has no text, so readers cannot see or name it`,
    hint: 'write the words to click inside the brackets: [the report](…)',
    example: { url: 'https://agency.example/report' },
  }),
  StrayRelatedLink: defineKind({
    title: 'Related link that is not on a line of its own',
    severity: 'error',
    message: (v: { text: string }) => `${quoted(v.text)} would be printed as it is, not as a related link`,
    hint: 'put it on a paragraph of its own with a short label: Read More: [[story-id]]',
    example: { text: '[[harbour-fees]]' },
  }),
  DemotedHeading: defineKind({
    title: 'Top-level heading in the body',
    severity: 'warning',
    message: (v: { heading: string }) =>
      `the heading ${quoted(v.heading)} is shown one level down: the headline is the page's only top-level heading`,
    hint: 'write ## for the body’s main headings (### below them)',
    example: { heading: '# Background' },
  }),
  TooDeeplyNested: defineKind({
    title: 'Lists or quotes nested too deep',
    severity: 'error',
    message: (v: { depth: number; limit: number }) =>
      `lists, quotes or HTML nested ${v.depth} deep, over the limit of ${v.limit}`,
    hint: 'check for a stray run of > or - at the start of the line, or unclosed HTML tags; flatten the structure',
    example: { depth: 400, limit: 20 },
  }),
  BrokenInternalLink: defineKind({
    title: 'Link to a page of this site that does not exist',
    severity: 'error',
    message: (v: { url: string; nearest?: string | undefined }) => `the link ${quoted(v.url)} leads to no page of this site`,
    hint: (v) =>
      v.nearest ? `did you mean ${v.nearest}? Copy the address from the page itself` : 'copy the address from the page itself',
    example: { url: '/2013/11/06/harbour-fees/', nearest: '/business/harbour-fees/' },
  }),
};
