import { applicantTypeLabel, channelLabel, deliveryLabel, outcomeLabel, reviewKindName, reviewResultLabel } from './categories';
import { roleLabel } from './roles';
import { CLOCK_EVENT_LABELS, STORED_STATE_LABELS } from './clock/labels';
import { describeEvent } from './event-labels';

const ACTIONS: Record<string, string> = {
  'case.create': '登记申请',
  'case.update': '修改申请',
  'case.close': '办结',
  'case.reopen': '重新打开',
  'case.import': '台账导入',
  'case.event': '记录办理步骤',
  'user.create': '新建用户',
  'user.reset_password': '重置密码',
  'user.change_role': '更改角色',
  'user.deactivate': '停用账号',
  'user.activate': '启用账号',
  'settings.update': '修改机关设置',
  'calendar.add_year': '新增年度日历',
  'calendar.update_day': '修改日历',
  'review.create': '登记复议诉讼',
  'review.update': '修改复议诉讼',
  'review.import': '导入复议诉讼',
};

const FIELDS: Record<string, string> = {
  caseNo: '申请编号',
  receivedOn: '收到日期',
  registeredOn: '登记日期',
  channel: '申请方式',
  applicantType: '申请人类型',
  applicantName: '申请人',
  idType: '证件类型',
  idNumber: '证件号码',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通信地址',
  content: '申请内容',
  deliveryMethod: '获取方式',
  handlerId: '承办人',
  notes: '备注',
  relatedCaseNo: '关联申请编号',
  outcome: '办理结果',
  repliedOn: '答复日期',
  replyDocNo: '答复文号',
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  active: '状态',
  agencyName: '机关名称',
  caseNoPattern: '编号规则',
  dueSoonDays: '即将到期提醒天数',
  replyDueOn: '答复期限',
  kind: '类型',
  filedOn: '收到日期（复议诉讼）',
  result: '结果',
  decidedOn: '审结日期',
  importKey: '导入标识',
  source: '依据',
  days: '放假和调休安排',
  clockState: '计时状态',
  ...CLOCK_EVENT_LABELS,
};

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

export function fieldLabel(field: string): string {
  return FIELDS[field] ?? field;
}

export function formatAuditValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  const v = String(value);
  switch (field) {
    case 'applicantType':
      return applicantTypeLabel(v);
    case 'channel':
      return channelLabel(v);
    case 'deliveryMethod':
      return deliveryLabel(v) || v;
    case 'outcome':
      return outcomeLabel(v);
    case 'role':
      return roleLabel(v);
    case 'active':
      return value ? '启用' : '停用';
    case 'kind':
      return reviewKindName(v);
    case 'result':
      return reviewResultLabel(v);
    case 'clockState':
      return STORED_STATE_LABELS[v as keyof typeof STORED_STATE_LABELS] ?? v;
    default:
      if (field in CLOCK_EVENT_LABELS && typeof value === 'object') {
        const d = describeEvent(field, value as Record<string, unknown>);
        return [d.title, ...d.details].join('；');
      }
      return typeof value === 'object' ? JSON.stringify(value) : v;
  }
}
