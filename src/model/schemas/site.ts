import { z } from 'astro/zod';

const hex = z.string().regex(/^#[0-9a-f]{6}$/i, { error: 'is not a colour written as #rrggbb' });

/** A section of the paper: its id is the URL segment and what articles name in `section`. */
export const sectionSchema = z.strictObject({
  /** URL segment and the value editors write in an article's `section` field, e.g. `politics`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'is not lower-case words joined by hyphens' }),
  /** Name shown to readers, e.g. `Politics`. */
  name: z.string().min(1),
  /** Accent colour of the section's labels and rules, as `#rrggbb`; dark enough to read on white. */
  colour: hex.default('#8a1c1c'),
});

/** The browser editor at `/admin/` (Decap CMS): where it saves stories and how editors sign in. */
export const editorSchema = z.strictObject({
  /** GitHub repository the editor saves to, `owner/name`. Without it `/admin/` works only with `npm run dev`. */
  repo: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, { error: 'is not a GitHub repository written as owner/name' })
    .optional(),
  /** Branch the site is published from; the editor's pull requests are merged into it. */
  branch: z.string().min(1).default('main'),
  /** Address of the sign-in helper (an OAuth proxy for GitHub, see docs/editing-setup.md), e.g. `https://auth.example.org`. */
  authUrl: z.url({ protocol: /^https$/, error: 'give the sign-in helper as a full https:// address' }).optional(),
});

/** Embeds in story bodies (`Embed: https://…`): the sites framed beyond the built-in providers. */
export const embedsSchema = z.strictObject({
  /**
   * Hosts whose pages a story may embed as they are, in a frame, e.g. `maps.example.org`; a Mastodon
   * instance listed here gets its posts played on the page. Each is allowed in the CSP's `frame-src`.
   */
  iframeHosts: z
    .array(
      z.string().regex(/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/, {
        error: 'is not a host name such as maps.example.org (lower case, no https://, no path)',
      }),
    )
    .default([]),
  /**
   * Whether the build asks each provider for a poster (oEmbed title and thumbnail). `false` keeps
   * every build off the network (posters are drawn cards): for a paper built where only its own
   * hosts may be reached. A stand-in named by `BROADSHEET_EMBED_ORIGIN` is local and always asked.
   */
  fetchPosters: z.boolean().default(true),
});

/** The hosts the build knows the limits of (publish/host-limits.ts). */
export const DEPLOY_HOSTS = ['github-pages', 'cloudflare-pages', 'netlify', 's3', 'server'] as const;

/** Where `npm run deploy` uploads the built site: a bucket of S3-compatible object storage (docs/deploy.md). */
export const s3DeploySchema = z.strictObject({
  /** Name of the bucket, e.g. `courier-site`; `BROADSHEET_S3_BUCKET` overrides it. */
  bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    error: 'is not a bucket name (3–63 lower-case letters, digits, dots, hyphens)',
  }),
  /** The storage's API address for R2, B2 or MinIO, e.g. `https://<account>.r2.cloudflarestorage.com`; leave out for AWS S3. `BROADSHEET_S3_ENDPOINT` overrides it. */
  endpoint: z.url({ protocol: /^https?$/, error: 'give the storage endpoint as a full https:// address' }).optional(),
  /** Region of the bucket, e.g. `eu-west-2`; `auto` for R2. `AWS_REGION` overrides it. */
  region: z.string().min(1).optional(),
  /** Folder inside the bucket the site lives in, e.g. `courier/`; empty for the bucket's root. */
  prefix: z
    .string()
    .regex(/^(?:[\w.-]+\/)*$/, { error: 'is not a folder written as words joined by / and ending in /, e.g. courier/' })
    .default(''),
});

/** How the built site is published beyond `dist/`: the host that serves it, and the settings of `npm run deploy`. */
export const deploySchema = z.strictObject({
  /**
   * The host that serves the site: `github-pages` (the default workflow), `cloudflare-pages`,
   * `netlify`, `s3` (object storage, `npm run deploy`) or `server` (your own, e.g. nginx). Each build
   * measures the site against this host's limits (size, file count, largest file) and warns at 80%.
   */
  host: z.enum(DEPLOY_HOSTS).default('github-pages'),
  /** S3-compatible object storage (AWS S3, Cloudflare R2, Backblaze B2, MinIO) for `npm run deploy`. */
  s3: s3DeploySchema.optional(),
});

export const siteSchema = z.strictObject({
  /** Publication name, shown in the masthead, titles and structured data. */
  name: z.string().min(1),
  /** One line under the masthead. */
  tagline: z.string().default(''),
  /** The paper's address at the root of its host, e.g. `https://news.example.org`: canonicals, feeds and sitemaps start here. */
  url: z.string(),
  /** BCP 47 language of the content, e.g. `en`. */
  language: z.string(),
  /** BCP 47 locale for date formatting, e.g. `en-GB`. */
  locale: z.string(),
  /** IANA time zone in which editors write dates and readers see them, e.g. `Europe/London`. */
  timezone: z.string(),
  /** Sections in the order the navigation shows them. */
  sections: z.array(sectionSchema).min(1),
  /** Logo shown in the masthead and used as the publisher logo: a file in `public/`, e.g. `/logo.png`. */
  logo: z
    .string()
    .regex(/^\/[^\s]+\.(png|svg|jpg|webp)$/, { error: 'is not a path in public/ ending in .png, .svg, .jpg or .webp' })
    .default('/logo.png'),
  /** How dates are written for readers: `long` (24 November 2026) or `medium` (24 Nov 2026). */
  dateStyle: z.enum(['long', 'medium', 'full']).default('long'),
  /** The brand colour of the masthead and links. */
  accent: hex.default('#8a1c1c'),
  /** A paragraph about the publication, for the About page. */
  about: z.string().default(''),
  /** How the newsroom corrects mistakes, shown on the corrections page. */
  correctionsPolicy: z.string().default(''),
  /** The browser editor at `/admin/`: its GitHub repository and sign-in helper. */
  editor: editorSchema.default({ branch: 'main' }),
  /** Embeds in story bodies: hosts framed beyond the built-in providers (YouTube, Vimeo, X, …). */
  embeds: embedsSchema.default({ iframeHosts: [], fetchPosters: true }),
  /** Where and how the site is published: the host whose limits each build measures the site against, and `npm run deploy`'s storage (credentials never go here, only in the environment). */
  deploy: deploySchema.default({ host: 'github-pages' }),
});

export type SiteConfig = z.output<typeof siteSchema>;
export type SiteConfigInput = z.input<typeof siteSchema>;
export type Section = z.output<typeof sectionSchema>;
export type EditorConfig = z.output<typeof editorSchema>;
export type DeployHost = (typeof DEPLOY_HOSTS)[number];
export type S3DeployConfig = z.output<typeof s3DeploySchema>;

// The rules beyond each field's type (a known locale, unique section ids, …) are in site-rules.ts,
// applied with these by parseSiteConfig (model/site-config.ts).
