import Link from 'next/link';
import type { CheckTarget, ReportCheck } from '@/lib/domain/report/annual';
import { cellName } from '@/lib/domain/report';
import { cellHref } from '../report-table';
import { fieldAnchor } from './table-two-inputs';
import { CheckResult } from '../check-result';

// The checks before publishing (REPORT.md §4), beside the report: each failure with the cells (their
// lists of cases) or the fields behind it.

function Target({ year, target }: { year: number; target: CheckTarget }) {
  if (target.kind === 'field') return <a href={`#${fieldAnchor(target.field)}`}>{target.label}</a>;
  const href = cellHref(year, target.ref);
  return href ? <Link href={href}>{cellName(target.ref)}</Link> : <span>{cellName(target.ref)}</span>;
}

export function ReportChecksPanel({ year, checks }: { year: number; checks: ReportCheck[] }) {
  const failed = checks.filter((c) => !c.ok);
  return (
    <div className="space-y-2">
      <p className={`text-sm font-medium ${failed.length ? 'text-red-800' : 'text-green-800'}`} data-testid="annual-checks-summary">
        {failed.length ? `${failed.length} 项核对未通过。请改正；确需发布的，须写明理由。` : `全部 ${checks.length} 项核对均通过。`}
      </p>
      <ul className="space-y-2 text-sm">
        {[...failed, ...checks.filter((c) => c.ok)].map((c) => (
          <li key={c.key} data-testid="annual-check" data-ok={c.ok ? 'true' : 'false'} data-key={c.key} className="flex gap-2">
            <CheckResult ok={c.ok} name={c.name} detail={c.detail}>
              {c.targets.length ? (
                <span className="mt-1 block text-xs">
                  涉及：
                  {c.targets.map((t, i) => (
                    <span key={i}>
                      {i ? '、' : ''}
                      <Target year={year} target={t} />
                    </span>
                  ))}
                </span>
              ) : null}
            </CheckResult>
          </li>
        ))}
      </ul>
    </div>
  );
}
