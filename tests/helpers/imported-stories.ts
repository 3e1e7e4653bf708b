import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What a test compares of one imported story: its fields, its photos and credits, its related lines. */
export interface ImportedStory {
  file: string;
  fields: Record<string, unknown>;
  /** In-body photos: their file and caption, and the credit line under each. */
  photos: string[];
  credits: string[];
  /** `Label: [[id]]` lines. */
  related: string[];
  /** Links to the site's own pages. */
  links: string[];
}

const PHOTO = /^!\[[^\]]*\]\(([^) ]+)(?: "([^"]*)")?\)$/;
const RELATED = /^\**([^:[\]\n]{1,40}?):?\**:?\s*\[\[([^\]]+)\]\]\s*$/;

/** Every story under `content/articles/` whose file the manifest of `importDir` names, by file. */
export function importedStories(content: string, importDir: string): Map<string, ImportedStory> {
  const manifest = JSON.parse(readFileSync(join(importDir, 'manifest.json'), 'utf8')) as {
    stories: Record<string, { file: string }>;
  };
  const out = new Map<string, ImportedStory>();
  for (const { file } of Object.values(manifest.stories).sort((a, b) => a.file.localeCompare(b.file))) {
    let text: string;
    try {
      text = readFileSync(join(content, file), 'utf8');
    } catch {
      continue;
    }
    const [, head = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const lines = body.split('\n');
    out.set(file, {
      file,
      fields: parse(head) as Record<string, unknown>,
      photos: lines.flatMap((l) => {
        const m = PHOTO.exec(l.trim());
        return m ? [`${m[1]}${m[2] ? ` "${m[2]}"` : ''}`] : [];
      }),
      credits: lines.filter((l) => /^Credit: /.test(l)).map((l) => l.slice(8)),
      related: lines.flatMap((l) => {
        const m = RELATED.exec(l.trim());
        return m ? [`${m[1]}: ${m[2]}`] : [];
      }),
      links: [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!),
    });
  }
  return out;
}

/** Every Markdown file under a folder, relative to it. */
export const markdownFiles = (dir: string) =>
  (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).sort();
