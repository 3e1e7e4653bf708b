import { readEmbed } from '../model/embed-address.ts';
import type { SiteConfig } from '../model/schemas/site.ts';
import { problem, type Problem } from './problems.ts';

/** An embed the body holds (markdown/embed-syntax.ts), at its line in the file. */
export interface EmbedFact {
  url: string;
  line: number;
  unknown?: string[] | undefined;
}

const DETAIL = {
  unparseable: () => 'is not a web address',
  'not-https': () => 'does not start with https://',
  'no-id': (provider?: string) => `names no video, post or chart on ${provider ?? 'its site'}`,
};

/** What is wrong with a body's embeds: the address alone says it, so the network is never asked. */
export function embedProblems(file: string, embeds: readonly EmbedFact[], site: SiteConfig): Problem[] {
  const out: Problem[] = [];
  const hosts = site.embeds?.iframeHosts ?? [];
  for (const e of embeds) {
    const at = { file, line: e.line };
    for (const name of e.unknown ?? []) out.push(problem('UnknownEmbedAttribute', at, { name }));
    const reading = readEmbed(e.url, hosts);
    if (reading.ok) {
      if (!reading.provider.frame(reading.id, reading.url) && reading.key === 'mastodon')
        out.push(problem('EmbedShownAsLink', at, { url: e.url, host: reading.url.hostname }));
    } else if (reading.reason === 'unknown-host') {
      out.push(problem('UnknownEmbedProvider', at, { url: e.url, host: reading.host }));
    } else {
      const detail = e.url.trim() ? DETAIL[reading.reason](reading.provider) : 'has no address: write url="https://…"';
      out.push(problem('BrokenEmbedUrl', at, { url: e.url, detail }));
    }
  }
  return out;
}
