import { article } from '../content-copy.ts';
import { type Mistake } from './mistake.ts';

const credits = (...lines: string[]) => article({ contributors: `\n${lines.map((l) => `  - ${l}`).join('\n')}` });

/** Contributors on a story and authors' profiles elsewhere. */
export const BYLINE_MISTAKES: Mistake[] = [
  {
    mistake: 'contributor id with a typo',
    file: 'articles/credit-typo.md',
    kind: 'UnknownAuthor',
    text: credits('{ id: ada-reporter, role: editing }', '{ id: ada-reportr, role: photography }'),
    line: 9,
    field: 'contributors.1.id',
    message: /unknown author "ada-reportr"/,
    hint: /did you mean "ada-reporter"\?/,
  },
  {
    mistake: 'contributor role the paper does not print',
    file: 'articles/credit-role.md',
    kind: 'UnknownContributorRole',
    text: credits('{ id: ada-reporter, role: photos }'),
    line: 8,
    field: 'contributors.0.role',
    message: /choose one of: reporting, additional-reporting, translation, photography, graphics, editing \(not "photos"\)/,
    hint: /write exactly one of/,
  },
  {
    mistake: 'same person credited twice for the same work',
    file: 'articles/credit-twice.md',
    kind: 'DuplicateContributor',
    text: credits(
      '{ id: ada-reporter, role: translation }',
      '{ id: ada-reporter, role: photography }',
      '{ id: ada-reporter, role: translation }',
    ),
    line: 10,
    field: 'contributors.2',
    message: /"ada-reporter" is credited twice for translation/,
    hint: /remove one of the two entries/,
  },
  {
    mistake: 'contributor given by name',
    file: 'articles/credit-name.md',
    kind: 'InvalidAuthorId',
    text: credits('{ id: Ada Reporter, role: editing }'),
    line: 8,
    field: 'contributors.0.id',
    message: /not "Ada Reporter"/,
    hint: /use the author id/,
  },
  {
    mistake: 'profile link without https',
    file: 'authors/plain-http.yaml',
    kind: 'InvalidProfileLink',
    text: 'name: Plain Http\nsameAs:\n  - https://social.example/@plain\n  - http://plain.example.org/\n',
    line: 4,
    field: 'sameAs.1',
    message: /"http:\/\/plain\.example\.org\/" is not a full https address/,
    hint: /starting with https:\/\//,
  },
  {
    mistake: 'profile link listed twice',
    file: 'authors/twice-linked.yaml',
    kind: 'DuplicateProfileLink',
    text: 'name: Twice Linked\nsameAs:\n  - https://social.example/@twice\n  - https://social.example/@twice\n',
    line: 4,
    field: 'sameAs.1',
    message: /listed twice/,
    hint: /remove the second one/,
  },
];
