import Link from 'next/link';
import { ROLE_CODES, roleLabel } from '@/lib/domain/roles';
import { USER_STATUSES, USER_STATUS_LABELS, userListHref, type UserFilter } from '@/lib/domain/user-filter';

type Choice = { key: string; label: string; href: string; current: boolean };

function ChoiceRow({ label, choices }: { label: string; choices: Choice[] }) {
  return (
    <ul className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" aria-label={label}>
      <li className="text-slate-700">{label}：</li>
      {choices.map((c) => (
        <li key={c.key}>
          <Link href={c.href} prefetch={false} aria-current={c.current ? 'true' : undefined} className={c.current ? 'font-semibold text-slate-900 underline' : undefined}>
            {c.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The user list's two filters (状态, 角色) as links, each keeping the other; the current one marked. */
export function UserFilterBar({ filter }: { filter: UserFilter }) {
  const statuses: Choice[] = [
    { key: 'all', label: '全部', href: userListHref({ role: filter.role }), current: filter.status === null },
    ...USER_STATUSES.map((s) => ({ key: s, label: USER_STATUS_LABELS[s], href: userListHref({ status: s, role: filter.role }), current: filter.status === s })),
  ];
  const roles: Choice[] = [
    { key: 'all', label: '全部', href: userListHref({ status: filter.status }), current: filter.role === null },
    ...ROLE_CODES.map((r) => ({ key: r, label: roleLabel(r), href: userListHref({ status: filter.status, role: r }), current: filter.role === r })),
  ];
  return (
    <nav aria-label="筛选用户" className="space-y-1" data-testid="user-filters">
      <ChoiceRow label="状态" choices={statuses} />
      <ChoiceRow label="角色" choices={roles} />
    </nav>
  );
}
