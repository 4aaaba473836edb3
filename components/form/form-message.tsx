import { ErrorSummary } from './error-summary';

/**
 * The form-level message: an error (why nothing was saved, taking focus and linking to each invalid
 * field) or a confirmation.
 */
export function FormMessage({ message, tone = 'error' }: { message?: string; tone?: 'error' | 'success' }) {
  if (!message) return null;
  if (tone === 'error') return <ErrorSummary message={message} />;
  return (
    <div role="status" data-testid="form-success" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
      {message}
    </div>
  );
}
