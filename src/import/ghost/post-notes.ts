import type { SourceNote } from '../source.ts';
import { text, type GhostPost } from './records.ts';
import { resolvePlaceholders, sitePathOf } from './site-url.ts';

/**
 * What a post had in Ghost that a static paper cannot keep or should not keep silently: each one a
 * note for the import report, none of them a reason to leave the post out.
 */
export function postNotes(post: GhostPost, permalink: string, base: string | undefined): SourceNote[] {
  const notes: SourceNote[] = [];
  if (post.status === 'sent')
    notes.push({ kind: 'email-only', detail: 'sent as a newsletter only, never shown on the site: imported as published' });
  const visibility = text(post.visibility);
  if (visibility && visibility !== 'public')
    notes.push({ kind: 'members-only', detail: `visible to "${visibility}" readers only in Ghost: published to everyone here` });
  const canonical = text(post.canonical_url);
  if (canonical) {
    const url = resolvePlaceholders(canonical, base);
    const own = sitePathOf(permalink, base);
    if (own === undefined || sitePathOf(url, base) !== own)
      notes.push({ kind: 'canonical-elsewhere', detail: `canonical_url points to ${url}` });
  }
  const injected = (['codeinjection_head', 'codeinjection_foot'] as const).filter((field) => text(post[field]));
  if (injected.length) notes.push({ kind: 'code-injection', detail: `${injected.join(' and ')} left out` });
  return notes;
}
