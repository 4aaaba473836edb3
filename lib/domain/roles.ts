export const ROLES = [
  { code: 'clerk', label: '登记员', description: '登记申请，记录办理过程和结果' },
  { code: 'supervisor', label: '负责人', description: '监督期限，审批延期，复核办理，重新打开已办结申请' },
  { code: 'admin', label: '管理员', description: '管理用户、节假日日历、机关设置和年度报告' },
  { code: 'auditor', label: '审计员', description: '查阅和导出审计日志，不办理申请、不管理系统' },
] as const;

export type Role = (typeof ROLES)[number]['code'];
export const ROLE_CODES = ROLES.map((r) => r.code) as Role[];

export function roleLabel(role: string): string {
  return ROLES.find((r) => r.code === role)?.label ?? role;
}

export function isRole(value: string): value is Role {
  return (ROLE_CODES as string[]).includes(value);
}

/** The acting user as every policy and data function sees it. */
export type Actor = {
  id: number | null; // null: the command line acting on the operator's authority
  username: string;
  displayName: string;
  role: Role;
};
