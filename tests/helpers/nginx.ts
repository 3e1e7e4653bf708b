import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build.ts';

/** Debian's nginx: README "Requirements"; `.ci/run` installs it like Chromium. */
export const NGINX = '/usr/sbin/nginx';

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });

/**
 * Serves the built site at `dist` with nginx on 127.0.0.1, through the project's own
 * deploy/nginx-site.conf and the build's `_redirects.nginx`, as docs/deploy.md tells an operator to.
 * With `plain`, as a host without rules serves files: no config of ours, only a root and an index.
 * One foreground process, all its files in a scratch folder; `stop()` ends it and removes them.
 */
export async function startNginx(dist: string, { plain = false } = {}): Promise<{ url: string; stop: () => void }> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install -y nginx (as .ci/run does)`);
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-nginx-'));
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'master_process off;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temp.map((t) => `  ${t}`),
      // The old addresses' maps belong at the http level; deploy/nginx-site.conf answers from them.
      ...(plain ? [] : [`  include ${join(realpathSync(dist), '_redirects.nginx')};`]),
      '  server {',
      `    listen 127.0.0.1:${port};`,
      // The build may swap a symlink into dist/: serve the folder it points at now.
      `    root ${realpathSync(dist)};`,
      plain ? '    index index.html;' : `    include ${join(PROJECT_ROOT, 'deploy/nginx-site.conf')};`,
      '  }',
      '}',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  // Ready when it answers; a config it refuses ends the process, which is reported at once.
  for (;;) {
    if (child.exitCode !== null) {
      const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
      stop();
      throw new Error(`nginx exited (${child.exitCode}):\n${stderr}\n${log}`);
    }
    try {
      await fetch(url);
      return { url, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
