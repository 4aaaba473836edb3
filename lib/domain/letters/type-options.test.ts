import { describe, expect, it } from 'vitest';
import { letterTypeGroups } from './type-options';

describe('the list of letters to draft', () => {
  const all = letterTypeGroups({ closingNoticeNoCorrection: true, closingNoticeFeeUnpaid: true });

  it('offers the procedural notices first, then replies grouped as table 三 groups outcomes', () => {
    expect(all.map((g) => g.label)).toEqual([
      '程序性文书',
      '答复告知书：(一)予以公开',
      '答复告知书：(二)部分公开',
      '答复告知书：(三)不予公开',
      '答复告知书：(四)无法提供',
      '答复告知书：(五)不予处理',
      '答复告知书：(六)其他处理',
    ]);
    expect(all[0].options.map((o) => o.value)).toEqual(['receipt', 'correction', 'consultation.third_party', 'consultation.agency', 'consultation.applicant', 'extension', 'fee']);
    expect(all[2].options).toEqual([{ value: 'reply.partial', label: '部分公开' }]);
    expect(all[4].options[1]).toEqual({ value: 'reply.unavailable.not_held.other_agency', label: '1.本机关不掌握相关政府信息（不属于本机关负责公开）' });
    expect(all.flatMap((g) => g.options)).toHaveLength(7 + 23);
  });

  it('leaves out the closing notices the agency does not send', () => {
    const none = letterTypeGroups({ closingNoticeNoCorrection: false, closingNoticeFeeUnpaid: false });
    expect(none.at(-1)!.options.map((o) => o.value)).toEqual(['reply.other.other']);
  });
});
