import { z } from 'astro/zod';
import { parseLocalDateTime } from '../dates.ts';

/**
 * A date and time as editors write it: `2026-11-23 08:15` in the site zone, or ISO 8601 with an
 * offset. YAML may hand over a Date already (an unquoted ISO timestamp); that is taken as is.
 */
export function dateTimeSchema(timezone: string) {
  return z.union([z.string(), z.date()], { error: 'write a date such as 2026-11-23 08:15' }).transform((value, ctx) => {
    const date = value instanceof Date ? value : parseLocalDateTime(value, timezone);
    if (date) return date;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `"${String(value)}" is not a real date and time: write YYYY-MM-DD HH:mm in ${timezone} time, e.g. 2026-11-23 08:15`,
    });
    return z.NEVER;
  });
}
