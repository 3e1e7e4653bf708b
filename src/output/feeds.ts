import { Feed, type Extension, type Item } from 'feed';
import type { Section } from '../model/schemas/site.ts';
import site from '../site.config.ts';
import { buildTime } from '../model/build-time.ts';
import { feedEntry, type FeedPhoto } from './feed-entry.ts';
import type { Byline, Story } from '../site/stories.ts';
import { LOGO } from './structured-data.ts';
import { absoluteUrl, atomUrl, homeUrl, rssUrl, sectionUrl } from '../model/urls.ts';
import { cdataSafe, escapeHtml, escapeXml, xmlSafe } from '../model/escape.ts';
import { feedStories } from '../model/feed-policy.ts';

export type FeedFormat = 'rss' | 'atom';

const MEDIA_RSS = 'http://search.yahoo.com/mrss/';
const abs = (path: string) => absoluteUrl(site.url, path);

/** RSS 2.0 or Atom for the whole paper or one section, with full content and the lead photo. */
export async function feedXml(format: FeedFormat, all: readonly Story[], section?: Section): Promise<string> {
  const stories = feedStories(all, section?.id);
  const page = abs(section ? sectionUrl(section.id) : homeUrl());
  const newest = stories.reduce<Date | undefined>((m, s) => (m && m >= s.modified ? m : s.modified), undefined);
  const feed = new Feed({
    id: page,
    title: xmlSafe(section ? `${site.name}: ${section.name}` : site.name),
    description: xmlSafe(section ? `${section.name} news from ${site.name}` : site.tagline),
    link: page,
    language: site.language,
    // The newest change, not the clock: an unchanged paper yields an unchanged feed.
    updated: newest ?? buildTime(),
    generator: 'Broadsheet',
    feedLinks: { rss: abs(rssUrl(section?.id)), atom: abs(atomUrl(section?.id)) },
    image: abs(LOGO.url),
    copyright: xmlSafe(`© ${site.name}`),
    author: { name: xmlSafe(site.name), link: abs(homeUrl()) },
  });
  for (const story of stories) feed.addItem(await item(format, story));
  if (format === 'atom') return feed.atom1();
  // The feed library has no hook for namespaces on <rss>, and Media RSS needs one.
  return feed.rss2().replace('<rss version="2.0"', `<rss version="2.0" xmlns:media="${MEDIA_RSS}"`);
}

async function item(format: FeedFormat, story: Story): Promise<Item> {
  const { html, photo } = await feedEntry(story);
  const { data } = story;
  const common = {
    // Atom marks titles as HTML; RSS readers mostly take them as text.
    title: format === 'atom' ? escapeHtml(data.headline) : cdataSafe(data.headline),
    link: abs(story.url),
    date: story.modified,
    published: data.published,
    ...(data.dek && { description: escapeHtml(data.dek) }),
    content: cdataSafe(html),
    category: [
      { name: xmlSafe(story.section.name), term: story.section.id },
      ...story.tags.map((t) => ({ name: xmlSafe(t.label), term: t.id })),
    ],
    ...(photo && { image: { url: photo.url, type: 'image/jpeg' } }),
  };
  // Reporters credited are authors, as in the JSON-LD; everyone else credited is a contributor.
  const reporters = story.contributors.filter((c) => c.contribution === 'reporting' && !story.data.authors.includes(c.id));
  const authors = unique([...story.authors, ...reporters]);
  const others = unique(story.contributors.filter((c) => !authors.includes(c)));
  if (format === 'atom') {
    const person = (a: Byline) => ({ name: xmlSafe(a.name), link: abs(a.url) });
    return { ...common, id: abs(story.url), author: authors.map(person), contributor: others.map(person) };
  }
  const names = authors.map((a) => a.name);
  const creators: Extension = { name: 'dc:creator', objects: { _text: xmlSafe(new Intl.ListFormat(site.locale).format(names)) } };
  // The library keeps one extension per name: a list makes one element per person.
  // (its type says an object, but it hands the value to xml-js, which writes an array as repeated elements).
  const elements = others.map((c) => ({ _text: xmlSafe(c.name) }));
  const contributors: Extension = { name: 'dc:contributor', objects: elements as unknown as Record<string, unknown> };
  const extensions = [creators, ...(others.length ? [contributors] : []), ...(photo ? [mediaContent(photo)] : [])];
  return { ...common, extensions };
}

/** One entry per person, the first kept: someone who photographed and translated is one contributor. */
const unique = <P extends Byline>(people: readonly P[]): P[] =>
  people.filter((p, i) => people.findIndex((q) => q.id === p.id) === i);

/** `<media:content>` with the photographer's credit, as photo-aware feed readers show it. */
function mediaContent(photo: FeedPhoto): Extension {
  const credit = photo.credit;
  const credits = [
    credit?.photographer && { _attributes: { role: 'photographer', scheme: 'urn:ebu' }, _text: xmlSafe(credit.photographer) },
    credit?.source && { _text: xmlSafe(credit.source) },
  ].filter(Boolean);
  return {
    name: 'media:content',
    objects: {
      // The serialiser escapes quotes in attributes but not `&` or `<`.
      _attributes: { url: escapeXml(photo.url), medium: 'image', type: 'image/jpeg', width: photo.width, height: photo.height },
      'media:description': { _attributes: { type: 'plain' }, _text: xmlSafe(photo.caption ?? photo.alt) },
      ...(credits.length && { 'media:credit': credits }),
      ...(credit?.copyright && { 'media:copyright': { _text: xmlSafe(credit.copyright) } }),
    },
  };
}
