import { describe, expect, it } from 'vitest';
import { ROW_CODES } from '../categories';
import { buildTableFour } from './table-four';
import { buildTableThree } from './table-three';
import { reportJson } from './report-json';

describe('reportJson', () => {
  it('has the INTERFACES §2 keys in the documented order', () => {
    // Reversed input order must not leak into the output.
    const three = buildTableThree([], 2023);
    const shuffled = Object.fromEntries(Object.entries(three).reverse().map(([k, v]) => [k, Object.fromEntries(Object.entries(v).reverse())]));
    const json = reportJson(2023, shuffled as typeof three, buildTableFour([], 2023), [{ name: 'n', ok: true, detail: 'd' }]);
    expect(Object.keys(json)).toEqual(['year', 'applications', 'review', 'checks']);
    expect(Object.keys(json.applications)).toEqual(ROW_CODES);
    expect(Object.keys(json.applications.new)).toEqual(['natural_person', 'commercial', 'research', 'public_interest', 'legal_service', 'other_org', 'total']);
    expect(Object.keys(json.review)).toEqual(['reconsideration', 'litigation_direct', 'litigation_after_reconsideration']);
    expect(Object.keys(json.review.reconsideration)).toEqual(['upheld', 'corrected', 'other', 'pending', 'total']);
    expect(json.checks).toEqual([{ name: 'n', ok: true, detail: 'd' }]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
