/**
 * What the photos cost the site: the files in `/_media/` sorted by the kind of derivative their names
 * say they are (photos/plan.ts `variantFile`), so the bench and the docs can weigh each kind against
 * the reader it serves.
 */
import { FORMATS, ROLE_WIDTHS } from '../photos/plan.ts';

/** `<stem>-<key>[<tag>]-<width>.<ext>`; the tag names a crop or a card. */
const NAME = /^(.+)-([0-9a-f]{10})(-16x9|-4x3|-1x1|-card-[0-9a-f]{8}|-card)?-(\d+)\.(avif|webp|jpg)$/;
const FORMAT_NAME: Record<string, string> = { avif: 'AVIF', webp: 'WebP', jpg: 'JPEG' };

interface Derivative {
  kind: string;
  /** The source file's stem, which every derivative of it carries. */
  stem: string;
}

/** A derivative's kind, e.g. `AVIF 800w`, `crop 16:9`, `share card`; undefined for other files. */
export function derivativeKind(file: string): Derivative | undefined {
  const match = NAME.exec(file);
  if (!match) return undefined;
  const [, stem = '', , tag, width, ext] = match;
  if (!tag) return { kind: `${FORMAT_NAME[ext!]} ${width}w`, stem };
  if (tag === '-card') return { kind: DRAWN, stem };
  if (tag.startsWith('-card-')) return { kind: 'share card', stem };
  return { kind: `crop ${tag.slice(1).replace('x', ':')}`, stem };
}

const DRAWN = 'drawn card (story without a photo)';

export interface KindTotal {
  kind: string;
  files: number;
  bytes: number;
}

export interface PhotoFootprint {
  /**
   * Source photos, by the file name every derivative carries: a photo shown twice with different
   * words (alt text, credit) is one photo whose words are in two sets of files.
   */
  photos: number;
  /** Files and bytes made from photos (drawn cards excluded: no photo behind them). */
  files: number;
  bytes: number;
  /** Per kind, largest share first. */
  kinds: KindTotal[];
  /** Files in `/_media/` that are no derivative of a known kind. */
  other: KindTotal;
  /** Per use of a photo (lead, in-body, small such as a portrait): photos, and their files and bytes. */
  uses: (KindTotal & { photos: number })[];
}

/** Totals over the files of `/_media/` (name and size). */
export function photoFootprint(files: readonly { name: string; bytes: number }[]): PhotoFootprint {
  const kinds = new Map<string, KindTotal>();
  const other: KindTotal = { kind: 'other', files: 0, bytes: 0 };
  let total = { files: 0, bytes: 0 };
  const stems = new Map<string, { files: number; bytes: number; kinds: Set<string> }>();
  for (const { name, bytes } of files) {
    const found = derivativeKind(name);
    if (!found) {
      other.files++;
      other.bytes += bytes;
      continue;
    }
    const entry = kinds.get(found.kind) ?? { kind: found.kind, files: 0, bytes: 0 };
    entry.files++;
    entry.bytes += bytes;
    kinds.set(found.kind, entry);
    if (found.kind === DRAWN) continue;
    total = { files: total.files + 1, bytes: total.bytes + bytes };
    const stem = stems.get(found.stem) ?? { files: 0, bytes: 0, kinds: new Set() };
    stems.set(found.stem, { files: stem.files + 1, bytes: stem.bytes + bytes, kinds: stem.kinds.add(found.kind) });
  }
  const uses = new Map<string, KindTotal & { photos: number }>();
  for (const stem of stems.values()) {
    const kind = stem.kinds.has('share card') ? 'lead photo' : stem.kinds.size > FORMATS.length ? 'in-body photo' : 'small photo';
    const use = uses.get(kind) ?? { kind, photos: 0, files: 0, bytes: 0 };
    uses.set(kind, { kind, photos: use.photos + 1, files: use.files + stem.files, bytes: use.bytes + stem.bytes });
  }
  const byBytes = <T extends KindTotal>(list: Iterable<T>) => [...list].sort((a, b) => b.bytes - a.bytes);
  return { photos: stems.size, ...total, kinds: byBytes(kinds.values()), other, uses: byBytes(uses.values()) };
}

/**
 * Files one large photo gets in each place it is used, from the plan: every width of the role in
 * every format, plus, for a lead photo, three crops for search engines and the share card. A lead
 * photo also shown as a listing's thumbnail adds the card widths it lacks.
 */
export function plannedFiles(): { lead: number; leadInListings: number; inBody: number; thumbnail: number } {
  const responsive = (widths: readonly number[]) => widths.length * FORMATS.length;
  const lead = responsive(ROLE_WIDTHS.hero) + 3 + 1;
  const extraCardWidths = ROLE_WIDTHS.card.filter((w) => !ROLE_WIDTHS.hero.includes(w));
  return {
    lead,
    leadInListings: lead + responsive(extraCardWidths),
    inBody: responsive(ROLE_WIDTHS.inline),
    thumbnail: responsive(ROLE_WIDTHS.card),
  };
}
