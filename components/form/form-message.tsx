import { ErrorSummary } from './error-summary';
import { FocusedAlert } from './focused-alert';
import { stateKey } from './state-key';

const SUCCESS = 'rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800';

/**
 * The form-level message: an error (why nothing was saved, taking focus and linking to each invalid
 * field) or a confirmation. Given the action `state` it answers, a confirmation takes focus too,
 * afresh for each answer: the control the user pressed is gone once the form is drawn again (or
 * the saved filter deleted), and focus would otherwise fall back to the page body. A confirmation
 * read from the address on arrival (?saved=…) is only announced, so Tab still starts at the top.
 */
export function FormMessage({ message, tone = 'error', state }: { message?: string; tone?: 'error' | 'success'; state?: object }) {
  if (!message) return null;
  const key = state ? stateKey(state) : undefined;
  if (tone === 'error') return <ErrorSummary key={key} message={message} />;
  if (state) {
    return (
      <FocusedAlert key={key} tone="success" testId="form-success" className={SUCCESS}>
        {message}
      </FocusedAlert>
    );
  }
  return (
    <div role="status" data-testid="form-success" className={SUCCESS}>
      {message}
    </div>
  );
}
