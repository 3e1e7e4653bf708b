import { stringify } from 'yaml';

/** The frontmatter of an imported story, in the order the editor's guide lists the fields. */
export interface StoryFields {
  headline: string;
  dek?: string | undefined;
  section: string;
  authors: string[];
  published: string;
  updated?: string | undefined;
  tags: string[];
  draft?: boolean | undefined;
  hero?: { src: string; alt: string; caption?: string | undefined; credit?: string | undefined } | undefined;
  redirectFrom: string[];
}

/**
 * The story file: YAML frontmatter (long lines never folded, so a field stays on its line for the
 * checker's messages and for diffs), a blank line, the body. Empty lists and absent fields are left
 * out; dates are quoted so YAML keeps them as the source wrote them.
 */
export function storyText(fields: StoryFields, body: string): string {
  const data: Record<string, unknown> = {
    headline: fields.headline,
    dek: fields.dek,
    section: fields.section,
    authors: fields.authors,
    published: fields.published,
    updated: fields.updated,
    tags: fields.tags.length ? fields.tags : undefined,
    draft: fields.draft || undefined,
    hero: fields.hero && Object.fromEntries(Object.entries(fields.hero).filter(([, v]) => v !== undefined)),
    redirectFrom: fields.redirectFrom.length ? fields.redirectFrom : undefined,
  };
  const present = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  const yaml = stringify(present, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' })
    // Dates as strings, never YAML timestamps: the schema reads the offset exactly as written.
    .replace(
      /^(published|updated): (\S.*)$/gm,
      (_, field: string, value: string) => `${field}: "${value.replace(/^"|"$/g, '')}"`,
    );
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}
