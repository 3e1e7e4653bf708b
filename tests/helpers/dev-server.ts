import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { POLL_MS } from './budget.ts';
import { PROJECT_ROOT } from './build.ts';

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Polls `url` until `ready` says yes about its text, or gives up after `ms`. */
export async function waitFor(url: string, ready: (text: string) => boolean, ms = POLL_MS): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    last = await fetch(url)
      .then((r) => r.text())
      .catch(() => '');
    if (ready(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

/** The environment a person's shell has: vitest's own variables (NODE_ENV=test, VITEST…) change how Vite serves. */
const outsideVitest = () =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));

export interface DevServer {
  base: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): void;
}

/** `npm run dev` as an editor starts it (Astro's dev server, drafts shown) on the content folder `content`. */
export async function startDevServer(content: string): Promise<DevServer> {
  const port = await freePort();
  let output = '';
  const dev: ChildProcess = spawn(
    process.execPath,
    // `--ignore-lock`: Astro refuses a second dev server in one project, and test files run side by side.
    ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...outsideVitest(),
        BROADSHEET_PREVIEW: '1',
        BROADSHEET_CONTENT: content,
        // Beside the throwaway content, or every run would leave a cache under .broadsheet/cache/.
        BROADSHEET_CACHE_DIR: join(content, '..', '.astro-cache'),
        BROADSHEET_NOW: '2026-11-24T12:00:00Z',
      },
    },
  );
  dev.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  dev.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return { base: `http://127.0.0.1:${port}`, output: () => output, stop: () => dev.kill('SIGTERM') };
}
