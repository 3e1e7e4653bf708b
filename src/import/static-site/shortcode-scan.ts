/** One Hugo shortcode tag as written in a body: `{{< name args >}}`, `{{% /name %}}`, or escaped with a comment inside. */
export interface ShortcodeTag {
  /** Offsets of the whole tag in the body. */
  start: number;
  end: number;
  name: string;
  /** `{{< /name >}}`: the end of a paired shortcode. */
  closing: boolean;
  /** `{{</*` … `*` `/>}}`: a shortcode shown as text, the way Hugo's own documentation writes one. */
  escaped: boolean;
  /** Everything after the name, as written. */
  args: string;
}

/** A shortcode's parameters: positional ones in order, named ones by name (lower case). */
export interface ShortcodeParams {
  positional: string[];
  named: Record<string, string>;
}

/**
 * The next shortcode tag at or after `from`, or undefined. Quoted arguments may hold `>` and `}}`
 * (`caption="a > b"`), so the closing `>}}` is looked for outside quotes only. A `{{<` that never
 * closes is not a tag: the scan moves on past it.
 */
export function nextShortcode(body: string, from: number): ShortcodeTag | undefined {
  const open = /\{\{([<%])/g;
  open.lastIndex = from;
  for (let m = open.exec(body); m; m = open.exec(body)) {
    const tag = tagAt(body, m.index, m[1] as '<' | '%');
    if (tag) return tag;
    open.lastIndex = m.index + 3;
  }
  return undefined;
}

const HEAD = /^\{\{[<%]\s*(\/\*)?\s*(\/)?\s*(\w[\w./-]*)/;
// A tag longer than this is taken for a stray `{{<` rather than scanned to the end of a long body.
const MAX_TAG = 4000;

function tagAt(body: string, start: number, delimiter: '<' | '%'): ShortcodeTag | undefined {
  const head = HEAD.exec(body.slice(start, start + 200));
  if (!head) return undefined;
  const escaped = head[1] !== undefined;
  const closing = delimiter === '<' ? '>' : '%';
  const closer = new RegExp(`^${escaped ? '\\*\\/\\s*' : ''}${closing}\\}\\}`);
  const argsStart = start + head[0].length;
  const limit = Math.min(body.length, start + MAX_TAG);
  let quote = '';
  for (let i = argsStart; i < limit; i++) {
    const ch = body[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === '`') quote = ch;
    else if (ch === closing || ch === '*') {
      const close = closer.exec(body.slice(i, i + 40));
      if (!close) continue;
      const args = body
        .slice(argsStart, i)
        .trim()
        .replace(/\s*\/$/, '');
      return { start, end: i + close[0].length, name: head[3]!, closing: head[2] !== undefined, escaped, args };
    }
  }
  return undefined;
}

const PARAM = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s"`]+))|"((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s"`=]+)/g;

/** Reads `src="a.jpg" caption='b' 42 "quoted"` into named and positional parameters. */
export function shortcodeParams(args: string): ShortcodeParams {
  const params: ShortcodeParams = { positional: [], named: {} };
  const unescape = (s: string) => s.replace(/\\(["\\])/g, '$1');
  for (const m of args.matchAll(PARAM)) {
    if (m[1] !== undefined) params.named[m[1].toLowerCase()] = m[2] !== undefined ? unescape(m[2]) : (m[3] ?? m[4] ?? '');
    else params.positional.push(m[5] !== undefined ? unescape(m[5]) : (m[6] ?? m[7] ?? ''));
  }
  return params;
}
