import Link from 'next/link';
import type { TodoGroup } from '@/lib/domain/todo';

/** The to-do list by kind, each item a link to the case (or record) it is about. */
export function TodoList({ groups, empty = '目前没有需要您处理的事项。' }: { groups: TodoGroup[]; empty?: string }) {
  if (groups.length === 0) return <p className="card text-sm text-slate-700" data-testid="todo-empty">{empty}</p>;
  return (
    <div className="space-y-4" data-testid="todo-list">
      {groups.map((g) => (
        <section key={g.kind} className="card space-y-2" aria-labelledby={`todo-${g.kind}-h`} data-testid={`todo-${g.kind}`}>
          <div className="flex flex-wrap items-baseline gap-3">
            <h2 id={`todo-${g.kind}-h`} className="text-base">
              {g.label}
              <span className="ml-2 font-normal text-slate-600">{g.total} 项</span>
            </h2>
            {g.listHref && g.total > g.items.length ? (
              <Link href={g.listHref} prefetch={false} className="ml-auto text-sm">
                查看全部 {g.total} 项
              </Link>
            ) : null}
          </div>
          <ul className="divide-y divide-slate-100 text-sm">
            {g.items.map((item) => (
              <li key={`${item.href}-${item.title}`} className="flex flex-col gap-0.5 py-1.5 sm:flex-row sm:gap-3">
                <Link href={item.href} prefetch={false} className="font-medium">
                  {item.title}
                </Link>
                <span className="text-slate-700">{item.detail}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
