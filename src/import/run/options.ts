import type { SiteConfig } from '../../model/schemas/site.ts';

/** The four formats `npm run import -- --from` takes. */
export const SOURCE_KINDS = ['wordpress', 'hugo', 'jekyll', 'ghost'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One run of the importer, as `scripts/import.ts` reads it from the command line. */
export interface ImportOptions {
  kind: SourceKind;
  /** The export file (WordPress, Ghost) or the site folder (Hugo, Jekyll). */
  source: string;
  /** The content folder stories, authors and photos are written to. */
  content: string;
  /** Where the section mapping, the manifest and the report live (committed with the content). */
  importDir: string;
  /** Take pages as well as posts (WordPress, Ghost). */
  pages: boolean;
  /** Never download: photos come only from local files. */
  offline: boolean;
  /** A local copy of the source's uploaded files (`wp-content/uploads`) when it is not beside the export. */
  uploads?: string | undefined;
  /** Hugo content folders to take, e.g. `news`; all of them when absent. */
  include?: string[] | undefined;
  /** The old site's address, when the export does not give it (Ghost). */
  baseUrl?: string | undefined;
  /** The site's time zone, for dates the source wrote without an offset. */
  timezone: string;
  /** Section ids of the site config, in its order: the first is the default. */
  sections: readonly string[];
  /** Section names, for suggestions (`Politics` → `politics`). */
  sectionNames: readonly string[];
  /** Run the checker on the result and take out old addresses it refuses (default on). */
  check: boolean;
  /** The command that re-runs this import, printed in the report. */
  command: string;
  /** Progress lines go here (stderr by default); tests pass a no-op. */
  progress?: ((line: string) => void) | undefined;
}

/** What the site config decides for every import: its zone (for dates without one) and its sections. */
export function siteOptions(site: SiteConfig): Pick<ImportOptions, 'timezone' | 'sections' | 'sectionNames'> {
  return { timezone: site.timezone, sections: site.sections.map((s) => s.id), sectionNames: site.sections.map((s) => s.name) };
}
