import { OLD_ADDRESS_PATTERN } from '../model/old-address.ts';
import type { JsonSchema } from './json-schema.ts';

const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

interface Row {
  field: string;
  required: string;
  write: string;
  meaning: string;
}

/**
 * The editor guide's field table, from the generated JSON Schema: every field with whether it is
 * needed, what to write and what it means (its JSDoc). `list[].field` is a field of each list item.
 */
export function fieldReference(schema: JsonSchema): string {
  const rows = fields(schema, '', undefined);
  // Outside `code`, a `<Section>` would be read as an HTML tag and vanish.
  const cell = (s: string) =>
    s
      .split('`')
      .map((part, i) => (i % 2 ? part : part.replace(/</g, '\\<')))
      .join('`')
      .replace(/\|/g, '\\|');
  return [
    '| field | needed | what to write | what it is for |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${[`\`${r.field}\``, r.required, r.write, r.meaning].map(cell).join(' | ')} |`),
  ].join('\n');
}

function fields(node: JsonSchema, prefix: string, parent: string | undefined): Row[] {
  const props = (node['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((node['required'] as string[] | undefined) ?? []);
  return Object.entries(props).flatMap(([key, value]) => {
    const field = `${prefix}${key}`;
    const needed = required.has(key) ? (parent ? `with \`${parent}\`` : 'yes') : 'no';
    const row = { field, required: needed, write: kind(value), meaning: String(value['description'] ?? '') };
    const inner = objectIn(value);
    return [row, ...(inner ? fields(inner, `${field}${isList(value) ? '[]' : ''}.`, field) : [])];
  });
}

/** The object with fields inside a node: itself, its list items, or one of its alternatives. */
function objectIn(node: JsonSchema): JsonSchema | undefined {
  if (node['properties']) return node;
  if (node['type'] === 'array') return objectIn(node['items'] as JsonSchema);
  return ((node['anyOf'] as JsonSchema[] | undefined) ?? []).map(objectIn).find(Boolean);
}

const isList = (node: JsonSchema): boolean =>
  node['type'] === 'array' || ((node['anyOf'] as JsonSchema[] | undefined) ?? []).some((b) => b['type'] === 'array');

/** What to type, in words: `one of politics, city`, `list of ids`, `date and time, e.g. …`. */
function kind(node: JsonSchema): string {
  const text = (() => {
    const anyOf = node['anyOf'] as JsonSchema[] | undefined;
    if (anyOf) return anyOf.map(kind).join(', or ');
    const values = node['enum'] as unknown[] | undefined;
    if (values) return `one of ${values.map((v) => `\`${String(v)}\``).join(', ')}`;
    const examples = node['examples'] as unknown[] | undefined;
    if (examples?.length) return `date and time, e.g. \`${String(examples[0])}\``;
    switch (node['type']) {
      case 'boolean':
        return '`true` or `false`';
      case 'number':
      case 'integer':
        return node['minimum'] !== undefined && node['maximum'] !== undefined
          ? `number from ${String(node['minimum'])} to ${String(node['maximum'])}`
          : 'number';
      case 'array':
        return `list of ${plural(kind(node['items'] as JsonSchema))}`;
      case 'object':
        return 'the fields below';
      default:
        return stringKind(node);
    }
  })();
  const fallback = node['default'];
  const shown = Array.isArray(fallback) ? fallback.length > 0 : fallback !== undefined;
  return shown ? `${text} (default \`${String(fallback)}\`)` : text;
}

function stringKind(node: JsonSchema): string {
  if (node['format'] === 'date') return 'day, `YYYY-MM-DD`';
  if (node['format'] === 'uri') return 'web address, `https://…`';
  if (node['pattern'] === ID_PATTERN) return 'id, `lower-case-with-hyphens`';
  if (node['pattern'] === OLD_ADDRESS_PATTERN.source) return 'path on this site, `/section/id/`';
  if (typeof node['pattern'] === 'string' && node['pattern'].startsWith('^(\\/|http')) return '`/path/` or `https://…`';
  if (typeof node['maxLength'] === 'number') return `text, up to ${node['maxLength']} characters`;
  return 'text';
}

const PLURALS: [string, string][] = [
  ['the fields below', 'items with the fields below'],
  ['path on this site', 'paths on this site'],
  ['web address', 'web addresses'],
  ['number', 'numbers'],
  ['text', 'texts'],
  ['day', 'days'],
  ['id', 'ids'],
];

function plural(kind: string): string {
  const found = PLURALS.find(([one]) => kind.startsWith(one));
  return found ? found[1] + kind.slice(found[0].length) : kind;
}
