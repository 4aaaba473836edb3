import Link from 'next/link';

/** One number of a statutory table: zeros are printed as 0; every other number opens its list. */
export function ReportCell({ testId, value, text, href, label, colSpan }: { testId: string; value: number; text?: string; href: string | null; label: string; colSpan?: number }) {
  return (
    <td data-testid={testId} colSpan={colSpan} className="report-num border border-slate-400 px-2 py-1 text-center tabular-nums">
      {value === 0 || href === null ? (
        (text ?? String(value))
      ) : (
        <Link href={href} prefetch={false} title={`查看计入“${label}”的 ${value} 条记录`} aria-label={`${value}，查看${label}的记录`}>
          {value}
        </Link>
      )}
    </td>
  );
}

export const TH = 'border border-slate-400 bg-slate-50 px-2 py-1 font-medium';
