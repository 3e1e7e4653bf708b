import { defineKind, quoted } from './kind.ts';

const PROVIDERS =
  'YouTube, Vimeo, X, Instagram, TikTok, Bluesky, Mastodon, Datawrapper, Flourish, and the hosts listed in `embeds.iframeHosts` of src/site.config.ts';

/** Problems with an embed (`Embed: https://…` or `::embed{url="…"}`): found without touching the network. */
export const EMBED_KINDS = {
  UnknownEmbedProvider: defineKind({
    title: 'Embed from a site the paper does not embed',
    severity: 'error',
    message: (v: { url: string; host: string }) => `the embed ${quoted(v.url)} is on ${v.host}, which no embed provider reads`,
    hint: (v) =>
      `embeds come from ${PROVIDERS}: link to the page instead ([words](address)), or, if ${v.host} is safe to frame, a developer adds it to embeds.iframeHosts`,
    example: { url: 'https://maps.example.org/quay', host: 'maps.example.org' },
  }),
  BrokenEmbedUrl: defineKind({
    title: 'Embed address that names no video or post',
    severity: 'error',
    message: (v: { url: string; detail: string }) => `the embed ${quoted(v.url)} ${v.detail}`,
    hint: 'copy the address of the video, post or chart itself from the browser’s address bar (or the site’s Share button): it starts with https://',
    example: { url: 'https://www.youtube.com/channel/hallam', detail: 'names no video, post or chart on YouTube' },
  }),
  UnknownEmbedAttribute: defineKind({
    title: 'Embed with a setting it does not take',
    severity: 'error',
    message: (v: { name: string }) => `the embed has a setting ${quoted(v.name)} it does not take`,
    hint: 'an embed takes its address and nothing else: ::embed[Caption]{url="https://…"}',
    example: { name: 'width' },
  }),
  EmbedShownAsLink: defineKind({
    title: 'Embed that can only be shown as a link',
    severity: 'warning',
    message: (v: { url: string; host: string }) =>
      `the post ${quoted(v.url)} is shown as a poster and a link: ${v.host} may not be framed on this site`,
    hint: (v) => `to play the post on the page, a developer adds ${v.host} to embeds.iframeHosts in src/site.config.ts`,
    example: { url: 'https://social.example/@quay/112233445566', host: 'social.example' },
  }),
};
