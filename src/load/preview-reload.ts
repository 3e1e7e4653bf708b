import type { AstroIntegration } from 'astro';

const KEY = Symbol.for('broadsheet.previewReload');

type Holder = { [KEY]?: () => void };

/**
 * `npm run dev`: lets the content loaders reload the open pages when the content breaks. A save that
 * fixes the content reloads them anyway (Astro's content store changes); a save that breaks it
 * changes nothing Vite watches, so without this the browser would keep the last good page.
 */
export function previewReload(): AstroIntegration {
  return {
    name: 'broadsheet-preview-reload',
    hooks: {
      'astro:server:setup': ({ server }) => {
        (globalThis as Holder)[KEY] = () => server.environments.client.hot.send({ type: 'full-reload', path: '*' });
      },
    },
  };
}

/** Reloads every page open in the preview; nothing outside `npm run dev`. */
export function reloadPreview(): void {
  (globalThis as Holder)[KEY]?.();
}
