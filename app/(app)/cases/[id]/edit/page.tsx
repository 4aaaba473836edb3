import type { Metadata } from 'next';
import { recordTitle } from '@/lib/pages/page-title';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { getCaseDetail } from '@/lib/data/case-detail';
import { listHandlers } from '@/lib/data/users';
import { today } from '@/lib/data/today';
import { idParam, loadOr404 } from '@/lib/pages/load-record';
import { CaseForm } from '@/components/case-form';
import { updateCaseAction } from '../../actions';
import { CASE_FORM_CHOICES } from '@/components/form/choices';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const raw = (await params).id;
  return recordTitle((user) => `修改申请 ${getCaseDetail(user, Number(raw)).caseNo}`, '修改申请');
}

/** A handler who has left stays selectable on their own cases, marked, until someone is reassigned. */
function withCurrentHandler(handlers: { id: number; displayName: string }[], id: number | null, name: string | null) {
  if (id === null || handlers.some((h) => h.id === id)) return handlers;
  return [...handlers, { id, displayName: `${name ?? `#${id}`}（已停用）` }];
}

export default async function EditCasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const c = loadOr404(() => getCaseDetail(user, id));
  if (!c.can.edit) forbidden();
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-3">
        <h1>修改申请 {c.caseNo}</h1>
        <Link prefetch={false} href={`/cases/${id}`} className="ml-auto text-sm">
          返回详情
        </Link>
      </div>
      <CaseForm
        action={updateCaseAction.bind(null, id)}
        version={c.version}
        defaults={{
          caseNo: c.caseNo,
          receivedOn: c.receivedOn,
          channel: c.channel,
          applicantType: c.applicantType,
          applicantName: c.applicantName,
          idType: text(c.idType),
          idNumber: text(c.idNumber),
          phone: text(c.phone),
          email: text(c.email),
          address: text(c.address),
          content: c.content,
          deliveryMethod: text(c.deliveryMethod),
          handlerId: text(c.handlerId),
          notes: text(c.notes),
          relatedCaseNo: c.related?.caseNo ?? '',
        }}
        handlers={withCurrentHandler(listHandlers(user), c.handlerId, c.handlerName)}
        unassignedLabel="（未指定）"
        canAssign={c.can.assign}
        submitLabel="保存修改"
        today={today()}
        choices={CASE_FORM_CHOICES}
      />
    </div>
  );
}
