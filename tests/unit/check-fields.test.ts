import { describe } from 'vitest';
import { FIELD_MISTAKES } from '../helpers/mistakes/fields.ts';
import { checkMistakes } from '../helpers/mistakes/run.ts';
import { VALUE_MISTAKES } from '../helpers/mistakes/values.ts';

describe('missing fields, wrong types and unknown fields, checked in one run', () => {
  checkMistakes(FIELD_MISTAKES);
});

describe('values with rules of their own (section, tags, dates, breadcrumbs, old addresses), checked in one run', () => {
  checkMistakes(VALUE_MISTAKES);
});
