/**
 * Posts from the classic editor are stored without paragraphs: WordPress adds them when it shows
 * the post (`wpautop`). A blank line ends a paragraph, a single line break is a `<br>`, block
 * elements (tables, lists, figures, headings…) stand on their own, and `<pre>` keeps its lines.
 * This is the same reading, done once at import so the stored story has its paragraphs.
 */

const BLOCK =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';
const OPENS_BLOCK = new RegExp(`(<${BLOCK}[\\s/>])`, 'g');
const CLOSES_BLOCK = new RegExp(`(</${BLOCK}>)`, 'g');
const BLOCK_TAG = `</?${BLOCK}[^>]*>`;
const NEWLINE_MARK = '\u0001';

/** Paragraphs and line breaks for a classic-editor body, as WordPress shows it. */
export function autop(html: string): string {
  if (html.trim() === '') return '';
  const kept: string[] = [];
  // Preformatted text and scripts keep their line breaks: set aside (the tag name stays, so a
  // <pre> is still a block) and put back at the end.
  const keep = (whole: string, tag: string) => `<${tag} data-wp-kept="${kept.push(whole) - 1}"></${tag}>`;
  let text = `${html.replace(/\r\n?/g, '\n')}\n`
    .replace(/<(pre|script|style|svg|math)\b[\s\S]*?<\/\1>/gi, keep)
    .replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n')
    .replace(OPENS_BLOCK, '\n\n$1')
    .replace(CLOSES_BLOCK, '$1\n\n')
    .replace(/(<hr\s*\/?>)/gi, '$1\n\n')
    // A line break inside a tag or a comment is not one the writer typed.
    .replace(/<!--[\s\S]*?-->|<[a-zA-Z/][^>]*>/g, (tag) => tag.replace(/\n/g, NEWLINE_MARK))
    .replace(/\s*(<figcaption[^>]*>)/g, '$1')
    .replace(/<\/figcaption>\s*/g, '</figcaption>');

  text = text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${p.replace(/^\n+|\n+$/g, '')}</p>\n`)
    .join('');

  text = unwrapBlocks(text);
  text = lineBreaks(text);
  return text
    .replace(/\n<\/p>$/, '</p>')
    .replace(new RegExp(NEWLINE_MARK, 'g'), '\n')
    .replace(/<([a-z]+) data-wp-kept="(\d+)"><\/\1>/gi, (_, _tag: string, n: string) => kept[Number(n)]!)
    .trim();
}

/** Paragraph tags taken off block elements they were wrapped around or left inside. */
function unwrapBlocks(text: string): string {
  return text
    .replace(/<p>\s*<\/p>/g, '')
    .replace(/<p>([^<]+)<\/(div|address|form)>/g, '<p>$1</p></$2>')
    .replace(new RegExp(`<p>\\s*(${BLOCK_TAG})\\s*</p>`, 'g'), '$1')
    .replace(/<p>(<li.+?)<\/p>/g, '$1')
    .replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>')
    .replace(/<\/blockquote><\/p>/g, '</p></blockquote>')
    .replace(new RegExp(`<p>\\s*(${BLOCK_TAG})`, 'g'), '$1')
    .replace(new RegExp(`(${BLOCK_TAG})\\s*</p>`, 'g'), '$1');
}

/** Single line breaks left inside paragraphs become `<br />`, except next to a block element. */
function lineBreaks(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '<br />')
    .replace(/(?<!<br \/>)\s*\n/g, '<br />\n')
    .replace(new RegExp(`(${BLOCK_TAG})\\s*<br />`, 'g'), '$1')
    .replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/g, '$1');
}
