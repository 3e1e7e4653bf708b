/**
 * WordPress shortcodes as WordPress reads them (`get_shortcode_regex`, `shortcode_parse_atts`),
 * for any name: `[name attrs]`, `[name attrs /]`, `[name attrs]content[/name]`, and `[[name]]`,
 * the escaped form that shows the brackets. Which of them is really a shortcode is decided by the
 * caller: prose has brackets too (`[sic]`, `[1]`).
 */
export interface Shortcode {
  name: string;
  /** Named attributes, names lower-cased as WordPress does. */
  attrs: Map<string, string>;
  /** Attributes without a name (`[youtube https://…]`), in order. */
  positional: string[];
  /** What sits between the opening and closing tags; undefined when there is no closing tag. */
  content?: string | undefined;
  selfClosing: boolean;
  /** The opening tag exactly as written. */
  open: string;
  /** The whole shortcode exactly as written. */
  raw: string;
}

// WordPress's own pattern with the name left open: [1] tag escape, [2] name, [3] attributes,
// [4] self-closing slash, [5] content, [6] closing tag, [7] escape.
const SHORTCODE =
  /\[(\[?)([a-zA-Z][\w-]*)(?![\w-])([^\]/]*(?:\/(?!\])[^\]/]*)*?)(?:(\/)\]|\](?:([^[]*(?:\[(?!\/\2\])[^[]*)*)(\[\/\2\]))?)(\]?)/g;

const ATTRIBUTE =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;

/** The named and positional attributes of a shortcode's attribute text. */
export function parseAttributes(text: string): Pick<Shortcode, 'attrs' | 'positional'> {
  const attrs = new Map<string, string>();
  const positional: string[] = [];
  const clean = text.replace(/[\u00a0\u200b]+/g, ' ');
  for (const m of clean.matchAll(ATTRIBUTE)) {
    const name = m[1] ?? m[3] ?? m[5];
    if (name !== undefined) attrs.set(name.toLowerCase(), m[2] ?? m[4] ?? m[6] ?? '');
    else positional.push(m[7] ?? m[8] ?? m[9] ?? '');
  }
  return { attrs, positional };
}

/**
 * `text` with each shortcode replaced by what `handle` returns for it; undefined keeps it exactly
 * as written. Escaped shortcodes (`[[gallery]]`) lose one pair of brackets and are not handled.
 */
export function replaceShortcodes(text: string, handle: (shortcode: Shortcode) => string | undefined): string {
  if (!text.includes('[')) return text;
  return text.replace(
    SHORTCODE,
    (raw, before: string, name: string, attrText: string, slash?: string, content?: string, close?: string, after = '') => {
      if (before === '[' && after === ']') return raw.slice(1, -1);
      const inner = raw.slice(before.length, raw.length - after.length);
      const open = close === undefined ? inner : inner.slice(0, inner.length - close.length - (content ?? '').length);
      const shortcode: Shortcode = {
        name,
        ...parseAttributes(attrText),
        content: close === undefined ? undefined : content,
        selfClosing: slash === '/',
        open,
        raw: inner,
      };
      return before + (handle(shortcode) ?? inner) + after;
    },
  );
}
