import type { ShikiConfig } from '@astrojs/markdown-remark';

/**
 * How Shiki highlights code blocks, for the loader's processor (render.ts) and Astro's own
 * (astro.config.mjs) alike.
 *
 * The CSS-variables theme colours each token by its role (keyword, string, comment…) rather than
 * with a fixed colour, so the stylesheet (styles/code.css) chooses the colours for light and dark
 * paper and keeps their contrast. Shiki still writes them as `style="color:var(…)"`, which the
 * site's CSP forbids: rehype-code-classes.ts turns them into classes. `wrap: null` stops Astro
 * adding an `overflow-x` style of its own; the stylesheet scrolls long lines instead.
 *
 * A fixed theme turned into classes (Shiki's transformerStyleToClass) was the other way: it yields
 * one class per colour, whose CSS each build would have to collect and write out, and one palette
 * for both light and dark paper.
 */
export const shikiConfig = {
  theme: 'css-variables',
  wrap: null,
} satisfies ShikiConfig;

/** Inside Astro, the CSS-variables theme names its variables `--astro-code-<role>`. */
export const SHIKI_VARIABLE_PREFIX = '--astro-code-';
