import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusStory } from './make-corpus.ts';

/**
 * The same corpus as a minimal Hugo site: article pages, section and tag listings, RSS and a
 * sitemap (Hugo's defaults), with `[[id]]` lines turned into plain links, so both tools do the
 * same job.
 */
export function writeHugoSite(dir: string, stories: readonly CorpusStory[]) {
  const layouts = join(dir, 'layouts', '_default');
  mkdirSync(layouts, { recursive: true });
  writeFileSync(
    join(dir, 'config.toml'),
    `baseURL = "https://courier.example.org/"\ntitle = "Bench"\ndisableKinds = []\n[taxonomies]\n  tag = "tags"\n[markup.goldmark.renderer]\n  unsafe = false\n`,
  );
  const page = (main: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav><main>${main}</main></body></html>`;
  writeFileSync(
    join(layouts, 'single.html'),
    page(
      '<article><h1>{{ .Title }}</h1><p>{{ .Description }}</p><time>{{ .Date.Format "2 January 2006" }}</time>{{ .Content }}</article>',
    ),
  );
  writeFileSync(
    join(layouts, 'list.html'),
    page('<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>{{ end }}'),
  );
  writeFileSync(
    join(layouts, 'index.html'),
    page('{{ range first 30 .Site.RegularPages }}<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>{{ end }}'),
  );
  const url = new Map(stories.map((s) => [s.id, { url: `/${s.section}/${s.id}/`, headline: s.headline }]));
  for (const s of stories) {
    mkdirSync(join(dir, 'content', s.section), { recursive: true });
    const body = s.body.replace(
      /^([^:\n]+): \[\[([^\]]+)\]\]$/gm,
      (_, label: string, id: string) => `**${label}:** [${url.get(id)?.headline}](${url.get(id)?.url})`,
    );
    const date = `${s.published.replace(' ', 'T')}:00Z`;
    writeFileSync(
      join(dir, 'content', s.section, `${s.id}.md`),
      `---\ntitle: "${s.headline}"\ndescription: "A generated story for measuring builds."\ndate: ${date}\ntags: [bench, ${s.section}-news]\n---\n\n${body}\n`,
    );
  }
}
