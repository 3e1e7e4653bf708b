// The sign-in helper as a Cloudflare Worker: `wrangler deploy deploy/sign-in/worker.ts`, with the
// secrets GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET and SITE_ORIGIN (docs/editing-setup.md).
import { signIn } from '../../src/admin/sign-in-helper.ts';

interface Env {
  GITHUB_CLIENT_ID: string;
  GITHUB_CLIENT_SECRET: string;
  SITE_ORIGIN: string;
}

export default {
  fetch: (request: Request, env: Env) =>
    signIn(request, { clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET, siteOrigin: env.SITE_ORIGIN }),
};
