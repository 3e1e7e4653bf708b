import type { EditorConfig } from '../model/schemas/site.ts';

/** Where `npm run dev` answers the editor's reads and saves (src/admin/local-proxy.ts). */
// With its slash: the dev server sends an address without one to a 404 (trailingSlash: 'always').
export const LOCAL_PROXY_PATH = '/api/v1/';

const LOCAL = Symbol.for('broadsheet.localEditor');
type Holder = { [LOCAL]?: boolean };

/** Called by the local proxy once it answers (src/admin/local-proxy.ts): this process is `npm run dev`. */
export const markLocalEditor = () => void ((globalThis as Holder)[LOCAL] = true);

/**
 * Whether the editor's config is for the local proxy. Asked of the proxy itself rather than of
 * `import.meta.env.DEV`, which a build started from a test runner (NODE_ENV=test) also sets.
 */
export const localEditorRunning = () => (globalThis as Holder)[LOCAL] === true;

/**
 * Where the editor reads and saves stories. On a deployed site: the paper's GitHub repository, each
 * editor signing in with GitHub through the sign-in helper (an OAuth proxy; docs/editing-setup.md).
 * With `npm run dev`: the working copy, through the local proxy, with no sign-in.
 */
export function backendFor(editor: EditorConfig, local: boolean): Record<string, unknown> {
  if (local || !editor.repo) return { name: 'proxy', proxy_url: LOCAL_PROXY_PATH, branch: editor.branch };
  return {
    name: 'github',
    repo: editor.repo,
    branch: editor.branch,
    ...(editor.authUrl ? { base_url: editor.authUrl, auth_endpoint: 'auth' } : {}),
    squash_merges: true,
    cms_label_prefix: 'broadsheet/',
    commit_messages: {
      create: 'Story: new "{{slug}}" ({{author-login}})',
      update: 'Story: edit "{{slug}}" ({{author-login}})',
      delete: 'Story: delete "{{slug}}" ({{author-login}})',
      uploadMedia: 'Photo: add "{{path}}" ({{author-login}})',
      deleteMedia: 'Photo: delete "{{path}}" ({{author-login}})',
    },
  };
}
