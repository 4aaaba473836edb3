'use client';

import { useEffect, useRef, useState } from 'react';

type Problem = { id: string; label: string; error: string };

// A form that comes back with errors would otherwise leave focus on the page body: the summary
// takes focus and is announced (role="alert"), says why nothing was saved, and links to each field
// marked invalid. It reads the fields from the form around it, so every form gets it by showing
// its message through FormMessage, without listing its fields twice.

function problemsIn(form: HTMLFormElement | null): Problem[] {
  if (!form) return [];
  return [...form.querySelectorAll<HTMLElement>('[aria-invalid="true"][id]')].map((field) => {
    const label = (field as HTMLInputElement).labels?.[0]?.textContent?.replace(/\*$/, '').trim() ?? field.getAttribute('aria-label') ?? '';
    const error = document.getElementById(`${field.id}-error`)?.textContent?.trim() ?? '';
    return { id: field.id, label, error };
  });
}

export function ErrorSummary({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    // The fields are read once the form is on screen: their ids and labels live in the DOM.
    setProblems(problemsIn(box.closest('form')));
    box.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700">
      <p>{message}</p>
      {problems.length ? (
        <ul className="mt-1 list-disc pl-5" aria-label="需要修改的项目">
          {problems.map((p) => (
            <li key={p.id}>
              <a
                href={`#${p.id}`}
                className="text-red-800 underline"
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(p.id)?.focus();
                }}
              >
                {p.label}
                {p.error ? `：${p.error}` : ''}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
