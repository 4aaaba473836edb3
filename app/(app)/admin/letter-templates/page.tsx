import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { listTemplates } from '@/lib/data/letters/templates';
import { canManageLetterTemplates } from '@/lib/domain/policy';
import { formatChinaDateTime } from '@/lib/domain/dates';

export const metadata: Metadata = { title: '文书模板' };

export default async function LetterTemplatesPage() {
  const user = await requireUser();
  if (!canManageLetterTemplates(user)) forbidden();
  const rows = listTemplates(user);
  return (
    <div className="space-y-4">
      <h1>文书模板</h1>
      <p className="text-sm text-slate-600">每类文书一份模板。系统自带默认模板，可按本机关的行文习惯修改；每次保存为新版本，旧版本保留并可恢复。法律依据和救济途径由系统按办理结果生成，模板中以 {'{法律依据}'}、{'{救济途径}'} 引用。</p>
      <table className="table rounded border border-slate-200 bg-white" data-testid="template-list">
        <thead>
          <tr>
            <th>文书</th>
            <th>标题</th>
            <th>当前版本</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => (
            <tr key={t.key}>
              <td>
                <Link prefetch={false} href={`/admin/letter-templates/${encodeURIComponent(t.key)}`}>{t.label}</Link>
              </td>
              <td>{t.current.title}</td>
              <td className="whitespace-nowrap">{t.current.version === 0 ? '系统默认' : `第 ${t.current.version} 版（${t.current.createdByName ?? '系统'}，${formatChinaDateTime(t.current.createdAt!)}）`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
