'use client';

/** Prints the page (its print stylesheet decides what goes on paper). */
export function PrintButton({ label = '打印' }: { label?: string }) {
  return (
    <button type="button" className="btn-secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
