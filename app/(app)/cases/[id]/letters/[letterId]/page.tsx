import type { Metadata } from 'next';
import { recordTitle } from '@/lib/pages/page-title';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/current-user';
import type { ActionState } from '@/lib/action-state';
import { getLetterView } from '@/lib/data/letters/letter-view';
import { readSettings } from '@/lib/data/settings';
import { idParam, loadOr404 } from '@/lib/pages/load-record';
import { noticeParam } from '@/lib/pages/notice-param';
import type { SearchParams } from '@/lib/pages/search-params';
import { FormMessage } from '@/components/form/form-message';
import { LetterEditForm } from '@/components/letters/letter-edit-form';
import { LetterText } from '@/components/letters/letter-text';
import { LetterStatusBadge } from '@/components/letters/letter-status-badge';
import { LetterDeliveries } from '@/components/letters/letter-deliveries';
import { DeliveryForm } from '@/components/letters/delivery-forms';
import { CancelLetterForm, DecideLetterForm, DiscardLetterForm, IssueLetterForm, SubmitLetterForm } from '@/components/letters/letter-workflow-forms';
import {
  cancelLetterAction,
  decideLetterAction,
  discardLetterAction,
  issueLetterAction,
  recordDeliveryAction,
  recordReceivedAction,
  saveLetterAction,
  submitLetterAction,
} from '../actions';

export async function generateMetadata({ params }: { params: Promise<{ id: string; letterId: string }> }): Promise<Metadata> {
  const { id, letterId } = await params;
  return recordTitle((user) => {
    const view = getLetterView(user, Number(id), Number(letterId));
    return `${view.letter.title} · 申请 ${view.case.caseNo}`;
  }, '文书');
}

const SAVED: Record<string, string> = {
  created: '草稿已按模板生成。请补充标出的内容，核对后保存。',
  saved: '草稿已保存。',
  regenerated: '已按模板重新生成正文。',
  submitted: '已送负责人审批。',
  approved: '已审批同意，承办人可以发文。',
  returned: '已退回承办人修改。',
  issued: '文书已发出，文号已编定。',
  cancelled: '文书已作废。',
  delivered: '送达已登记。',
  received: '签收日期已登记。',
};

const REMEDY_TEXT = { R0: '无（程序性文书）', R1: '可以申请行政复议或者提起行政诉讼', R2: '复议前置：应当先申请行政复议' } as const;

export default async function LetterPage({ params, searchParams }: { params: Promise<{ id: string; letterId: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const { id: rawId, letterId: rawLetterId } = await params;
  const caseId = idParam(rawId);
  const letterId = idParam(rawLetterId);
  const view = loadOr404(() => getLetterView(user, caseId, letterId));
  const saved = noticeParam(await searchParams, 'saved', SAVED);
  const { letter, type, can } = view;
  const bind = (fn: (caseId: number, letterId: number, prev: ActionState, form: FormData) => Promise<ActionState>) => fn.bind(null, caseId, letterId);
  const problems = Object.entries(view.problems).flatMap(([field, messages]) => (messages ?? []).map((m) => (field === 'body' ? m : `${field}：${m}`)));

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <h1 data-testid="letter-title">{letter.title}</h1>
        <LetterStatusBadge status={letter.status} />
        {letter.docNo ? <span data-testid="letter-doc-no">{letter.docNo}</span> : null}
        <div className="ml-auto flex gap-3 text-sm">
          <a href={`/cases/${caseId}/letters/${letterId}/docx`} data-testid="download-docx">
            下载 Word 文档（.docx）
          </a>
          <Link prefetch={false} href={`/cases/${caseId}`}>返回申请 {view.case.caseNo}</Link>
        </div>
      </div>
      <FormMessage tone="success" message={saved} focusKey={letter.version} fromAddress={['saved']} />

      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          {can.edit ? (
            <section className="card space-y-3" aria-labelledby="edit-h">
              <h2 id="edit-h">编辑草稿</h2>
              {problems.length ? (
                <div className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="letter-problems">
                  <p className="font-medium">送审或发文前还需处理：</p>
                  <ul className="list-disc pl-5">
                    {problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <LetterEditForm action={bind(saveLetterAction)} version={letter.version} fields={view.fields} clerk={view.clerk} title={letter.title} body={letter.body} />
            </section>
          ) : null}
          <section className="space-y-2" aria-labelledby="preview-h">
            <h2 id="preview-h">{letter.status === 'issued' || letter.status === 'cancelled' ? '发出的文书' : '预览'}</h2>
            <LetterText docNo={view.printed.docNo} title={view.printed.title} body={view.printed.body} agencyName={readSettings().agencyName} dateText={view.printed.dateText} />
          </section>
        </div>

        <div className="space-y-5">
          <section className="card space-y-2 text-sm" aria-labelledby="basis-h">
            <h2 id="basis-h">{type.label}</h2>
            <p className="text-slate-700">{type.guidance}</p>
            {type.basis ? <p>法律依据：{type.basis}</p> : null}
            <p>救济途径：{REMEDY_TEXT[type.remedy]}</p>
            {type.citationToConfirm ? <p className="text-amber-800">条例未明确规定此情形，上述引用条款请结合本机关实际核对。</p> : null}
            {letter.reviewComment ? <p className="rounded bg-amber-50 px-2 py-1 text-amber-900" data-testid="review-comment">负责人意见：{letter.reviewComment}</p> : null}
            {letter.approverName && letter.approvedOn ? <p>审批：{letter.approverName}，{letter.approvedOn}</p> : null}
            {letter.status === 'cancelled' ? <p className="text-red-800">已于 {letter.cancelledOn} 作废：{letter.cancelReason}</p> : null}
            <p className="text-slate-600">{view.needsApproval ? '本机关规定此类文书须经负责人审批后发出。' : '此类文书无需审批，可直接发出。'}</p>
          </section>

          {can.submit ? (
            <section className="card" aria-label="送审">
              <SubmitLetterForm action={bind(submitLetterAction)} version={letter.version} />
            </section>
          ) : null}
          {letter.status === 'submitted' && !can.decide ? <p className="card text-sm text-slate-700">已送审，等待负责人审批。</p> : null}
          {can.decide ? (
            <section className="card space-y-2" aria-labelledby="decide-h">
              <h2 id="decide-h">审批</h2>
              <DecideLetterForm action={bind(decideLetterAction)} version={letter.version} />
            </section>
          ) : null}
          {can.issue ? (
            <section className="card space-y-2" aria-labelledby="issue-h">
              <h2 id="issue-h">发文</h2>
              <IssueLetterForm action={bind(issueLetterAction)} version={letter.version} today={view.today} minDate={letter.approvedOn ?? view.case.receivedOn} withDelivery={type.kind === 'fee'} />
            </section>
          ) : null}
          {letter.status === 'issued' || letter.status === 'cancelled' ? (
            <section className="card space-y-3" aria-labelledby="delivery-h">
              <h2 id="delivery-h">送达</h2>
              <LetterDeliveries view={view} receivedAction={(deliveryId) => recordReceivedAction.bind(null, caseId, letterId, deliveryId)} />
              {can.deliver ? (
                <details open={view.deliveries.length === 0}>
                  <summary className="cursor-pointer text-sm font-medium text-blue-800">登记送达</summary>
                  <div className="mt-3">
                    <DeliveryForm action={bind(recordDeliveryAction)} today={view.today} issuedOn={letter.issuedOn ?? view.case.receivedOn} />
                  </div>
                </details>
              ) : null}
            </section>
          ) : null}
          {can.cancel ? (
            <details className="card">
              <summary className="cursor-pointer text-sm font-medium text-red-800">作废此文书</summary>
              <div className="mt-3">
                <CancelLetterForm action={bind(cancelLetterAction)} version={letter.version} />
              </div>
            </details>
          ) : null}
          {can.discard ? (
            <section className="card" aria-label="删除草稿">
              <DiscardLetterForm action={bind(discardLetterAction)} version={letter.version} />
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}
