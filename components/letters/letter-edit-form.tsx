'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/action-state';
import type { FieldErrors } from '@/lib/domain/errors';
import { stateKey } from '@/components/form/state-key';
import { FormMessage } from '@/components/form/form-message';
import { TextArea, TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';
import { LetterFields, type FieldDef } from './letter-fields';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  version: number;
  fields: FieldDef[];
  clerk: Record<string, unknown>;
  title: string;
  body: string;
};

/**
 * The draft: the letter's own fields above, the text below. "按模板重新生成正文" writes the text
 * afresh from the fields (edits to the text are then lost); "保存草稿" keeps the text as edited.
 */
export function LetterEditForm({ action, version, fields, clerk, title, body }: Props) {
  const [state, formAction] = useActionState(action, {});
  const errors: FieldErrors = state.fieldErrors ?? {};
  const v = state.values;
  return (
    <form key={stateKey(state)} action={formAction} className="space-y-4" noValidate aria-label="编辑文书">
      <FormMessage message={state.message} />
      <input type="hidden" name="version" value={version} />
      <LetterFields fields={fields} clerk={clerk} values={v} errors={errors} />
      {fields.length ? (
        <div>
          <SubmitButton className="btn-secondary" name="intent" value="regenerate">
            按模板重新生成正文
          </SubmitButton>
          <p className="hint">填写或修改上面的内容后，按此按钮把它们写入正文（正文中手工修改的文字会被替换）。</p>
        </div>
      ) : null}
      <TextField name="title" label="标题" required maxLength={100} defaultValue={v?.title ?? title} errors={errors.title} />
      <TextArea
        name="body"
        label="正文"
        required
        rows={18}
        maxLength={20000}
        defaultValue={v?.body ?? body}
        errors={errors.body}
        hint="每行一段，第一行为称呼。{文号} 和 {成文日期} 在发文时自动填写。法律依据和救济途径请勿改动。"
      />
      <SubmitButton name="intent" value="save">
        保存草稿
      </SubmitButton>
    </form>
  );
}
