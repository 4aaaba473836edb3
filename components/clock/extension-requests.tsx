import type { ActionState } from '@/lib/action-state';
import type { PendingExtension } from '@/lib/data/review-board';
import { ExtensionDecision } from './extension-decision';

type Decide = (s: ActionState, f: FormData) => Promise<ActionState>;

/** Extension requests awaiting the supervisor, each with its approve/reject form in place. */
export function ExtensionRequests({ requests, today, headingLevel = 'h2' }: { requests: { request: PendingExtension; decide: Decide }[]; today: string; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <section className="space-y-2" aria-labelledby="ext-h" data-testid="review-extensions">
      <Heading id="ext-h" className="text-lg font-semibold">
        待审批的延期申请<span className="ml-2 text-base font-normal text-slate-600">{requests.length} 件</span>
      </Heading>
      {requests.length === 0 ? <p className="card text-sm text-slate-600">无。</p> : null}
      <div className="grid gap-3 md:grid-cols-2">
        {requests.map(({ request: x, decide }) => (
          <div key={x.caseId} className="card" data-testid={`extension-${x.caseNo}`}>
            <h3 className="text-sm font-semibold">
              <a href={`/cases/${x.caseId}`} className="underline">
                申请 {x.caseNo}
              </a>
              <span className="ml-2 font-normal text-slate-700">
                {x.applicantName} · 当前期限 {x.replyDueOn}
              </span>
            </h3>
            <p className="mt-1 text-sm text-slate-700">
              {x.requestedBy} 于 {x.requestedOn} 申请延长 <strong>{x.days}</strong> 个工作日：{x.reason}
            </p>
            <ExtensionDecision action={decide} caseNo={x.caseNo} version={x.version} today={today} receivedOn={x.receivedOn} dueOn={x.replyDueOn ?? ''} />
          </div>
        ))}
      </div>
    </section>
  );
}
