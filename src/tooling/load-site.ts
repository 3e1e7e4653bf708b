import type { SiteConfig } from '../model/schemas/site.ts';
import { SiteConfigError } from '../model/site-config.ts';

/**
 * The site config for a tool (`npm run new`, `guide`, `schema`). A broken one is listed as every
 * command lists it, and ends the tool: imported plainly, Node would print lines of its own first
 * (`node:internal/modules/run_main`, `triggerUncaughtException`), which tell an editor nothing.
 */
export async function loadSite(): Promise<SiteConfig> {
  try {
    return (await import('../site.config.ts')).default;
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
