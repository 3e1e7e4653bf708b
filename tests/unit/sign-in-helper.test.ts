import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignInSettings } from '../../src/admin/sign-in-helper.ts';

// GitHub's token endpoint cannot be reached here: a stand-in on 127.0.0.1 answers as GitHub documents.
let github: Server;
let settings: SignInSettings;
const exchanges: Record<string, unknown>[] = [];

beforeAll(async () => {
  github = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const sent = JSON.parse(body || '{}') as Record<string, unknown>;
      exchanges.push(sent);
      res.setHeader('Content-Type', 'application/json');
      const good =
        req.url === '/login/oauth/access_token' && sent['client_secret'] === 'app-secret' && sent['code'] === 'good-code';
      res.end(
        JSON.stringify(
          good
            ? { access_token: 'gho_token', token_type: 'bearer' }
            : { error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
  const { port } = github.address() as AddressInfo;
  settings = {
    clientId: 'app-id',
    clientSecret: 'app-secret',
    siteOrigin: 'https://courier.example.org',
    github: `http://127.0.0.1:${port}`,
  };
});
afterAll(() => new Promise<void>((resolve) => github.close(() => resolve())));

const HELPER = 'https://auth.courier.example.org';
async function started() {
  const response = await signIn(new Request(`${HELPER}/auth?provider=github&scope=repo`), settings);
  const state = /state=([0-9a-f]{32})/.exec(response.headers.get('Set-Cookie') ?? '')?.[1] ?? '';
  return { response, state };
}
const callback = (query: string, cookie?: string) =>
  signIn(new Request(`${HELPER}/callback?${query}`, { headers: cookie ? { Cookie: cookie } : {} }), settings);

describe('the GitHub sign-in helper', () => {
  it('sends the editor to GitHub with the app, the scope and a state it also keeps in a cookie', async () => {
    const { response, state } = await started();
    expect(response.status).toBe(302);
    const to = new URL(response.headers.get('Location')!);
    expect(to.origin + to.pathname).toBe(`${settings.github}/login/oauth/authorize`);
    expect(Object.fromEntries(to.searchParams)).toEqual({
      client_id: 'app-id',
      scope: 'repo,user',
      state,
      redirect_uri: `${HELPER}/callback`,
    });
    expect(response.headers.get('Set-Cookie')).toMatch(/HttpOnly; Secure; SameSite=Lax/);
  });

  it("trades GitHub's code for a token with the secret, and hands the token to the paper's window alone", async () => {
    const { state } = await started();
    const response = await callback(`code=good-code&state=${state}`, `broadsheet_sign_in_state=${state}`);
    expect(response.status).toBe(200);
    expect(exchanges.at(-1)).toEqual({ client_id: 'app-id', client_secret: 'app-secret', code: 'good-code' });
    const html = await response.text();
    expect(html).toContain('authorization:github:success:{\\"token\\":\\"gho_token\\",\\"provider\\":\\"github\\"}');
    expect(html).toContain('if (e.origin === site) window.opener.postMessage(');
    expect(html).toContain('const site = "https://courier.example.org"');
    expect(html).not.toContain('app-secret');
    const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
    expect(response.headers.get('Content-Security-Policy')).toBe(`default-src 'none'; script-src 'nonce-${nonce}'`);
  });

  it('refuses a callback it did not start, and passes on what GitHub says when it refuses', async () => {
    const { state } = await started();
    for (const response of [
      await callback(`code=good-code&state=${state}`),
      await callback(`code=good-code&state=${'0'.repeat(32)}`, `broadsheet_sign_in_state=${state}`),
    ]) {
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('authorization:github:error:');
    }
    const refused = await callback(`code=old-code&state=${state}`, `broadsheet_sign_in_state=${state}`);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('The code passed is incorrect or expired.');
  });
});
