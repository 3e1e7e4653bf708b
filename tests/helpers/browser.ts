import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve } from './static-server.ts';

type Served = Awaited<ReturnType<typeof serve>>;

/** Debian's Chromium with the flags this closed network needs; playwright cannot download its own here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * The built site at `dist()` served on 127.0.0.1, and Chromium, for the tests of one file: opened
 * before them and closed after (read `server` and `browser` inside tests, once they are open).
 */
export function servedInChromium(dist: () => string): { server: Served; browser: Browser } {
  const opened = {} as { server: Served; browser: Browser };
  beforeAll(async () => {
    opened.server = await serve(dist());
    opened.browser = await launchChromium();
  });
  afterAll(async () => {
    await opened.browser?.close();
    await opened.server?.close();
  });
  return opened;
}
