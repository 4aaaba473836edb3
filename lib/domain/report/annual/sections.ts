// The parts of the annual report by name: the texts staff write, the paragraphs the product writes,
// and the six section headings. Kept apart from the drafting rules (draft.ts, content.ts) so that
// the draft form in the browser carries these names and not the code that writes the paragraphs.

export const STAFF_TEXTS = [
  { key: 'opening', label: '开头语' },
  { key: 'proactive', label: '（一）主动公开' },
  { key: 'management', label: '（三）政府信息管理' },
  { key: 'platform', label: '（四）政府信息公开平台建设' },
  { key: 'oversight', label: '（五）监督保障' },
  { key: 'problems', label: '存在的主要问题及改进情况（正文）' },
  { key: 'otherItems', label: '其他事项（收费情况之外，每行一项，可不填）' },
] as const;
export type StaffTextKey = (typeof STAFF_TEXTS)[number]['key'];
export const STAFF_TEXT_KEYS = STAFF_TEXTS.map((t) => t.key) as StaffTextKey[];
/** Topics of section 一 that staff write; at least one must be filled in before publishing. */
export const OVERVIEW_TOPICS: StaffTextKey[] = ['proactive', 'management', 'platform', 'oversight'];

export const GENERATED = [
  { key: 'requests', label: '（二）依申请公开（系统生成）' },
  { key: 'three', label: '表三说明（系统生成）' },
  { key: 'four', label: '表四说明（系统生成）' },
  { key: 'fees', label: '收费情况（系统生成）' },
] as const;
export type GeneratedKey = (typeof GENERATED)[number]['key'];
export const GENERATED_KEYS = GENERATED.map((g) => g.key) as GeneratedKey[];

export const SECTION_HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
] as const;
