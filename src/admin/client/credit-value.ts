import { formatCredit, parseCreditLine, type CreditParts } from '../../model/credit-line.ts';
import { decodeEntities } from '../../model/entities.ts';
import type { FileCredit } from '../../photos/file-credit.ts';
import { plain } from './decap-types.ts';

/** A credit as the editor holds it: one wire line, as pasted, or the fields. */
export type CreditValue = string | Record<string, string>;

/** The value of the credit field, whatever shape the story file gave it. */
export function creditValue(value: unknown): CreditValue | undefined {
  const v = plain(value);
  if (typeof v === 'string') return v.trim() ? v : undefined;
  if (v && typeof v === 'object') return v as Record<string, string>;
  return undefined;
}

/** The fields of a credit: a wire line read as the checker reads it, or the fields themselves. */
export function creditFields(value: CreditValue | undefined): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== 'string') return value;
  const parsed = parseCreditLine(decodeEntities(value));
  return parsed.ok ? (JSON.parse(JSON.stringify(parsed.value)) as Record<string, string>) : {};
}

/** Why a pasted line cannot be read, in the checker's words; nothing when it can. */
export function lineProblem(value: CreditValue | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = parseCreditLine(decodeEntities(value));
  return parsed.ok ? undefined : parsed.message;
}

/** The credit with one field changed; an emptied field is dropped. */
export function withField(value: CreditValue | undefined, key: string, text: string): Record<string, string> {
  const fields = { ...creditFields(value) };
  if (text.trim()) fields[key] = text;
  else delete fields[key];
  return fields;
}

/**
 * The credit a photo file carries, as credit fields, when it names anyone. The build's
 * `photos/photo.ts#effectiveCredit` makes the same; kept apart because moving that one into a
 * browser-safe module renames every photo derivative (the photos code version), see the note.
 */
export function creditFromFile(file: FileCredit): Record<string, string> | undefined {
  const source = file.source ?? file.creditLine;
  if (!source && !file.photographer) return undefined;
  return {
    ...(source ? { source } : {}),
    ...(file.photographer ? { photographer: file.photographer } : {}),
    ...(file.copyright ? { copyright: file.copyright } : {}),
  };
}

/** The fields as the caption takes them, when they name an agency or a photographer (the schema's rule). */
export const namedCredit = (fields: Record<string, string>): CreditParts | undefined =>
  fields['source'] || fields['photographer'] ? fields : undefined;

/** The credit line readers will see under the photo. */
export const shownCredit = (value: CreditValue | undefined): string | undefined => {
  const named = namedCredit(creditFields(value));
  return named && formatCredit(named);
};
