import type { SourceNote } from '../source.ts';
import { renderCard, type Payload } from './cards.ts';
import { escape, figure } from './html.ts';

/**
 * Ghost's Mobiledoc (`posts.mobiledoc`, Ghost 1–4): sections refer to cards, atoms and markups by
 * index. A marker is `[0 text | 1 atom, markups it opens, how many it closes, text or atom index]`.
 */
interface Mobiledoc {
  atoms?: [string, string, Payload][];
  cards?: [string, Payload][];
  markups?: [string, string[]?][];
  sections?: unknown[][];
}

type Marker = [number, number[], number, string | number];

const INLINE: Record<string, string> = {
  a: 'a',
  b: 'strong',
  strong: 'strong',
  i: 'em',
  em: 'em',
  code: 'code',
  s: 's',
  u: 'u',
  sub: 'sub',
  sup: 'sup',
};
const BLOCK: Record<string, string> = {
  p: 'p',
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  h5: 'h5',
  h6: 'h6',
  blockquote: 'blockquote',
  aside: 'blockquote',
  'pull-quote': 'blockquote',
};

function markers(doc: Mobiledoc, list: unknown): string {
  const open: string[] = [];
  let html = '';
  for (const marker of Array.isArray(list) ? (list as Marker[]) : []) {
    const [kind, opens = [], closes = 0, value] = marker;
    for (const index of opens) {
      const [tag = '', attrs = []] = doc.markups?.[index] ?? [];
      const name = INLINE[tag.toLowerCase()];
      if (!name) continue;
      const at = attrs.indexOf('href');
      html += name === 'a' ? `<a href="${escape((at >= 0 && attrs[at + 1]) || '')}">` : `<${name}>`;
      open.push(name);
    }
    if (kind === 1) {
      // The one atom Ghost's editor writes is the soft return (shift+enter); any other keeps its text.
      const [name = '', text = ''] = doc.atoms?.[Number(value)] ?? [];
      html += name === 'soft-return' ? '<br>' : escape(text);
    } else html += escape(String(value ?? ''));
    for (let i = 0; i < closes && open.length; i++) html += `</${open.pop()}>`;
  }
  while (open.length) html += `</${open.pop()}>`;
  return html;
}

function section(doc: Mobiledoc, entry: unknown[], notes: SourceNote[]): string {
  const [type, a, b] = entry;
  if (type === 1) {
    const tag = BLOCK[String(a).toLowerCase()] ?? 'p';
    const html = markers(doc, b);
    if (!html.trim()) return '';
    return tag === 'blockquote' ? `<blockquote><p>${html}</p></blockquote>` : `<${tag}>${html}</${tag}>`;
  }
  if (type === 2) return typeof a === 'string' ? figure(a, '', '') : '';
  if (type === 3) {
    const tag = a === 'ol' ? 'ol' : 'ul';
    const items = Array.isArray(b) ? b : [];
    return `<${tag}>${items.map((item) => `<li>${markers(doc, item)}</li>`).join('')}</${tag}>`;
  }
  if (type === 10) {
    const [name = '', payload = {}] = doc.cards?.[Number(a)] ?? [];
    return renderCard(name, payload, notes);
  }
  return '';
}

/** A Mobiledoc document as HTML. Used only when the export has no `html` for the post. */
export function renderMobiledoc(json: string, notes: SourceNote[]): string {
  let doc: Mobiledoc;
  try {
    doc = JSON.parse(json) as Mobiledoc;
  } catch {
    notes.push({ kind: 'unreadable-body', detail: 'the mobiledoc body is not JSON' });
    return '';
  }
  return (doc.sections ?? [])
    .map((entry) => (Array.isArray(entry) ? section(doc, entry, notes) : ''))
    .filter(Boolean)
    .join('\n');
}
