import type { JsonSchema } from '../tooling/json-schema.ts';

/**
 * The object a JSON Schema node describes, looking through the `anyOf` the JSON Schema generator
 * writes for a shorthand (a credit as one line or as its fields; a related story as an id or `{ id }`).
 */
export function objectOf(node: JsonSchema): JsonSchema | undefined {
  if (node['properties']) return node;
  return (node['anyOf'] as JsonSchema[] | undefined)?.find((b) => b['properties']);
}

/** The items of a list node, through a shorthand `anyOf` (one author instead of a list). */
export function itemsOf(node: JsonSchema): JsonSchema | undefined {
  if (node['items']) return node['items'] as JsonSchema;
  return (node['anyOf'] as JsonSchema[] | undefined)?.find((b) => b['items'])?.['items'] as JsonSchema | undefined;
}

export const propertiesOf = (node: JsonSchema) => (node['properties'] ?? {}) as Record<string, JsonSchema>;
export const requiredOf = (node: JsonSchema) => (node['required'] ?? []) as string[];

/**
 * Every field path of a schema, parents first: `hero`, `hero.credit`, `hero.credit.source`; a
 * list's object items as `related[].id`. What the editor's field table must cover, no more, no less.
 */
export function fieldPaths(node: JsonSchema, prefix = ''): string[] {
  const object = objectOf(node);
  if (!object) return [];
  return Object.entries(propertiesOf(object)).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const items = itemsOf(child);
    return [path, ...fieldPaths(child, path), ...(items ? fieldPaths(items, `${path}[]`) : [])];
  });
}
