import { parseSiteConfig } from './model/site-config.ts';

/** The one place a newsroom describes its publication; validated at load time. */
export default parseSiteConfig({
  name: 'The Hallam Courier',
  tagline: 'News from the city on the Wend',
  url: 'https://courier.example.org',
  language: 'en',
  locale: 'en-GB',
  timezone: 'Europe/London',
  dateStyle: 'long',
  logo: '/logo.png',
  accent: '#8a1c1c',
  sections: [
    { id: 'politics', name: 'Politics', colour: '#8a1c1c' },
    { id: 'business', name: 'Business', colour: '#1d5a8c' },
    { id: 'city', name: 'City', colour: '#5b4a8a' },
    { id: 'climate', name: 'Climate', colour: '#2f6b3a' },
    { id: 'culture', name: 'Culture', colour: '#8a4b12' },
    { id: 'sport', name: 'Sport', colour: '#0f6a6a' },
  ],
  about:
    'The Hallam Courier is the daily paper of the port city of Hallam, on the River Wend. It is a sample publication: every story, person, company and photo on this site is invented, written to show what Broadsheet can do.',
  // The sample paper's embeds point at invented videos and charts, and it builds where no provider
  // can be reached: its posters are drawn cards (tests ask a local stand-in for real posters).
  embeds: { fetchPosters: false },
  // Where the site is published: each build measures it against this host's limits (1 GB for GitHub
  // Pages) and warns from 80%. docs/scaling.md, "Photo footprint and host limits".
  deploy: { host: 'github-pages' },
  correctionsPolicy:
    'We correct mistakes as soon as we know of them. A correction says what was wrong and what is right, is dated, and stays on the story for good; this page lists every one. Write to the news desk if you spot an error.',
});
