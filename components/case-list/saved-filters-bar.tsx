'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import type { ActionState } from '@/lib/action-state';
import { FormMessage } from '@/components/form/form-message';
import { TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';
import { stateKey } from '@/components/form/state-key';

export type SavedFilterView = { id: number | null; name: string; href: string | null; problem: string | null; current: boolean };
type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * 常用筛选: the product's and the user's saved filters as links, one that can no longer be read
 * shown as ignored with the reason, and a form that saves the list's current filters.
 */
export function SavedFiltersBar({ filters, query, save, remove }: { filters: SavedFilterView[]; query: string; save: Action; remove: Action }) {
  const [saved, saveAction] = useActionState(save, {});
  const [removed, removeAction] = useActionState(remove, {});
  // The answer that came last: a delete after a save shows the delete's answer, and back. Taken from
  // the answers themselves, not from the button pressed, so that pressing one never brings back (and
  // focuses, and announces) the other form's earlier answer before the server has replied.
  const [answers, setAnswers] = useState({ saved, removed, last: 'save' as 'save' | 'remove' });
  if (answers.saved !== saved || answers.removed !== removed) setAnswers({ saved, removed, last: answers.removed !== removed ? 'remove' : 'save' });
  const message = answers.last === 'remove' ? removed : saved;
  return (
    <section aria-labelledby="saved-filters-h" className="space-y-2" data-testid="saved-filters">
      <h2 id="saved-filters-h" className="text-sm font-medium text-slate-700">
        常用筛选
      </h2>
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {filters.map((f) => (
          <li key={`${f.id ?? 'd'}-${f.name}`} className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-white px-3 py-0.5">
            {f.href ? (
              <Link href={f.href} aria-current={f.current ? 'true' : undefined} className={f.current ? 'font-semibold' : undefined}>
                {f.name}
              </Link>
            ) : (
              <span data-testid="saved-filter-ignored">
                {f.name}：已忽略（{f.problem}）
              </span>
            )}
            {f.id !== null ? (
              <form action={removeAction}>
                <input type="hidden" name="id" value={f.id} />
                <button type="submit" className="px-1 text-slate-600 hover:text-red-700" aria-label={`删除筛选“${f.name}”`} title="删除">
                  ×
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      <FormMessage message={message.message} tone={message.ok ? 'success' : 'error'} focusKey={stateKey(message)} />
      {query ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-blue-700">保存当前筛选…</summary>
          <form key={stateKey(saved)} action={saveAction} className="mt-2 flex flex-wrap items-end gap-2" aria-label="保存当前筛选" noValidate>
            <input type="hidden" name="query" value={query} />
            <TextField name="name" label="名称" maxLength={20} defaultValue={saved.values?.name} errors={saved.fieldErrors?.name} className="w-56" />
            <SubmitButton className="btn-secondary" pendingText="正在保存…">
              保存
            </SubmitButton>
          </form>
        </details>
      ) : null}
    </section>
  );
}
