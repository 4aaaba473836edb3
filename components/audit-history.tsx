import type { AuditEntry } from '@/lib/data/audit';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { actionLabel, fieldLabel, formatAuditValue } from '@/lib/domain/audit-labels';
import { ScrollRegion } from './scroll-region';

export function AuditHistory({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">暂无修改记录。</p>;
  return (
    <ScrollRegion label="修改记录">
      <table className="table" data-testid="audit-history">
        <thead>
          <tr>
            <th>时间</th>
            <th>操作人</th>
            <th>操作</th>
            <th>字段</th>
            <th>修改前</th>
            <th>修改后</th>
          </tr>
        </thead>
        <tbody>
          {entries.flatMap((entry) => {
            const fields = Object.entries(entry.changes);
            const rows = fields.length ? fields : [[null, null] as const];
            return rows.map(([field, change], i) => (
              <tr key={`${entry.id}-${i}`}>
                <td className="whitespace-nowrap">{i === 0 ? formatChinaDateTime(entry.at) : ''}</td>
                <td className="whitespace-nowrap">{i === 0 ? entry.actorName : ''}</td>
                <td>{i === 0 ? `${actionLabel(entry.action)}${entry.note ? `：${entry.note}` : ''}` : ''}</td>
                <td className="whitespace-nowrap">{field ? fieldLabel(field) : ''}</td>
                <td className="break-all text-slate-600">{change ? formatAuditValue(field!, change.from) : ''}</td>
                <td className="break-all">{change ? formatAuditValue(field!, change.to) : ''}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
