import { canWorkOnCase, type CaseRef } from './policy';
import type { Actor } from './roles';

// Why a case page offers its reader nothing to do: shown above the case, so a clerk who opens a
// colleague's case is not left wondering where the buttons went.

/** The explanation for a reader who may only look at this case, or null for one who may work on it. */
export function readOnlyReason(user: Actor, c: CaseRef & { handlerName: string | null }): string | null {
  if (user.role === 'admin') return '管理员可以查看申请，但不办理申请：登记、办理步骤和办结由登记员和负责人完成。';
  if (user.role === 'auditor') return '审计员只查阅审计日志，不查看或办理申请。';
  if (!canWorkOnCase(user, c)) {
    return `本申请由${c.handlerName ?? '其他登记员'}承办，您只能查看，不能修改或记录办理步骤。如需接手，请联系负责人将承办人改为您。`;
  }
  if (c.closed && user.role === 'clerk') return '本申请已办结，只能查看。如需更正办理结果或答复日期，请联系负责人重新打开。';
  return null;
}
