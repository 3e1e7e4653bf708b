import { stringify } from 'yaml';
import { list, rawScalar, splitHugoFile, text } from './hugo-file.ts';
import { sectionFor } from './sections.ts';
import { convertShortcodes } from './shortcodes.ts';

/**
 * One news post in Broadsheet's format. The mapping is deliberately plain: fields are renamed, not
 * repaired, so what the checker then says is what real content would make it say. Fields without a
 * Broadsheet counterpart (slug, kicker, weight, expirydate, source, primary_image…) are dropped.
 */
export function storyFile(hugo: string): string {
  const { data, rawFrontmatter, body } = splitHugoFile(hugo);
  const topics = list(data['topics']);
  const fields: Record<string, unknown> = {
    headline: text(data['title']),
    dek: text(data['deck']) ?? text(data['summary']),
    section: sectionFor(topics),
    authors: list(data['authors']),
    tags: topics,
  };
  if (data['draft'] === true) fields['draft'] = true;
  for (const key of Object.keys(fields)) if (fields[key] === undefined) delete fields[key];
  // As written, quotes and all: normalising here would hide exactly what the checker must cope with.
  const published = rawScalar(rawFrontmatter, 'date');
  const yaml = stringify(fields, { lineWidth: 0 }) + (published ? `published: ${published}\n` : '');
  return `---\n${yaml}---\n${convertShortcodes(body)}`;
}
