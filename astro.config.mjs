// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkFigures from './src/plugins/remark-figures.ts';
import remarkRelatedLinks from './src/plugins/remark-related-links.ts';
import site from './src/site.config.ts';

// The build script points BROADSHEET_OUT_DIR at a scratch folder and swaps it in only on success.
const outDir = process.env.BROADSHEET_OUT_DIR ?? './dist';

export default defineConfig({
  site: site.url,
  output: 'static',
  outDir,
  trailingSlash: 'always',
  // One cache per content folder, so fixture and benchmark builds never evict the real site's.
  cacheDir: `./.broadsheet/cache/${(process.env.BROADSHEET_CONTENT ?? 'content').replace(/[^a-z0-9]+/gi, '-')}`,
  build: { format: 'directory' },
  markdown: {
    processor: unified({ remarkPlugins: [remarkRelatedLinks, remarkFigures] }),
  },
  image: {
    // AVIF at sharp's default effort costs ~3 s per photo on these machines; effort 2 is ~20x cheaper.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
  devToolbar: { enabled: false },
});
