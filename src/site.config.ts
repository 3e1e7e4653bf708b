import { parseSiteConfig } from './schemas/site.ts';

/** The one place a newsroom describes its publication; validated at load time. */
export default parseSiteConfig({
  name: 'The Hallam Courier',
  tagline: 'News from the city on the Wend',
  url: 'https://courier.example.org',
  language: 'en',
  locale: 'en-GB',
  timezone: 'Europe/London',
  sections: [
    { id: 'politics', name: 'Politics' },
    { id: 'business', name: 'Business' },
    { id: 'city', name: 'City' },
    { id: 'climate', name: 'Climate' },
    { id: 'culture', name: 'Culture' },
    { id: 'sport', name: 'Sport' },
  ],
});
