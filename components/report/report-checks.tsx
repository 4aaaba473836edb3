import type { Check } from '@/lib/domain/report';
import { CheckResult } from './check-result';

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
            <CheckResult ok={c.ok} name={c.name} detail={c.detail} />
          </li>
        ))}
      </ul>
    </div>
  );
}
