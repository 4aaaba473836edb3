import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { requireUser } from '@/lib/auth/current-user';
import { getCaseDetail } from '@/lib/data/case-detail';
import { listAudit } from '@/lib/data/audit';
import { today } from '@/lib/data/today';
import { idParam, loadOr404 } from '@/lib/pages/load-record';
import { CaseFacts } from '@/components/case-facts';
import { CaseTimeline } from '@/components/case-timeline';
import { CloseCaseForm } from '@/components/close-case-form';
import { ReopenCaseForm } from '@/components/reopen-case-form';
import { AuditHistory } from '@/components/audit-history';
import { FormMessage } from '@/components/form/form-message';
import { closeCaseAction, reopenCaseAction, revealPersonalDataAction } from '../actions';
import { recordStepAction } from '../step-actions';
import { getCaseClock } from '@/lib/data/case-clock-view';
import { availableSteps } from '@/lib/domain/clock';
import { ClockPanel } from '@/components/clock/clock-panel';
import { ClockBadge } from '@/components/clock/clock-badge';
import { StepForms } from '@/components/clock/step-forms';
import { CaseReviewsPanel } from '@/components/reviews/case-reviews-panel';
import { CaseLettersPanel } from '@/components/letters/case-letters-panel';
import { CaseFilesPanel } from '@/components/letters/case-files-panel';
import type { SearchParams } from '@/lib/pages/search-params';
import { noticeParam } from '@/lib/pages/notice-param';
import { createCaseReviewAction } from '../../reviews/actions';
import { listCaseReviews } from '@/lib/data/reviews';
import { canRecordReview } from '@/lib/domain/policy';
import { listCaseLetters } from '@/lib/data/letters/queries';
import { listCaseFiles } from '@/lib/data/case-files/case-files';
import { removeCaseFileAction } from './files/actions';
import { readOnlyReason } from '@/lib/domain/case-access';
import { recordTitle } from '@/lib/pages/page-title';
import { readSettings } from '@/lib/data/settings';
import { PrintButton } from '@/components/print-button';
import './case-print.css';
import { OUTCOME_CHOICES } from '@/components/form/choices';

// The title and the page read the case once per request.
const caseDetail = cache(getCaseDetail);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const raw = (await params).id;
  return recordTitle((user) => (/^\d{1,15}$/.test(raw) ? `申请 ${caseDetail(user, Number(raw)).caseNo}` : '申请'), '申请');
}

const SAVED: Record<string, string> = {
  created: '申请已登记。',
  updated: '修改已保存。',
  closed: '申请已办结。',
  reopened: '申请已重新打开。',
  event: '办理步骤已记录。',
};

export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const id = idParam((await params).id);
  const c = loadOr404(() => caseDetail(user, id));
  const letters = listCaseLetters(user, id);
  const saved = noticeParam(await searchParams, 'saved', SAVED);
  const history = c.can.viewHistory ? listAudit(user, 'case', id) : null;
  const clockView = getCaseClock(user, id);
  const steps = availableSteps(clockView.clock, { recordClock: c.can.recordClock, requestExtension: c.can.requestExtension, approveExtension: c.can.approveExtension, setLaterDate: c.can.setLaterDate });

  const readOnly = readOnlyReason(user, { handlerId: c.handlerId, closed: c.closed, handlerName: c.handlerName });
  const canAct = steps.length > 0 || c.can.close || c.can.reopen;

  return (
    <div className="case-page space-y-5">
      <p className="case-sheet-head hidden print:block">
        {readSettings().agencyName} · 政府信息公开申请办理单 · 打印于 {today()}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 data-testid="case-no">申请 {c.caseNo}</h1>
        <span className={`rounded px-2 py-0.5 text-sm ${c.closed ? 'bg-slate-200 text-slate-800' : 'bg-blue-100 text-blue-900'}`} data-testid="case-status">
          {c.closed ? '已办结' : '办理中'}
        </span>
        <ClockBadge status={clockView.clock.status} daysLeft={clockView.clock.workingDaysLeft} lateBy={clockView.clock.lateByWorkingDays} dueSoonDays={clockView.clock.dueSoonDays} />
        <div className="ml-auto flex gap-2 print:hidden">
          {c.can.edit ? (
            <Link prefetch={false} href={`/cases/${id}/edit`} className="btn-secondary">
              修改登记信息
            </Link>
          ) : null}
          <PrintButton label="打印办理单" />
        </div>
      </div>
      {readOnly ? (
        <p className="rounded border border-slate-300 bg-slate-100 px-3 py-2 text-sm text-slate-800 print:hidden" data-testid="read-only-reason">
          {readOnly}
        </p>
      ) : null}
      {/* Keyed by the version a save made: focus moves to the confirmation of each save on this page. */}
      <FormMessage tone="success" message={saved} focusKey={c.version} fromAddress={['saved']} />

      <div className="grid gap-5 lg:grid-cols-3 print:block">
        <section className="card lg:col-span-2" aria-labelledby="facts-h">
          <h2 id="facts-h" className="mb-3">登记信息</h2>
          <CaseFacts c={c} reveal={revealPersonalDataAction.bind(null, id)} />
        </section>
        <section className="card" aria-labelledby="clock-h">
          <h2 id="clock-h" className="mb-3">办理期限</h2>
          <ClockPanel view={clockView} />
        </section>
      </div>

      {canAct ? (
        // The forms get the page's width: the outcome labels of table 三 are long.
        <section aria-labelledby="act-h" className="space-y-3 print:hidden" data-testid="case-actions">
          <h2 id="act-h">办理</h2>
          <div className="grid gap-5 md:grid-cols-2">
            {steps.length ? (
              <section className="card" aria-labelledby="steps-h">
                <h3 id="steps-h" className="mb-3 font-semibold">记录办理步骤</h3>
                <StepForms
                  steps={steps.map((kind) => ({ kind, action: recordStepAction.bind(null, id, kind) }))}
                  props={{ version: c.version, today: clockView.today, receivedOn: c.receivedOn, nthInMonth: clockView.nthInMonth, dueOn: clockView.clock.replyDueOn }}
                />
              </section>
            ) : null}
            {c.can.close ? (
              <section className="card" aria-labelledby="close-h">
                <h3 id="close-h" className="mb-3 font-semibold">办结</h3>
                <CloseCaseForm action={closeCaseAction.bind(null, id)} version={c.version} receivedOn={c.receivedOn} today={today()} suggestedOutcome={clockView.suggestions[0]?.outcome} outcomes={OUTCOME_CHOICES} />
              </section>
            ) : null}
            {c.can.reopen ? (
              <section className="card" aria-labelledby="reopen-h">
                <h3 id="reopen-h" className="mb-3 font-semibold">重新打开</h3>
                <ReopenCaseForm action={reopenCaseAction.bind(null, id)} version={c.version} />
              </section>
            ) : null}
          </div>
        </section>
      ) : null}

      <div className="grid gap-5 lg:grid-cols-2 print:block">
        <section className="card" aria-labelledby="timeline-h">
          <h2 id="timeline-h" className="mb-3">办理过程</h2>
          <CaseTimeline events={c.events} />
        </section>
        <div className="space-y-5 print:hidden">
          <CaseLettersPanel caseId={id} rows={letters} />
          <CaseFilesPanel
            caseId={id}
            caseRef={{ handlerId: c.handlerId, closed: c.closed }}
            actor={user}
            files={listCaseFiles(user, id)}
            issuedLetters={letters.filter((l) => l.status === 'issued').map((l) => ({ id: l.id, title: `${l.title}（${l.docNo}）` }))}
            remove={(fileId) => removeCaseFileAction.bind(null, id, fileId)}
          />
          {canRecordReview(user) ? <CaseReviewsPanel caseNo={c.caseNo} rows={listCaseReviews(user, id)} today={today()} action={createCaseReviewAction.bind(null, id)} /> : null}
        </div>
      </div>
      {history ? (
        <section className="card print:hidden" aria-labelledby="history-h">
          <h2 id="history-h" className="mb-3">修改记录</h2>
          <AuditHistory entries={history} />
        </section>
      ) : null}
    </div>
  );
}
