import { z } from 'astro/zod';
import { parseCreditLine } from '../credit-line.ts';
import { decodeEntities } from '../entities.ts';
import { displayText, stripTags } from '../markup.ts';

/** Text shown with the photo: plain, set as the body is. */
const shown = z.string().trim().min(1).transform(displayText);

const isoDay = z.iso.date({ error: 'write the date as YYYY-MM-DD, e.g. 2026-11-23' });

/** A photo credit, as photo agencies and IPTC describe it. */
export const creditObjectSchema = z
  .strictObject({
    /** Agency or supplier, e.g. `Reuters`, `DepositPhotos`, `Courier Pictures` (IPTC Source / Credit Line). */
    source: shown.optional(),
    /** Who took the photo (IPTC Creator, EXIF Artist). */
    photographer: shown.optional(),
    /** Where it was taken, as the agency writes it, e.g. `BRUSSELS, BELGIUM`. */
    location: shown.optional(),
    /** Day it was taken, `YYYY-MM-DD`. */
    date: isoDay.optional(),
    /** The agency's own caption, when the credit line carries one. */
    caption: shown.optional(),
    /** Copyright notice, e.g. `© 2026 Courier Pictures` (IPTC Copyright Notice). */
    copyright: shown.optional(),
    /** URL of the licence under which the photo is used (IPTC Web Statement of Rights). */
    license: z.url({ protocol: /^https?$/, error: 'give the licence as a full URL starting with https://' }).optional(),
    /** Page where readers can license the photo (schema.org `acquireLicensePage`, IPTC Licensor URL). */
    licensePage: z
      .url({ protocol: /^https?$/, error: 'give the licensing page as a full URL starting with https://' })
      .optional(),
  })
  .refine((c) => c.source !== undefined || c.photographer !== undefined, {
    error: 'a credit needs at least a `source` (agency) or a `photographer`',
  });

/**
 * A credit given either as the structured object or as one wire-style line such as
 * `DepositPhotos – BRUSSELS, BELGIUM – Feb 14, 2023: caption — Photo by Ale_Mi`,
 * which is parsed into the same fields so the rest of the code sees one shape.
 */
export const creditSchema = z.preprocess((value, ctx) => {
  if (typeof value !== 'string') return value;
  // Decoded first: an archive's `&#8211;` is the dash that separates the line's parts.
  const parsed = parseCreditLine(decodeEntities(stripTags(value)));
  if (parsed.ok) return parsed.value;
  ctx.issues.push({ code: 'custom', message: parsed.message, input: value });
  return z.NEVER;
}, creditObjectSchema);

export type Credit = z.output<typeof creditObjectSchema>;
export type CreditInput = z.input<typeof creditSchema>;
