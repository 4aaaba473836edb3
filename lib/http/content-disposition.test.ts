import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it('encodes a Chinese file name per RFC 5987 with an ASCII fallback', () => {
    const header = attachmentDisposition('2023年政府信息公开申请情况统计表.xlsx', 'report-2023.xlsx');
    expect(header).toBe(
      `attachment; filename="report-2023.xlsx"; filename*=UTF-8''2023%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E7%94%B3%E8%AF%B7%E6%83%85%E5%86%B5%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx`,
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe('2023年政府信息公开申请情况统计表.xlsx');
  });

  it("escapes the characters RFC 5987 reserves and keeps the fallback a quoted ASCII string", () => {
    expect(attachmentDisposition("a'(b)*.csv", 'x"\\y.csv')).toBe(`attachment; filename="x__y.csv"; filename*=UTF-8''a%27%28b%29%2A.csv`);
  });
});
