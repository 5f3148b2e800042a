import { describe, it } from 'vitest';
import { PEOPLE_CASES } from '../../fixtures/extractor/cases/people.ts';
import { checkCase } from './support.ts';

describe('people', () => {
  it.each(PEOPLE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => checkCase(c));
});
