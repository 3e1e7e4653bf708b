import type { SourceNote } from '../source.ts';
import { fencedCode } from './body-text.ts';
import { embedMarkdown, isEmbed } from './embeds.ts';
import { liquidObject, type LiquidSite } from './liquid-objects.ts';
import { shortcodeParams } from './shortcode-scan.ts';
import { asBlock, countUnknown, unknownNotes, type Unknowns } from './unknown-markup.ts';

/** What Liquid tags need from the rest of the site. */
export interface LiquidContext {
  site: LiquidSite;
  /** The address (base path included) of the post `{% post_url name %}` names, if it exists. */
  postUrl(name: string): string | undefined;
  /** The address (base path included) of the file `{% link path %}` names, if it exists. */
  link(path: string): string | undefined;
}

// A tag or object runs to its closing `%}` or `}}` within a bounded length: a stray `{{` in a long body
// must not make each later one scan to the end.
const TOKEN = /\{%-?\s*(\w+)((?:[^%]|%(?!\})){0,2000}?)-?%\}|\{\{-?([^{}]{0,2000}?)-?\}\}/g;
// Tags that only continue or close a block: the opening tag is the one reported.
const CONTINUING = /^(?:end\w*|else|elsif|when|break|continue)$/;

/**
 * A Jekyll body with the Liquid Broadsheet has an answer for resolved: `{% raw %}` unwrapped,
 * `{% highlight %}` as fenced code, `{% post_url %}` and `{% link %}` as addresses, site settings
 * and `relative_url`/`absolute_url` filled in, `{% comment %}` dropped, plugins' embeds (`gist`,
 * `youtube`, `vimeo`, `twitter`) as links. Everything else (`include`,
 * loops, page variables) is left as written and named once per post (`unknown-liquid`).
 */
export function convertLiquid(body: string, context: LiquidContext): { body: string; notes: SourceNote[] } {
  const notes: SourceNote[] = [];
  const unknown: Unknowns = new Map();
  const out = convert(body, context, unknown, notes);
  notes.push(...unknownNotes(unknown, 'unknown-liquid', (name) => `Liquid ${name}`));
  return { body: out, notes };
}

function convert(body: string, context: LiquidContext, unknown: Unknowns, notes: SourceNote[]): string {
  const token = new RegExp(TOKEN.source, 'g');
  let out = '';
  let pos = 0;
  // Where the text written so far ends in the base path just put there by `{{ site.baseurl }}`.
  let baseEnds = -1;
  // Block tags whose end is nowhere after some point: it is nowhere after any later point either.
  const unended = new Set<string>();
  for (let m = token.exec(body); m; m = token.exec(body)) {
    out += body.slice(pos, m.index);
    pos = token.lastIndex;
    const [written, name, args = '', expression] = m;
    if (name === undefined) {
      const value = liquidObject(expression!.trim(), context.site);
      if (value === undefined) {
        out += written;
        countUnknown(unknown, `{{ ${/^[^\s|]+/.exec(expression!.trim())?.[0] ?? ''} }}`);
      } else {
        out += value;
        if (/^site\.baseurl$/.test(expression!.trim())) baseEnds = out.length;
      }
      continue;
    }
    const tag = name.toLowerCase();
    if (tag === 'raw' || tag === 'comment' || tag === 'highlight') {
      const end = new RegExp(`\\{%-?\\s*end${tag}\\s*-?%\\}`, 'g');
      end.lastIndex = pos;
      const close = unended.has(tag) ? null : end.exec(body);
      if (!close) {
        unended.add(tag);
        out += written;
        countUnknown(unknown, `{% ${tag} %} without its end`);
        continue;
      }
      const inner = body.slice(pos, close.index);
      pos = token.lastIndex = end.lastIndex;
      if (tag === 'raw') out += inner;
      else if (tag === 'highlight') {
        const code = fencedCode(args.trim().split(/\s+/)[0] ?? '', convert(inner, context, unknown, notes));
        out += asBlock(out, body.slice(pos), code);
      }
    } else if (tag === 'post_url' || tag === 'link') {
      const target = args.trim();
      const address = tag === 'post_url' ? context.postUrl(target) : context.link(target);
      if (address === undefined) {
        notes.push({ kind: 'unresolved-link', detail: `{% ${tag} ${target} %} names nothing in the site: left as the path` });
        out += target;
        continue;
      }
      // Jekyll 3 sites write `{{ site.baseurl }}{% post_url … %}`; Jekyll 4 adds the base path itself.
      const base = context.site.baseurl;
      out += baseEnds === out.length && base && address.startsWith(base) ? address.slice(base.length) : address;
    } else {
      // Plugins' embeds (jekyll-gist, the YouTube and Twitter tags) read like Hugo's shortcodes.
      const embed = isEmbed(tag) ? embedMarkdown(tag, shortcodeParams(args), notes) : undefined;
      if (embed !== undefined) out += asBlock(out, body.slice(pos), embed);
      else {
        out += written;
        if (!CONTINUING.test(tag)) countUnknown(unknown, `{% ${tag} %}`);
      }
    }
  }
  return out + body.slice(pos);
}
