// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { shikiConfig } from './src/markdown/code-highlighting.ts';
import { markdownOptions } from './src/markdown/pipeline.ts';
import { broadsheetPhotos } from './src/photos/integration.ts';
import { previewReload } from './src/load/preview-reload.ts';
import { localEditor } from './src/admin/local-proxy.ts';
import { cacheDir } from './src/model/paths.ts';
import { reusePages } from './src/incremental/reuse-pages.ts';
import { announcePagesDone } from './src/publish/pages-done.ts';
import site from './src/site.config.ts';

// The build script points BROADSHEET_OUT_DIR at a scratch folder and swaps it in only on success.
const outDir = process.env.BROADSHEET_OUT_DIR ?? './dist';

export default defineConfig({
  site: site.url,
  output: 'static',
  outDir,
  trailingSlash: 'always',
  cacheDir: cacheDir(),
  // Never inline CSS or JS (nor data: URLs for small assets): the Content-Security-Policy allows no inline code.
  // Four pages render at once, so one page's file writes overlap another's rendering.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    build: { assetsInlineLimit: 0 },
    // Build output, caches and benchmark corpora can hold tens of thousands of files: never watch them.
    server: { watch: { ignored: ['**/.broadsheet/**', '**/dist/**', '**/.dist-sites/**', '**/tests/output/**'] } },
  },
  markdown: { processor: unified(markdownOptions(site.url)), shikiConfig },
  // In this order: pages settled (reusePages), search may start (announcePagesDone), photos encoded.
  integrations: [
    reusePages(Boolean(process.env.BROADSHEET_OUT_DIR)),
    announcePagesDone(),
    broadsheetPhotos(),
    previewReload(),
    localEditor(),
  ],
  devToolbar: { enabled: false },
  // Story pages carry a cacheKey (src/site/page-keys.ts): unchanged ones are copied from the last build.
  experimental: { incrementalBuild: true },
});
