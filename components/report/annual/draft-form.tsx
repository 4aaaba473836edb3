'use client';

import { useActionState, type ReactNode } from 'react';
import { stateKey } from '@/components/form/state-key';
import { TextArea } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { ScrollRegion } from '@/components/scroll-region';
import { GENERATED, SECTION_HEADINGS, STAFF_TEXTS, type GeneratedKey, type StaffTextKey } from '@/lib/domain/report/annual/sections';
import type { TableTwo } from '@/lib/domain/report/table-two';
import type { DraftFormState } from './draft-form-state';
import { fieldAnchor, TableTwoInputs } from './table-two-inputs';

type Props = {
  year: number;
  action: (state: DraftFormState, form: FormData) => Promise<DraftFormState>;
  texts: Record<StaffTextKey, string>;
  paragraphs: Record<GeneratedKey, { text: string; edited: boolean; stale: boolean }>;
  tableTwo: TableTwo;
  tables: { three: ReactNode; four: ReactNode };
  hasLastYear: boolean;
  /** The draft of a correction (after publishing): the page to come back to keeps ?edit=1. */
  correction?: boolean;
};

const label = (k: StaffTextKey) => STAFF_TEXTS.find((t) => t.key === k)!.label;
const generatedLabel = (k: GeneratedKey) => GENERATED.find((g) => g.key === k)!.label;

/** The whole report as one form, in the order of the published report; tables 三 and 四 are drawn from the register. */
export function DraftForm({ year, action, texts, paragraphs, tableTwo, tables, hasLastYear, correction = false }: Props) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const staff = (k: StaffTextKey, rows = 4, hint?: string) => (
    <div id={fieldAnchor(`text.${k}`)}>
      <TextArea name={`text.${k}`} label={label(k)} rows={rows} maxLength={20000} defaultValue={v[`text.${k}`] ?? texts[k]} errors={e[`text.${k}`]} hint={hint} />
    </div>
  );
  const generated = (k: GeneratedKey) => {
    const p = paragraphs[k];
    const pending = state.regenerate?.key === k ? state.regenerate : null;
    const notes = [p.edited ? '已由工作人员修改' : null, p.stale ? '与按当前数据生成的文字不同' : null].filter(Boolean).join('；');
    return (
      <div id={fieldAnchor(`p.${k}`)} className="space-y-2 rounded border border-blue-200 bg-blue-50/40 p-3">
        <TextArea name={`p.${k}`} label={generatedLabel(k)} rows={4} maxLength={20000} defaultValue={v[`p.${k}`] ?? p.text} errors={e[`p.${k}`]} hint={notes ? `${notes}。系统只在您点击“按当前数据重新生成”时改写本段。` : '系统根据台账数据生成，可以修改；文中的数字会在发布前与统计表核对。'} />
        {pending ? (
          <div className="space-y-2 rounded border border-amber-400 bg-amber-50 p-2 text-sm" data-testid="regenerate-confirm">
            <p className="font-medium">修改后的文字：</p>
            <p className="whitespace-pre-wrap">{pending.edited}</p>
            <p className="font-medium">按当前数据重新生成的文字：</p>
            <p className="whitespace-pre-wrap" data-testid="regenerate-fresh">{pending.fresh}</p>
            <label className="flex items-center gap-2 font-medium">
              <input type="checkbox" name="confirmRegenerate" value={k} />
              用重新生成的文字替换修改后的文字
            </label>
          </div>
        ) : null}
        <SubmitButton className="btn-secondary" name="intent" value={`regenerate:${k}`} pendingText="正在生成…">
          按当前数据重新生成
        </SubmitButton>
      </div>
    );
  };
  return (
    <form key={stateKey(state)} action={formAction} className="space-y-5" noValidate aria-label="年度报告草稿">
      <FormMessage message={state.message} />
      {correction ? <input type="hidden" name="edit" value="1" /> : null}
      {/* Enter in a field saves: the first submit button of a form is the one Enter presses. */}
      <button type="submit" name="intent" value="save" className="sr-only" tabIndex={-1} aria-hidden="true">
        保存草稿
      </button>
      <section className="card space-y-3">
        {staff('opening', 3, '报告开头的说明，可修改。')}
        {hasLastYear ? (
          <SubmitButton className="btn-secondary" name="intent" value="last-year" pendingText="正在复制…">
            从上年文字开始（只填入本年仍为空的部分）
          </SubmitButton>
        ) : null}
      </section>
      <section className="card space-y-3" aria-labelledby="s1-h">
        <h2 id="s1-h">{SECTION_HEADINGS[0]}</h2>
        {staff('proactive')}
        {generated('requests')}
        {staff('management')}
        {staff('platform')}
        {staff('oversight')}
      </section>
      <section className="card space-y-3" aria-labelledby="s2-h">
        <h2 id="s2-h">{SECTION_HEADINGS[1]}</h2>
        <p className="hint">由工作人员填写：件数填 0 或正整数；收费金额单位为万元，最多四位小数。没有的填 0。</p>
        <div className="overflow-x-auto">
          <TableTwoInputs year={year} table={tableTwo} values={v} errors={e} />
        </div>
      </section>
      <section className="card space-y-3" aria-labelledby="s3-h">
        <h2 id="s3-h">{SECTION_HEADINGS[2]}</h2>
        <ScrollRegion label="表三">{tables.three}</ScrollRegion>
        {generated('three')}
      </section>
      <section className="card space-y-3" aria-labelledby="s4-h">
        <h2 id="s4-h">{SECTION_HEADINGS[3]}</h2>
        <ScrollRegion label="表四">{tables.four}</ScrollRegion>
        {generated('four')}
      </section>
      <section className="card space-y-3" aria-labelledby="s5-h">
        <h2 id="s5-h">{SECTION_HEADINGS[4]}</h2>
        {staff('problems', 6)}
      </section>
      <section className="card space-y-3" aria-labelledby="s6-h">
        <h2 id="s6-h">{SECTION_HEADINGS[5]}</h2>
        {generated('fees')}
        {staff('otherItems', 3)}
      </section>
      <div className="sticky-actions">
        <SubmitButton name="intent" value="save" pendingText="正在保存…">
          保存草稿
        </SubmitButton>
        <p className="hint self-center">保存后右侧的核对结果随之更新；发布的是已保存的草稿。</p>
      </div>
    </form>
  );
}
