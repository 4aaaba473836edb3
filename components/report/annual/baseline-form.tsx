'use client';

import { useState, type FormEvent } from 'react';
import { ActionForm } from '@/components/action-form';
import { TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';
import type { ActionState } from '@/lib/action-state';
import type { InForceFigures } from '@/lib/domain/report/table-two';

// Forms post at most 1 MB; a published table's .json or .xlsx is a few tens of KB, so a bigger
// file is the wrong one. Refused here, before sending, so the user gets a message and not a
// refused request.
const MAX_BASELINE_BYTES = 900 * 1024;

export function BaselineForm({ action, inForce }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; inForce: InForceFigures | null }) {
  const [tooBig, setTooBig] = useState<string | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > MAX_BASELINE_BYTES) {
      event.preventDefault();
      setTooBig(`“${file.name}”超过 900 KB，不是统计表文件。请选择本系统或统计表导出的 .json 或 .xlsx 文件（通常只有几十 KB）。`);
    } else setTooBig(null);
  };
  return (
    <ActionForm action={action} label="导入基线" onSubmit={onSubmit}>
      {(state) => {
        const fileErrors = tooBig ? [tooBig] : state.fieldErrors?.file;
        return (
          <>
            <div>
              <label htmlFor="baseline-file">已发布的统计表文件（.json 或 .xlsx，可不选）</label>
              <input id="baseline-file" name="file" type="file" accept=".json,.xlsx" className="input mt-1" aria-invalid={fileErrors ? true : undefined} aria-describedby={fileErrors ? 'baseline-file-error' : undefined} />
              {fileErrors ? (
                <p id="baseline-file-error" className="field-error" data-testid="error-file">
                  {fileErrors.join(' ')}
                </p>
              ) : null}
            </div>
            <TextField name="rules" label="表二：规章“现行有效件数”" defaultValue={state.values?.rules ?? inForce?.rules} errors={state.fieldErrors?.rules} />
            <TextField name="normative_documents" label="表二：行政规范性文件“现行有效件数”" defaultValue={state.values?.normative_documents ?? inForce?.normative_documents} errors={state.fieldErrors?.normative_documents} />
            <SubmitButton pendingText="正在保存…">保存基线</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
