import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The build's scratch folder (`.broadsheet/`): a build writes its site into `build-<pid>` and swaps
 * it into place only on success. The site it replaces is kept as `previous-<site>-<pid>` until the
 * next build of the same site, which recycles its folders (src/incremental/reuse-pages.ts keeps only
 * the pages that are still current).
 */
export interface Scratch {
  /** The folder this build writes its site into. */
  next: string;
  /** Where the replaced site goes when the new one is swapped in. */
  previous: string;
  /** Deletes sites nobody will recycle; runs beside the search index, see below. */
  removeOldSites: () => Promise<void>;
}

export function openScratch(root: string, dist: string, pid = process.pid): Scratch {
  const scratch = join(root, '.broadsheet');
  const next = join(scratch, `build-${pid}`);
  const previousOf = `previous-${createHash('sha1').update(dist).digest('hex').slice(0, 12)}-`;
  mkdirSync(scratch, { recursive: true });
  rmSync(next, { recursive: true, force: true });
  for (const name of readdirSync(scratch).filter((n) => n.startsWith(previousOf))) {
    try {
      renameSync(join(scratch, name), next);
      break;
    } catch {
      // another build took it
    }
  }

  /**
   * Old sites nobody will recycle (this site's beyond the one taken above; other folders' after an
   * hour) are deleted while this build makes its search index (mostly Pagefind's work, in its own
   * process): tens of thousands of files, 0.8 s at 5,000 stories, which during Astro's run would slow
   * Astro's own file work threefold. Each is claimed by renaming it first, so builds running side by
   * side never delete the same one.
   */
  async function removeOldSites(): Promise<void> {
    const hourAgo = Date.now() - 3_600_000;
    const old = readdirSync(scratch).filter(
      (name) => name.startsWith(previousOf) || (name.startsWith('previous-') && statSync(join(scratch, name)).ctimeMs < hourAgo),
    );
    await Promise.all(
      old.map(async (name, i) => {
        const claimed = join(scratch, `removing-${pid}-${i}`);
        try {
          renameSync(join(scratch, name), claimed);
        } catch {
          return; // another build took it
        }
        await rm(claimed, { recursive: true, force: true });
      }),
    );
  }

  return { next, previous: join(scratch, `${previousOf}${pid}`), removeOldSites };
}
