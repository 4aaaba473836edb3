'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/action-state';
import { stateKey } from '@/components/form/state-key';
import { FormMessage } from '@/components/form/form-message';
import { TextArea, TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

/** The editor's state: a preview of the template on a real case, with the fields it could not fill. */
export type TemplateState = ActionState & { preview?: { title: string; body: string; missing: string[] } };

type Props = { action: (s: TemplateState, f: FormData) => Promise<TemplateState>; title: string; body: string };

export function TemplateEditor({ action, title, body }: Props) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values;
  const e = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      <form key={stateKey(state)} action={formAction} className="space-y-3" noValidate aria-label="编辑模板">
        <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} focusKey={stateKey(state)} />
        <TextField name="title" label="标题" required maxLength={100} defaultValue={v?.title ?? title} errors={e.title} />
        <TextArea name="body" label="正文" required rows={16} maxLength={20000} defaultValue={v?.body ?? body} errors={e.body} hint="每行一段，第一行为称呼。用 {字段名} 插入字段，可用字段见右侧。" />
        <div className="flex flex-wrap items-end gap-3">
          <SubmitButton name="intent" value="save">
            保存为新版本
          </SubmitButton>
          <TextField name="previewCaseNo" label="用于预览的申请编号" defaultValue={v?.previewCaseNo} errors={e.previewCaseNo} />
          <SubmitButton name="intent" value="preview" className="btn-secondary">
            预览
          </SubmitButton>
        </div>
      </form>
      {state.preview ? (
        <article className="space-y-2 rounded border border-slate-200 bg-white px-6 py-4 text-sm leading-7" data-testid="template-preview">
          <h3 className="text-center text-lg font-bold">{state.preview.title}</h3>
          {state.preview.body.split('\n').map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          {state.preview.missing.length ? <p className="text-amber-800">该申请尚无以下内容，起草时由承办人填写：{state.preview.missing.join('、')}</p> : null}
        </article>
      ) : null}
    </div>
  );
}
