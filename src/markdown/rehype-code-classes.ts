import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { SHIKI_VARIABLE_PREFIX } from './code-highlighting.ts';

/** Declarations Shiki writes besides token colours, and the class that does their work. */
const FIXED: Record<string, string> = {
  'font-style:italic': 'hl-italic',
  'font-weight:bold': 'hl-bold',
  'text-decoration:underline': 'hl-underline',
  'user-select:none': 'hl-unselectable',
};

/**
 * The class for one CSS declaration of Shiki's, or nothing: `color:var(--astro-code-token-string)`
 * is `hl-token-string`. Anything else (the block's background, Astro's `overflow-x`) is the
 * stylesheet's job and is dropped.
 */
export function classFor(declaration: string): string | undefined {
  const [property = '', ...rest] = declaration.split(':');
  const prop = property.trim().toLowerCase();
  const value = rest.join(':').trim();
  const key = `${prop}:${value.toLowerCase()}`;
  if (FIXED[key]) return FIXED[key];
  const variable = /^var\(\s*(--[\w-]+)\s*(?:,[^)]*)?\)$/.exec(value)?.[1];
  if (prop !== 'color' || !variable?.startsWith(SHIKI_VARIABLE_PREFIX)) return undefined;
  return `hl-${variable.slice(SHIKI_VARIABLE_PREFIX.length)}`;
}

/**
 * Moves the highlighter's inline styles into classes. The site's Content-Security-Policy allows no
 * inline styles, so each `style` attribute in a code block was a violation the browser logged and
 * a colour it refused; styles/code.css colours the classes for light and dark paper instead.
 */
export default function rehypeCodeClasses() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'pre') return undefined;
      visit(node, 'element', restyle);
      return SKIP;
    });
  };
}

function restyle(node: Element) {
  const style = node.properties['style'];
  if (style === undefined) return;
  delete node.properties['style'];
  const added = String(style)
    .split(';')
    .map(classFor)
    .filter((c): c is string => Boolean(c));
  if (added.length === 0) return;
  // Shiki writes `class` as a string where hast's own name is `className`, a list: both are read.
  const classes = [node.properties['class'], node.properties['className']].flatMap((c) =>
    Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/).filter(Boolean) : [],
  );
  delete node.properties['class'];
  node.properties['className'] = [...new Set([...classes, ...added])];
}
