import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isFull } from './failure.ts';

/**
 * The site folders of `dist` (`.<dist>-sites/` beside it, so on its file system): a build writes its
 * site into `build-<pid>`, renames it `site-<time>-<pid>` when it succeeded and only then points
 * `dist` at it. `dist` is a symbolic link, replaced by rename(2) of a new link, so at every instant
 * it is a whole site, the old one or the new one. The site it replaces stays until the next build,
 * which recycles its folders (src/incremental/reuse-pages.ts keeps only the files that still hold a
 * verified page) and deletes what killed builds left.
 */
export interface Scratch {
  /** The folder this build writes its site into. */
  next: string;
  /** Points `dist` at `next`. */
  publish: () => void;
  /** Deletes the folders claimed at the start; runs beside the search index, see below. */
  removeOldSites: () => Promise<void>;
}

/** A process of that id is running (ids are reused, so a leftover may wait for a later build). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process a `build-<pid>`, `site-<time>-<pid>`, `link-<pid>` or `removing-<pid>-<i>` belongs to. */
const owner = (name: string) => Number(/^(?:build|link|removing)-(\d+)|^site-\d+-(\d+)/.exec(name)?.slice(1).find(Boolean));

/** What `dist` shows now: the site folder its link names, if it is one. */
function liveSite(dist: string): string | undefined {
  try {
    return basename(readlinkSync(dist));
  } catch {
    return undefined; // no dist yet, or a real folder (the first build with site folders)
  }
}

export function openScratch(root: string, dist: string, pid = process.pid): Scratch {
  const sites = join(dirname(dist), `.${basename(dist)}-sites`);
  mkdirSync(sites, { recursive: true });
  const scratch = join(root, '.broadsheet');
  mkdirSync(scratch, { recursive: true });
  // Always built inside the project: Astro writes its page code (`.prerender/`) into an output folder
  // outside it in the project's one `.astro/`, where two builds side by side (a test's beside an
  // editor's) delete each other's. Moved beside dist when it succeeded: a rename on the same file
  // system, a copy across (Astro moves its assets into the output by rename(2), so never built there).
  const sameDisk = statSync(sites).dev === statSync(scratch).dev;
  const next = join(scratch, `build-${pid}`);
  // A build killed between the two renames of the first swap (below) left no dist: show its site.
  const finished = () => readdirSync(sites).filter((n) => n.startsWith('site-') && !alive(owner(n)) && owner(n) !== pid);
  if (!existsSync(dist) && finished().length) point(dist, sites, finished().sort().at(-1)!, pid);
  const live = liveSite(dist);

  // Claimed now by renaming (builds side by side never take the same folder), deleted later.
  const claimed: string[] = [];
  const claim = (folder: string, name: string) => {
    const to = join(folder, `removing-${pid}-${claimed.length}`);
    try {
      renameSync(join(folder, name), to);
      claimed.push(to);
    } catch {
      // another build took it
    }
  };
  rmSync(next, { recursive: true, force: true });
  const old = finished()
    .filter((n) => n !== live)
    .sort();
  const recycled = sameDisk ? old.pop() : undefined;
  if (recycled) {
    try {
      renameSync(join(sites, recycled), next);
    } catch {
      // another build took it
    }
  }
  mkdirSync(next, { recursive: true });
  for (const name of old) claim(sites, name);
  for (const name of readdirSync(sites).filter((n) => /^(build|link|removing)-/.test(n) && owner(n) !== pid && !alive(owner(n))))
    claim(sites, name);
  // Folders builds into another file system, and the builds before site folders, left in .broadsheet/.
  for (const name of readdirSync(scratch))
    if (name.startsWith('previous-') || (/^(build|removing)-\d+/.test(name) && !alive(owner(name)))) claim(scratch, name);

  /**
   * Old sites are deleted while this build makes its search index (mostly Pagefind's work, in its own
   * process): tens of thousands of files, 0.8 s at 5,000 stories, which during Astro's run would slow
   * Astro's own file work threefold.
   */
  async function removeOldSites(): Promise<void> {
    await Promise.all(claimed.map((folder) => rm(folder, { recursive: true, force: true })));
  }

  function publish(): void {
    let time = Date.now();
    while (existsSync(join(sites, `site-${time}-${pid}`))) time++;
    const site = `site-${time}-${pid}`;
    if (sameDisk) renameSync(next, join(sites, `build-${pid}`));
    else {
      try {
        cpSync(next, join(sites, `build-${pid}`), { recursive: true });
      } catch (error) {
        // Node's copy reports a full disk as EIO: tell it while the partial copy still fills the disk.
        const full = isFull(sites) && Object.assign(new Error(`no space left in ${sites}`), { code: 'ENOSPC' });
        rmSync(join(sites, `build-${pid}`), { recursive: true, force: true });
        throw full || error;
      }
      rmSync(next, { recursive: true, force: true });
    }
    renameSync(join(sites, `build-${pid}`), join(sites, site));
    if (lstatSync(dist, { throwIfNoEntry: false })?.isDirectory()) {
      // The first build with site folders: a link cannot replace a folder in one step. For the
      // instant between these two renames there is no dist; a build killed there is repaired above.
      renameSync(dist, join(sites, `site-${time - 1}-${pid}`));
    }
    point(dist, sites, site, pid);
  }

  return { next, publish, removeOldSites };
}

/** Points `dist` at `sites/site` in one rename(2): a new link under a temporary name takes its place. */
function point(dist: string, sites: string, site: string, pid: number): void {
  const link = join(sites, `link-${pid}`);
  rmSync(link, { force: true });
  // Relative, so the folder holding dist can be moved or mounted elsewhere with its sites.
  symlinkSync(join(basename(sites), site), link);
  renameSync(link, dist);
}
