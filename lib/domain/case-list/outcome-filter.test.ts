import { describe, expect, it } from 'vitest';
import { OUTCOME_CODES, OUTCOME_GROUPS } from '../categories';
import { isOutcomeFilter, matchesOutcomeFilter, outcomeFilterCodes, outcomeFilterLabel, outcomeFilterOptions } from './outcome-filter';

describe('the 办理结果 filter: one outcome code or one of table 三’s groups', () => {
  it('reads a group as every code of the group, and a code as itself', () => {
    expect(outcomeFilterCodes('unavailable')).toEqual(['unavailable.not_held', 'unavailable.needs_creation', 'unavailable.still_unclear']);
    expect(outcomeFilterCodes('withheld')).toHaveLength(8);
    expect(outcomeFilterCodes('withheld.third_party')).toEqual(['withheld.third_party']);
    // (一) and (二) are groups of one, whose key is their code.
    expect(outcomeFilterCodes('disclosed')).toEqual(['disclosed']);
    expect(outcomeFilterCodes('partial')).toEqual(['partial']);
    // (六)其他处理 is “other”; its third row is “other.other”.
    expect(outcomeFilterCodes('other')).toEqual(['other.no_correction', 'other.fee_unpaid', 'other.other']);
  });

  it('knows the groups’ keys and the codes, nothing else', () => {
    for (const v of [...OUTCOME_CODES, ...OUTCOME_GROUPS.map((g) => g.key)]) expect(isOutcomeFilter(v), v).toBe(true);
    for (const v of ['withheld.', 'Withheld', 'withheld.*', 'results_total', 'total', '']) expect(isOutcomeFilter(v), v).toBe(false);
  });

  it('matches a case by its outcome; an open case (no outcome) matches none', () => {
    expect(matchesOutcomeFilter('withheld.state_secret', 'withheld')).toBe(true);
    expect(matchesOutcomeFilter('withheld.state_secret', 'withheld.third_party')).toBe(false);
    expect(matchesOutcomeFilter('other.other', 'other')).toBe(true);
    expect(matchesOutcomeFilter('unavailable.not_held', 'other')).toBe(false);
    expect(matchesOutcomeFilter(null, 'disclosed')).toBe(false);
  });

  it('names a group as the report heads it, a code as the list shows it', () => {
    expect(outcomeFilterLabel('withheld')).toBe('(三)不予公开');
    expect(outcomeFilterLabel('withheld.state_secret')).toBe('(三)不予公开/1.属于国家秘密');
    expect(outcomeFilterLabel('disclosed')).toBe('(一)予以公开');
  });

  it('offers each group of several rows before its rows, and every code once', () => {
    const options = outcomeFilterOptions();
    expect(options.slice(0, 4)).toEqual([
      ['disclosed', '(一)予以公开'],
      ['partial', '(二)部分公开(区分处理的,只计这一情形,不计其他情形)'],
      ['withheld', '(三)不予公开（全部）'],
      ['withheld.state_secret', '(三)1.属于国家秘密'],
    ]);
    expect(options.map(([v]) => v).filter((v) => OUTCOME_CODES.includes(v as never))).toEqual(OUTCOME_CODES);
    expect(options.map(([v]) => v).filter((v) => !OUTCOME_CODES.includes(v as never))).toEqual(['withheld', 'unavailable', 'not_processed', 'other']);
  });
});
