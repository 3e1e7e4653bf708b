/**
 * Embeds leave the Markdown renderer as opaque tokens, like photos (photo-token.ts): the page swaps
 * in the poster made from what the build fetched (site/story-embeds.ts), so a stored body never
 * holds data fetched from elsewhere and the body cache stays a function of the story's text.
 */
export interface EmbedToken {
  url: string;
  caption?: string | undefined;
}

export const EMBED_TAG = 'broadsheet-embed';
const TOKEN = new RegExp(`<${EMBED_TAG} data-embed="([A-Za-z0-9_-]*)"></${EMBED_TAG}>`, 'g');

export const encodeEmbedToken = (token: EmbedToken) => Buffer.from(JSON.stringify(token)).toString('base64url');

/** The embeds in rendered `html`, in order. */
export const embedTokens = (html: string): EmbedToken[] =>
  [...html.matchAll(TOKEN)].map((m) => JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) as EmbedToken);

/** Replaces every token in `html` with what `render` returns for it. */
export async function replaceEmbedTokens(html: string, render: (token: EmbedToken) => Promise<string>): Promise<string> {
  const rendered = await Promise.all(embedTokens(html).map(render));
  let i = 0;
  return html.replace(TOKEN, () => rendered[i++]!);
}
