import type { SiteConfig } from '../model/schemas/site.ts';
import { frontmatterJsonSchemas } from '../tooling/json-schema.ts';
import type { ObjectDocs } from '../tooling/schema-docs.ts';
import { AUTHOR_FIELDS, STORY_FIELDS } from './field-table.ts';
import { cmsFields } from './story-fields.ts';
import { backendFor } from './backend.ts';
import { PHOTO_FOLDER_FROM_NEW_STORY, STORY_PATH } from './story-path.ts';

export interface CmsConfigOptions {
  site: SiteConfig;
  /** The `/** *\/` docs of src/model/schemas/, the editor's help text. */
  docs: readonly ObjectDocs[];
  /** The content folder relative to the repository root (or to the local proxy's folder), e.g. `content`. */
  content: string;
  /** `npm run dev`: save straight into the working copy through the local proxy, no sign-in, no workflow. */
  local: boolean;
}

/** The story body's help text: the body syntax an editor most needs, the rest is in the guide. */
const BODY_HINT =
  'Paragraphs of Markdown. Use the + button (or the toolbar) for a photo with its credit and for a related-story line (`Read More: [[id]]`).';

/**
 * Decap CMS's whole configuration (served as `/admin/config.yml`), generated from the zod schemas
 * the checker and the build use: a field the schemas gain is in the editor, or the build stops.
 */
export function cmsConfig({ site, docs, content, local }: CmsConfigOptions): Record<string, unknown> {
  const schemas = frontmatterJsonSchemas(site, docs);
  const ctx = { site, content };
  return {
    backend: backendFor(site.editor, local),
    // Drafts, "in review" and "ready" are a branch and a pull request each; "publish" merges it.
    publish_mode: local ? 'simple' : 'editorial_workflow',
    media_folder: `${content}/images`,
    public_folder: PHOTO_FOLDER_FROM_NEW_STORY,
    site_url: site.url,
    display_url: site.url,
    logo_url: site.logo,
    show_preview_links: true,
    // Ids as `npm run new` makes them: lower-case ASCII, accents dropped, words joined by hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'stories',
        label: 'Stories',
        label_singular: 'Story',
        description: 'Every story of the paper, drafts included.',
        folder: `${content}/articles`,
        // Decap lists as deep as this path goes; its "nested" mode would list one folder at a time.
        path: STORY_PATH,
        extension: 'md',
        format: 'frontmatter',
        create: true,
        identifier_field: 'headline',
        summary: '{{headline}}',
        sortable_fields: ['published', 'headline', 'section'],
        view_filters: [{ label: 'Drafts', field: 'draft', pattern: true }],
        view_groups: [{ label: 'Section', field: 'section' }],
        preview_path: '{{section}}/{{filename}}/',
        // Photos beside the others in images/ (`/`: from the repository root, not from the story),
        // saved into the story as the path from its file (client/photo-paths.ts), as the checker reads it.
        media_folder: `/${content}/images`,
        public_folder: PHOTO_FOLDER_FROM_NEW_STORY,
        fields: [
          ...cmsFields(schemas.article, STORY_FIELDS, ctx, 'STORY_FIELDS in src/admin/field-table.ts'),
          { name: 'body', label: 'Text of the story', widget: 'markdown', hint: BODY_HINT, modes: ['rich_text', 'raw'] },
        ],
      },
      {
        name: 'authors',
        label: 'Authors',
        label_singular: 'Author',
        folder: `${content}/authors`,
        extension: 'yaml',
        format: 'yaml',
        create: true,
        identifier_field: 'name',
        fields: cmsFields(schemas.author, AUTHOR_FIELDS, ctx, 'AUTHOR_FIELDS in src/admin/field-table.ts'),
      },
    ],
  };
}
