// Export → import gives the same cases and therefore the same tables.
import { describe, expect, it } from 'vitest';
import { hangzhouExpected, hangzhouRegisterRows, hangzhouReviewRows, HANGZHOU_TODAY } from '@/tests/fixtures/hangzhou-2023';
import { buildTableThree, buildTableFour } from '../report';
import { toCsv } from './csv-write';
import { REGISTER_HEADERS } from './register-columns';
import { registerRowFromCase, reviewRowFromRecord } from './register-export';
import { REVIEW_HEADERS } from './review-columns';
import { tableFromCsv } from './sheet-table';
import { validateRegisterRows } from './validate-register';
import { validateReviewRows } from './validate-review';

describe('register export', () => {
  it('puts the INTERFACES §1 headers first (steps, then the export-only columns), then the extras', () => {
    expect(REGISTER_HEADERS).toEqual([
      ...['申请编号', '收到日期', '申请人类型', '申请人', '申请方式', '申请内容', '答复日期', '办理结果'],
      ...['补正告知日期', '补正收到日期', '征求意见日期', '征求意见答复日期', '收费通知日期', '缴费日期', '收费金额', '延期工作日', '延期告知日期'],
      ...['答复期限', '期限暂定', '办理状态', '超期工作日'],
      ...['答复文号', '办理人', '登记日期'],
    ]);
  });

  it('writes labels the importer reads back', () => {
    expect(
      registerRowFromCase({
        caseNo: 'A-1',
        receivedOn: '2023-01-05',
        applicantType: 'commercial',
        applicantName: '某公司',
        channel: 'post',
        content: '',
        repliedOn: '2023-01-20',
        outcome: 'unavailable.not_held',
        handler: '王五',
      }),
    ).toEqual(['A-1', '2023-01-05', '商业企业', '某公司', '邮寄', null, '2023-01-20', '无法提供/本机关不掌握相关政府信息', ...Array(13).fill(null), null, '王五', null]);
  });

  it('round-trips the Hangzhou register and reviews through CSV with the same cases and tables', () => {
    const rows = hangzhouRegisterRows();
    const csv = toCsv([[...REGISTER_HEADERS], ...rows.map(registerRowFromCase)]);
    const again = validateRegisterRows(tableFromCsv(csv), HANGZHOU_TODAY);
    expect(again.ok && again.warnings).toEqual([]);
    if (!again.ok) return;
    expect(again.rows).toEqual(rows);
    expect(buildTableThree(again.rows, 2023)).toEqual(hangzhouExpected().applications);

    const reviews = hangzhouReviewRows();
    const reviewCsv = toCsv([[...REVIEW_HEADERS], ...reviews.map(reviewRowFromRecord)]);
    const reviewsAgain = validateReviewRows(tableFromCsv(reviewCsv), HANGZHOU_TODAY);
    expect(reviewsAgain.ok && reviewsAgain.rows).toEqual(reviews);
    expect(buildTableFour(reviews, 2023)).toEqual(hangzhouExpected().review);
  });

  it('round-trips text that looks like a formula', () => {
    const row = { caseNo: '=A1', receivedOn: '2023-01-05', applicantType: 'natural_person' as const, applicantName: '+甲', channel: 'online', content: '-1 @x', repliedOn: null, outcome: null };
    const csv = toCsv([[...REGISTER_HEADERS], registerRowFromCase(row)]);
    expect(csv).toContain("'=A1,2023-01-05,自然人,'+甲,网络,'-1 @x");
    const again = validateRegisterRows(tableFromCsv(csv), HANGZHOU_TODAY);
    expect(again.ok && again.rows[0]).toMatchObject({ caseNo: '=A1', applicantName: '+甲', content: '-1 @x' });
  });
});
