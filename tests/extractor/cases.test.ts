// The table-driven cases of fixtures/extractor/cases/, one test per row.
import { describe, it } from 'vitest';
import { CHARGE_CASES } from '../../fixtures/extractor/cases/charges.ts';
import { DATE_CASES } from '../../fixtures/extractor/cases/dates.ts';
import { MODALITY_CASES } from '../../fixtures/extractor/cases/modality.ts';
import { NUMBER_CASES } from '../../fixtures/extractor/cases/numbers.ts';
import { OCCASION_CASES } from '../../fixtures/extractor/cases/occasions.ts';
import { ROLE_CASES } from '../../fixtures/extractor/cases/roles.ts';
import { WORDING_CASES } from '../../fixtures/extractor/cases/wordings.ts';
import type { ExtractorCase } from '../../fixtures/extractor/cases/case.ts';
import { checkCase } from './support.ts';

const table = (cases: ExtractorCase[]) => cases.map((c) => [c.name, c] as const);

describe('triggers and roles', () => it.each(table(ROLE_CASES))('%s', (_n, c) => checkCase(c)));
describe('modality, negation and status', () => it.each(table(MODALITY_CASES))('%s', (_n, c) => checkCase(c)));
describe('dates in events', () => it.each(table(DATE_CASES))('%s', (_n, c) => checkCase(c)));
describe('counts and terms in events', () => it.each(table(NUMBER_CASES))('%s', (_n, c) => checkCase(c)));
describe('charges', () => it.each(table(CHARGE_CASES))('%s', (_n, c) => checkCase(c)));
describe('one event per occasion', () => it.each(table(OCCASION_CASES))('%s', (_n, c) => checkCase(c)));
describe('wordings of many outlets', () => it.each(table(WORDING_CASES))('%s', (_n, c) => checkCase(c)));
