/**
 * Hugo shortcodes turned into plain Markdown where the Markdown is obvious; every other shortcode is
 * left as it came, since the point of the archive is to show the checker real, untidy bodies.
 */

/** `key="value"` pairs of one shortcode call. */
function params(args: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of args.matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))/g)) out[m[1]!] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

const IMAGES =
  /^[ \t]*\{\{<\s*(?:legacy-)?img(?:-right)?\s[^}]*?>\}\}[ \t]*(?:\r?\n|$)|\{\{<\s*(?:legacy-)?img(?:-right)?\s[^}]*?>\}\}/gm;
/** Wrappers whose content is ordinary Markdown: the box goes, the words stay. */
const WRAPPERS = /\{\{<\s*\/?(?:note|box|ring|accordion|card-policy|card-prompt)\b[^}]*?>\}\}/g;

export function convertShortcodes(body: string): string {
  return (
    body
      // The photos are not in the repository, so an image shortcode has nothing to show.
      .replace(IMAGES, '')
      // `ref` resolves to a page's address; its argument already is one, or close enough.
      .replace(/\{\{<\s*ref\s+"([^"]*)"\s*>\}\}/g, '$1')
      .replace(/\{\{<\s*quote-block\s([^}]*?)>\}\}/g, (_, args: string) => {
        const p = params(args);
        return `> ${p['text'] ?? ''}${p['cite'] ? `\n>\n> — ${p['cite']}` : ''}`;
      })
      .replace(/\{\{<\s*youtube\s([^}]*?)>\}\}/g, (all, args: string) => {
        const id = params(args)['id'] ?? /^\s*"?([\w-]+)"?/.exec(args)?.[1];
        return id ? `https://www.youtube.com/watch?v=${id}` : all;
      })
      .replace(/\{\{<\s*tweet\s([^}]*?)>\}\}/g, (all, args: string) => {
        const p = params(args);
        return p['user'] && p['id'] ? `https://twitter.com/${p['user']}/status/${p['id']}` : all;
      })
      .replace(/\{\{<\s*button\s([^}]*?)>\}\}/g, (all, args: string) => {
        const p = params(args);
        return p['href'] ? `[${p['text'] ?? p['href']}](${p['href']})` : all;
      })
      .replace(/\{\{<\s*highlight\s*(\w*)[^}]*?>\}\}/g, (_, lang: string) => '```' + lang)
      .replace(/\{\{<\s*\/highlight\s*>\}\}/g, '```')
      .replace(WRAPPERS, '')
  );
}
