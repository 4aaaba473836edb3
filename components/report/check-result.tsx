/** One check's mark, name and detail, as both check lists show it; `children` adds what lies behind it. */
export function CheckResult({ ok, name, detail, children }: { ok: boolean; name: string; detail: string; children?: React.ReactNode }) {
  return (
    <>
      <span aria-hidden="true" className={ok ? 'text-green-700' : 'text-red-700'}>
        {ok ? '✓' : '✗'}
      </span>
      <span>
        <span className="font-medium">{name}</span>
        <span className="sr-only">{ok ? '（通过）' : '（未通过）'}</span>：<span className="text-slate-700">{detail}</span>
        {children}
      </span>
    </>
  );
}
