import { article } from './content-copy.ts';

/** Where the embed story of the fixture content is, once written: `content/articles/<ID>.md`. */
export const EMBED_STORY = { file: 'articles/quay-flood-drill.md', url: '/city/quay-flood-drill/' };

/** A story with three embeds: a video and a chart (oEmbed answers, thumbnails) and a post (no oEmbed: a card). */
export const embedStory = () =>
  article(
    { headline: 'Sirens sound at Kelder Quay as the city rehearses a flood', section: 'city' },
    [
      'The drill began at six.',
      'Embed: https://www.youtube.com/watch?v=Wd7fLdR1l0a',
      '::embed[Homes inside the evacuation zone, by district]{url="https://datawrapper.dwcdn.net/hL4mQ/2/"}',
      'Embed: https://www.instagram.com/p/C8xYz12AbCd/',
      'The second drill is in March.',
      '',
    ].join('\n\n'),
  );
