import { addDays, dayOfWeek } from '@/lib/domain/dates';
import type { ScheduleDay } from '@/lib/domain/calendar/official-schedules';

const WEEK = ['一', '二', '三', '四', '五', '六', '日'];

/** Twelve month grids: days off in red, make-up working days in blue, weekends shaded grey. */
export function YearGrid({ year, days }: { year: number; days: ScheduleDay[] }) {
  const byDate = new Map(days.map((d) => [d.date, d]));
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="year-grid">
      {Array.from({ length: 12 }, (_, m) => {
        const first = `${year}-${String(m + 1).padStart(2, '0')}-01`;
        const lead = (dayOfWeek(first) + 6) % 7;
        const cells: (string | null)[] = Array(lead).fill(null);
        for (let d = first; d.slice(5, 7) === first.slice(5, 7); d = addDays(d, 1)) cells.push(d);
        return (
          <div key={m} className="card p-2">
            <div className="mb-1 text-center text-sm font-semibold">{m + 1}月</div>
            <div className="grid grid-cols-7 gap-0.5 text-center text-xs">
              {WEEK.map((w) => (
                <div key={w} className="text-slate-500">
                  {w}
                </div>
              ))}
              {cells.map((d, i) => {
                if (!d) return <div key={`x${i}`} />;
                const entry = byDate.get(d);
                const weekend = dayOfWeek(d) === 0 || dayOfWeek(d) === 6;
                const cls = entry?.kind === 'off' ? 'bg-red-100 text-red-800 font-medium' : entry?.kind === 'work' ? 'bg-blue-100 text-blue-800 font-medium' : weekend ? 'bg-slate-100 text-slate-600' : '';
                return (
                  <div key={d} className={`rounded py-0.5 ${cls}`} title={entry ? `${d} ${entry.kind === 'off' ? '放假' : '调休上班'} ${entry.name}` : d} data-date={d} data-kind={entry?.kind ?? (weekend ? 'weekend' : 'work')}>
                    {Number(d.slice(8))}
                  </div>
                );
              })}
            </div>
          </div>
        );
      })}
    </div>
  );
}
