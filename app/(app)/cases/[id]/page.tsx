import type { Metadata } from 'next';
import Link from 'next/link';
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
import { textParam, type SearchParams } from '@/lib/pages/search-params';
import { createCaseReviewAction } from '../../reviews/actions';
import { listCaseReviews } from '@/lib/data/reviews';
import { canRecordReview } from '@/lib/domain/policy';
import { listCaseLetters } from '@/lib/data/letters/queries';
import { listCaseFiles } from '@/lib/data/case-files/case-files';
import { removeCaseFileAction } from './files/actions';

export const metadata: Metadata = { title: '申请详情' };

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
  const c = loadOr404(() => getCaseDetail(user, id));
  const letters = listCaseLetters(user, id);
  const saved = textParam(await searchParams, 'saved');
  const history = c.can.viewHistory ? listAudit(user, 'case', id) : null;
  const clockView = getCaseClock(user, id);
  const steps = availableSteps(clockView.clock, { recordClock: c.can.recordClock, requestExtension: c.can.requestExtension, approveExtension: c.can.approveExtension, setLaterDate: c.can.setLaterDate });

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <h1 data-testid="case-no">申请 {c.caseNo}</h1>
        <span className={`rounded px-2 py-0.5 text-sm ${c.closed ? 'bg-slate-200 text-slate-800' : 'bg-blue-100 text-blue-900'}`} data-testid="case-status">
          {c.closed ? '已办结' : '办理中'}
        </span>
        <ClockBadge status={clockView.clock.status} daysLeft={clockView.clock.workingDaysLeft} lateBy={clockView.clock.lateByWorkingDays} dueSoonDays={clockView.clock.dueSoonDays} />
        <div className="ml-auto flex gap-2">
          {c.can.edit ? (
            <Link href={`/cases/${id}/edit`} className="btn-secondary">
              修改登记信息
            </Link>
          ) : null}
        </div>
      </div>
      <FormMessage tone="success" message={saved && Object.hasOwn(SAVED, saved) ? SAVED[saved] : undefined} />

      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          <section className="card" aria-labelledby="facts-h">
            <h2 id="facts-h" className="mb-3">登记信息</h2>
            <CaseFacts c={c} reveal={revealPersonalDataAction.bind(null, id)} />
          </section>
          <CaseLettersPanel caseId={id} rows={letters} />
          <CaseFilesPanel
            caseId={id}
            caseRef={{ handlerId: c.handlerId, closed: c.closed }}
            actor={user}
            files={listCaseFiles(user, id)}
            issuedLetters={letters.filter((l) => l.status === 'issued').map((l) => ({ id: l.id, title: `${l.title}（${l.docNo}）` }))}
            remove={(fileId) => removeCaseFileAction.bind(null, id, fileId)}
          />
          {history ? (
            <section className="card" aria-labelledby="history-h">
              <h2 id="history-h" className="mb-3">修改记录</h2>
              <AuditHistory entries={history} />
            </section>
          ) : null}
        </div>
        <div className="space-y-5">
          <section className="card" aria-labelledby="clock-h">
            <h2 id="clock-h" className="mb-3">办理期限</h2>
            <ClockPanel view={clockView} />
          </section>
          {steps.length ? (
            <section className="card" aria-labelledby="steps-h">
              <h2 id="steps-h" className="mb-3">登记办理步骤</h2>
              <StepForms
                steps={steps.map((kind) => ({ kind, action: recordStepAction.bind(null, id, kind) }))}
                props={{ version: c.version, today: clockView.today, receivedOn: c.receivedOn, nthInMonth: clockView.nthInMonth, dueOn: clockView.clock.replyDueOn }}
              />
            </section>
          ) : null}
          {c.can.close ? (
            <section className="card" aria-labelledby="close-h">
              <h2 id="close-h" className="mb-3">办结</h2>
              <CloseCaseForm action={closeCaseAction.bind(null, id)} version={c.version} receivedOn={c.receivedOn} today={today()} suggestedOutcome={clockView.suggestions[0]?.outcome} />
            </section>
          ) : null}
          {c.can.reopen ? (
            <section className="card" aria-labelledby="reopen-h">
              <h2 id="reopen-h" className="mb-3">重新打开</h2>
              <ReopenCaseForm action={reopenCaseAction.bind(null, id)} version={c.version} />
            </section>
          ) : null}
          {canRecordReview(user) ? <CaseReviewsPanel caseNo={c.caseNo} rows={listCaseReviews(user, id)} today={today()} action={createCaseReviewAction.bind(null, id)} /> : null}
          <section className="card" aria-labelledby="timeline-h">
            <h2 id="timeline-h" className="mb-3">办理过程</h2>
            <CaseTimeline events={c.events} />
          </section>
        </div>
      </div>
    </div>
  );
}
