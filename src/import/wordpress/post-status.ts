import type { SourceNote, SourcePost } from '../source.ts';

/** What a WordPress `wp:status` becomes: a Broadsheet status (with a note) or a reason to leave the item out. */
export type StatusReading = { keep: true; status: SourcePost['status']; note?: SourceNote } | { keep: false; reason: string };

/**
 * `publish` is published and `future` scheduled; `draft` and `pending` (waiting for review) are
 * drafts. Broadsheet has no private stories, so a private post becomes a draft an editor must look
 * at rather than a public page. Trash and the editor's auto-saves were never meant to be read.
 * A status some plugin invented is kept as a draft, never published by accident.
 */
export function readStatus(status: string | undefined): StatusReading {
  const s = status?.trim() ?? '';
  switch (s) {
    case 'publish':
      return { keep: true, status: 'published' };
    case 'future':
      return { keep: true, status: 'scheduled' };
    case 'draft':
    case 'pending':
      return { keep: true, status: 'draft' };
    case 'private':
      return { keep: true, status: 'draft', note: { kind: 'private', detail: 'private in WordPress: kept as a draft' } };
    case 'trash':
    case 'auto-draft':
    case 'inherit':
      return { keep: false, reason: `status ${s}` };
    default:
      return {
        keep: true,
        status: 'draft',
        note: { kind: 'unknown-status', detail: `status "${s}" unknown: kept as a draft` },
      };
  }
}
