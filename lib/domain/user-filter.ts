import { isRole, roleLabel, ROLE_CODES, type Role } from './roles';

// The user list's filters, and the administrator's home figures that open them: one predicate per
// filter, so that "停用 2 人" on the home page and the list it opens can never disagree.

export const USER_STATUSES = ['active', 'inactive', 'initial_password', 'no_two_factor'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const USER_STATUS_LABELS: Record<UserStatus, string> = {
  active: '在岗',
  inactive: '已停用',
  initial_password: '尚未修改初始密码',
  no_two_factor: '未启用双因素认证',
};

/** What the filters look at in a user. */
export type UserFacts = { role: Role; active: boolean; mustChangePassword: boolean; totpEnabledAt: string | null };

/** The last two concern people who can still sign in: a departed user's password is nobody's worry. */
export function matchesUserStatus(status: UserStatus, u: UserFacts): boolean {
  switch (status) {
    case 'active':
      return u.active;
    case 'inactive':
      return !u.active;
    case 'initial_password':
      return u.active && u.mustChangePassword;
    case 'no_two_factor':
      return u.active && !u.totpEnabledAt;
  }
}

export type UserFilter = { status: UserStatus | null; role: Role | null };

export function matchesUserFilter(filter: UserFilter, u: UserFacts): boolean {
  return (filter.status === null || matchesUserStatus(filter.status, u)) && (filter.role === null || u.role === filter.role);
}

const isStatus = (v: string): v is UserStatus => (USER_STATUSES as readonly string[]).includes(v);

/** ?status= and ?role= as typed into the address bar; what cannot be used is named and ignored. */
export function readUserFilter(raw: { status?: string; role?: string }): { filter: UserFilter; notices: string[] } {
  const notices: string[] = [];
  const status = raw.status ? (isStatus(raw.status) ? raw.status : null) : null;
  if (raw.status && !status) notices.push(`无法识别的状态“${raw.status}”，已忽略，显示全部状态的用户。`);
  const role = raw.role ? (isRole(raw.role) ? raw.role : null) : null;
  if (raw.role && !role) notices.push(`无法识别的角色“${raw.role}”，已忽略，显示全部角色的用户。`);
  return { filter: { status, role }, notices };
}

/** The address of the user list showing exactly the users of `filter`. */
export function userListHref(filter: Partial<UserFilter>): string {
  const q = new URLSearchParams();
  if (filter.status) q.set('status', filter.status);
  if (filter.role) q.set('role', filter.role);
  const s = q.toString();
  return s ? `/admin/users?${s}` : '/admin/users';
}

/** Who the list shows, for its heading: 全部用户, 在岗的用户, 已停用的登记员, 全部审计员. */
export function userListHeading(filter: UserFilter): string {
  const who = filter.role ? roleLabel(filter.role) : '用户';
  return filter.status ? `${USER_STATUS_LABELS[filter.status]}的${who}` : `全部${who}`;
}

export type UserFigures = { active: number; inactive: number; byRole: Partial<Record<Role, number>>; initialPassword: number; noTwoFactor: number };

/** The administrator's home figures, counted with the list's own predicates. */
export function userFigures(users: readonly UserFacts[]): UserFigures {
  const count = (filter: UserFilter) => users.filter((u) => matchesUserFilter(filter, u)).length;
  const byRole: Partial<Record<Role, number>> = {};
  for (const role of ROLE_CODES) {
    const n = count({ status: 'active', role });
    if (n) byRole[role] = n;
  }
  return {
    active: count({ status: 'active', role: null }),
    inactive: count({ status: 'inactive', role: null }),
    byRole,
    initialPassword: count({ status: 'initial_password', role: null }),
    noTwoFactor: count({ status: 'no_two_factor', role: null }),
  };
}
