'use client';

import { ActionForm } from '@/components/action-form';
import { TextArea, TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';
import type { ActionState } from '@/lib/action-state';

/** 发布 (or 更正): the publication date, a reason for any failed check, and for 更正 its reason. */
export function PublishForm({
  action,
  kind,
  draftVersion,
  today,
  failed,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  kind: 'publish' | 'correction';
  draftVersion: number;
  today: string;
  failed: number;
}) {
  return (
    <ActionForm action={action} label={kind === 'publish' ? '发布年度报告' : '发布更正'}>
      {(state) => (
        <>
          <input type="hidden" name="draftVersion" value={draftVersion} />
          <TextField name="publishedOn" label="发布日期" type="date" required max={today} defaultValue={state.values?.publishedOn ?? today} errors={state.fieldErrors?.publishedOn} hint="报告在门户网站公开的日期（部门报告应于1月31日前发布）。" />
          {kind === 'correction' ? (
            <TextArea name="reason" label="更正理由" required rows={2} maxLength={1000} defaultValue={state.values?.reason} errors={state.fieldErrors?.reason} hint="将随更正版本一并保存并公开记录。" />
          ) : null}
          {failed > 0 ? (
            <TextArea
              name="acknowledgement"
              label={`仍要发布的理由（${failed} 项核对未通过）`}
              required
              rows={3}
              maxLength={2000}
              defaultValue={state.values?.acknowledgement}
              errors={state.fieldErrors?.acknowledgement}
              hint="说明为何在核对未通过的情况下发布；理由随版本一并保存。"
            />
          ) : null}
          <SubmitButton pendingText="正在发布…">{kind === 'publish' ? '发布年度报告' : '发布更正版本'}</SubmitButton>
          <p className="hint">发布后，数字和文字即被锁定；报告页、导出文件和命令行默认显示发布的版本。</p>
        </>
      )}
    </ActionForm>
  );
}
