/**
 * The source's HTML made regular before it is parsed: WordPress' `[caption]` shortcode as the
 * `<figure>` WordPress itself renders it as, and paragraphs where the classic editor stored only
 * blank lines (WordPress adds the `<p>`s when it shows a post: `wpautop`).
 */

const CAPTION = /\[caption\b([^\]]*)\]([\s\S]*?)\[\/caption\]/gi;
const PHOTO = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)\s*([\s\S]*)$/i;

function captionToFigure(attributes: string, inner: string): string {
  const photo = PHOTO.exec(inner);
  if (!photo) return inner;
  const given = /\bcaption\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
  const caption = photo[2]!.trim() || given || '';
  return `<figure>${photo[1]}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

// Elements a paragraph is never wrapped around (as wpautop lists them, with the players and the comments).
const BLOCK =
  '(?:address|article|aside|audio|blockquote|caption|center|dd|details|div|dl|dt|embed|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|li|main|math|nav|noscript|object|ol|p|pre|script|section|select|style|summary|svg|table|tbody|td|tfoot|th|thead|tr|ul|video)';
const STARTS_BLOCK = new RegExp(`^\\s*(?:<\\/?${BLOCK}\\b|<!--)`, 'i');
const ENDS_BLOCK = new RegExp(`(?:<\\/?${BLOCK}\\b[^>]*>|-->)\\s*$`, 'i');
// Raw text a blank line may sit in without ending anything.
const RAW = /<(pre|script|style|textarea)\b[\s\S]*?<\/\1\s*>/gi;

/** wpautop's core: text between blank lines is a paragraph, a single newline in it a line break. */
function paragraphs(html: string): string {
  const kept: string[] = [];
  const hidden = html.replace(RAW, (raw) => `\uE000${kept.push(raw) - 1}\uE001`);
  const chunks = hidden.split(/\n[ \t]*\n+/).map((chunk) => {
    if (!chunk.trim() || STARTS_BLOCK.test(chunk)) return chunk;
    const lines = chunk.trim().split(/\s*\n\s*/);
    const joined = lines.reduce((out, line) =>
      ENDS_BLOCK.test(out) || STARTS_BLOCK.test(line) ? `${out}\n${line}` : `${out}<br>\n${line}`,
    );
    return `<p>${joined}</p>`;
  });
  return chunks.join('\n\n').replace(/\uE000(\d+)\uE001/g, (_, i: string) => kept[Number(i)]!);
}

/** Whether the HTML was stored without its paragraphs: blank lines between bare text, or no `<p>` at all. */
const needsParagraphs = (html: string) =>
  /\n[ \t]*\n/.test(html.replace(RAW, '')) || (!/<p[\s>]/i.test(html) && /\n/.test(html.replace(RAW, '').trim()));

export function sourceHtml(html: string): string {
  const text = html
    .replace(/\r\n?/g, '\n')
    .replace(CAPTION, (_, attributes: string, inner: string) => captionToFigure(attributes, inner));
  return needsParagraphs(text) ? paragraphs(text) : text;
}
