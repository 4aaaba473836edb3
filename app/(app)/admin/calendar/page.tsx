import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canManageCalendar } from '@/lib/domain/policy';
import { listCalendarYears } from '@/lib/data/calendar-admin';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { AddYearForm } from '@/components/calendar/calendar-forms';
import { ScrollRegion } from '@/components/scroll-region';
import { addYearAction } from './actions';

export const metadata: Metadata = { title: '节假日日历' };

export default async function CalendarPage() {
  const user = await requireUser();
  if (!canManageCalendar(user)) forbidden();
  const years = listCalendarYears(user);
  const next = (years.at(-1)?.year ?? 2026) + 1;
  return (
    <div className="space-y-5">
      <h1>节假日日历</h1>
      <p className="text-sm text-slate-600">
        工作日按国务院办公厅每年的部分节假日安排通知计算。尚未录入安排的年份暂按周末计算，相关期限标注“暂定”；录入后所有受影响的期限自动重算。
      </p>
      <ScrollRegion label="工作日历年度" className="max-w-4xl">
        <table className="table rounded border border-slate-200 bg-white" data-testid="calendar-years">
          <thead>
            <tr>
              <th>年度</th>
              <th>依据</th>
              <th>放假</th>
              <th>调休上班</th>
              <th>最近修改</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <td>
                  <Link prefetch={false} href={`/admin/calendar/${y.year}`}>{y.year}年</Link>
                </td>
                <td className="text-xs">{y.source}</td>
                <td>{y.offDays} 天</td>
                <td>{y.workDays} 天</td>
                <td className="whitespace-nowrap">{formatChinaDateTime(y.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <section className="card max-w-4xl">
        <h2 className="mb-3">新增年度（国务院通知发布后）</h2>
        <AddYearForm action={addYearAction} suggestedYear={next} />
      </section>
    </div>
  );
}
