'use client';

import { useEffect, useRef } from 'react';

/** A message that appears after an action failed: announced, and focused so the reader starts there. */
export function FocusedAlert({ className, testId, children }: { className: string; testId: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className={`${className} focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700`} data-testid={testId}>
      {children}
    </div>
  );
}
