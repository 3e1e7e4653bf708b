import { defineKind } from './kind.ts';

/** The words for a type zod expected, as editors think of YAML. */
const TYPE_WORDS: Record<string, string> = { string: 'text', array: 'a list', object: 'sub-fields', boolean: 'true or false' };
const TYPE_HINTS: Record<string, string> = {
  string: 'write text here; put it in quotes if it looks like a number, date or yes/no',
  array: 'write a list, e.g. [first, second], or one item per line starting with "- "',
  object: 'indent the sub-fields by two spaces under this field, one per line',
  boolean: 'write true or false, without quotes',
};

/** Problems any field can have, found by its schema; the fields with rules of their own are in values.ts. */
export const FIELD_KINDS = {
  UnknownField: defineKind({
    title: 'Unknown field',
    severity: 'error',
    message: (v: { keys: readonly string[]; suggestion?: string | undefined }) =>
      `unknown field${v.keys.length > 1 ? `s ${v.keys.map((k) => `\`${k}\``).join(', ')}` : ` \`${v.keys[0]}\``}`,
    hint: (v) =>
      v.suggestion
        ? `did you mean \`${v.suggestion}\`?`
        : 'remove it, or check the spelling against the field reference in docs/editing.md',
    example: { keys: ['headlin'], suggestion: 'headline' },
  }),
  MissingField: defineKind({
    title: 'Required field missing',
    severity: 'error',
    message: (_: { key: string; parent?: string | undefined; rule?: string | undefined }) => 'this field is required but missing',
    // The schema's own words for the field, when it has them, say best what to write.
    hint: (v) => v.rule ?? `add \`${v.key}:\`${v.parent ? ` under \`${v.parent}:\`` : ''}`,
    example: { key: 'alt', parent: 'hero' },
  }),
  WrongType: defineKind({
    title: 'Wrong kind of value',
    severity: 'error',
    message: (v: { expected: string; found: string }) => `expected ${TYPE_WORDS[v.expected] ?? v.expected} but found ${v.found}`,
    hint: (v) => TYPE_HINTS[v.expected] ?? `write a ${v.expected} here`,
    example: { expected: 'boolean', found: 'the text "yes"' },
  }),
  EmptyField: defineKind({
    title: 'Empty field',
    severity: 'error',
    message: (v: { rule?: string | undefined }) => v.rule ?? 'the field is empty',
    hint: 'fill it in, or remove the line if the field is optional',
    example: { rule: 'the headline is empty' },
  }),
  TooFewItems: defineKind({
    title: 'List too short',
    severity: 'error',
    message: (v: { minimum: number; rule?: string | undefined }) => v.rule ?? `list at least ${v.minimum} item(s)`,
    hint: (v) => `add at least ${v.minimum}`,
    example: { minimum: 1, rule: 'name at least one author' },
  }),
  TooLong: defineKind({
    title: 'Text too long',
    severity: 'error',
    message: (v: { maximum: number; length: number }) => `too long: at most ${v.maximum} characters (this is ${v.length})`,
    hint: (v) => `shorten it to at most ${v.maximum} characters`,
    example: { maximum: 40, length: 44 },
  }),
  OutOfRange: defineKind({
    title: 'Number out of range',
    severity: 'error',
    message: (v: { value: number; limit: number; above: boolean }) =>
      `${v.value} is ${v.above ? 'over the maximum' : 'under the minimum'} of ${v.limit}`,
    hint: (v) => `write a number ${v.above ? 'up to' : 'from'} ${v.limit}`,
    example: { value: 120, limit: 100, above: true },
  }),
  InvalidField: defineKind({
    title: 'Value the field does not take',
    severity: 'error',
    // `rule` is the schema's own words; `value` is left out when the rule quotes it already.
    message: (v: { rule: string; value?: string | undefined }) =>
      v.value === undefined || v.rule.includes(v.value) ? v.rule : `${v.rule} (not "${v.value}")`,
    hint: 'see the field reference in docs/editing.md for what this field takes',
    example: { rule: 'write the old address as a path on this site such as /politics/old-id/', value: 'old page' },
  }),
};
