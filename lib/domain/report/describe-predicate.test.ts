import { describe, expect, it } from 'vitest';
import { describeReviewPredicate, describeRowPredicate } from './describe-predicate';
import { cellPredicate, rowPredicate } from './row-predicate';
import { reviewPredicate } from './table-four';

describe('predicate descriptions', () => {
  it('describe table 三 rows in Chinese', () => {
    expect(describeRowPredicate(rowPredicate(2023, 'carried_in'))).toBe('收到日期在 2022-12-31 或以前，截至 2022-12-31 尚未答复');
    expect(describeRowPredicate(cellPredicate(2023, 'withheld.third_party', 'commercial'))).toBe(
      '答复日期在 2023-01-01 至 2023-12-31 之间，办理结果为“(三)不予公开/4.保护第三方合法权益”，申请人类型为“商业企业”',
    );
    expect(describeRowPredicate({})).toBe('全部申请');
  });

  it('describe table 四 cells in Chinese', () => {
    expect(describeReviewPredicate(reviewPredicate(2023, 'litigation_direct', 'pending'))).toBe(
      '类型为“行政诉讼（未经复议直接起诉）”，收到日期在 2023-01-01 至 2023-12-31 之间，截至 2023-12-31 尚未审结',
    );
  });
});
