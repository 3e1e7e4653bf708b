/** `npm run headers`: writes the site's response headers for Netlify/Cloudflare Pages and nginx (src/output/headers.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, nginxConfig } from '../src/output/headers.ts';

const root = process.cwd();
mkdirSync(join(root, 'deploy'), { recursive: true });
writeFileSync(join(root, 'public', '_headers'), headersFile());
writeFileSync(join(root, 'deploy', 'nginx-site.conf'), nginxConfig());
console.log('Wrote public/_headers and deploy/nginx-site.conf');
