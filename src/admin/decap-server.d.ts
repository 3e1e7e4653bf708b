// decap-server ships no types; these are the functions Broadsheet calls (src/admin/local-proxy.ts).
declare module 'decap-server/dist/middlewares.js' {
  import type { Express } from 'express';
  const middlewares: {
    /** Adds the file-system proxy's routes (`POST /api/v1`) to `app`, serving `GIT_REPO_DIRECTORY`. */
    registerLocalFs(app: Express, options?: { logLevel?: string }): Promise<void>;
    /** The same in git mode: the review workflow, a branch per story, merged on publish. */
    registerLocalGit(app: Express, options?: { logLevel?: string }): Promise<void>;
  };
  export default middlewares;
}
