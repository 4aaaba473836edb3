/**
 * A wide table's own sideways scroll (on a phone the page itself never scrolls sideways). Named and
 * reachable with Tab, so a keyboard user scrolls it with the arrow keys even when it holds no link
 * (WCAG 2.1.1; axe's scrollable-region-focusable, serious, found it on the audit tables at 390 px).
 */
export function ScrollRegion({ label, className = '', children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
