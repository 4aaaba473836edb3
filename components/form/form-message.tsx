/** The form-level message: an error (why nothing was saved) or a confirmation. */
export function FormMessage({ message, tone = 'error' }: { message?: string; tone?: 'error' | 'success' }) {
  if (!message) return null;
  const cls = tone === 'error' ? 'border-red-300 bg-red-50 text-red-800' : 'border-green-300 bg-green-50 text-green-800';
  return (
    <div role="status" data-testid={tone === 'error' ? 'form-error' : 'form-success'} className={`rounded border px-3 py-2 text-sm ${cls}`}>
      {message}
    </div>
  );
}
