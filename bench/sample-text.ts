// Applicant names and request texts for benchmark registers, so that searches meet text shaped like
// a real register's: two- and three-character personal names over the common surnames, some
// companies and law firms, and requests of 20–120 characters built from the phrases agencies see.
// Deterministic for a given random source.

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华玉兰霞平刚桂建国文辉红梅志俊峰海燕晓东春雪琳鹏飞宇浩然子轩欣怡佳颖嘉诗雨思涵梓萱一诺博文宏亮德胜永福荣德利民振兴淑珍凤兰立新卫东';
const CITIES = ['杭州', '宁波', '温州', '绍兴', '湖州', '嘉兴', '金华', '台州', '丽水', '衢州', '舟山'];
const FIRMS = ['科技有限公司', '建设工程有限公司', '房地产开发有限公司', '餐饮管理有限公司', '律师事务所', '商贸有限公司', '环保科技有限公司'];
const TOPICS = [
  '财政预算执行情况', '拆迁补偿安置方案', '国有土地上房屋征收决定', '建设工程规划许可证', '环境影响评价报告',
  '专题会议纪要', '养老保险缴费明细', '最低工资标准调整依据', '行政处罚决定书', '信访事项答复意见',
  '高层次人才引进补贴发放名单', '政府采购合同', '招标投标文件', '道路改造工程竣工验收报告', '人员编制及工资标准',
  '学区划分范围', '医保报销目录', '河道整治资金使用情况', '土地出让金收支明细', '失业保险金发放标准',
  '工伤认定决定书', '事业单位公开招聘成绩', '农村集体土地征收批复', '安置房分配名单', '违法建筑拆除决定',
  '营业执照登记档案', '食品安全抽检结果', '消防验收意见书', '交通事故认定材料', '公租房轮候名单',
];
const OPENERS = ['申请公开', '请提供', '要求公开', '申请获取', '请依法公开'];
const CLOSERS = ['', '及相关文件', '的原件复印件', '及其依据', '（含附件）', '的全部材料', '及会议纪要'];

export type Random = () => number;

const pick = <T>(random: Random, items: readonly T[] | string): T => items[Math.floor(random() * items.length)] as T;

/** A personal name (surname and one or two given characters) or, one time in seven, an organisation. */
export function sampleApplicantName(random: Random): string {
  if (random() < 1 / 7) return `${pick(random, CITIES)}${pick<string>(random, GIVEN)}${pick<string>(random, GIVEN)}${pick(random, FIRMS)}`;
  const given = pick<string>(random, GIVEN) + (random() < 0.7 ? pick<string>(random, GIVEN) : '');
  return `${pick<string>(random, SURNAMES)}${given}`;
}

/** A request: what is asked for, for which years, with which attachments. */
export function sampleContent(random: Random, year: number): string {
  const parts = [pick(random, OPENERS)];
  if (random() < 0.5) parts.push(`${year - 1 - Math.floor(random() * 5)}年`);
  const topics = 1 + Math.floor(random() * 3);
  for (let i = 0; i < topics; i++) parts.push((i ? '、' : '') + pick(random, TOPICS));
  parts.push(pick(random, CLOSERS));
  if (random() < 0.3) parts.push(`，涉及${pick(random, CITIES)}市${pick<string>(random, GIVEN)}${pick<string>(random, GIVEN)}路${1 + Math.floor(random() * 300)}号地块`);
  return parts.join('');
}
