import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak memory of a process and all its descendants, sampled from /proc. `/usr/bin/time` alone misses
 * children the build does not wait for, such as Pagefind's indexer, which at 20,000 stories is the
 * largest process of the whole build.
 */
export function watchTreeMemory(root: number, everyMs = 200) {
  const peak = { processMb: 0, treeMb: 0 };
  const page = 4096 / 1048576;
  const sample = () => {
    const parent = new Map<number, number>();
    const rss = new Map<number, number>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        // The command name may hold spaces: the fields after its closing bracket are fixed.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        parent.set(Number(name), Number(fields[1]));
        rss.set(Number(name), Number(fields[21]) * page);
      } catch {
        // The process ended while we looked.
      }
    }
    const inTree = (pid: number): boolean => pid === root || (pid > 1 && parent.has(pid) && inTree(parent.get(pid)!));
    let tree = 0;
    for (const [pid, mb] of rss)
      if (inTree(pid)) {
        tree += mb;
        peak.processMb = Math.max(peak.processMb, mb);
      }
    peak.treeMb = Math.max(peak.treeMb, tree);
  };
  const timer = process.platform === 'linux' ? setInterval(sample, everyMs) : undefined;
  return {
    stop() {
      if (timer) clearInterval(timer);
      return { processMb: Math.round(peak.processMb), treeMb: Math.round(peak.treeMb) };
    },
  };
}
