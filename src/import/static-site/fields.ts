/** Front matter or config fields, as parsed from YAML, TOML or JSON. */
export type Fields = Record<string, unknown>;

/** A field as text: strings trimmed, numbers written out; anything else (lists, tables) is no text. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

/** A field that may be one value or a list of them (`author: Ada` or `authors: [Ada, Ben]`). */
export function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((v): v is string => v !== undefined);
  const one = text(value);
  return one === undefined ? [] : [one];
}

/** Jekyll's categories and tags: a list, or one string of words separated by spaces. */
export function words(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return list(value);
}

/** A nested table (`cover:`, `image:`), or undefined when the field is anything else. */
export function table(value: unknown): Fields | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
    ? (value as Fields)
    : undefined;
}

/** The first of `names` that the fields hold (not null, not an empty string). */
export function first(fields: Fields, ...names: string[]): unknown {
  for (const name of names) {
    const value = fields[name];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** YAML, TOML and JSON booleans, and the strings people quote them as. */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(?:true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  return undefined;
}

/** Keys of a table in lower case, a later duplicate winning: Hugo reads its settings in any case. */
export function lowerKeys(fields: Fields): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(fields)) out[key.toLowerCase()] = value;
  return out;
}
