import type { ImportState } from '@/lib/import/import-state';
import { FocusedAlert } from '@/components/form/focused-alert';
import { stateKey } from '@/components/form/state-key';

/** The outcome of the last step: every problem, the warnings, or what was (or would be) imported. */
export function ImportReport({ state, unit }: { state: ImportState; unit: string }) {
  const s = state.summary;
  const counts = s ? `新增 ${s.created} ${unit}，更新 ${s.updated} ${unit}，未变 ${s.unchanged} ${unit}` : '';
  return (
    <>
      {state.stage === 'error' ? (
        <FocusedAlert key={stateKey(state)} className="space-y-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" testId="import-error">
          <p className="font-medium">{state.message}</p>
          {state.problems?.length ? (
            <ol className="list-decimal space-y-0.5 pl-5" data-testid="import-problems">
              {state.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ol>
          ) : null}
        </FocusedAlert>
      ) : null}
      {state.stage === 'preview' && state.message ? (
        <div role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="import-busy">
          {state.message}
        </div>
      ) : null}
      {state.stage === 'preview' && state.summary ? (
        <div role="status" className="rounded border border-blue-300 bg-blue-50 px-3 py-2 text-sm text-blue-900" data-testid="import-preview">
          <p>
            “{state.fileName}”共 {state.rows} 行，检查通过。确认后将：<strong data-testid="import-summary">{counts}</strong>。在您确认之前，没有写入任何内容。
          </p>
          {state.changes?.length ? (
            <>
              <p className="mt-2 font-medium">将更新的内容（文件中留空的选填项保持系统中的原值）：</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid="import-changes">
                {state.changes.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
          {state.published?.length ? (
            <div className="mt-2 rounded border border-amber-400 bg-amber-50 px-2 py-1 text-amber-900" data-testid="import-published">
              <p className="font-medium">注意：导入会改变已发布的年度报告中的数字（已发布的报告本身不变，修改记录会注明）：</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {state.published.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {state.deadlines?.length ? (
            <>
              <p className="mt-2 font-medium">将登记的办理步骤及答复期限的变化：</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid="import-deadlines">
                {state.deadlines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      {state.stage === 'done' ? (
        <div role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="import-done">
          已导入“{state.fileName}”（共 {state.rows} 行）：<strong data-testid="import-summary">{counts}</strong>。
        </div>
      ) : null}
      {state.warnings?.length ? (
        <ul className="list-disc space-y-0.5 pl-5 text-sm text-amber-800" data-testid="import-warnings">
          {state.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
