import type { EditorConfig } from '../model/schemas/site.ts';

/**
 * The Content-Security-Policy of `/admin/` alone; every other page keeps the strict one
 * (src/output/csp.ts). Decap CMS needs what the reader site never allows, and only here:
 * - `'unsafe-eval'`: its form validation (ajv) compiles the field rules into functions;
 * - `'unsafe-inline'` styles: its components style themselves at run time (emotion);
 * - `blob:` and `data:` photos: a photo dropped into the editor is shown before it is saved;
 * - GitHub's API, its avatars and raw files, and the sign-in helper, which a deployed editor talks to.
 * Scripts still come only from this site: no CDN, nothing inline.
 */
export function adminContentSecurityPolicy(editor: EditorConfig): string {
  const signIn = editor.authUrl ? ` ${new URL(editor.authUrl).origin}` : '';
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', "'self' 'unsafe-eval' 'wasm-unsafe-eval'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com"],
    ['media-src', "'self' blob:"],
    ['font-src', "'self' data:"],
    ['connect-src', `'self' blob: data: https://api.github.com${signIn}`],
    ['frame-src', "'self' blob:"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}
