import { z } from 'astro/zod';
import { storyFrontmatterSchema } from './story-frontmatter.ts';
import type { SiteConfig } from './site.ts';

const build = (site: SiteConfig) =>
  storyFrontmatterSchema({
    // A path, not Astro's image(): Broadsheet's own pipeline (src/images) resizes photos and keeps their credits.
    image: z.string().trim().min(1, { error: 'give the path of the photo, relative to this file' }),
    timezone: site.timezone,
    sections: site.sections.map((s) => s.id) as [string, ...string[]],
  });

// Built once per site: building it for every file cost the checker 0.26 s per 1,000 stories.
const bySite = new WeakMap<SiteConfig, ReturnType<typeof build>>();

/**
 * The frontmatter schema of a story on `site` (its sections, its time zone): the one the build
 * (src/content.config.ts), the checker and the editors' JSON Schema all use, so none can disagree.
 */
export function storySchema(site: SiteConfig): ReturnType<typeof build> {
  let schema = bySite.get(site);
  if (!schema) bySite.set(site, (schema = build(site)));
  return schema;
}

/** A story's frontmatter once validated: dates are `Date`s, defaults filled in. */
export type StoryData = z.output<ReturnType<typeof build>>;
