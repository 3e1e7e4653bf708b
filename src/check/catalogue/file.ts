import { defineKind } from './kind.ts';

/** What a YAML problem is in: a story's frontmatter or a whole author file. */
export type YamlPart = 'the frontmatter' | 'the author file';

const RESAVE = 'save it again as UTF-8 (most editors: "Save with encoding" or "Save as… UTF-8")';

/** Problems with a file as a whole: its encoding, its name, its YAML. */
export const FILE_KINDS = {
  Utf16File: defineKind({
    title: 'File saved as UTF-16',
    severity: 'error',
    message: () => 'the file is saved as UTF-16 ("Unicode"), not UTF-8',
    hint: RESAVE,
  }),
  NotUtf8: defineKind({
    title: 'File not saved as UTF-8',
    severity: 'error',
    message: () => 'the file is not saved as UTF-8 text',
    hint: `${RESAVE}, then check the accented letters`,
  }),
  BadFileName: defineKind({
    title: 'File name that cannot be an id',
    severity: 'error',
    message: (v: { name: string }) => `the file name "${v.name}" cannot be a story id`,
    hint: 'rename the file using lower-case words joined by hyphens, e.g. harbour-fees-rise.md',
    example: { name: 'Harbour Fees' },
  }),
  DuplicateId: defineKind({
    title: 'Two stories with the same id',
    severity: 'error',
    message: (v: { id: string; first: string }) => `another story already has the id "${v.id}" (${v.first})`,
    hint: 'story ids are file names and must be unique: rename one of the files',
    example: { id: 'council-vote', first: 'content/articles/politics/council-vote.md' },
  }),
  NoFrontmatter: defineKind({
    title: 'No frontmatter',
    severity: 'error',
    message: () => 'the file does not start with `---`',
    hint: 'put the frontmatter between two lines of `---` at the very top',
  }),
  UnclosedFrontmatter: defineKind({
    title: 'Frontmatter never closed',
    severity: 'error',
    message: () => 'the frontmatter is never closed',
    hint: 'add a line `---` after the last field',
  }),
  InvalidYaml: defineKind({
    title: 'Invalid YAML',
    severity: 'error',
    message: (v: { part: YamlPart; detail: string }) => `${v.part} is not valid YAML: ${v.detail}`,
    hint: 'check indentation, and put text containing ": " or starting with [ { * & ! | > \' " % @ ` in quotes',
    example: { part: 'the frontmatter', detail: 'Missing closing "quote' },
  }),
  DuplicateField: defineKind({
    title: 'Field written twice',
    severity: 'error',
    message: (v: { part: YamlPart; key: string }) => `${v.part} is not valid YAML: Map keys must be unique (\`${v.key}\`)`,
    hint: 'this field is written twice: keep one of them',
    example: { part: 'the frontmatter', key: 'dek' },
  }),
  TabIndent: defineKind({
    title: 'Indented with tabs',
    severity: 'error',
    message: (v: { part: YamlPart }) => `${v.part} is not valid YAML: Tabs are not allowed as indentation`,
    hint: 'indent with spaces, not tabs (two spaces per level)',
    example: { part: 'the frontmatter' },
  }),
  NotAFieldList: defineKind({
    title: 'Not a set of fields',
    severity: 'error',
    message: (v: { part: YamlPart }) => `${v.part} is not a set of fields`,
    hint: (v) =>
      `write one \`field: value\` per line, e.g. \`${v.part === 'the author file' ? 'name: Mara Okafor' : 'headline: Bridge vote delayed'}\``,
    example: { part: 'the frontmatter' },
  }),
};
