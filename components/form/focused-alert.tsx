'use client';

import { useEffect, useRef } from 'react';

const RING = { error: 'focus-visible:ring-red-700', success: 'focus-visible:ring-green-700' };

/**
 * A message that appears after an action: announced, and focused so the reader starts there (the
 * control they used may be gone). A refusal is an alert; a confirmation (tone "success") a status.
 */
export function FocusedAlert({ className, testId, tone = 'error', children }: { className: string; testId: string; tone?: 'error' | 'success'; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role={tone === 'error' ? 'alert' : 'status'} className={`${className} focus:outline-none focus-visible:ring-2 ${RING[tone]}`} data-testid={testId}>
      {children}
    </div>
  );
}
