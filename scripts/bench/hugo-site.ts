import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusStory } from './make-corpus.ts';

/**
 * The same corpus as a Hugo site doing the same job as Broadsheet: article pages with bylines,
 * topics, previous/next and "more from the section"; paginated section, topic, author and month
 * listings (10 per page); RSS with full text for the newest 50 per feed; a sitemap. `[[id]]` lines
 * become plain links. Hugo has no search of its own, so the bench runs Pagefind after it, as a
 * Hugo newsroom would.
 */
export function writeHugoSite(dir: string, stories: readonly CorpusStory[]) {
  const layouts = join(dir, 'layouts', '_default');
  mkdirSync(layouts, { recursive: true });
  writeFileSync(
    join(dir, 'config.toml'),
    `baseURL = "https://courier.example.org/"\ntitle = "Bench"\npaginate = 10\nrssLimit = 50\n` +
      `[taxonomies]\n  tag = "tags"\n  author = "authors"\n  month = "months"\n[markup.goldmark.renderer]\n  unsafe = false\n`,
  );
  const page = (main: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>{{ .Title }} | {{ .Site.Title }}</title><meta name="description" content="{{ .Description }}">` +
    `<link rel="canonical" href="{{ .Permalink }}">{{ range .AlternativeOutputFormats }}<link rel="alternate" type="{{ .MediaType.Type }}" href="{{ .Permalink }}">{{ end }}</head>` +
    `<body><header><a href="/">{{ .Site.Title }}</a><nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>` +
    `<main>${main}</main><footer><a href="/index.xml">RSS</a></footer></body></html>`;
  writeFileSync(
    join(layouts, 'single.html'),
    page(
      '<article data-pagefind-body><p><a href="{{ .CurrentSection.RelPermalink }}">{{ .Section }}</a></p><h1>{{ .Title }}</h1><p>{{ .Description }}</p>' +
        '<p>By {{ range .GetTerms "authors" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>' +
        '<time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006, 15:04" }}</time>{{ .Content }}' +
        '<p>Topics: {{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p></article>' +
        '<nav>{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>' +
        // `first` on the section's pages, not `where` over the whole site: that would make Hugo quadratic.
        '<aside>{{ $self := .Permalink }}{{ range first 5 .CurrentSection.RegularPages }}{{ if ne .Permalink $self }}<h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>{{ end }}{{ end }}</aside>',
    ),
  );
  writeFileSync(
    join(layouts, 'list.html'),
    page(
      '<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Description }}</p><time>{{ .Date.Format "2 January 2006" }}</time></article>{{ end }}' +
        '<nav>{{ with .Paginator.Prev }}<a href="{{ .URL }}">Newer</a>{{ end }} {{ with .Paginator.Next }}<a href="{{ .URL }}">Older</a>{{ end }}</nav>',
    ),
  );
  writeFileSync(
    join(layouts, 'index.html'),
    page('{{ range first 30 .Site.RegularPages }}<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>{{ end }}'),
  );
  // Full text in feeds, as Broadsheet's carry it (Hugo's built-in feed has summaries only).
  writeFileSync(
    join(layouts, 'rss.xml'),
    `<rss version="2.0"><channel><title>{{ .Title }}</title><link>{{ .Permalink }}</link>` +
      `{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = .Site.RegularPages }}{{ end }}{{ range first 50 $pages }}` +
      `<item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" }}</pubDate>` +
      `<description>{{ .Content | html }}</description></item>{{ end }}</channel></rss>`,
  );
  const url = new Map(stories.map((s) => [s.id, { url: `/${s.section}/${s.id}/`, headline: s.headline }]));
  for (const s of stories) {
    mkdirSync(join(dir, 'content', s.section), { recursive: true });
    const body = s.body.replace(
      /^([^:\n]+): \[\[([^\]]+)\]\]$/gm,
      (_, label: string, id: string) => `**${label}:** [${url.get(id)?.headline}](${url.get(id)?.url})`,
    );
    writeFileSync(join(dir, 'content', s.section, `${s.id}.md`), hugoArticle(s, body));
  }
}

export function hugoArticle(s: CorpusStory, body: string): string {
  const date = `${s.published.replace(' ', 'T')}:00Z`;
  return (
    `---\ntitle: "${s.headline}"\ndescription: "A generated story for measuring builds."\ndate: ${date}\n` +
    `tags: [bench, ${s.section}-news]\nauthors: [bench-writer]\nmonths: ["${s.published.slice(0, 7)}"]\n---\n\n${body}\n`
  );
}
