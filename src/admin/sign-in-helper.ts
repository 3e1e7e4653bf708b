/** What the sign-in helper needs: the GitHub OAuth app, and the one site allowed to receive tokens. */
export interface SignInSettings {
  clientId: string;
  clientSecret: string;
  /** The paper's origin, e.g. `https://courier.example.org`: the only page a token is handed to. */
  siteOrigin: string;
  /** GitHub's address (GitHub Enterprise, or a stand-in in tests). */
  github?: string;
}

const STATE_COOKIE = 'broadsheet_sign_in_state';
const escapeScript = (json: string) => json.replace(/</g, '\\u003c');

/**
 * The small OAuth helper Decap CMS's GitHub sign-in needs on a static site (docs/editing-setup.md):
 * `/auth` sends the editor to GitHub with a fresh `state` (also kept in a cookie, against forged
 * callbacks); `/callback` trades GitHub's code for a token with the app's secret, which never reaches
 * a browser, and hands the token to the editor's window, only if that window is the paper's own.
 * A plain fetch handler, so it runs as a Cloudflare Worker (deploy/sign-in/worker.ts) or under Node.
 */
export async function signIn(request: Request, settings: SignInSettings): Promise<Response> {
  const url = new URL(request.url);
  const github = settings.github ?? 'https://github.com';
  if (url.pathname.endsWith('/auth')) {
    const state = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const to = new URL('/login/oauth/authorize', github);
    to.search = new URLSearchParams({
      client_id: settings.clientId,
      scope: 'repo,user',
      state,
      redirect_uri: new URL('callback', url).href,
    }).toString();
    return new Response(null, {
      status: 302,
      headers: {
        Location: to.href,
        'Set-Cookie': `${STATE_COOKIE}=${state}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=600`,
      },
    });
  }
  if (!url.pathname.endsWith('/callback')) return new Response('Not found', { status: 404 });
  const cookie = new RegExp(`(?:^|; )${STATE_COOKIE}=([0-9a-f]{32})`).exec(request.headers.get('Cookie') ?? '')?.[1];
  const code = url.searchParams.get('code');
  if (!code || !cookie || url.searchParams.get('state') !== cookie)
    return page(settings.siteOrigin, 'error', { message: 'The sign-in was not started here, or took too long: try again.' });
  const exchange = await fetch(new URL('/login/oauth/access_token', github), {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_id: settings.clientId, client_secret: settings.clientSecret, code }),
  });
  const answer = (await exchange.json().catch(() => ({}))) as { access_token?: string; error_description?: string };
  if (!exchange.ok || !answer.access_token)
    return page(settings.siteOrigin, 'error', { message: answer.error_description ?? 'GitHub refused the sign-in.' });
  return page(settings.siteOrigin, 'success', { token: answer.access_token, provider: 'github' });
}

/**
 * The popup's page, in Decap's protocol: it says `authorizing:github` to the editor's window, and
 * answers the window that replies, if it is the paper's, with `authorization:github:<status>:<json>`.
 */
function page(siteOrigin: string, status: 'success' | 'error', content: Record<string, string>): Response {
  const nonce = crypto.randomUUID();
  const message = escapeScript(JSON.stringify(`authorization:github:${status}:${JSON.stringify(content)}`));
  const script = `const site = ${escapeScript(JSON.stringify(siteOrigin))};
window.addEventListener('message', (e) => { if (e.origin === site) window.opener.postMessage(${message}, site); });
window.opener && window.opener.postMessage('authorizing:github', site);`;
  const html = `<!doctype html><meta charset="utf-8"><title>Signing in</title><p>Signing in…</p><script nonce="${nonce}">${script}</script>`;
  return new Response(html, {
    status: status === 'success' ? 200 : 400,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'`,
      'Cache-Control': 'no-store',
      'Set-Cookie': `${STATE_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0`,
    },
  });
}
