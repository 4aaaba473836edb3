import Link from 'next/link';
import type { Figure } from '@/lib/data/dashboard';

const TONES: Record<Figure['tone'], string> = {
  danger: 'text-red-800',
  warn: 'text-amber-800',
  pause: 'text-violet-800',
  plain: 'text-slate-900',
};

/** The home page's figures: each a number and what it counts, linking to the list behind it. */
export function FigureGrid({ figures, label }: { figures: Figure[]; label: string }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label={label} data-testid="figures">
      {figures.map((f) => (
        <li key={f.key}>
          <Link href={f.href} prefetch={false} className="card block h-full text-slate-900 no-underline hover:border-blue-500" data-testid={`figure-${f.key}`}>
            <span className={`block text-2xl font-semibold tabular-nums ${f.value ? TONES[f.tone] : 'text-slate-600'}`}>{f.value}</span>
            <span className="mt-1 block text-sm text-slate-700">{f.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
