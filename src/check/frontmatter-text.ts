import { offsetText, readDateTime, withOffsetText } from '../model/date-reading.ts';
import { displayText, tagsIn } from '../model/markup.ts';
import { problem, type Problem } from './problems.ts';

/**
 * The fields the schemas turn into plain text with `displayText` (model/markup.ts): tags in them are
 * stripped or refused here, where the checker can say so. List positions are `*`.
 */
export const SHOWN_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'headline',
  'dateline',
  'dek',
  'hero.alt',
  'hero.caption',
  'hero.credit',
  'hero.credit.source',
  'hero.credit.photographer',
  'hero.credit.location',
  'hero.credit.caption',
  'hero.credit.copyright',
  'breadcrumbs.*.label',
  'related.*.label',
  'corrections.*.text',
]);

const DATE_FIELDS: ReadonlySet<string> = new Set(['published', 'updated', 'corrections.*.date']);

type Path = (string | number)[];

function strings(value: unknown, path: Path = []): { path: Path; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

/**
 * What the schema accepts but an editor should hear about: formatting tags it strips from text
 * fields (any other tag is an error), and a site-zone time the clocks show twice (the schema takes
 * the first).
 */
export function frontmatterTextProblems(
  data: unknown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  timezone: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const { path, text } of strings(data)) {
    const pattern = path.map((k) => (typeof k === 'number' ? '*' : k)).join('.');
    const where = { file, line: lineOf(path), field: path.join('.') };
    if (SHOWN_TEXT_FIELDS.has(pattern)) {
      const { inline, other } = tagsIn(text);
      if (other.length) problems.push(problem('TagInText', where, { tags: other, value: text }));
      else if (inline.length) problems.push(problem('FormattingStripped', where, { tags: inline, shown: displayText(text) }));
    } else if (DATE_FIELDS.has(pattern)) {
      const reading = readDateTime(text, timezone);
      if (reading.kind !== 'date' || !reading.twice) continue;
      const [first, second] = reading.twice;
      problems.push(
        problem('TimeShownTwice', where, {
          value: text.trim(),
          timezone,
          first: offsetText(first),
          second: offsetText(second),
          asFirst: withOffsetText(reading.wall, first),
          asSecond: withOffsetText(reading.wall, second),
        }),
      );
    }
  }
  return problems;
}
