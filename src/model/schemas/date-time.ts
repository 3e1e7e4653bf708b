import { z } from 'astro/zod';
import { readDateTime, wallText } from '../date-reading.ts';

/**
 * A date and time as editors write it: `2026-11-23 08:15` in the site zone, or with an offset
 * (`2026-11-23T08:15:00-05:00`, or as archives write it, `2026-11-23 08:15:00 -0500`). YAML may hand
 * over a Date already (an unquoted ISO timestamp); that is taken as is. A site-zone time the clocks
 * skip is refused, since any instant we chose would put the story up at a time nobody wrote.
 */
export function dateTimeSchema(timezone: string) {
  return z.union([z.string(), z.date()], { error: 'write a date such as 2026-11-23 08:15' }).transform((value, ctx) => {
    if (value instanceof Date) return value;
    const reading = readDateTime(value, timezone);
    if (reading.kind === 'date') return reading.date;
    if (reading.kind === 'gap') {
      // `params` names the checker's catalogue entry (src/check/catalogue/values.ts), which words it.
      const values = { value, timezone, before: wallText(reading.lastBefore), after: wallText(reading.firstAfter) };
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `${value} does not exist in ${timezone}: the clocks go forward; write ${values.before} or ${values.after}`,
        params: { kind: 'TimeInClockGap', values },
      });
      return z.NEVER;
    }
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `"${String(value)}" is not a real date and time: write YYYY-MM-DD HH:mm in ${timezone} time, e.g. 2026-11-23 08:15`,
    });
    return z.NEVER;
  });
}
