import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openScratch } from '../../src/publish/scratch.ts';

// The site folders beside dist: what a build claims, recycles and leaves, and how dist is replaced.
let root: string;
const at = (name: string) => join(root, name);
const dist = () => at('dist');
/** The id of a process that has exited: the owner of a killed build's leftovers. */
const dead = () => spawnSync('true').pid;

function site(name: string, text = name): void {
  mkdirSync(at(`.dist-sites/${name}`), { recursive: true });
  writeFileSync(at(`.dist-sites/${name}/index.html`), text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'broadsheet-scratch-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the site folders beside dist', () => {
  it('recycles the newest old site and removes what killed builds left', async () => {
    const pid = dead();
    ['site-100-1', 'site-200-1', 'site-300-1'].forEach((n) => site(n.replace(/1$/, String(pid))));
    symlinkSync(`.dist-sites/site-300-${pid}`, dist());
    for (const name of [`build-${pid}`, `removing-${pid}-0`]) site(name);
    symlinkSync('nowhere', at(`.dist-sites/link-${pid}`));
    mkdirSync(at(`.broadsheet/previous-abc-${pid}`), { recursive: true });
    mkdirSync(at(`.broadsheet/build-${pid}`), { recursive: true });
    const scratch = openScratch(root, dist(), process.pid);
    expect(readFileSync(join(scratch.next, 'index.html'), 'utf8')).toBe(`site-200-${pid}`);
    await scratch.removeOldSites();
    expect(readdirSync(at('.dist-sites'))).toEqual([`site-300-${pid}`]);
    // A build writes inside the project, where Astro keeps its page code in the output folder.
    expect(readdirSync(at('.broadsheet'))).toEqual([`build-${process.pid}`]);
  });

  it('leaves the folders of a build still running alone', async () => {
    site(`build-${process.ppid}`);
    site(`site-100-${process.ppid}`);
    const scratch = openScratch(root, dist(), process.pid);
    await scratch.removeOldSites();
    expect(readdirSync(at('.dist-sites')).sort()).toEqual([`build-${process.ppid}`, `site-100-${process.ppid}`].sort());
  });

  it('swaps a link into the place of dist, which keeps showing a whole site', () => {
    const first = openScratch(root, dist(), process.pid);
    writeFileSync(join(first.next, 'index.html'), 'first');
    first.publish();
    expect(lstatSync(dist()).isSymbolicLink()).toBe(true);
    expect(readFileSync(at('dist/index.html'), 'utf8')).toBe('first');
    const second = openScratch(root, dist(), process.pid);
    writeFileSync(join(second.next, 'index.html'), 'second');
    second.publish();
    expect(readFileSync(at('dist/index.html'), 'utf8')).toBe('second');
    expect(readdirSync(at('.dist-sites')).filter((n) => !n.startsWith('site-'))).toEqual([]);
  });

  it('replaces a dist that is still a real folder, keeping it as an old site', () => {
    mkdirSync(dist());
    writeFileSync(at('dist/index.html'), 'before');
    const scratch = openScratch(root, dist(), process.pid);
    writeFileSync(join(scratch.next, 'index.html'), 'after');
    scratch.publish();
    expect(lstatSync(dist()).isSymbolicLink()).toBe(true);
    expect(readFileSync(at('dist/index.html'), 'utf8')).toBe('after');
    const kept = readdirSync(at('.dist-sites')).map((n) => readFileSync(at(`.dist-sites/${n}/index.html`), 'utf8'));
    expect(kept.sort()).toEqual(['after', 'before']);
  });

  it('shows the newest site again when a build was killed between the first swap’s two renames', () => {
    const pid = dead();
    site(`site-100-${pid}`);
    site(`site-200-${pid}`);
    expect(existsSync(dist())).toBe(false);
    openScratch(root, dist(), process.pid);
    expect(readFileSync(at('dist/index.html'), 'utf8')).toBe(`site-200-${pid}`);
  });
});
