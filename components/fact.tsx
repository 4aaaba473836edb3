/** One labelled fact of a record's description list. */
export function Fact({ label, children, wide }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'sm:col-span-2 lg:col-span-3' : undefined}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 whitespace-pre-wrap wrap-anywhere text-sm">{children || <span className="text-slate-500">—</span>}</dd>
    </div>
  );
}
