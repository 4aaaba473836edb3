import type { CaseEventView } from '@/lib/data/case-detail';
import { describeEvent } from '@/lib/domain/event-labels';
import { formatChinaDateTime } from '@/lib/domain/dates';

export function CaseTimeline({ events }: { events: CaseEventView[] }) {
  return (
    <ol className="space-y-3" data-testid="timeline">
      {events.map((e) => {
        const d = describeEvent(e.kind, e.data);
        return (
          <li key={e.id} className="border-l-2 border-blue-300 pl-3">
            <div className="text-sm font-medium">
              <span className="mr-2 text-slate-500">{e.occurredOn}</span>
              {d.title}
            </div>
            {d.details.length ? (
              <ul className="mt-0.5 text-sm text-slate-700">
                {d.details.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
            <div className="text-xs text-slate-500">
              {e.createdByName ?? '系统'} 记录于 {formatChinaDateTime(e.createdAt)}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
