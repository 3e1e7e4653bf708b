import type { z } from 'astro/zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
}

/**
 * Every field name a schema accepts, at any depth: what "did you mean" suggests from. Read from the
 * schema itself so a new field is suggested the day it is added.
 */
export function schemaFieldNames(schema: z.ZodType): string[] {
  const names = new Set<string>();
  const walk = (node: z.ZodType | undefined, seen: Set<unknown>) => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    const def = (node as unknown as { _zod: { def: Def } })._zod.def;
    for (const [key, child] of Object.entries(def.shape ?? {})) {
      names.add(key);
      walk(child, seen);
    }
    for (const child of [def.innerType, def.element, def.in, def.out, ...(def.options ?? [])]) walk(child, seen);
  };
  walk(schema, new Set());
  return [...names];
}
