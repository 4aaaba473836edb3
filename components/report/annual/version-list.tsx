import type { VersionSummary } from '@/lib/data/annual-report/workspace';
import { formatChinaDateTime } from '@/lib/domain/dates';

/** Every published version stays readable and downloadable (REPORT.md §5). */
export function VersionList({ year, versions }: { year: number; versions: VersionSummary[] }) {
  return (
    <section className="card space-y-2" aria-labelledby="versions-h">
      <h2 id="versions-h">已发布的版本</h2>
      <ul className="space-y-3 text-sm" data-testid="versions">
        {versions.map((v) => (
          <li key={v.number} className="space-y-1">
            <p className="font-medium">
              第{v.number}版（{v.kind === 'publish' ? '发布' : '更正'}），发布日期 {v.publishedOn}
            </p>
            <p className="text-slate-600">
              {v.publishedByName} 于 {formatChinaDateTime(v.publishedAt)} 发布
            </p>
            {v.reason ? <p>更正理由：{v.reason}</p> : null}
            {v.acknowledgement ? <p>核对未通过时的发布理由：{v.acknowledgement}</p> : null}
            <p className="flex flex-wrap gap-3">
              {['docx', 'html', 'xlsx', 'json'].map((f) => (
                <a key={f} href={`/reports/${year}/export?format=${f}&version=${v.number}`} download>
                  {f.toUpperCase()}
                </a>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
