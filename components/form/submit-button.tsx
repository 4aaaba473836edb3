'use client';

import { useFormStatus } from 'react-dom';

export function SubmitButton({ children, pendingText = '正在提交…', className = 'btn-primary', name, value }: { children: React.ReactNode; pendingText?: string; className?: string; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {pending ? pendingText : children}
    </button>
  );
}
