import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { SiteConfig } from '../schemas/site.ts';
import { checkContent, isLive, resolveLinks } from './check-content.ts';
import { buildTime } from './build-time.ts';
import { ContentError, formatProblems } from './problems.ts';
import { watchContent } from './watch-content.ts';

interface AssetStore {
  addAssetImports?: (assets: string[], filePath?: string) => void;
}

/**
 * Loads articles through the same checker as `npm run check`, so the build fails on exactly the
 * problems the checker lists, all at once. The cache digest covers the file *and* the headlines and
 * URLs it links to, so renaming a story re-renders the stories that point at it.
 */
export function articleLoader(site: SiteConfig, options: { includeUnpublished: boolean }): Loader {
  const loader: Loader = {
    name: 'broadsheet-articles',
    load: async (context) => {
      const { store, parseData, renderMarkdown, generateDigest, config, logger } = context;
      const root = fileURLToPath(config.root);
      const now = buildTime();
      const index = await checkContent(root, site);
      if (index.problems.some((p) => p.severity === 'error')) throw new ContentError(index.problems);
      if (index.problems.length) logger.warn(`\n${formatProblems(index.problems)}`);

      const kept = new Set<string>();
      for (const article of index.byId.values()) {
        const id = article.source.name;
        if (!options.includeUnpublished && !isLive(article, now)) continue;
        kept.add(id);
        const links = resolveLinks(article, index.byId);
        const digest = generateDigest(article.source.text + JSON.stringify(links));
        const filePath = relative(root, article.source.absPath);
        const existing = store.get(id);
        if (existing?.digest === digest && existing.rendered) {
          const assets = existing.assetImports ?? [];
          if (assets.length) (store as AssetStore).addAssetImports?.(assets, existing.filePath);
          continue;
        }
        const data = await parseData({ id, data: article.raw as Record<string, unknown>, filePath: article.source.absPath });
        // The resolved links travel as frontmatter: the only channel from a loader to remark plugins.
        const frontmatter = `---\n${JSON.stringify({ broadsheet: { links } })}\n---\n`;
        const rendered = await renderMarkdown(frontmatter + article.body, { fileURL: pathToFileURL(article.source.absPath) });
        store.set({
          id,
          data,
          body: article.body,
          filePath,
          digest,
          rendered,
          assetImports: rendered.metadata?.imagePaths ?? [],
        });
      }
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      watchContent(context, () => loader.load(context));
    },
  };
  return loader;
}
