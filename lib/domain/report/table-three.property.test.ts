// Properties of RULES §4 over random registers spanning several years.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICANT_TYPE_CODES, COLUMN_CODES, OUTCOME_CODES, ROW_CODES } from '../categories';
import { addDays } from '../dates';
import { checkTableThree } from './check-table-three';
import { buildTableThree, sumOfTypes } from './table-three';
import type { ReportCase } from './types';

const FIRST_YEAR = 2020;
const LAST_YEAR = 2025;

// Received 2020–2025; answered 0–600 days later (so some cross one or two year-ends) or never.
const caseArb: fc.Arbitrary<ReportCase> = fc
  .record({
    received: fc.integer({ min: 0, max: 6 * 365 }),
    wait: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null, freq: 4 }),
    applicantType: fc.constantFrom(...APPLICANT_TYPE_CODES),
    outcome: fc.constantFrom(...OUTCOME_CODES),
  })
  .map(({ received, wait, applicantType, outcome }) => {
    const receivedOn = addDays('2020-01-01', received);
    const repliedOn = wait === null ? null : addDays(receivedOn, wait);
    return { receivedOn, repliedOn, applicantType, outcome: repliedOn ? outcome : null };
  });

const registerArb = fc.array(caseArb, { maxLength: 80 });
const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 3 }, (_, i) => FIRST_YEAR - 1 + i);

describe('table 三 properties', () => {
  it('new + carried_in = results_total + carried_out in every column of every year', () => {
    fc.assert(
      fc.property(registerArb, (cases) => {
        for (const year of years) {
          const t = buildTableThree(cases, year);
          for (const col of COLUMN_CODES) {
            expect(t.new[col] + t.carried_in[col]).toBe(t.results_total[col] + t.carried_out[col]);
          }
        }
      }),
    );
  });

  it("carried_in of a year equals carried_out of the year before, and all checks pass", () => {
    fc.assert(
      fc.property(registerArb, (cases) => {
        let previous = buildTableThree(cases, years[0]);
        for (const year of years.slice(1)) {
          const t = buildTableThree(cases, year);
          expect(t.carried_in).toEqual(previous.carried_out);
          expect(checkTableThree(t, previous).filter((c) => !c.ok)).toEqual([]);
          previous = t;
        }
      }),
    );
  });

  it('row totals are the sum of the type columns; results_total is the sum of the outcome rows', () => {
    fc.assert(
      fc.property(registerArb, fc.integer({ min: FIRST_YEAR, max: LAST_YEAR + 1 }), (cases, year) => {
        const t = buildTableThree(cases, year);
        for (const row of ROW_CODES) expect(t[row].total).toBe(sumOfTypes(t, row));
        for (const col of COLUMN_CODES) {
          expect(t.results_total[col]).toBe(OUTCOME_CODES.reduce((s, row) => s + t[row][col], 0));
        }
      }),
    );
  });

  it('over all years every case is new once and every answer is a result once', () => {
    fc.assert(
      fc.property(registerArb, (cases) => {
        const all = years.map((y) => buildTableThree(cases, y));
        // Answers can fall up to 600 days after 2025, i.e. in 2027 at the latest.
        const later = [LAST_YEAR + 2].map((y) => buildTableThree(cases, y));
        expect(all.reduce((s, t) => s + t.new.total, 0)).toBe(cases.length);
        const answered = cases.filter((c) => c.repliedOn !== null).length;
        expect([...all, ...later].reduce((s, t) => s + t.results_total.total, 0)).toBe(answered);
      }),
    );
  });
});
