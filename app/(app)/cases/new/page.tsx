import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { canCreateCase, canAssignHandler } from '@/lib/domain/policy';
import { suggestCaseNo } from '@/lib/data/case-number';
import { listHandlers } from '@/lib/data/users';
import { today } from '@/lib/data/today';
import { CaseForm } from '@/components/case-form';
import { forbidden } from 'next/navigation';
import { createCaseAction } from '../actions';
import { CASE_FORM_CHOICES } from '@/components/form/choices';

export const metadata: Metadata = { title: '登记新申请' };

export default async function NewCasePage() {
  const user = await requireUser();
  if (!canCreateCase(user)) forbidden();
  const handlers = listHandlers(user);
  return (
    <div className="space-y-4">
      <h1>登记新申请</h1>
      <p className="text-sm text-slate-600">登记日期自动记为今天；统计和期限按“收到日期”计算。带 * 的为必填项。</p>
      <CaseForm
        action={createCaseAction}
        defaults={{ caseNo: suggestCaseNo(user), receivedOn: today(), handlerId: user.id ? String(user.id) : '' }}
        handlers={handlers}
        canAssign={canAssignHandler(user)}
        submitLabel="登记"
        today={today()}
        choices={CASE_FORM_CHOICES}
      />
    </div>
  );
}
