import type { SourceNote } from '../source.ts';

// `{: .lead}`, `{:toc}`, `{::options parse_block_html="true" /}`: lines that only instruct kramdown.
const ATTRIBUTE_LINE = /^[ \t]*\{:(?:[^:}][^}]*|:options[^}]*)?\}[ \t]*$/;
// The same at the end of a line of text or a heading, `## Budget {#budget}` among them.
const TRAILING = /[ \t]*\{(?::[^:}][^}]*|#[\w-]+(?:[ \t]+[^}]*)?)\}[ \t]*$/;
// kramdown's table of contents is a list item that `{:toc}` on the next line replaces.
const TOC_ITEM = /^[ \t]*(?:[*+-]|1\.)[ \t]+.*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/**
 * A body without kramdown's attribute lists, which Broadsheet's Markdown would print as text: lines
 * that are only one (`{: .note}`, `{:toc}` and the list item it replaces) go, and those closing a
 * line of text or a heading are cut off it. Code blocks are left alone; one note says how many went.
 */
export function withoutKramdownAttributes(body: string): { body: string; notes: SourceNote[] } {
  const lines = body.split('\n');
  const out: string[] = [];
  let fence = '';
  let removed = 0;
  for (const line of lines) {
    const opening = FENCE.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) fence = '';
      out.push(line);
    } else if (opening) {
      fence = opening;
      out.push(line);
    } else if (ATTRIBUTE_LINE.test(line.replace(/\r$/, ''))) {
      removed++;
      if (/^\s*\{:\s*toc\s*\}/.test(line) && TOC_ITEM.test(out[out.length - 1] ?? '')) out.pop();
    } else if (TRAILING.test(line.replace(/\r$/, '')) && line.replace(TRAILING, '').trim()) {
      removed++;
      out.push(line.replace(/\r$/, '').replace(TRAILING, '') + (line.endsWith('\r') ? '\r' : ''));
    } else out.push(line);
  }
  if (!removed) return { body, notes: [] };
  const detail = `${removed} kramdown attribute list${removed > 1 ? 's' : ''} ({: …}, {:toc}) removed: Broadsheet has no classes or ids in bodies`;
  return { body: out.join('\n'), notes: [{ kind: 'kramdown-attribute', detail }] };
}
