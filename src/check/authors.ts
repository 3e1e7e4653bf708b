import { authorSchema, type Author } from '../model/schemas/author.ts';
import type { ContentFile } from './files.ts';
import { parseFields } from './frontmatter.ts';
import { checkImage } from './photo-file.ts';
import type { Problem } from './problems.ts';
import { schemaFieldNames } from './schema-fields.ts';
import { controlCharProblems } from './text-hygiene.ts';
import { issuesToProblems } from './zod-problems.ts';

const knownFields = schemaFieldNames(authorSchema);

/**
 * Validates `content/authors/<id>.yaml` files, their portraits included (the build resizes them like
 * any photo); returns the good ones by id.
 */
export async function checkAuthors(
  files: readonly ContentFile[],
  contentRoot: string,
): Promise<{ authors: Map<string, Author>; problems: Problem[] }> {
  const authors = new Map<string, Author>();
  const problems: Problem[] = [];
  for (const source of files) {
    const { data, lineOf, errors } = parseFields(source.text.replace(/^\uFEFF/, ''), source.file, 'the author file');
    problems.push(...errors);
    if (errors.length) continue;
    problems.push(...controlCharProblems(data, source.file, lineOf));
    const result = authorSchema.safeParse(data);
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, { file: source.file, data, lineOf, knownFields }));
      continue;
    }
    authors.set(source.name, result.data);
    if (result.data.photo === undefined) continue;
    const where = { file: source.file, line: lineOf(['photo']), field: 'photo' };
    const portrait = await checkImage(source, contentRoot, result.data.photo, where);
    if (portrait.problem) problems.push(portrait.problem);
  }
  return { authors, problems };
}
