import { defineKind } from './kind.ts';

/** What a YAML problem is in: a story's frontmatter or a whole author file. */
export type YamlPart = 'the frontmatter' | 'the author file';

const RESAVE = 'save it again as UTF-8 (most editors: "Save with encoding" or "Save as… UTF-8")';

/** What a content file is: the limit its size is checked against, and what it must be named. */
export type FileRole = 'a story file' | 'an author file';

/** Problems with a file as a whole: what it is, its size, its encoding, its name, its YAML. */
export const FILE_KINDS = {
  NotAFile: defineKind({
    title: 'Not a file',
    severity: 'error',
    message: (v: { what: string; role: FileRole }) => `this is ${v.what}, not a file: it cannot be read as ${v.role}`,
    hint: (v) =>
      v.what === 'a folder'
        ? 'rename the folder: a folder name must not end like a file (.md, .yaml)'
        : 'delete it: only plain files can be committed as content',
    example: { what: 'a folder', role: 'a story file' },
  }),
  LinkOutsideContent: defineKind({
    title: 'Link to a file outside the content folder',
    severity: 'error',
    message: (v: { target: string }) => `the file is a link to ${v.target}, outside the content folder`,
    hint: 'copy the file itself into the content folder and delete the link: a link may only point inside the content folder',
    example: { target: '/dev/zero' },
  }),
  UnpublishedExtension: defineKind({
    title: 'File name ending that is never published',
    severity: 'error',
    message: (v: { ending: string; role: FileRole }) => `the file name ends in "${v.ending}", so it is not read as ${v.role}`,
    hint: (v) => `rename it to end in ${v.role === 'a story file' ? '.md' : '.yaml'} (in lower case)`,
    example: { ending: '.markdown', role: 'a story file' },
  }),
  FileTooLarge: defineKind({
    title: 'File over the size limit',
    severity: 'error',
    message: (v: { kb: number; limit: number; role: FileRole }) =>
      `the file is ${v.kb.toLocaleString('en')} KB, over the ${v.limit} KB limit for ${v.role}`,
    hint: 'check for a pasted document or data (the file was not read); split a very long story into parts',
    example: { kb: 51_200, limit: 233, role: 'a story file' },
  }),
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
  ReservedStoryId: defineKind({
    title: 'Story id the site’s own pages use',
    severity: 'error',
    message: (v: { id: string }) => `the story id "${v.id}" is a folder the site writes itself (a listing's numbered pages)`,
    hint: 'rename the file: a story’s id is the last part of its address, beside its section’s page/2/, page/3/…',
    example: { id: 'page' },
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
  YamlTooLarge: defineKind({
    title: 'YAML over the size limit',
    severity: 'error',
    message: (v: { part: YamlPart; kb: number; limit: number }) => `${v.part} is ${v.kb} KB, over the ${v.limit} KB limit`,
    hint: 'check for pasted text or data between the `---` lines: long text belongs in the body',
    example: { part: 'the frontmatter', kb: 90, limit: 32 },
  }),
  TooManyYamlValues: defineKind({
    title: 'Too many fields and values',
    severity: 'error',
    message: (v: { part: YamlPart; count: number; limit: number }) =>
      `${v.part} holds ${v.count.toLocaleString('en')} fields and values, over the limit of ${v.limit.toLocaleString('en')}`,
    hint: 'a story needs a few dozen: look for pasted data or a list written out many times',
    example: { part: 'the frontmatter', count: 40_000, limit: 2_000 },
  }),
  YamlAliasLimit: defineKind({
    title: 'YAML aliases repeated too often',
    severity: 'error',
    message: (v: { part: YamlPart }) => `${v.part} repeats its aliases (\`*name\`) too often to be read`,
    hint: 'write the values out instead of `&name` and `*name` references',
    example: { part: 'the author file' },
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
