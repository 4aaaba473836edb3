import { addDays, daysBetween } from '@/lib/domain/dates';
import { defaultWorkCalendar, isWorkingDay } from '@/lib/domain/calendar/work-calendar';
import type { ApplicantType, Channel, DeliveryMethod, OutcomeCode } from '@/lib/domain/categories';

// Realistic, deterministic demo cases for an HR & social-security bureau, laid out relative to
// today: last year complete (two carried over into this year), this year partly open.

export type DemoEvent = { kind: string; occurredOn: string; data: Record<string, unknown> };
export type DemoCase = {
  caseNo: string;
  receivedOn: string;
  registeredOn: string;
  channel: Channel;
  applicantType: ApplicantType;
  applicantName: string;
  idType: string | null;
  idNumber: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  content: string;
  deliveryMethod: DeliveryMethod;
  handler: 'clerk' | 'clerk2' | 'supervisor';
  notes: string | null;
  outcome: OutcomeCode | null;
  repliedOn: string | null;
  replyDocNo: string | null;
  events: DemoEvent[];
};

const PEOPLE = ['刘洋', '赵敏', '孙立军', '周晓燕', '吴昊', '郑丽娟', '冯建国', '褚雪梅', '卫东', '蒋文斌', '沈佳怡', '韩磊', '杨秀英', '朱志强', '秦晓东', '许婷', '何伟', '吕娜', '施振华', '张桂兰'];
const ORGS: [ApplicantType, string][] = [
  ['commercial', '示例市恒达建设工程有限公司'],
  ['commercial', '示例市华兴餐饮管理有限公司'],
  ['commercial', '李记五金店（个体工商户）'],
  ['legal_service', '示例明德律师事务所'],
  ['research', '示例大学劳动经济研究所'],
  ['public_interest', '示例市助残公益服务中心'],
  ['other_org', '示例市东湖街道新村社区居民委员会'],
];
const REQUESTS = [
  '本人2015年至2020年的城镇职工养老保险缴费明细',
  '2023年度本市高层次人才引进补贴发放名单及标准',
  '关于某公司欠薪投诉的处理结果及相关调查材料',
  '本市失业保险金申领条件和发放标准的文件依据',
  '2022年度企业职工工伤认定决定书（本人）',
  '本局2023年度部门预算及“三公”经费决算情况',
  '技能人才评价机构备案名单',
  '某劳动人事争议仲裁案件的庭审笔录',
  '事业单位公开招聘考试成绩及体检名单',
  '本市最低工资标准调整的测算依据及会议纪要',
  '灵活就业人员社保补贴审核材料',
  '职业技能培训补贴资金使用情况',
  '关于本人退休审批表及工龄认定的档案材料',
  '人力资源服务许可证核发情况',
];
const CHANNELS: Channel[] = ['online', 'online', 'online', 'post', 'in_person', 'email'];
const DELIVERY: DeliveryMethod[] = ['email', 'paper', 'pickup', 'email', 'paper'];
const OUTCOMES: OutcomeCode[] = [
  'disclosed', 'disclosed', 'disclosed', 'disclosed', 'disclosed', 'disclosed',
  'partial', 'partial',
  'unavailable.not_held', 'unavailable.not_held', 'unavailable.not_held', 'unavailable.not_held',
  'not_processed.petition', 'not_processed.petition',
  'withheld.third_party', 'withheld.process_info', 'unavailable.needs_creation',
  'other.no_correction', 'not_processed.duplicate', 'other.other',
];

/** A small linear congruential generator: the same demo every time for the same today. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const calendar = defaultWorkCalendar();

/** Offices receive and reply on working days. */
function nextWeekday(date: string): string {
  let d = date;
  while (!isWorkingDay(calendar, d)) d = addDays(d, 1);
  return d;
}

export function demoCases(today: string): DemoCase[] {
  const rand = random(20_240_101);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const year = Number(today.slice(0, 4));
  const start = `${year - 1}-01-04`;
  const span = daysBetween(start, addDays(today, -2));
  const total = 60;
  const seq = new Map<string, number>();
  const result: DemoCase[] = [];
  for (let i = 0; i < total; i++) {
    // The last few cases fall in the past six weeks, so the demo has work in hand.
    const offset = i < total - 8 ? Math.round(((span - 42) * i) / (total - 9)) : span - 42 + Math.round((42 * (i - (total - 8) + 1)) / 8);
    const receivedOn = nextWeekday(addDays(start, offset));
    if (receivedOn > today) continue;
    const y = receivedOn.slice(0, 4);
    seq.set(y, (seq.get(y) ?? 0) + 1);
    const org = rand() < 0.25 ? pick(ORGS) : null;
    const age = daysBetween(receivedOn, today);
    // Recent cases are still open; older ones closed 5–26 days after receipt, a few late.
    const replyAfter = i % 17 === 5 ? 33 : 5 + Math.floor(rand() * 22);
    const closed = age > 28 ? i % 23 !== 11 : age > replyAfter && rand() < 0.35;
    const repliedOn = closed ? nextWeekday(addDays(receivedOn, Math.min(replyAfter, age))) : null;
    const person = pick(PEOPLE);
    result.push({
      caseNo: `${y}-${String(seq.get(y)).padStart(4, '0')}`,
      receivedOn,
      registeredOn: receivedOn,
      channel: pick(CHANNELS),
      applicantType: org ? org[0] : 'natural_person',
      applicantName: org ? org[1] : person,
      idType: org ? '统一社会信用代码' : '居民身份证',
      idNumber: org ? `91330100MA2${String(100000 + i * 7919).slice(0, 6)}X` : `3301${String(10_000_000_000 + i * 123_456_789).slice(0, 10)}${String(1000 + i * 37).slice(-4)}`,
      phone: `13${String(700_000_000 + i * 1_234_567).slice(0, 9)}`,
      email: rand() < 0.4 ? `applicant${i + 1}@example.com` : null,
      address: `示例市${pick(['上城区', '西湖区', '滨江区', '萧山区'])}${pick(['文一路', '解放路', '江南大道', '建设路'])}${10 + i}号`,
      content: pick(REQUESTS),
      deliveryMethod: pick(DELIVERY),
      handler: i % 3 === 2 ? 'clerk2' : i % 7 === 0 ? 'supervisor' : 'clerk',
      notes: null,
      outcome: repliedOn ? pick(OUTCOMES) : null,
      repliedOn,
      replyDocNo: repliedOn ? `示人社依申请〔${repliedOn.slice(0, 4)}〕${seq.get(y)}号` : null,
      events: [],
    });
  }
  addClockSteps(result, today);
  return result;
}

/** Gives a few open cases the steps a supervisor should see: a correction, a consultation, a fee, an extension. */
function addClockSteps(list: DemoCase[], today: string): void {
  const open = list
    .filter((c) => !c.repliedOn && daysBetween(c.receivedOn, today) >= 3 && daysBetween(c.receivedOn, today) <= 42)
    .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
  const at = (c: DemoCase, days: number) => {
    const d = addDays(c.receivedOn, days);
    return d > today ? today : d;
  };
  const [a, b, c, d] = open;
  if (a) a.events.push({ kind: 'correction_requested', occurredOn: at(a, 2), data: { noticeOn: at(a, 2), missing: '请补充申请获取信息的具体年份及文件名称', periodDays: 15 } });
  if (b) b.events.push({ kind: 'consultation_sent', occurredOn: at(b, 1), data: { sentOn: at(b, 1), party: '示例市医疗保障局', partyKind: 'agency' } });
  if (c) {
    c.events.push({ kind: 'extension_requested', occurredOn: at(c, 2), data: { requestedOn: at(c, 2), days: 15, reason: '涉及档案调取，需跨部门核查', requestedBy: '王芳' } });
  }
  if (d) d.events.push({ kind: 'fee_notified', occurredOn: at(d, 1), data: { noticeOn: at(d, 1), deliveredOn: at(d, 2), method: 'per_page', quantity: 120, amount: 1100 } });
}
