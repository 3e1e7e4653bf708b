import { describe, expect, it } from 'vitest';
import { FRAME_ORIGINS, readEmbed, throughOrigin } from '../../src/model/embed-address.ts';

/** The frame an address becomes, or why it becomes none. */
function frameOf(address: string, hosts: string[] = [], oembed?: { html?: string }) {
  const r = readEmbed(address, hosts);
  return r.ok ? r.provider.frame(r.id, r.url, oembed) : r.reason;
}

describe('the embed providers', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://m.youtube.com/shorts/aB3dE5fG7hI', 'https://www.youtube-nocookie.com/embed/aB3dE5fG7hI'],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://player.vimeo.com/video/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    [
      'https://x.com/hallamcouncil/status/1790000000000000001',
      'https://platform.twitter.com/embed/Tweet.html?id=1790000000000000001&dnt=true',
    ],
    [
      'https://twitter.com/hallamcouncil/status/1790000000000000001/',
      'https://platform.twitter.com/embed/Tweet.html?id=1790000000000000001&dnt=true',
    ],
    ['https://www.instagram.com/p/C8xYz12AbCd/', 'https://www.instagram.com/p/C8xYz12AbCd/embed'],
    ['https://www.instagram.com/reel/C8xYz12AbCd/', 'https://www.instagram.com/p/C8xYz12AbCd/embed'],
    ['https://www.tiktok.com/@kelderquay/video/7312345678901234567', 'https://www.tiktok.com/embed/v2/7312345678901234567'],
    [
      'https://bsky.app/profile/did:plc:abc123/post/3kxyzabc2de2f',
      'https://embed.bsky.app/embed/did:plc:abc123/app.bsky.feed.post/3kxyzabc2de2f',
    ],
    ['https://social.example/@quay/112233445566', undefined],
    ['https://datawrapper.dwcdn.net/aB1cD/3/', 'https://datawrapper.dwcdn.net/aB1cD/'],
    ['https://www.datawrapper.de/_/aB1cD/', 'https://datawrapper.dwcdn.net/aB1cD/'],
    ['https://public.flourish.studio/visualisation/1234567/', 'https://flo.uri.sh/visualisation/1234567/embed'],
  ])('%s frames %s', (address, frame) => {
    expect(frameOf(address)).toBe(frame);
  });

  it('frames a Bluesky post named by handle only with the DID the oEmbed answer gives', () => {
    const address = 'https://bsky.app/profile/hallam.example/post/3kxyzabc2de2f';
    expect(frameOf(address)).toBeUndefined();
    expect(
      frameOf(address, [], { html: '<blockquote data-bluesky-uri="at://did:plc:q1w2e3/app.bsky.feed.post/3kxyzabc2de2f">' }),
    ).toBe('https://embed.bsky.app/embed/did:plc:q1w2e3/app.bsky.feed.post/3kxyzabc2de2f');
  });

  it('frames Mastodon posts and other pages of the hosts the site config allows', () => {
    expect(frameOf('https://social.example/@quay/112233445566', ['social.example'])).toBe(
      'https://social.example/@quay/112233445566/embed',
    );
    expect(frameOf('https://maps.example.org/quay?z=3', ['maps.example.org'])).toBe('https://maps.example.org/quay?z=3');
  });

  it.each([
    ['not an address', 'unparseable'],
    ['http://www.youtube.com/watch?v=dQw4w9WgXcQ', 'not-https'],
    ['https://www.youtube.com/channel/hallam', 'no-id'],
    ['https://x.com/hallamcouncil', 'no-id'],
    ['https://www.instagram.com/kelderquay/', 'no-id'],
    ['https://bsky.app/profile/hallam.example', 'no-id'],
    ['https://datawrapper.dwcdn.net/', 'no-id'],
    ['https://maps.example.org/quay', 'unknown-host'],
    ['https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ', 'unknown-host'],
  ])('%s is refused: %s', (address, reason) => {
    expect(frameOf(address)).toBe(reason);
  });

  it('names every fixed frame origin for the header', () => {
    expect(FRAME_ORIGINS).toContain('https://www.youtube-nocookie.com');
    expect(FRAME_ORIGINS.every((o) => /^https:\/\/[a-z.-]+$/.test(o))).toBe(true);
  });

  it('sends requests to the stand-in with the host kept in the path', () => {
    expect(throughOrigin('https://www.youtube.com/oembed?url=x', 'http://127.0.0.1:9')).toBe(
      'http://127.0.0.1:9/www.youtube.com/oembed?url=x',
    );
    expect(throughOrigin('https://www.youtube.com/oembed', undefined)).toBe('https://www.youtube.com/oembed');
  });
});
