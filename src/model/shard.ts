/**
 * Sharded builds: a large archive builds as several runs (a CI matrix) whose outputs merge into one
 * site. `BROADSHEET_SHARD=2/4` builds the article pages of the second quarter of the stories; shard 1
 * also builds everything else (front page, listings, feeds, sitemaps), so no page is built twice.
 * Every shard reads every story's frontmatter, which listings, related links and navigation need;
 * bodies and photos it checks only for the stories it renders (check/share.ts, load/render-plan.ts).
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function currentShard(value = process.env['BROADSHEET_SHARD']): Shard | undefined {
  if (!value) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || index < 1 || index > count) throw new Error(`BROADSHEET_SHARD="${value}": write it as <n>/<count>, e.g. 2/4`);
  return count === 1 ? undefined : { index, count };
}

/** FNV-1a: the same story lands in the same shard on every machine, whatever else is added. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Whether this run builds the page of story `id`. */
export const ownsStory = (id: string, shard = currentShard()) => !shard || (hash(id) % shard.count) + 1 === shard.index;

/** Whether this run builds the pages that are not story pages. */
export const ownsSitePages = (shard = currentShard()) => !shard || shard.index === 1;

/**
 * A shard exists to fit a CI runner's memory, so its Astro run keeps V8's heap under 3 GiB: without
 * the cap V8 lets garbage pile up toward the machine's size (100,000 stories, shard 2 of 10: 3,960 MiB
 * resident uncapped, 3,465 MiB capped, no slower). `NODE_OPTIONS` with its own cap wins.
 */
export const SHARD_HEAP_MB = 3072;

export function shardNodeArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  if (!currentShard(env['BROADSHEET_SHARD']) || /--max-old-space-size/.test(env['NODE_OPTIONS'] ?? '')) return [];
  return [`--max-old-space-size=${SHARD_HEAP_MB}`];
}
