import { ErrorSummary } from './error-summary';
import { FocusedAlert } from './focused-alert';

const SUCCESS = 'rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800';

/**
 * The form-level message: an error (why nothing was saved, taking focus and linking to each invalid
 * field) or a confirmation. Given a `focusKey` that changes with each answer (a form's
 * stateKey(state), a record's version after a save that came back to the same page), a
 * confirmation takes focus too, afresh for each answer: the control the user pressed is gone once
 * the form is drawn again, and focus would otherwise fall back to the page body. A confirmation
 * that an action's redirect named in the address (`fromAddress`: ?saved=…) takes that parameter out
 * of the address once shown, so that a reload or Back does not announce it again. Without one (a
 * notice read from the address on arrival) it is only announced, so Tab still starts at the top.
 */
export function FormMessage({ message, tone = 'error', focusKey, fromAddress }: { message?: string; tone?: 'error' | 'success'; focusKey?: string | number; fromAddress?: readonly string[] }) {
  if (!message) return null;
  if (tone === 'error') return <ErrorSummary key={focusKey} message={message} />;
  if (focusKey !== undefined) {
    return (
      <FocusedAlert key={focusKey} tone="success" testId="form-success" className={SUCCESS} fromAddress={fromAddress}>
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
