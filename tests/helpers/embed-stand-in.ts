import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';

/**
 * A local stand-in for every embed provider (BROADSHEET_EMBED_ORIGIN points the build at it): the
 * host a request was meant for is the first segment of its path. It answers oEmbed requests with
 * JSON naming a thumbnail on the provider's image host, thumbnails with a JPEG, frames with a page.
 * `/slow.example/…` never answers; `/huge.example/…` sends more than any cap; every request is logged.
 */
export async function startEmbedStandIn(port = 0) {
  const log: string[] = [];
  const jpeg = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#2a6f8f' } })
    .jpeg()
    .toBuffer();
  const server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    log.push(url.pathname + url.search);
    const [host = ''] = url.pathname.slice(1).split('/');
    if (host === 'slow.example') return;
    if (host === 'huge.example') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"title":"${'x'.repeat(400_000)}"}`);
      return;
    }
    if (url.pathname.includes('oembed')) {
      const asked = url.searchParams.get('url') ?? '';
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          type: 'video',
          title: `Stand-in title of ${new URL(asked).hostname}`,
          author_name: 'Hallam Emergency Planning',
          thumbnail_url: `https://thumbs.example/${encodeURIComponent(asked)}.jpg`,
          thumbnail_width: 640,
          thumbnail_height: 360,
          // Bluesky's answer names the post by its AT URI, with the account's DID: its frame needs it.
          ...(host === 'embed.bsky.app'
            ? { html: `<blockquote data-bluesky-uri="at://did:plc:standin/app.bsky.feed.post/${asked.split('/').pop()}">` }
            : {}),
        }),
      );
      return;
    }
    if (url.pathname.endsWith('.jpg')) {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.end(jpeg);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><title>Stand-in player</title><body><h1>Stand-in player for ${host}</h1></body></html>`,
    );
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    log,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
