import { CONFIRM_PUBLISHED_FIELD, type ActionState } from '@/lib/action-state';

/**
 * Shown in a form whose save was refused because it would change a published annual report: which
 * numbers, and the box to tick before sending the same save again.
 */
export function PublishedChangeConfirm({ state }: { state: ActionState }) {
  if (!state.publishedChange?.length) return null;
  return (
    <div className="space-y-2 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="published-change">
      <p className="font-medium">会改变的已发布数字：</p>
      <ul className="list-disc pl-5">
        {state.publishedChange.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" name={CONFIRM_PUBLISHED_FIELD} />
        我已知晓这次保存会改变已发布的年度报告数字，仍要保存
      </label>
    </div>
  );
}
