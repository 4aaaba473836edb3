'use client';

import type { ActionState } from '@/lib/action-state';
import type { TypeOptionGroup } from '@/lib/domain/letters/type-options';
import { ActionForm } from '@/components/action-form';
import { SelectField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';

export function NewLetterForm({ action, groups, suggested }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; groups: TypeOptionGroup[]; suggested?: string }) {
  return (
    <ActionForm action={action} label="起草文书" className="flex flex-wrap items-end gap-3">
      {(s) => (
        <>
          <SelectField name="typeKey" label="文书" required className="w-full sm:w-auto sm:min-w-80" defaultValue={s.values?.typeKey ?? suggested} errors={s.fieldErrors?.typeKey} groups={groups} hint="草稿按本机关的模板生成，已登记的信息自动填入。" />
          <SubmitButton>起草</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
