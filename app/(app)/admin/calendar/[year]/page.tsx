import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canManageCalendar } from '@/lib/domain/policy';
import { getCalendarYear } from '@/lib/data/calendar-admin';
import { YearGrid } from '@/components/calendar/year-grid';
import { SetDayForm } from '@/components/calendar/calendar-forms';
import { setDayAction } from '../actions';

export async function generateMetadata({ params }: { params: Promise<{ year: string }> }): Promise<Metadata> {
  const raw = (await params).year;
  return { title: /^\d{4}$/.test(raw) ? `${raw}年节假日日历` : '年度日历' };
}

export default async function CalendarYearPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requireUser();
  if (!canManageCalendar(user)) forbidden();
  const raw = (await params).year;
  if (!/^\d{4}$/.test(raw)) notFound();
  const { year, source, days } = getCalendarYear(user, Number(raw));
  return (
    <div className="space-y-5">
      <div className="flex items-center gap-3">
        <h1>{year}年日历</h1>
        <Link prefetch={false} href={`/admin/calendar/${year - 1}`} className="text-sm">
          上一年
        </Link>
        <Link prefetch={false} href={`/admin/calendar/${year + 1}`} className="text-sm">
          下一年
        </Link>
        <Link prefetch={false} href="/admin/calendar" className="ml-auto text-sm">
          返回年度列表
        </Link>
      </div>
      {source ? (
        <p className="text-sm text-slate-700">依据：{source}</p>
      ) : (
        <p className="rounded border border-yellow-300 bg-yellow-50 px-3 py-2 text-sm text-yellow-900" data-testid="no-schedule">
          {year} 年尚未录入国务院节假日安排：期限暂按周末计算并标注“暂定”。请在通知发布后到年度列表页新增。
        </p>
      )}
      <p className="text-sm">
        <span className="mr-3 rounded bg-red-100 px-1.5 text-red-800">放假</span>
        <span className="mr-3 rounded bg-blue-100 px-1.5 text-blue-800">调休上班</span>
        <span className="rounded bg-slate-100 px-1.5 text-slate-600">周末</span>
      </p>
      <YearGrid year={year} days={days.filter((d) => d.date.startsWith(String(year)))} />
      {source ? (
        <section className="card">
          <h2 className="mb-3">修改某一天</h2>
          <SetDayForm action={setDayAction} year={year} />
        </section>
      ) : null}
    </div>
  );
}
