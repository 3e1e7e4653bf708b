import type { ValuesOf } from './catalogue/index.ts';
import { problem, type Problem, type Where } from './problems.ts';
import type { IssueContext, Issue } from './zod-problems.ts';

/**
 * The value at `path` in the data as written. Text where the path goes deeper is a shorthand the
 * schema expands (one author for a list, a bare id for `{ id }`), so that text is the value.
 */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return value;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const text = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

/**
 * The problem for a field whose rule needs words of its own (the section, dates, ids, links, credits):
 * by the kind a schema names in a custom issue's `params`, else by the field's path, with list
 * positions as `*`. Undefined for any other field.
 */
export function fieldRuleProblem(issue: Issue, where: Where, found: unknown, ctx: IssueContext): Problem | undefined {
  const published = text(valueAt(ctx.data, ['published']));
  const tagged: unknown = issue.code === 'custom' ? issue.params?.['kind'] : undefined;
  if (tagged === 'UpdatedBeforePublished') return problem(tagged, where, { updated: text(found), published });
  if (tagged === 'CorrectionBeforePublished') return problem(tagged, where, { date: text(found), published });
  if (tagged === 'DuplicateContributor') {
    const { id, role } = found as { id: string; role: string };
    return problem(tagged, where, { id, role });
  }
  if (tagged === 'DuplicateProfileLink') return problem(tagged, where, { value: text(found) });
  if (tagged === 'LiveEndBeforeStart')
    return problem(tagged, where, { end: text(found), start: text(valueAt(ctx.data, ['live', 'start'])) });
  if (tagged === 'TimeInClockGap') {
    const values = issue.code === 'custom' ? (issue.params?.['values'] as ValuesOf<'TimeInClockGap'>[0]) : undefined;
    if (values) return problem(tagged, where, values);
  }
  const value = text(found);
  switch (issue.path.map((k) => (typeof k === 'number' ? '*' : String(k))).join('.')) {
    case 'section':
      if (issue.code === 'invalid_value') return problem('UnknownSection', where, { value, sections: issue.values.join(', ') });
      break;
    case 'published':
    case 'updated':
    case 'corrections.*.date':
    case 'live.start':
    case 'live.end':
      return problem('InvalidDate', where, { value, timezone: ctx.timezone ?? 'the site' });
    case 'tags.*':
      return problem('InvalidTag', where, { value });
    case 'authors.*':
      return problem('InvalidAuthorId', where, { value });
    case 'contributors.*.id':
      return problem('InvalidAuthorId', where, { value });
    case 'contributors.*.role':
      if (issue.code === 'invalid_value')
        return problem('UnknownContributorRole', where, { value, roles: issue.values.join(', ') });
      break;
    case 'sameAs.*':
      return problem('InvalidProfileLink', where, { value });
    case 'related.*.id':
      return problem('InvalidStoryId', where, { value });
    case 'breadcrumbs.*.href':
      return problem('InvalidBreadcrumbLink', where, { value });
    case 'hero.credit.license':
      return problem('InvalidLicenceUrl', where, { what: 'licence', value });
    case 'hero.credit.licensePage':
      return problem('InvalidLicenceUrl', where, { what: 'licensing page', value });
    case 'hero.credit.date':
      return problem('InvalidCreditDate', where, { value });
    case 'hero.credit':
      // A wire-style line the credit parser could not read, or fields naming nobody.
      return typeof found === 'string'
        ? problem('InvalidCreditLine', where, { detail: issue.message })
        : problem('IncompleteCredit', where);
  }
  return undefined;
}

/** Too long, too short, too few, out of range: what zod calls too big and too small. */
export function sizeProblem(issue: Issue, where: Where, found: unknown, rule: string | undefined): Problem | undefined {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return undefined;
  const above = issue.code === 'too_big';
  const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  if (typeof found === 'number') return problem('OutOfRange', where, { value: found, limit, above });
  if (typeof found === 'string' && above) return problem('TooLong', where, { maximum: limit, length: found.length });
  if (typeof found === 'string') return problem('EmptyField', where, { rule });
  if (Array.isArray(found) && !above) return problem('TooFewItems', where, { minimum: limit, rule });
  return undefined;
}
