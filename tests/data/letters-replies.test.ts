// For each of the 21 outcomes (and the answer variants of 予以公开 and 本机关不掌握), a case is
// closed by issuing its reply letter; the DOCX must cite the legal basis docs/LETTERS.md §2 gives
// for that outcome and carry the remedy statement of §3 (R2: reconsideration first for OGI 14/15/16).
// The expected citations are written out here from LETTERS.md, not taken from the product's table.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { cases } from '@/db/schema';
import { addDays, chinaDate, formatChineseDate } from '@/lib/domain/dates';
import type { Actor } from '@/lib/domain/roles';
import { caseFields, createTempDatabase, makeStaff } from '../support/temp-db';
import { docxText, draftAndIssue, RECONSIDERATION_BODY, setLetterSettings } from '../support/letters';

const tempDb = createTempDatabase('letters-replies');
const OGI = '《中华人民共和国政府信息公开条例》';
const R2 = `根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，如对本答复不服，应当先自收到本答复之日起六十日内向${RECONSIDERATION_BODY}申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。`;
const R1 = `如对本答复不服，可以自收到本答复之日起六十日内向${RECONSIDERATION_BODY}申请行政复议，或者自收到本答复之日起六个月内依法向人民法院提起行政诉讼。`;

type Expectation = { typeKey: string; outcome: string; cites: string[]; remedy: 'R1' | 'R2'; fields?: Record<string, string>; says?: string[] };

const TODAY = chinaDate(new Date());
const WITHHELD_ITEM = '第三十六条第（三）项';

const EXPECTED: Expectation[] = [
  { typeKey: 'reply.disclosed', outcome: 'disclosed', cites: ['第三十六条第（二）项', '第四十条'], remedy: 'R1', fields: { 提供方式: '随本答复书提供电子文档一份。' }, says: ['随本答复书提供电子文档一份'] },
  { typeKey: 'reply.disclosed.proactive', outcome: 'disclosed', cites: ['第三十六条第（一）项', '第四十条'], remedy: 'R1', fields: { 获取途径: 'https://www.example.gov.cn/xxgk/2025/' }, says: ['https://www.example.gov.cn/xxgk/2025/'] },
  {
    typeKey: 'reply.partial',
    outcome: 'partial',
    cites: ['第三十七条', '第三十六条第（二）项', WITHHELD_ITEM, '第十五条'],
    remedy: 'R2',
    fields: { 提供的信息: '2025年度行政处罚决定书目录', 提供方式: '随本答复书提供。', 'part.0.content': '当事人身份证号码和住址', 'part.0.ground': 'third_party', 'part.0.reason': '' },
    says: ['当事人身份证号码和住址', '2025年度行政处罚决定书目录'],
  },
  { typeKey: 'reply.withheld.state_secret', outcome: 'withheld.state_secret', cites: ['第十四条', WITHHELD_ITEM], remedy: 'R2', says: ['依法确定的国家秘密'] },
  { typeKey: 'reply.withheld.law_prohibited', outcome: 'withheld.law_prohibited', cites: ['第十四条', WITHHELD_ITEM], remedy: 'R2', fields: { 禁止公开的法律规定: '《中华人民共和国统计法》第三十九条' }, says: ['《中华人民共和国统计法》第三十九条'] },
  { typeKey: 'reply.withheld.security_stability', outcome: 'withheld.security_stability', cites: ['第十四条', WITHHELD_ITEM], remedy: 'R2', fields: { 危及事项: '公共安全', 危及理由: '该信息涉及重要供水设施的具体位置' }, says: ['公共安全'] },
  { typeKey: 'reply.withheld.third_party', outcome: 'withheld.third_party', cites: ['第十五条', '第三十二条', WITHHELD_ITEM], remedy: 'R2', fields: { 第三方意见情况: '该信息涉及某公司的商业秘密，本机关已书面征求该公司意见，该公司不同意公开' }, says: ['商业秘密'] },
  { typeKey: 'reply.withheld.internal_affairs', outcome: 'withheld.internal_affairs', cites: ['第十六条第一款', WITHHELD_ITEM], remedy: 'R2', fields: { 内部事务类别: '人事管理' }, says: ['人事管理'] },
  { typeKey: 'reply.withheld.process_info', outcome: 'withheld.process_info', cites: ['第十六条第二款', WITHHELD_ITEM], remedy: 'R2', fields: { 过程性信息类别: '请示报告' }, says: ['请示报告'] },
  { typeKey: 'reply.withheld.enforcement_file', outcome: 'withheld.enforcement_file', cites: ['第十六条第二款', WITHHELD_ITEM], remedy: 'R2', says: ['行政执法案卷'] },
  { typeKey: 'reply.withheld.inquiry_matter', outcome: 'withheld.inquiry_matter', cites: ['第三十六条第（七）项'], remedy: 'R1', fields: { 查询途径: '示例市不动产登记中心' }, says: ['示例市不动产登记中心'] },
  { typeKey: 'reply.unavailable.not_held', outcome: 'unavailable.not_held', cites: ['第三十六条第（四）项'], remedy: 'R1', says: ['不掌握'] },
  {
    typeKey: 'reply.unavailable.not_held.other_agency',
    outcome: 'unavailable.not_held',
    cites: ['第三十六条第（五）项'],
    remedy: 'R1',
    fields: { 不属于本机关的理由: '企业职工养老保险待遇核定由社会保险经办机构负责', 负责公开的机关: '示例市社会保险事业管理中心', 负责机关联系方式: '0571-88888888' },
    says: ['示例市社会保险事业管理中心', '0571-88888888'],
  },
  { typeKey: 'reply.unavailable.needs_creation', outcome: 'unavailable.needs_creation', cites: ['第三十八条'], remedy: 'R1', says: ['加工、分析'] },
  { typeKey: 'reply.unavailable.still_unclear', outcome: 'unavailable.still_unclear', cites: ['第二十九条第（二）项', '第三十条'], remedy: 'R1', fields: { 补正告知书文号: '示人社依补〔2026〕7号', 补正告知日期: TODAY }, says: ['示人社依补〔2026〕7号'] },
  { typeKey: 'reply.not_processed.petition', outcome: 'not_processed.petition', cites: ['第三十九条第一款'], remedy: 'R1', fields: { 处理渠道: '12345政务服务便民热线' }, says: ['12345政务服务便民热线'] },
  { typeKey: 'reply.not_processed.duplicate', outcome: 'not_processed.duplicate', cites: ['第三十六条第（六）项'], remedy: 'R1', fields: { 原答复文号: '示人社依复〔2026〕3号', 原答复日期: TODAY }, says: ['示人社依复〔2026〕3号'] },
  { typeKey: 'reply.not_processed.publication', outcome: 'not_processed.publication', cites: ['第三十九条第二款'], remedy: 'R1', fields: { 出版物获取途径: '《示例市统计年鉴2025》，各新华书店有售' }, says: ['统计年鉴'] },
  { typeKey: 'reply.not_processed.mass_repeated', outcome: 'not_processed.mass_repeated', cites: ['第三十五条'], remedy: 'R1', fields: { 说明理由情况: '您在一个月内提出相同类型申请60件，经要求说明理由，您未作说明' }, says: ['60件'] },
  { typeKey: 'reply.not_processed.confirm_or_reissue', outcome: 'not_processed.confirm_or_reissue', cites: ['第二条', '第三十八条'], remedy: 'R1', fields: { 受理部门: '本机关档案室' }, says: ['本机关档案室'] },
  { typeKey: 'reply.other.no_correction', outcome: 'other.no_correction', cites: ['第三十条'], remedy: 'R1', fields: { 补正告知日期: TODAY }, says: ['视为您放弃申请'] },
  { typeKey: 'reply.other.fee_unpaid', outcome: 'other.fee_unpaid', cites: ['第四十二条', '《政府信息公开信息处理费管理办法》'], remedy: 'R1', fields: { 收费通知日期: TODAY }, says: ['视为您放弃申请'] },
  { typeKey: 'reply.other.other', outcome: 'other.other', cites: [], remedy: 'R1', fields: { 处理情况: '您已于答复期限内书面撤回申请，本机关终止处理。' }, says: ['书面撤回申请'] },
];

let db: Db;
let clerk: Actor;
let boss: Actor;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  clerk = await makeStaff('clerk.r', '登记员甲', 'clerk');
  boss = await makeStaff('boss.r', '负责人乙', 'supervisor');
  await setLetterSettings();
  const { updateSettings, readSettings } = await import('@/lib/data/settings');
  const { CLI_ADMIN } = await import('../support/temp-db');
  updateSettings(CLI_ADMIN, { ...readSettings(), agencyName: '示例市人力资源和社会保障局' });
});
afterAll(() => tempDb.remove());

describe('a reply letter for every outcome', () => {
  it('covers the 21 outcomes of table 三', async () => {
    const { OUTCOME_CODES } = await import('@/lib/domain/categories');
    expect(new Set(EXPECTED.map((e) => e.outcome))).toEqual(new Set(OUTCOME_CODES));
  });

  it.each(EXPECTED.map((e, i) => [e.typeKey, e, i] as const))('%s: closes the case and cites its basis and remedy', async (_key, e, i) => {
    const { createCase } = await import('@/lib/data/case-commands');
    const { letterFile } = await import('@/lib/data/letters/document');
    const { id: caseId } = createCase(clerk, caseFields({ caseNo: `R-${i}`, receivedOn: addDays(TODAY, -3), applicantName: `申请人${i}`, content: '2025年度本机关作出的行政处罚决定书' }));
    const { id, docNo } = await draftAndIssue(clerk, boss, caseId, e.typeKey, e.fields ?? {}, { issuedOn: TODAY });

    expect(db.select().from(cases).where(eq(cases.id, caseId)).get()).toMatchObject({ outcome: e.outcome, repliedOn: TODAY, replyDocNo: docNo });
    expect(docNo).toMatch(new RegExp(`^示人社依复〔${TODAY.slice(0, 4)}〕\\d+号$`));

    const text = await docxText((await letterFile(clerk, caseId, id)).body);
    const lines = text.split('\n');
    expect(lines[0]).toBe(docNo);
    expect(lines).toContain('政府信息公开申请答复书');
    expect(lines).toContain(`申请人${i}：`);
    expect(text).toContain(`本机关于${formatChineseDate(addDays(TODAY, -3))}收到您以当面方式提交的政府信息公开申请，申请公开：2025年度本机关作出的行政处罚决定书。`);
    if (e.cites.length) expect(text).toContain(OGI);
    for (const cite of e.cites) expect(text).toContain(cite);
    for (const words of e.says ?? []) expect(text).toContain(words);
    expect(text).toContain(e.remedy === 'R2' ? R2 : R1);
    if (e.remedy === 'R1') expect(text).not.toContain('应当先');
    expect(lines.slice(-3)).toEqual(['特此告知。', '示例市人力资源和社会保障局', formatChineseDate(TODAY)]);
    expect(text).not.toMatch(/[{}]|待填写/);
  });

  it('a partial letter whose withheld part does not rest on Art. 14/15/16 states R1, not reconsideration first', async () => {
    const { createCase } = await import('@/lib/data/case-commands');
    const { letterFile } = await import('@/lib/data/letters/document');
    const { id: caseId } = createCase(clerk, caseFields({ caseNo: 'R-P2', receivedOn: addDays(TODAY, -2) }));
    const fields = { 提供的信息: '2025年度目录', 提供方式: '随本答复书提供。', 'part.0.content': '2019年以前的目录', 'part.0.ground': 'not_held', 'part.0.reason': '' };
    const { id } = await draftAndIssue(clerk, boss, caseId, 'reply.partial', fields, { issuedOn: TODAY });
    const text = await docxText((await letterFile(clerk, caseId, id)).body);
    expect(text).toContain('第三十七条');
    expect(text).toContain('第三十六条第（四）项');
    expect(text).toContain(R1);
    expect(text).not.toContain('第二十三条第一款第（四）项');
  });
});
