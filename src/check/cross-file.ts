import type { Author } from '../model/schemas/author.ts';
import type { ContentFile } from './files.ts';
import { problem, type Problem } from './problems.ts';
import { closest } from './edit-distance.ts';
import { namedAuthors, namedContributors } from './readable-fields.ts';
import { linkProblem, storyLinks } from './related-links.ts';
import type { CheckedStory, FileCheck } from './story-file.ts';

export interface AllFiles {
  /** Every story file, in the order read, and what checking each alone found. */
  files: readonly ContentFile[];
  checked: readonly FileCheck[];
  /** The file that owns each id: the first one with that name. */
  firstFileById: ReadonlyMap<string, string>;
  /** Valid stories by id (first files only) and valid authors by id. */
  byId: ReadonlyMap<string, CheckedStory>;
  authors: ReadonlyMap<string, Author>;
  /** The content folder, as editors see it, e.g. `content`. */
  dir: string;
  now: Date;
}

/**
 * What can only be seen with every file read: a second file with an id already taken, authors
 * (in the byline or among the contributors) without a file, related links to stories that are missing, drafts or not out yet.
 */
export function crossFileProblems({ files, checked, firstFileById, byId, authors, dir, now }: AllFiles): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(firstFileById.keys());
  files.forEach((source, i) => {
    const { file, name } = source;
    const first = firstFileById.get(name)!;
    if (first !== file) problems.push(problem('DuplicateId', { file }, { id: name, first }));
    const { article, facts } = checked[i]!;
    const people = [
      ...namedAuthors(source, checked[i]!).map((a) => ({ ...a, field: `authors.${a.n}` })),
      ...namedContributors(source, checked[i]!).map((c) => ({ ...c, field: `contributors.${c.n}.id` })),
    ];
    for (const { id, line, field } of people) {
      if (authors.has(id)) continue;
      const values = { id, dir, known: [...authors.keys()].join(', '), suggestion: closest(id, authors.keys()) };
      problems.push(problem('UnknownAuthor', { file, line: line(), field }, values));
    }
    for (const link of storyLinks(article, facts?.related ?? [])) {
      const found = linkProblem(link, { file, from: name, source: article, ids, byId, now });
      if (found) problems.push(found);
    }
  });
  return problems;
}
