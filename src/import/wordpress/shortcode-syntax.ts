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

// An opening tag as WordPress's pattern reads it, the name left open: [1] the escape bracket,
// [2] name, [3] attributes, [4] self-closing slash.
const OPENING = /\[(\[?)([a-zA-Z][\w-]*)(?![\w-])([^\]/]*(?:\/(?!\])[^\]/]*)*?)(\/?)\]/g;
const CLOSING = /\[\/([a-zA-Z][\w-]*)\]/g;

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
 * Content runs to the first closing tag of the same name, as in WordPress. Only names that are
 * closed somewhere are looked for: prose full of `[1]` and `[sic]` costs one pass, not one per bracket.
 */
export function replaceShortcodes(text: string, handle: (shortcode: Shortcode) => string | undefined): string {
  if (!text.includes('[')) return text;
  const closed = new Set([...text.matchAll(CLOSING)].map((m) => m[1]!));
  const opening = new RegExp(OPENING.source, 'g');
  let out = '';
  let at = 0;
  for (let m = opening.exec(text); m; m = opening.exec(text)) {
    const [open, before = '', name = '', attrText = '', slash = ''] = m;
    let end = m.index + open.length;
    let content: string | undefined;
    if (!slash && closed.has(name)) {
      const close = text.indexOf(`[/${name}]`, end);
      if (close >= 0) [content, end] = [text.slice(end, close), close + name.length + 3];
    }
    const after = text[end] === ']' ? ']' : '';
    const raw = text.slice(m.index + before.length, end);
    const escaped = before === '[' && after === ']';
    const shortcode: Shortcode = {
      name,
      ...parseAttributes(attrText),
      content,
      selfClosing: slash === '/',
      open: open.slice(before.length),
      raw,
    };
    const replaced = escaped ? raw : before + (handle(shortcode) ?? raw) + after;
    out += text.slice(at, m.index) + replaced;
    at = end + after.length;
    opening.lastIndex = at;
  }
  return out + text.slice(at);
}
