import { removeCaseFileAction } from '@/app/(app)/cases/[id]/files/actions';
import { listCaseFiles } from '@/lib/data/case-files/case-files';
import { listCaseLetters } from '@/lib/data/letters/queries';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { canAddCaseFile, canRemoveCaseFile, type CaseRef } from '@/lib/domain/policy';
import type { Actor } from '@/lib/domain/roles';
import { CaseFileRemoveForm, CaseFileUploadForm } from './case-file-forms';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The files kept with a case, who added them, and the upload. <CaseFilesPanel caseId={id} caseRef={…} actor={user} /> */
export function CaseFilesPanel({ caseId, caseRef, actor }: { caseId: number; caseRef: CaseRef; actor: Actor }) {
  const files = listCaseFiles(actor, caseId);
  const mayRemove = canRemoveCaseFile(actor, caseRef);
  return (
    <section className="card space-y-3" aria-labelledby="files-h" data-testid="case-files">
      <h2 id="files-h">材料</h2>
      {files.length === 0 ? <p className="text-sm text-slate-600">尚未上传材料。</p> : null}
      <ul className="space-y-2">
        {files.map((f) => (
          <li key={f.id} className="text-sm" data-testid="case-file">
            <a href={`/cases/${caseId}/files/${f.id}`} download>
              {f.fileName}
            </a>
            <span className="ml-2 text-slate-600">
              {f.categoryLabel}
              {f.letterTitle ? `（${f.letterTitle}）` : ''} · {size(f.size)}
            </span>
            <div className="text-xs text-slate-500">
              {f.uploadedByName ?? '系统'} 上传于 {formatChinaDateTime(f.uploadedAt)}
            </div>
            {mayRemove ? (
              <details>
                <summary className="cursor-pointer text-xs text-red-700">删除</summary>
                <CaseFileRemoveForm action={removeCaseFileAction.bind(null, caseId, f.id)} fileName={f.fileName} />
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {canAddCaseFile(actor, caseRef) ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-blue-800">上传材料</summary>
          <div className="mt-3">
            <CaseFileUploadForm
              caseId={caseId}
              letters={listCaseLetters(actor, caseId)
                .filter((l) => l.status === 'issued')
                .map((l) => ({ id: l.id, title: `${l.title}（${l.docNo}）` }))}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
