import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../src/admin/sign-in-helper.ts';
import { launchChromium } from '../helpers/browser.ts';
import { POLL_MS } from '../helpers/budget.ts';

/** A server on 127.0.0.1 (its own origin, by port) answering with `handle`. */
type Handler = (req: IncomingMessage, base: string) => Promise<Response> | Response;
async function listen(handle: Handler): Promise<{ base: string; server: Server; handle: Handler }> {
  let base = '';
  const server = createServer((req, res) => {
    void Promise.resolve(handle(req, base)).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, server, handle };
}

// The whole sign-in in Chromium: the paper's page opens the helper in a popup, as Decap does; a
// stand-in for GitHub (which this machine cannot reach) approves; the token comes back by the
// handshake Decap speaks (decap-cms-lib-auth), under the helper's own CSP.
describe('signing in through the helper, in a browser', () => {
  const servers: Server[] = [];
  let browser: Browser;
  let site = '';
  let helper = '';
  let other = '';

  beforeAll(async () => {
    const github = await listen((req) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/login/oauth/authorize') {
        const back = new URL(url.searchParams.get('redirect_uri')!);
        back.search = new URLSearchParams({ code: 'good-code', state: url.searchParams.get('state')! }).toString();
        return new Response(null, { status: 302, headers: { Location: back.href } });
      }
      return Response.json({ access_token: 'gho_from_github' });
    });
    // The opener's half of Decap's handshake: answer `authorizing:github` from the helper, then take the token.
    const paper = await listen(
      () =>
        new Response(
          `<!doctype html><title>editor</title><button>Login with GitHub</button><script>
          const helper = ${JSON.stringify(helper)};
          document.querySelector('button').onclick = () => {
            const popup = window.open(helper + '/auth?provider=github&scope=repo');
            window.addEventListener('message', (e) => {
              if (e.origin !== helper) return;
              if (e.data === 'authorizing:github') popup.postMessage(e.data, e.origin);
              else document.title = e.data;
            });
          };</script>`,
          { headers: { 'Content-Type': 'text/html' } },
        ),
    );
    site = paper.base;
    // The same page on another origin: a site the helper was not set up for.
    const stranger = await listen((req, base) => paper.handle(req, base));
    other = stranger.base;
    const auth = await listen(async (req, base) => {
      const settings = { clientId: 'app-id', clientSecret: 'app-secret', siteOrigin: site, github: github.base };
      return signIn(new Request(base + req.url, { headers: { Cookie: req.headers.cookie ?? '' } }), settings);
    });
    helper = auth.base;
    servers.push(github.server, paper.server, stranger.server, auth.server);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const s of servers) s.close();
  });

  it("hands the token to the paper's page", async () => {
    const page = await browser.newPage();
    await page.goto(site);
    await page.getByRole('button').click();
    await expect
      .poll(() => page.title(), { timeout: POLL_MS })
      .toBe('authorization:github:success:{"token":"gho_from_github","provider":"github"}');
  });

  it('gives no token to a page of another origin that opens it', async () => {
    const page = await browser.newPage();
    await page.goto(other);
    const opened = page.waitForEvent('popup');
    await page.getByRole('button').click();
    const popup = await opened;
    await popup.waitForURL(/\/callback\?/);
    await popup.waitForLoadState('load');
    expect(await popup.content()).toContain('Signing in');
    expect(await page.title()).toBe('editor');
  });
});
