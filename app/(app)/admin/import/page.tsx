import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { canExportRegister, canImportRegister } from '@/lib/domain/policy';
import { REGISTER_COLUMNS, REVIEW_FILE_COLUMNS } from '@/lib/domain/register';
import { ImportFlow } from '@/components/import/import-flow';
import { EXPORT_NOTE, ExportLinks } from '@/components/import/export-links';
import { importStepAction } from './actions';
import { unfinishedImports } from '@/lib/data/import-runs';
import { formatChinaDateTime } from '@/lib/domain/dates';

export const metadata: Metadata = { title: '台账导入与导出' };

const columnList = (cols: readonly { header: string; required: boolean }[]) => cols.map((c) => (c.required ? `${c.header}（必填）` : c.header)).join('、');

export default async function ImportPage() {
  const user = await requireUser();
  if (!canImportRegister(user)) forbidden();
  const unfinished = unfinishedImports(user);
  return (
    <div className="space-y-5">
      <h1>台账导入与导出</h1>

      {unfinished.length ? (
        <div role="alert" className="space-y-1 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="unfinished-imports">
          {unfinished.map((u) => (
            <p key={u.id}>
              {u.kind === 'register' ? '台账' : '复议诉讼记录'}文件“{u.fileName}”的导入（{u.actorName}，{formatChinaDateTime(u.startedAt)} 开始）没有完成：共 {u.rowsTotal} 行，已导入 {u.rowsDone}{' '}
              行。请重新导入同一文件以补全，已导入的行不会重复登记。
            </p>
          ))}
        </div>
      ) : null}

      <section className="card space-y-3" aria-labelledby="register-h">
        <h2 id="register-h">导入申请台账</h2>
        <p className="text-sm text-slate-600">
          第一行为列标题，从第二行起每行一件申请。可识别的列：{columnList(REGISTER_COLUMNS)}。填写了答复日期的，必须同时填写办理结果。
          按“申请编号”识别：系统中已有的编号会更新该申请（保留修改记录），不会重复登记；同一文件重复导入不会产生任何变化。
          更新已有申请时，只更新文件中有的列：文件中没有的列、留空的选填项保持系统中的原值；导入不会重新打开已办结的申请，确认前会列出每件申请将要修改的内容。
          办理步骤列（补正、征求意见、收费、延期）按申请页面的同样规则检查并登记，据此计算答复期限；多次征求意见或收费的，在同一格内用“；”分隔；导入不会修改或删除已登记的步骤。导出的答复期限、期限暂定、办理状态、超期工作日四列由系统计算，导入时不读取。
          文件中只要有一行有问题，就整个文件都不导入，并列出每一处问题。
        </p>
        <ImportFlow label="导入申请台账" unit="件" kind="register" action={importStepAction.bind(null, 'register')} />
      </section>

      <section className="card space-y-3" aria-labelledby="reviews-h">
        <h2 id="reviews-h">导入行政复议、行政诉讼记录</h2>
        <p className="text-sm text-slate-600">
          可识别的列：{columnList(REVIEW_FILE_COLUMNS)}。类型填行政复议、未经复议直接起诉或复议后起诉；结果填维持、纠正或其他，尚未审结的留空。
          填写了申请编号的请先导入台账；系统中没有该编号的，按不关联申请的记录导入并给出提示。同一文件重复导入不会重复登记。已审结的记录，文件中结果留空不会清除已记录的结果。
        </p>
        <ImportFlow label="导入复议诉讼记录" unit="条" kind="reviews" action={importStepAction.bind(null, 'reviews')} />
      </section>

      {canExportRegister(user) ? (
        <section className="card space-y-3" aria-labelledby="export-h">
          <h2 id="export-h">导出</h2>
          <p className="text-sm text-slate-600">{EXPORT_NOTE}</p>
          <ExportLinks />
        </section>
      ) : null}
    </div>
  );
}
