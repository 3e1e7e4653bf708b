import { embedCaption, readEmbed } from '../../model/embed-address.ts';

const BOILERPLATE =
  /^(?:(?:YouTube|Vimeo|TikTok|Instagram|Twitter|X|Flourish|Datawrapper)(?: (?:video )?(?:player|embed|post))?|embedded content)$/i;

/**
 * The body line that shows `url` as an embed (a poster, the player on the reader's click), with
 * `caption` when the source gave the embed a title; undefined for any other address, which stays a
 * plain link. Mastodon posts and other sites' frames play only from hosts the paper's config
 * allows: they stay links too, so an import never adds a warning of its own making.
 */
export function embedLine(url: string, caption?: string): string | undefined {
  const reading = readEmbed(url);
  if (!reading.ok || reading.key === 'mastodon' || reading.key === 'iframe') return undefined;
  // `<…>` and `"…"` keep the address whole whatever it holds (`_`, `*`); one with a space, `<>` or `"` stays a link.
  if (!/^[^\s<>"]+$/.test(url)) return undefined;
  // A player's own boilerplate title ("YouTube video player") is no caption.
  if (caption && BOILERPLATE.test(caption.trim())) caption = undefined;
  // A caption is the directive's label: a bracket would end it early, a line break the line.
  const label = caption === undefined ? undefined : embedCaption(caption);
  return label ? `::embed[${label}]{url="${url}"}` : `Embed: <${url}>`;
}
