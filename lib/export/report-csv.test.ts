import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/domain/register';
import { buildTableFour, buildTableThree } from '@/lib/domain/report';
import { hangzhouCases, hangzhouReviews } from '@/tests/fixtures/hangzhou-2023';
import { reportCsv } from './report-csv';

describe('reportCsv', () => {
  const csv = reportCsv(2023, buildTableThree(hangzhouCases(), 2023), buildTableFour(hangzhouReviews(), 2023));
  const lines = parseCsv(csv);

  it('is UTF-8 with a BOM and CRLF line ends', () => {
    expect(csv.startsWith('\uFEFF年度,表,行代码,项目,自然人,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(1 + 25 + 1 + 1 + 3 + 1);
  });

  it('heads the columns in Chinese, as the published table names them, in the order of the codes', () => {
    expect(lines[0]).toEqual(['年度', '表', '行代码', '项目', '自然人', '法人或其他组织/商业企业', '法人或其他组织/科研机构', '法人或其他组织/社会公益组织', '法人或其他组织/法律服务机构', '法人或其他组织/其他', '总计']);
    expect(lines[0].join(',')).not.toMatch(/[a-z]/);
  });

  it('has one line per table 三 row with its code, label and numbers', () => {
    expect(lines[1]).toEqual(['2023', '三', 'new', '一、本年新收政府信息公开申请数量', '47', '3', '0', '0', '0', '0', '50']);
    expect(lines[13]).toEqual(['2023', '三', 'unavailable.not_held', '(四)无法提供/1.本机关不掌握相关政府信息', '15', '1', '0', '0', '0', '0', '16']);
    expect(lines[25]).toEqual(['2023', '三', 'carried_out', '四、结转下年度继续办理', '2', '0', '0', '0', '0', '0', '2']);
  });

  it('then a blank line and table 四 with its own header', () => {
    expect(lines[26]).toEqual(['']);
    expect(lines.slice(27)).toEqual([
      ['年度', '表', '行代码', '项目', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
      ['2023', '四', 'reconsideration', '行政复议', '7', '0', '0', '0', '7'],
      ['2023', '四', 'litigation_direct', '行政诉讼（未经复议直接起诉）', '1', '0', '0', '1', '2'],
      ['2023', '四', 'litigation_after_reconsideration', '行政诉讼（复议后起诉）', '1', '0', '0', '0', '1'],
    ]);
  });
});
