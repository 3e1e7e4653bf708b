import type { SiteConfig } from '../model/schemas/site.ts';
import type { JsonSchema } from '../tooling/json-schema.ts';
import { fieldPaths, itemsOf, objectOf, propertiesOf, requiredOf } from './schema-walk.ts';

/** One field of a Decap CMS collection, as its config.yml writes it. */
export type CmsField = { name: string; label: string; widget: string; [option: string]: unknown };

/** What a widget may depend on: the site's sections, and the content folder's path in the repository. */
export interface FieldContext {
  site: SiteConfig;
  /** The content folder relative to the repository root, e.g. `content`. */
  content: string;
}

/** What a table entry knows about a field besides what the schema says: its label and widget. */
export interface FieldSpec {
  /** What the editor calls the field; a function when it names something of the site's. */
  label: string | ((ctx: FieldContext) => string);
  /** Decap's widget and its options. */
  widget: (ctx: FieldContext) => { widget: string; [option: string]: unknown };
}

/** A field the table does not know is a field the editor cannot show: say so, with the fix. */
export class UnknownFieldsError extends Error {
  readonly fields: readonly string[];
  constructor(fields: readonly string[], table: string) {
    super(
      `The browser editor (/admin/) has no widget for ${fields.map((f) => `\`${f}\``).join(', ')}. ` +
        `Add ${fields.length > 1 ? 'them' : 'it'} to ${table} with a label and a widget.`,
    );
    this.fields = fields;
  }
}

/** Table entries whose field the schema no longer has, and schema fields the table lacks. */
export function tableGaps(schema: JsonSchema, table: Readonly<Record<string, FieldSpec>>) {
  const paths = fieldPaths(schema);
  return { missing: paths.filter((p) => !(p in table)), stale: Object.keys(table).filter((p) => !paths.includes(p)) };
}

/**
 * The Decap fields for a JSON Schema object, in the schema's order: the label and widget from the
 * table, the help text (`hint`) from the schema's `/** *\/` docs, `required` and `default` from the
 * schema. Objects and lists of objects get their fields the same way.
 */
export function cmsFields(
  schema: JsonSchema,
  table: Readonly<Record<string, FieldSpec>>,
  ctx: FieldContext,
  where: string,
): CmsField[] {
  const { missing } = tableGaps(schema, table);
  if (missing.length) throw new UnknownFieldsError(missing, where);
  return fieldsOf(schema, '', table, ctx, true);
}

/**
 * `present`: whether the object holding these fields is always there. Decap checks a required
 * field even inside an optional group left empty, so there a field is required only by the checker
 * (a story without a lead photo must still save). A list's items exist once added: present.
 */
function fieldsOf(
  node: JsonSchema,
  prefix: string,
  table: Readonly<Record<string, FieldSpec>>,
  ctx: FieldContext,
  present: boolean,
): CmsField[] {
  const object = objectOf(node);
  if (!object) return [];
  const required = requiredOf(object);
  return Object.entries(propertiesOf(object)).map(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const spec = table[path]!;
    const label = typeof spec.label === 'string' ? spec.label : spec.label(ctx);
    const field = { name, label, ...spec.widget(ctx) } as CmsField;
    if (typeof child['description'] === 'string') field['hint'] = child['description'];
    field['required'] = present && required.includes(name);
    const fallback = child['default'];
    // Not inside a list: Decap would add a first item to every new story just to hold the default.
    const listed = path.includes('[]');
    if (fallback !== undefined && !listed && !(Array.isArray(fallback) && fallback.length === 0) && !('default' in field))
      field['default'] = fallback;
    const items = itemsOf(child);
    const nested = objectOf(child)
      ? fieldsOf(child, path, table, ctx, field['required'] === true)
      : items && objectOf(items)
        ? fieldsOf(items, `${path}[]`, table, ctx, true)
        : [];
    if (nested.length) field['fields'] = nested;
    return field;
  });
}
