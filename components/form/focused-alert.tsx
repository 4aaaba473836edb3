'use client';

import { useEffect, useRef } from 'react';

const RING = { error: 'focus-visible:ring-red-700', success: 'focus-visible:ring-green-700' };

/**
 * A message that appears after an action: announced, and focused so the reader starts there (the
 * control they used may be gone). A refusal is an alert; a confirmation (tone "success") a status.
 */
export function FocusedAlert({
  className,
  testId,
  tone = 'error',
  fromAddress = [],
  children,
}: {
  className: string;
  testId: string;
  tone?: 'error' | 'success';
  /** The address parameters that brought this message (?saved=…): taken out once it has been shown. */
  fromAddress?: readonly string[];
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const params = fromAddress.join(',');
  useEffect(() => {
    ref.current?.focus();
    // Otherwise a reload, the browser's Back from the next page, or a bookmark would announce and
    // focus "已保存" again although nothing was just saved. Next.js's router follows replaceState.
    if (!params) return;
    const url = new URL(window.location.href);
    for (const name of params.split(',')) url.searchParams.delete(name);
    if (url.href !== window.location.href) window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }, [params]);
  return (
    <div ref={ref} tabIndex={-1} role={tone === 'error' ? 'alert' : 'status'} className={`${className} focus:outline-none focus-visible:ring-2 ${RING[tone]}`} data-testid={testId}>
      {children}
    </div>
  );
}
