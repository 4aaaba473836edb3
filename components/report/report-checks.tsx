import type { Check } from '@/lib/domain/report';

/** The identities of RULES §4, each passed or with the numbers that disagree. */
export function ReportChecks({ checks }: { checks: Check[] }) {
  const failed = checks.filter((c) => !c.ok).length;
  return (
    <div className="space-y-2">
      <p className={`text-sm font-medium ${failed ? 'text-red-800' : 'text-green-800'}`} data-testid="checks-summary">
        {failed ? `${failed} 项核对未通过，请先查明原因再发布。` : `全部 ${checks.length} 项核对均通过。`}
      </p>
      <ul className="space-y-1 text-sm">
        {checks.map((c) => (
          <li key={c.name} data-testid="check" data-ok={c.ok ? 'true' : 'false'} className="flex gap-2">
            <span aria-hidden="true" className={c.ok ? 'text-green-700' : 'text-red-700'}>
              {c.ok ? '✓' : '✗'}
            </span>
            <span>
              <span className="font-medium">{c.name}</span>
              <span className="sr-only">{c.ok ? '（通过）' : '（未通过）'}</span>：<span className="text-slate-700">{c.detail}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
