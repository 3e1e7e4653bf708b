import type { SourceBody, SourceNote } from '../source.ts';
import { escape } from './html.ts';
import { renderLexical } from './lexical.ts';
import { markdownCard } from './markdown-card.ts';
import { renderMobiledoc } from './mobiledoc.ts';
import { text, type GhostPost } from './records.ts';
import { resolvePlaceholders } from './site-url.ts';

/**
 * A post's body as HTML. Ghost's own `html` when the export has it (every export made by Ghost
 * does, for published posts): it is what readers saw. Otherwise the editor's document, rendered
 * here: Lexical (Ghost 5), Mobiledoc (Ghost 1–4), Markdown (Ghost 0.x), else the plain text.
 */
export function postBody(post: GhostPost, base: string | undefined, notes: SourceNote[]): SourceBody {
  return { format: 'html', text: resolvePlaceholders(bodyHtml(post, notes), base) };
}

function bodyHtml(post: GhostPost, notes: SourceNote[]): string {
  const html = text(post.html);
  if (html) return html;
  const lexical = text(post.lexical);
  if (lexical) return renderLexical(lexical, notes);
  const mobiledoc = text(post.mobiledoc);
  if (mobiledoc) return renderMobiledoc(mobiledoc, notes);
  const markdown = text(post.markdown);
  if (markdown) return markdownCard(markdown);
  const plaintext = text(post.plaintext);
  if (plaintext) {
    notes.push({ kind: 'plain-text-body', detail: 'no html, lexical, mobiledoc or markdown: the plain text was used' });
    return plaintext
      .split(/\n\s*\n/)
      .map((para) => `<p>${escape(para.trim())}</p>`)
      .join('\n');
  }
  notes.push({ kind: 'empty-body', detail: 'the post has no body' });
  return '';
}
