// The Hangzhou HRSS 2023 register: the drafted paragraphs state the published numbers.
import { describe, expect, it } from 'vitest';
import { hangzhouCases, hangzhouExpected, hangzhouReviews } from '@/tests/fixtures/hangzhou-2023';
import { CHANNELS } from '../../categories';
import { buildTableFour, buildTableThree } from '../index';
import { unsupportedClaims } from './claims';
import { feesSentence } from './fees-sentence';
import type { ReportFacts } from './facts';
import { overviewRequestsParagraph } from './overview-requests';
import { sectionFourParagraph } from './section-four';
import { sectionThreeParagraph } from './section-three';

const expected = hangzhouExpected();
const t3 = buildTableThree(hangzhouCases(), 2023);
const t4 = buildTableFour(hangzhouReviews(), 2023);

describe('the drafted Hangzhou 2023 report', () => {
  it('states the published numbers of table 三 after it', () => {
    expect(t3).toEqual(expected.applications);
    const p = sectionThreeParagraph(2023, t3, null);
    expect(p.text).toBe(
      '2023年，本机关共收到政府信息公开申请50件，其中自然人47件、法人或其他组织3件（商业企业3件）；上年结转政府信息公开申请0件。' +
        '本年度办理结果48件，其中予以公开16件，部分公开3件，无法提供16件（本机关不掌握相关政府信息16件），不予处理11件（信访举报投诉类申请11件），' +
        '其他处理2件（申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请2件）；结转下年度继续办理2件。',
    );
    expect(unsupportedClaims(p.text, p.claims)).toEqual([]);
  });

  it('compares with last year: increase, decrease, level, unknown', () => {
    expect(sectionThreeParagraph(2023, t3, 45).text).toContain('共收到政府信息公开申请50件，同比增加5件（11.1%），其中');
    expect(sectionThreeParagraph(2023, t3, 60).text).toContain('同比减少10件（16.7%）');
    expect(sectionThreeParagraph(2023, t3, 50).text).toContain('50件，与上年持平，其中');
    expect(sectionThreeParagraph(2023, t3, 0).text).toContain('50件，其中');
  });

  it('states table 四: reconsideration and litigation, 纠正 named', () => {
    expect(t4).toEqual(expected.review);
    const p = sectionFourParagraph(2023, t4);
    expect(p.text).toBe(
      '2023年，本机关发生政府信息公开行政复议案件7件，其中结果维持7件，没有被纠正的案件；' +
        '发生政府信息公开行政诉讼案件3件（未经复议直接起诉2件、复议后起诉1件），其中结果维持2件、尚未审结1件，没有被纠正的案件。',
    );
    expect(unsupportedClaims(p.text, p.claims)).toEqual([]);
  });

  it('says so in one sentence when a table is all zero', () => {
    const empty = buildTableThree([], 2023);
    expect(sectionThreeParagraph(2023, empty, null).text).toBe('2023年，本机关未收到政府信息公开申请，也没有上年结转和结转下年度继续办理的申请。');
    expect(sectionFourParagraph(2023, buildTableFour([], 2023)).text).toBe('2023年，本机关未发生政府信息公开行政复议、行政诉讼案件。');
  });

  it('writes the 依申请公开 paragraph of section 一 and the fees sentence', () => {
    const channels = Object.fromEntries(CHANNELS.map((c) => [c.code, 0])) as ReportFacts['channels'];
    Object.assign(channels, { online: 19, post: 9, in_person: 5, email: 5, fax: 4, other: 8 });
    const facts: ReportFacts = { year: 2023, tableThree: t3, tableFour: t4, previousNewTotal: null, channels, closed: 48, closedOnTime: 47, fees: { cases: 0, amountYuan: 0, unknownAmounts: 0 } };
    const p = overviewRequestsParagraph(facts);
    expect(p.text).toBe(
      '2023年，本机关共收到政府信息公开申请50件，其中当面申请5件、邮寄申请9件、网络申请19件、传真申请4件、电子邮件申请5件、其他方式申请8件。' +
        '本年度办理结果48件，其中在法定期限内答复47件，按期答复率97.9%。',
    );
    expect(feesSentence(facts.fees).text).toBe('本年度未收取信息处理费。');
    expect(feesSentence({ cases: 2, amountYuan: 1200, unknownAmounts: 0 }).text).toBe('本年度共对2件政府信息公开申请收取信息处理费，共计1200元。');
  });
});

describe('the numbers of an edited paragraph', () => {
  const p = sectionThreeParagraph(2023, t3, null);
  it('pass when staff reword around them', () => {
    const edited = p.text.replace('其中予以公开16件', '其中依法予以公开的16件').replace('2023年，', '2023年全年，');
    expect(unsupportedClaims(edited, p.claims)).toEqual([]);
  });

  it('fail on a changed number, naming the cell', () => {
    const problems = unsupportedClaims(p.text.replace('予以公开16件', '予以公开17件'), p.claims);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ found: '17', claim: { phrase: '予以公开', value: '16', source: '表三“(一)予以公开 × 总计”' } });
  });

  it('fail on a dropped fact and on a zero category stated as non-zero', () => {
    expect(unsupportedClaims(p.text.replace('部分公开3件，', ''), p.claims).map((x) => x.claim.phrase)).toEqual(['部分公开']);
    const withPetition = p.text.replace('（信访举报投诉类申请11件）', '（信访举报投诉类申请10件、重复申请1件）');
    expect(unsupportedClaims(withPetition, p.claims).map((x) => [x.claim.phrase, x.found])).toEqual([
      ['信访举报投诉类申请', '10'],
      ['重复申请', '1'],
    ]);
  });
});
