import type { SourceNote } from '../source.ts';
import { fencedCode } from './body-text.ts';
import { embedMarkdown, isEmbed } from './embeds.ts';
import { figureMarkdown } from './hugo-figure.ts';
import { nextShortcode, shortcodeParams, type ShortcodeTag } from './shortcode-scan.ts';
import { asBlock, countUnknown, unknownNotes, type Unknowns } from './unknown-markup.ts';

/** What shortcodes need from the rest of the site. */
export interface ShortcodeContext {
  /** The address of the page a `ref` names (absolute for `ref`, a site path for `relref`), if it exists. */
  ref(target: string, absolute: boolean): string | undefined;
  /** The post's date (ISO), which gives a year to credits that name only a day. */
  near?: string | undefined;
}

/**
 * A Hugo body with the shortcodes Broadsheet has words for turned into Markdown: `figure`, the
 * embeds, `ref`/`relref`, `highlight`, `gist`. Every other shortcode is left exactly as written and
 * named in a note (`unknown-shortcode`), once per name with a count, so the report stays readable
 * for an archive with thousands of them.
 */
export function convertShortcodes(body: string, context: ShortcodeContext): { body: string; notes: SourceNote[] } {
  const notes: SourceNote[] = [];
  const unknown: Unknowns = new Map();
  let out = '';
  let pos = 0;
  // A `highlight` never closed after some point is never closed after a later one: look once.
  let unclosedFrom = Infinity;
  for (let tag = nextShortcode(body, 0); tag; tag = nextShortcode(body, pos)) {
    out += body.slice(pos, tag.start);
    pos = tag.end;
    const written = body.slice(tag.start, tag.end);
    const name = tag.name.toLowerCase();
    if (tag.escaped) {
      // `{{</* x */>}}` is how a page shows a shortcode as text: it publishes as `{{< x >}}`.
      out += written.replace(/^(\{\{[<%])\s*\/\*/, '$1').replace(/\s*\*\/\s*([>%]\}\})$/, ' $1');
    } else if (name === 'highlight' && !tag.closing) {
      const end = tag.end >= unclosedFrom ? undefined : closingTag(body, name, tag.end);
      if (!end) unclosedFrom = Math.min(unclosedFrom, tag.end);
      const language = shortcodeParams(tag.args).positional[0] ?? '';
      if (end) {
        out += asBlock(out, body.slice(end.end), fencedCode(language, body.slice(tag.end, end.start)));
        pos = end.end;
      } else out += written;
    } else if ((name === 'ref' || name === 'relref') && !tag.closing) {
      out += reference(tag, name === 'ref', context, notes);
    } else {
      const block = tag.closing ? undefined : blockFor(name, tag, context, notes);
      if (block !== undefined) out += asBlock(out, body.slice(pos), block);
      else {
        out += written;
        if (!tag.closing) countUnknown(unknown, name);
      }
    }
  }
  out += body.slice(pos);
  notes.push(...unknownNotes(unknown, 'unknown-shortcode', (name) => `shortcode "${name}"`));
  return { body: out, notes };
}

function blockFor(name: string, tag: ShortcodeTag, context: ShortcodeContext, notes: SourceNote[]): string | undefined {
  const params = shortcodeParams(tag.args);
  if (name === 'figure') return figureMarkdown(params, context.near, notes);
  if (isEmbed(name)) return embedMarkdown(name, params, notes);
  return undefined;
}

function reference(tag: ShortcodeTag, absolute: boolean, context: ShortcodeContext, notes: SourceNote[]): string {
  const params = shortcodeParams(tag.args);
  const target = params.named['path'] ?? params.positional[0] ?? '';
  const address = context.ref(target, absolute);
  if (address !== undefined) return address;
  // Hugo would stop (or warn) here; the path as written is the nearest thing to what was meant.
  notes.push({ kind: 'unresolved-ref', detail: `${tag.name} "${target}" names no page in the site: left as the path` });
  return target;
}

/** The `{{< /name >}}` that closes a paired shortcode opened before `from`. */
function closingTag(body: string, name: string, from: number): ShortcodeTag | undefined {
  for (let tag = nextShortcode(body, from); tag; tag = nextShortcode(body, tag.end)) {
    if (tag.closing && tag.name.toLowerCase() === name) return tag;
  }
  return undefined;
}
