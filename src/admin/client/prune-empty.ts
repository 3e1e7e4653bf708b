import type { Immutable } from './decap-types.ts';

const isImmutable = (v: unknown): v is Immutable =>
  v !== null && typeof v === 'object' && typeof (v as Immutable).toJS === 'function';

/** Nothing typed: an empty text, list or group, which the schema would refuse as given. */
const isEmpty = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (isImmutable(v) && v.size === 0);

/**
 * A story's data as saved: fields left empty are left out, as an editor writing the file leaves
 * them out, rather than saved as `dateline: ''` or `hero: {}`, which the checker refuses.
 */
export function pruneEmpty(value: unknown): unknown {
  if (!isImmutable(value)) return value;
  return value.map(pruneEmpty).filter((v) => !isEmpty(v));
}
