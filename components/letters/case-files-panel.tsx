import type { ActionState } from '@/lib/action-state';
import type { CaseFileRow } from '@/lib/data/case-files/case-files';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { canAddCaseFile, canRemoveCaseFile, type CaseRef } from '@/lib/domain/policy';
import type { Actor } from '@/lib/domain/roles';
import { CaseFileRemoveForm, CaseFileUploadForm } from './case-file-forms';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

type RemoveAction = (fileId: number) => (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * The files kept with a case, who added them, and the upload. issuedLetters: the letters a file may
 * be filed with; remove: the removal action for a file (the page binds it).
 */
export function CaseFilesPanel({ caseId, caseRef, actor, files, issuedLetters, remove }: { caseId: number; caseRef: CaseRef; actor: Actor; files: CaseFileRow[]; issuedLetters: { id: number; title: string }[]; remove: RemoveAction }) {
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
                <CaseFileRemoveForm action={remove(f.id)} fileName={f.fileName} />
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
              letters={issuedLetters}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
