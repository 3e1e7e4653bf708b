import { describe, expect, it } from 'vitest';
import { FRAME_ORIGINS, readEmbed } from '../../src/model/embed-address.ts';
import { contentSecurityPolicy } from '../../src/output/csp.ts';
import { posterHtml, withoutPlayButtons } from '../../src/site/embed-poster.ts';

const parts = (address: string) => {
  const r = readEmbed(address, ['social.example']);
  if (!r.ok) throw new Error(r.reason);
  return { key: r.key, provider: r.provider, url: r.url.href };
};

describe('an embed’s poster', () => {
  it('names the provider, the title and the caption, and links to the original, all escaped', () => {
    const html = posterHtml({
      ...parts('https://youtu.be/Wd7fLdR1l0a'),
      frame: 'https://www.youtube-nocookie.com/embed/Wd7fLdR1l0a',
      title: 'Sirens <b>& barriers</b>',
      author: 'Hallam "EPO"',
      caption: 'The drill, filmed from the quay',
    });
    expect(html).toContain('data-embed-frame="https://www.youtube-nocookie.com/embed/Wd7fLdR1l0a"');
    expect(html).toContain('<span class="embed__title">Sirens &lt;b&gt;&amp; barriers&lt;/b&gt;</span>');
    expect(html).toContain('by Hallam &quot;EPO&quot;');
    expect(html).toContain('<span class="embed__text">The drill, filmed from the quay</span>');
    expect(html).toContain('<a class="embed__link" href="https://youtu.be/Wd7fLdR1l0a" rel="noopener">Watch on YouTube</a>');
    // A drawn card when there is no thumbnail; the button stays hidden until /embed.js shows it.
    expect(html).toContain('<div class="embed__card" aria-hidden="true" data-pagefind-ignore>');
    expect(html).toContain('<button type="button" class="embed__play" hidden data-pagefind-ignore>Play the video here');
  });

  it('is a poster and a link only when there is no frame to load', () => {
    const html = posterHtml({ ...parts('https://bsky.app/profile/hallam.example/post/3kxyzabc2de2f') });
    expect(html).not.toContain('data-embed-frame');
    expect(html).not.toContain('<button');
    expect(html).toContain('View on Bluesky');
  });

  it('loses its button in feeds, where no script runs, and keeps its link', () => {
    const html = posterHtml({ ...parts('https://vimeo.com/76979871'), frame: 'https://player.vimeo.com/video/76979871?dnt=1' });
    const feed = withoutPlayButtons(html);
    expect(feed).not.toContain('<button');
    expect(feed).toContain('Watch on Vimeo</a>');
  });
});

describe('the policies for embeds', () => {
  it('lets the header allow every provider’s frames, and a page’s meta only its own', () => {
    const header = contentSecurityPolicy({ header: true });
    for (const origin of FRAME_ORIGINS) expect(header).toContain(origin);
    expect(contentSecurityPolicy({ frames: ['https://www.youtube-nocookie.com'] })).toMatch(
      /; frame-src https:\/\/www\.youtube-nocookie\.com$/,
    );
    expect(contentSecurityPolicy()).not.toContain('frame-src');
  });
});
