import { LineCounter, parseDocument } from 'yaml';
import { authorSchema, type Author } from '../model/schemas/author.ts';
import type { ContentFile } from './files.ts';
import type { Problem } from './problems.ts';
import { codePoint, CONTROL_HINT, controlCharsInData } from './text-hygiene.ts';
import { issuesToProblems } from './zod-problems.ts';

/** Validates `content/authors/<id>.yaml` files; returns the good ones by id. */
export function checkAuthors(files: readonly ContentFile[]): { authors: Map<string, Author>; problems: Problem[] } {
  const authors = new Map<string, Author>();
  const problems: Problem[] = [];
  for (const source of files) {
    const counter = new LineCounter();
    const doc = parseDocument(source.text.replace(/^\uFEFF/, ''), { lineCounter: counter });
    if (doc.errors.length) {
      for (const e of doc.errors) {
        problems.push({
          severity: 'error',
          file: source.file,
          line: e.linePos?.[0].line ?? 1,
          message: `not valid YAML: ${e.message.split('\n')[0]}`,
          hint: 'check indentation and quotes',
        });
      }
      continue;
    }
    const data: unknown = doc.toJS() ?? {};
    const lineOf = (path: readonly PropertyKey[]) => {
      const node = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
      return node?.range ? counter.linePos(node.range[0]).line : 1;
    };
    for (const { path, char } of controlCharsInData(data)) {
      const message = `invisible control character ${codePoint(char)} in the text`;
      problems.push({
        severity: 'error',
        file: source.file,
        line: lineOf(path),
        field: path.join('.'),
        message,
        hint: CONTROL_HINT,
      });
    }
    const result = authorSchema.safeParse(data);
    if (result.success) authors.set(source.name, result.data);
    else
      problems.push(
        ...issuesToProblems(result.error.issues, { file: source.file, data, lineOf, knownFields: ['name', 'role', 'bio'] }),
      );
  }
  return { authors, problems };
}
