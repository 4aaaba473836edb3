import { applicantTypeLabel, channelLabel, deliveryLabel, outcomeLabel, reviewKindName, reviewResultLabel } from './categories';
import { roleLabel } from './roles';
import type { Changes } from './audit-record';
import { GENERATED, STAFF_TEXTS } from './report/annual/draft';
import { CLOCK_EVENT_LABELS, STORED_STATE_LABELS } from './clock/labels';
import { describeEvent } from './event-labels';
import { LETTER_STATUS_LABELS } from './letters/workflow';

const ACTIONS: Record<string, string> = {
  'case.create': '登记申请',
  'case.update': '修改申请',
  'case.close': '办结',
  'case.reopen': '重新打开',
  'case.reassign': '改派承办人',
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
  'case.reveal_personal_data': '查看申请人个人信息',
  'user.reset_2fa': '重置双因素认证',
  'user.update_digest': '修改待办提醒邮件设置',
  'system.backup': '备份数据库',
  'settings.update_security': '修改安全设置',
  'auth.sign_in': '登录成功',
  'auth.sign_in_failed': '登录失败',
  'auth.locked': '账号暂停登录',
  'auth.address_blocked': '网络地址暂停登录',
  'auth.sign_out': '退出登录',
  'auth.password_changed': '本人修改密码',
  'auth.password_change_failed': '修改密码时当前密码错误',
  'auth.totp_enrolled': '启用双因素认证',
  'auth.totp_passed': '双因素认证通过',
  'auth.totp_failed': '动态验证码错误',
  'auth.recovery_code_used': '使用恢复码登录',
  'auth.totp_disabled': '停用双因素认证',
  'auth.totp_disable_failed': '停用双因素认证时密码错误',
  'audit.export': '导出审计日志',
  'audit.mask_id_numbers': '证件号码脱敏（系统升级）',
  'letter.create': '起草文书',
  'letter.update': '修改文书',
  'letter.submit': '文书送审',
  'letter.approve': '审批通过文书',
  'letter.return': '退回文书',
  'letter.issue': '发出文书',
  'letter.discard': '删除文书草稿',
  'letter.cancel': '作废文书',
  'letter.delivery': '登记送达',
  'letter.received': '登记签收',
  'letter_template.save': '修改文书模板',
  'file.add': '上传材料',
  'file.remove': '删除材料',
  'report.draft': '修改年度报告草稿',
  'report.publish': '发布年度报告',
  'report.correct': '发布年度报告更正',
  'report.baseline': '导入年度报告基线',
};

/** Every action the audit knows, for the filter of the audit-log page. */
export const AUDIT_ACTIONS: { code: string; label: string }[] = Object.entries(ACTIONS).map(([code, label]) => ({ code, label }));

const ENTITY_TYPES: Record<string, string> = {
  case: '申请',
  user: '用户',
  calendar: '节假日日历',
  settings: '设置',
  review: '复议诉讼',
  import: '台账导入',
  address: '网络地址',
  audit: '审计日志',
  report: '年度报告',
};

export function entityTypeLabel(type: string): string {
  return ENTITY_TYPES[type] ?? type;
}

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
  minLength: '密码最短长度',
  minClasses: '密码字符类别数',
  maxAgeDays: '密码有效期（天）',
  historyCount: '不得重复的近期密码个数',
  idleMinutes: '无操作自动退出（分钟）',
  letter: '文书',
  agencyShortName: '机关简称',
  reconsiderationBody: '行政复议机关',
  courtName: '诉讼法院',
  agencyContact: '联系方式',
  correctionPeriodDays: '补正期限',
  status: '文书状态',
  docNo: '文号',
  issuedOn: '发文日期',
  title: '标题',
  body: '正文',
  fields: '文书填写内容',
  delivery: '送达',
  file: '材料',
  publishedReport: '改变已发布的年度报告',
  version: '版本',
  publishedOn: '发布日期',
  tableTwo: '表二（主动公开政府信息情况）',
  baseline: '基线',
  inForce: '表二现行有效件数',
  ...CLOCK_EVENT_LABELS,
};

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

export function fieldLabel(field: string): string {
  const [kind, key] = field.split('.');
  if (kind === 'text') return `年度报告“${STAFF_TEXTS.find((t) => t.key === key)?.label ?? key}”`;
  if (kind === 'paragraph') return `年度报告“${GENERATED.find((g) => g.key === key)?.label ?? key}”`;
  return FIELDS[field] ?? field;
}

/** One line per changed field, as the audit-log page and its export show them. */
export function describeChanges(changes: Changes): string {
  return Object.entries(changes)
    .map(([field, c]) => `${fieldLabel(field)}：${formatAuditValue(field, c.from)} → ${formatAuditValue(field, c.to)}`)
    .join('\n');
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
    case 'status':
      return LETTER_STATUS_LABELS[v as keyof typeof LETTER_STATUS_LABELS] ?? v;
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
