import { z } from 'astro/zod';
import { displayText } from '../markup.ts';
import { dateTimeSchema } from './date-time.ts';

/** One entry of an article's corrections log, shown under the story and on the corrections page. */
export function correctionSchema(timezone: string) {
  return z.strictObject({
    /** When the correction was made, in the site time zone: `2026-11-24 10:05`. */
    date: dateTimeSchema(timezone),
    /** What was wrong and what is right now, as readers should see it. Plain text. */
    text: z.string({ error: 'say what was corrected' }).trim().min(1, { error: 'say what was corrected' }).transform(displayText),
  });
}

export type Correction = z.output<ReturnType<typeof correctionSchema>>;
