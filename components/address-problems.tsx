/** What a page could not use in its address (a parameter misspelt, a value it does not know), each named. */
export function AddressProblems({ problems, testId }: { problems: readonly string[]; testId: string }) {
  if (!problems.length) return null;
  return (
    <div role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid={testId}>
      {problems.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </div>
  );
}
