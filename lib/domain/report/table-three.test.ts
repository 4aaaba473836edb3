import { describe, expect, it } from 'vitest';
import { COLUMN_CODES, ROW_CODES } from '../categories';
import { buildTableThree } from './table-three';
import type { ReportCase } from './types';

const kase = (receivedOn: string, repliedOn: string | null, more: Partial<ReportCase> = {}): ReportCase => ({
  receivedOn,
  repliedOn,
  applicantType: 'natural_person',
  outcome: repliedOn ? 'disclosed' : null,
  ...more,
});

describe('buildTableThree', () => {
  it('has all 25 rows and 7 columns with explicit zeros for an empty register', () => {
    const t = buildTableThree([], 2023);
    expect(Object.keys(t)).toEqual(ROW_CODES);
    for (const row of ROW_CODES) {
      expect(Object.keys(t[row])).toEqual(COLUMN_CODES);
      expect(Object.values(t[row]).every((n) => n === 0)).toBe(true);
    }
  });

  it('closed on 31 Dec counts in that year; closed on 1 Jan is carried over', () => {
    const cases = [kase('2023-12-01', '2023-12-31'), kase('2023-12-01', '2024-01-01')];
    const y2023 = buildTableThree(cases, 2023);
    expect(y2023.new.total).toBe(2);
    expect(y2023.disclosed.total).toBe(1);
    expect(y2023.carried_out.total).toBe(1);
    const y2024 = buildTableThree(cases, 2024);
    expect(y2024.carried_in.total).toBe(1);
    expect(y2024.new.total).toBe(0);
    expect(y2024.disclosed.total).toBe(1);
    expect(y2024.carried_out.total).toBe(0);
  });

  it('a case open for two year-ends is carried over twice, then counted where it is answered', () => {
    const cases = [kase('2022-11-15', '2024-02-01', { outcome: 'withheld.third_party', applicantType: 'legal_service' })];
    expect(buildTableThree(cases, 2022).carried_out.legal_service).toBe(1);
    const y2023 = buildTableThree(cases, 2023);
    expect(y2023.carried_in.legal_service).toBe(1);
    expect(y2023.results_total.legal_service).toBe(0);
    expect(y2023.carried_out.legal_service).toBe(1);
    const y2024 = buildTableThree(cases, 2024);
    expect(y2024.carried_in.legal_service).toBe(1);
    expect(y2024['withheld.third_party'].legal_service).toBe(1);
    expect(y2024.carried_out.legal_service).toBe(0);
  });

  it('an answer in Y to a case received in Y-2 counts in Y by its outcome, whatever year it came in', () => {
    const cases = [kase('2021-12-30', '2023-06-01', { outcome: 'not_processed.duplicate', applicantType: 'other_org' })];
    const t = buildTableThree(cases, 2023);
    expect(t['not_processed.duplicate']).toMatchObject({ other_org: 1, total: 1 });
    expect(t.carried_in.other_org).toBe(1);
    expect(t.new.total).toBe(0);
  });

  it('an open case is carried out every year until it is answered, and never counted as a result', () => {
    const cases = [kase('2023-05-05', null, { applicantType: 'public_interest' })];
    for (const year of [2023, 2024, 2025]) {
      const t = buildTableThree(cases, year);
      expect(t.carried_out.public_interest).toBe(1);
      expect(t.results_total.total).toBe(0);
    }
    expect(buildTableThree(cases, 2022).carried_out.total).toBe(0);
  });

  it('total is the sum of the type columns and results_total the sum of the outcome rows', () => {
    const cases = [
      kase('2023-01-02', '2023-01-20', { applicantType: 'commercial', outcome: 'partial' }),
      kase('2023-02-02', '2023-02-20', { applicantType: 'research', outcome: 'other.fee_unpaid' }),
      kase('2023-03-02', '2023-03-20'),
    ];
    const t = buildTableThree(cases, 2023);
    expect(t.new).toEqual({ natural_person: 1, commercial: 1, research: 1, public_interest: 0, legal_service: 0, other_org: 0, total: 3 });
    expect(t.results_total.total).toBe(3);
    expect(t['other.fee_unpaid'].research).toBe(1);
  });
});
