'use client';

import { useActionState, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionState } from '@/lib/action-state';
import { CASE_FILE_CATEGORIES, MAX_CASE_FILE_BYTES, MAX_CASE_FILE_LABEL } from '@/lib/domain/case-file-types';
import { stateKey } from '@/components/form/state-key';
import { FieldFrame, SelectField, TextField, describedBy } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { ActionForm } from '@/components/action-form';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,application/pdf,image/png,image/jpeg';

/** Sends the form to the case's upload route (the one path besides the import that takes large bodies). */
async function uploadCaseFile(caseId: number, form: FormData): Promise<ActionState> {
  let response: Response;
  try {
    response = await fetch(`/cases/${caseId}/files/upload`, { method: 'POST', body: form });
  } catch {
    return { message: '上传失败：无法连接服务器，请检查网络后重试。' };
  }
  try {
    return (await response.json()) as ActionState;
  } catch {
    return { message: `上传失败（服务器返回 ${response.status}），请稍后重试。` };
  }
}

/** Upload: a file over the limit is refused here, before it is sent; the server checks everything again. */
export function CaseFileUploadForm({ caseId, letters }: { caseId: number; letters: { id: number; title: string }[] }) {
  const router = useRouter();
  const [state, formAction] = useActionState(async (_prev: ActionState, form: FormData) => {
    const next = await uploadCaseFile(caseId, form);
    if (next.ok) router.refresh();
    return next;
  }, {});
  const [tooBig, setTooBig] = useState<string | null>(null);
  const fileErrors = tooBig ? [tooBig] : state.fieldErrors?.file;
  const id = 'case-file-input';
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > MAX_CASE_FILE_BYTES) {
      event.preventDefault();
      setTooBig(`“${file.name}”超过 ${MAX_CASE_FILE_LABEL} 的大小限制，请压缩或拆分后再上传。`);
    } else setTooBig(null);
  };
  return (
    <form key={stateKey(state)} action={formAction} onSubmit={onSubmit} className="space-y-3" noValidate aria-label="上传材料">
      <FormMessage message={tooBig ? `没有上传：${tooBig}` : state.message} tone={state.ok && !tooBig ? 'success' : 'error'} focusKey={stateKey(state)} />
      <SelectField name="category" label="材料类别" required defaultValue={state.values?.category} errors={state.fieldErrors?.category} options={CASE_FILE_CATEGORIES.map((c) => ({ value: c.code, label: c.label }))} />
      {letters.length ? <SelectField name="letterId" label="关联文书（可不选）" defaultValue={state.values?.letterId} options={letters.map((l) => ({ value: String(l.id), label: l.title }))} /> : null}
      <FieldFrame id={id} name="file" label="文件" required errors={fileErrors} hint={`PDF、PNG、JPEG 图片、Word（.docx）或 Excel（.xlsx），不超过 ${MAX_CASE_FILE_LABEL}。`}>
        <input id={id} name="file" type="file" accept={ACCEPT} className="block text-sm" aria-invalid={fileErrors?.length ? true : undefined} aria-describedby={describedBy(id, fileErrors, true)} />
      </FieldFrame>
      <SubmitButton className="btn-secondary">上传</SubmitButton>
    </form>
  );
}

export function CaseFileRemoveForm({ action, fileName }: { action: Action; fileName: string }) {
  return (
    <ActionForm action={action} label={`删除 ${fileName}`} className="mt-2 flex flex-wrap items-end gap-2">
      {(s) => (
        <>
          <TextField name="reason" label="删除理由" required maxLength={500} defaultValue={s.values?.reason} errors={s.fieldErrors?.reason} />
          <SubmitButton className="btn-secondary">删除</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
