import { describe, expect, it } from 'vitest';
import { matchesUserStatus, readUserFilter, userFigures, userListHeading, userListHref, type UserFacts } from './user-filter';

const person = (over: Partial<UserFacts>): UserFacts => ({ role: 'clerk', active: true, mustChangePassword: false, totpEnabledAt: null, ...over });

describe('the user list filters', () => {
  it('counts a departed user only as 已停用, never as a password or two-factor worry', () => {
    const departed = person({ active: false, mustChangePassword: true });
    expect(matchesUserStatus('inactive', departed)).toBe(true);
    expect(matchesUserStatus('initial_password', departed)).toBe(false);
    expect(matchesUserStatus('no_two_factor', departed)).toBe(false);
    expect(matchesUserStatus('no_two_factor', person({ totpEnabledAt: '2026-01-05T08:00:00Z' }))).toBe(false);
  });

  it('names and ignores what it cannot use in the address', () => {
    expect(readUserFilter({ status: 'inactive', role: 'admin' })).toEqual({ filter: { status: 'inactive', role: 'admin' }, notices: [] });
    expect(readUserFilter({ status: 'gone', role: 'boss' })).toEqual({
      filter: { status: null, role: null },
      notices: ['无法识别的状态“gone”，已忽略，显示全部状态的用户。', '无法识别的角色“boss”，已忽略，显示全部角色的用户。'],
    });
    expect(readUserFilter({ status: 'constructor' }).filter.status).toBeNull();
    expect(readUserFilter({}).notices).toEqual([]);
  });

  it('writes the address and the heading of a filter', () => {
    expect(userListHref({})).toBe('/admin/users');
    expect(userListHref({ status: 'active', role: 'clerk' })).toBe('/admin/users?status=active&role=clerk');
    expect(userListHeading({ status: 'active', role: 'clerk' })).toBe('在岗的登记员');
    expect(userListHeading({ status: 'no_two_factor', role: null })).toBe('未启用双因素认证的用户');
    expect(userListHeading({ status: null, role: 'auditor' })).toBe('全部审计员');
    expect(userListHeading({ status: null, role: null })).toBe('全部用户');
  });

  it('counts the home figures with the same predicates', () => {
    const staff = [
      person({ mustChangePassword: true }),
      person({ role: 'supervisor', totpEnabledAt: '2026-01-05T08:00:00Z' }),
      person({ role: 'admin' }),
      person({ active: false, mustChangePassword: true }),
    ];
    expect(userFigures(staff)).toEqual({ active: 3, inactive: 1, byRole: { clerk: 1, supervisor: 1, admin: 1 }, initialPassword: 1, noTwoFactor: 2 });
  });
});
