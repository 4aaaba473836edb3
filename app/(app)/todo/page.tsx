import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { todoFor } from '@/lib/data/todo';
import { today } from '@/lib/data/today';
import { TodoList } from '@/components/todo-list';

export const metadata: Metadata = { title: '待办' };

/** Everything that needs the signed-in user today, most pressing first (the header's 待办 badge). */
export default async function TodoPage() {
  const user = await requireUser();
  const groups = todoFor(user, { limit: 100 });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1>待办</h1>
        <span className="text-sm text-slate-600">今天 {today()}</span>
      </div>
      <TodoList groups={groups} />
    </div>
  );
}
