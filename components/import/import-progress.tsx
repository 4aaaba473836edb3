'use client';

import { useEffect, useState } from 'react';
import { useFormStatus } from 'react-dom';
import { progressPercent, progressText, PROGRESS_MIN_ROWS } from '@/lib/domain/import-progress';
import type { ImportKind } from '@/lib/domain/import-kind';

const POLL_MS = 1000;
type Figures = { rowsDone: number; rowsTotal: number };

/**
 * Inside the confirmation form: while the import of a file of `rows` rows (a few thousand or more)
 * runs, asks the server every second how many rows are written (the import's marker, advanced with
 * each batch) and shows it as a progress bar with its figures read out.
 */
export function ImportProgress({ kind, rows, label }: { kind: ImportKind; rows: number; label: string }) {
  const { pending } = useFormStatus();
  const [figures, setFigures] = useState<Figures | null>(null);
  const active = pending && rows >= PROGRESS_MIN_ROWS;
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const poll = async () => {
      try {
        const reply = await fetch(`/admin/import/progress?kind=${kind}`, { cache: 'no-store' });
        const body = reply.ok ? ((await reply.json()) as { running: boolean } & Partial<Figures>) : null;
        if (!stopped && body?.running) setFigures({ rowsDone: body.rowsDone ?? 0, rowsTotal: body.rowsTotal ?? rows });
      } catch {
        // A missed poll changes nothing: the next one, or the import's own answer, follows.
      }
    };
    void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active, kind, rows]);
  if (!active) return null;
  // Before the first batch is written the file is read and checked again.
  const done = figures?.rowsDone ?? 0;
  const total = figures?.rowsTotal ?? rows;
  const id = `${kind}-import-progress`;
  return (
    <div className="basis-full space-y-1" data-testid="import-progress">
      <label htmlFor={id} className="text-sm">
        {label}进度
      </label>
      <progress id={id} max={total} value={done} className="block h-3 w-full max-w-md" aria-valuetext={`${progressPercent(done, total)}%`} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {figures ? progressText(done, total) : '正在读取并检查文件，随后开始写入……'}
      </p>
    </div>
  );
}
