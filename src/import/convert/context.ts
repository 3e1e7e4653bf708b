import type { SourceNote } from '../source.ts';

/**
 * What one conversion carries through its passes: the notes for the report, the story's day for
 * credits, and the Markdown the passes have already written for parts of the tree (photos, embeds,
 * tables kept as HTML), which turndown then copies in as it is.
 */
export interface Conversion {
  near?: string | undefined;
  notes: SourceNote[];
  /** Written Markdown by key; the tree holds a placeholder element carrying the key. */
  written: Map<string, { markdown: string; block: boolean }>;
  /** Per conversion, so a key in the source HTML can never name a written part. */
  nonce: string;
  /** Whether headings move one level down (the body has an `<h1>`), as the renderer would. */
  demote: boolean;
  /** The photos written so far, and their versions (address and words): a story may show only so many. */
  photos: { shown: number; versions: Set<string>; left: number };
}

export function newConversion(near?: string): Conversion {
  const photos = { shown: 0, versions: new Set<string>(), left: 0 };
  return { near, notes: [], written: new Map(), nonce: Math.random().toString(36).slice(2), demote: false, photos };
}

/** A note for the report, once per conversion however often the same thing is met. */
export function note(c: Conversion, kind: string, detail: string) {
  if (!c.notes.some((n) => n.kind === kind && n.detail === detail)) c.notes.push({ kind, detail });
}

/** The attribute a placeholder carries its key in. */
export const WRITTEN = 'data-broadsheet-written';

/**
 * A placeholder for Markdown already written: a void element, which turndown never takes for
 * blank (nor the paragraph holding it); an `<hr>` for a block, so the whitespace around it goes
 * as it goes around any block, a `<wbr>` inside a line.
 */
export function placeholder(c: Conversion, doc: Document, markdown: string, block: boolean): Element {
  const key = `${c.nonce}-${c.written.size}`;
  c.written.set(key, { markdown, block });
  const el = doc.createElement(block ? 'hr' : 'wbr');
  el.setAttribute(WRITTEN, key);
  return el;
}

/** Short form of a URL or text for a note. */
export const shorten = (s: string, max = 80) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
