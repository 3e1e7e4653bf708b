import { table, text, type Fields } from './fields.ts';

/** The site values Liquid objects in a body may name. */
export interface LiquidSite {
  /** `url` from the config, without a trailing slash; `''` when unset. */
  url: string;
  /** `baseurl`, as a path (`/blog`) or `''`. */
  baseurl: string;
  /** Every setting of `_config.yml`, for `{{ site.repository }}` and the like. */
  settings: Fields;
}

/**
 * The value of a Liquid object that depends only on the site: `site.baseurl`, `site.url`, any other
 * plain setting (`site.repository`, `site.twitter.username`), string literals, and the filters that
 * make addresses of them (`relative_url`, `absolute_url`, `prepend`, `append`). Undefined for
 * anything that depends on a page or a loop: that is left as written.
 */
export function liquidObject(expression: string, site: LiquidSite): string | undefined {
  const [head, ...filters] = splitFilters(expression);
  let value = head === undefined ? undefined : operand(head, site);
  for (const filter of filters) {
    if (value === undefined) return undefined;
    const [, name = '', arg] = /^(\w+)\s*(?::\s*(.+))?$/.exec(filter) ?? [];
    const argument = arg === undefined ? undefined : operand(arg, site);
    if (name === 'relative_url') value = relative(value, site);
    else if (name === 'absolute_url') value = /^[a-z]+:/i.test(value) ? value : site.url + relative(value, site);
    else if (name === 'prepend' && argument !== undefined) value = argument + value;
    else if (name === 'append' && argument !== undefined) value = value + argument;
    else return undefined;
  }
  return value;
}

/** A string literal, or a site variable holding a plain value. */
function operand(written: string, site: LiquidSite): string | undefined {
  const literal = /^(["'])(.*)\1$/s.exec(written.trim());
  if (literal) return literal[2];
  const path = /^site\.([\w.]+)$/.exec(written.trim())?.[1];
  if (path === undefined) return undefined;
  if (path === 'baseurl') return site.baseurl;
  if (path === 'url') return site.url;
  let value: unknown = site.settings;
  for (const key of path.split('.')) value = table(value)?.[key.toLowerCase()];
  return typeof value === 'boolean' ? String(value) : text(value);
}

/** `relative_url`: the base path in front of a path made absolute, as Jekyll does. */
function relative(value: string, site: LiquidSite): string {
  if (/^[a-z]+:|^\/\//i.test(value)) return value;
  return site.baseurl + (value.startsWith('/') ? value : `/${value}`);
}

/** `a | b: "x|y" | c` → `['a', 'b: "x|y"', 'c']`: bars inside quotes are not separators. */
function splitFilters(expression: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote = '';
  for (const ch of expression) {
    if (quote) quote = ch === quote ? '' : quote;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '|') {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current.trim());
  return parts;
}
