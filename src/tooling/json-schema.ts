import { z } from 'astro/zod';
import { authorSchema } from '../model/schemas/author.ts';
import type { SiteConfig } from '../model/schemas/site.ts';
import { storySchema } from '../model/schemas/story.ts';
import { docsFor, type ObjectDocs } from './schema-docs.ts';

/** A JSON Schema node, loosely typed: it is data to write out and walk, never to validate with here. */
export type JsonSchema = { [key: string]: unknown };

/** Shown in completions and the guide for every date-and-time field. */
export const DATE_TIME_EXAMPLE = '2026-11-23 08:15';

/**
 * The frontmatter JSON Schemas, generated from the very zod schemas the checker and the build use
 * and described with their JSDoc. Draft-07, because that is what VS Code's YAML extension and most
 * other editors understand best.
 */
export function frontmatterJsonSchemas(site: SiteConfig, docs: readonly ObjectDocs[]): Record<'article' | 'author', JsonSchema> {
  return {
    article: toJson(storySchema(site), 'Broadsheet article frontmatter', docs),
    author: toJson(authorSchema, 'Broadsheet author', docs),
  };
}

function toJson(schema: z.ZodType, title: string, docs: readonly ObjectDocs[]): JsonSchema {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-07', unrepresentable: 'any', override: editorForms });
  const root = describe(json as JsonSchema, docs);
  return { $schema: root['$schema'], title, ...root };
}

/**
 * What editors may type, where zod's own conversion cannot see it: the shorthand a `z.preprocess`
 * accepts (one author instead of a list, a bare id instead of `{ id }`, a wire-style credit line
 * instead of the fields), and dates as the text they are in a YAML file rather than a `Date`.
 */
function editorForms({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }) {
  const def = zodSchema._zod.def;
  if (def.type === 'pipe' && (def as z.core.$ZodPipeDef).in._zod.traits.has('$ZodTransform')) {
    const full: JsonSchema = { ...jsonSchema };
    for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
    jsonSchema['anyOf'] = [shorthand(full), full];
  }
  const branches = jsonSchema['anyOf'] as JsonSchema[] | undefined;
  if (!branches) return;
  // `{}` is what zod makes of a `Date`: a YAML text field never holds one, so it only hides typos.
  const kept = branches.filter((b) => Object.keys(b).length > 0);
  if (def.type === 'union' && (def as z.core.$ZodUnionDef).options.some((o) => o._zod.def.type === 'date')) {
    jsonSchema['examples'] = [DATE_TIME_EXAMPLE];
  }
  if (kept.length === 1) {
    delete jsonSchema['anyOf'];
    Object.assign(jsonSchema, kept[0]);
  } else jsonSchema['anyOf'] = kept;
}

/** One item for a list; the only required text field for an object; else one line of text. */
function shorthand(full: JsonSchema): JsonSchema {
  if (full['type'] === 'array') return full['items'] as JsonSchema;
  const props = full['properties'] as Record<string, JsonSchema> | undefined;
  const required = (full['required'] as string[] | undefined) ?? [];
  const only = required.length === 1 ? props?.[required[0]!] : undefined;
  return only?.['type'] === 'string' ? only : { type: 'string' };
}

/** Adds each field's JSDoc as `description`, matching every object to the zod object it came from. */
function describe(node: JsonSchema, docs: readonly ObjectDocs[]): JsonSchema {
  const props = node['properties'] as Record<string, JsonSchema> | undefined;
  if (props) {
    const found = docsFor(Object.keys(props), docs);
    if (found?.about && !node['description']) node['description'] = found.about;
    for (const [key, value] of Object.entries(props)) {
      const text = found?.fields[key];
      if (text) value['description'] = text;
    }
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((v: unknown) => isNode(v) && describe(v, docs));
    else if (isNode(value)) describe(value, docs);
  }
  return node;
}

const isNode = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);
