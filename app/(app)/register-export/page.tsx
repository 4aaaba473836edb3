import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canExportRegister, canImportRegister } from '@/lib/domain/policy';
import { EXPORT_NOTE, ExportLinks } from '@/components/import/export-links';

export const metadata: Metadata = { title: '导出台账' };

/** /register-export: the register and review file downloads, for supervisors and administrators. */
export default async function RegisterExportPage() {
  const user = await requireUser();
  if (!canExportRegister(user)) forbidden();
  return (
    <div className="space-y-5">
      <h1>导出台账</h1>
      <section className="card space-y-3" aria-labelledby="export-h">
        <h2 id="export-h">导出申请台账和复议诉讼记录</h2>
        <p className="text-sm text-slate-600">{EXPORT_NOTE}</p>
        <ExportLinks />
        {canImportRegister(user) ? (
          <p className="text-sm text-slate-600">
            修改后的文件可在 <Link prefetch={false} href="/admin/import" className="underline">台账导入</Link> 页面导入。
          </p>
        ) : null}
      </section>
    </div>
  );
}
