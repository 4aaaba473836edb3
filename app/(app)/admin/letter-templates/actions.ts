'use server';

import type { TemplateState } from '@/components/letters/template-editor';
import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { refused, type ActionState } from '@/lib/action-state';
import { formValues } from '@/lib/domain/validation/form-values';
import { restoreTemplate, saveTemplate } from '@/lib/data/letters/templates';
import { previewTemplate } from '@/lib/data/letters/template-preview';


/** Save a new version, or (intent=preview) show the template on a real case without saving. */
export async function templateAction(key: string, _prev: TemplateState, form: FormData): Promise<TemplateState> {
  const user = await requireUser();
  const values = formValues(form);
  const template = { title: values.title ?? '', body: values.body ?? '' };
  try {
    if (values.intent === 'preview') {
      if (!values.previewCaseNo?.trim()) return { message: '请填写用于预览的申请编号。', fieldErrors: { previewCaseNo: ['请填写申请编号。'] }, values };
      const { errors, ...preview } = previewTemplate(user, key, template, values.previewCaseNo);
      const problems = Object.keys(errors).length > 0;
      return { message: problems ? '模板有误（见下方提示），以下为按现有内容生成的预览，尚未保存。' : '预览如下，模板尚未保存。', ok: !problems, fieldErrors: errors, values, preview };
    }
    const { version } = saveTemplate(user, key, template);
    revalidatePath(`/admin/letter-templates/${key}`);
    return { ok: true, message: `模板已保存为第 ${version} 版，此后起草的文书使用新模板。`, values };
  } catch (error) {
    return refused(error, values);
  }
}

export async function restoreTemplateAction(key: string, version: number, _prev: ActionState, _form: FormData): Promise<ActionState> {
  const user = await requireUser();
  try {
    const saved = restoreTemplate(user, key, version);
    revalidatePath(`/admin/letter-templates/${key}`);
    return { ok: true, message: `已恢复，保存为第 ${saved.version} 版。` };
  } catch (error) {
    return refused(error, {});
  }
}
