import { article } from './content-copy.ts';

/** Where the embed story of the fixture content is, once written: `content/articles/<ID>.md`. */
export const EMBED_STORY = { file: 'articles/quay-flood-drill.md', url: '/city/quay-flood-drill/' };

/**
 * A story with four embeds: a video and a chart (oEmbed answers, thumbnails), an Instagram post (no
 * oEmbed: a card) and a Bluesky post named by handle (its frame needs the DID the oEmbed answer gives).
 */
export const embedStory = () =>
  article(
    { headline: 'Sirens sound at Kelder Quay as the city rehearses a flood', section: 'city' },
    [
      'The drill began at six.',
      'Embed: https://www.youtube.com/watch?v=Wd7fLdR1l0a',
      '::embed[Homes inside the evacuation zone, by district]{url="https://datawrapper.dwcdn.net/hL4mQ/2/"}',
      'Embed: https://www.instagram.com/p/C8xYz12AbCd/',
      'Embed: https://bsky.app/profile/hallam.example/post/3kxyzabc2de2f',
      'The second drill is in March.',
      '',
    ].join('\n\n'),
  );
