import type { Section } from '../model/schemas/site.ts';
import type { Story } from './stories.ts';

export interface FrontPage {
  lead: Story | undefined;
  /** The row under the lead: the next stories with photos. */
  secondary: Story[];
  /** Each section's newest stories not already above. */
  blocks: { section: Section; stories: Story[] }[];
  /** Everything, newest first, as headlines. */
  latest: Story[];
}

/**
 * Lays out a newspaper front from the stories alone: the newest story with a photo leads, the next
 * three with photos follow, then every section shows its own newest. Nothing is hand-picked, so a
 * build always reflects what was published.
 */
export function frontPage(
  stories: readonly Story[],
  sections: readonly Section[],
  sizes = { secondary: 3, perSection: 4, latest: 12 },
): FrontPage {
  const withPhoto = stories.filter((s) => s.data.hero);
  const lead = withPhoto[0] ?? stories[0];
  const secondary = withPhoto.filter((s) => s !== lead).slice(0, sizes.secondary);
  const shown = new Set([lead, ...secondary]);
  const blocks = sections
    .map((section) => ({
      section,
      stories: stories.filter((s) => s.section.id === section.id && !shown.has(s)).slice(0, sizes.perSection),
    }))
    .filter((b) => b.stories.length > 0);
  return { lead, secondary, blocks, latest: stories.slice(0, sizes.latest) };
}
