import { z } from 'astro/zod';
import { normalizeOldAddress, OLD_ADDRESS_PATTERN, OLD_ADDRESS_RULE } from '../old-address.ts';

/**
 * An address a story used to have, on this site or the one an import replaced: `/politics/old-id/`
 * after a rename or a section move, `/2019/04/02/ferry.html`, `/2024/05/café-reopens/` (or
 * `/2024/05/caf%C3%A9-reopens/`, the same address), `/?p=123`. Stored in one canonical form
 * (model/old-address.ts): a folder with its trailing slash, a file without, escapes decoded.
 */
export const redirectPathSchema = z
  .string({ error: 'write the old address as a path such as /politics/old-id/' })
  .trim()
  .regex(OLD_ADDRESS_PATTERN, { error: OLD_ADDRESS_RULE })
  .transform((text, ctx) => {
    const read = normalizeOldAddress(text);
    if ('value' in read) return read.value;
    ctx.addIssue({ code: 'custom', message: read.error, input: text });
    return z.NEVER;
  });
