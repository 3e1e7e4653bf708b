import { describe } from 'vitest';
import { AUTHOR_MISTAKES } from '../helpers/mistakes/authors.ts';
import { BODY_MISTAKES } from '../helpers/mistakes/body.ts';
import { checkMistakes } from '../helpers/mistakes/run.ts';

describe('mistakes in the body, checked in one run', () => {
  checkMistakes(BODY_MISTAKES);
});

describe('mistakes in author files, checked in one run', () => {
  checkMistakes(AUTHOR_MISTAKES);
});
