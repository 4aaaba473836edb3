import { describe, expect, it } from 'vitest';
import { readOnlyReason } from './case-access';
import type { Actor } from './roles';

const clerk: Actor = { id: 7, username: 'clerk', displayName: '王芳', role: 'clerk' };
const supervisor: Actor = { id: 9, username: 'supervisor', displayName: '李强', role: 'supervisor' };
const admin: Actor = { id: 1, username: 'admin', displayName: '张伟', role: 'admin' };

describe('readOnlyReason', () => {
  it('names the handler when a clerk opens a colleague’s case, and says who can reassign it', () => {
    expect(readOnlyReason(clerk, { handlerId: 8, closed: false, handlerName: '陈静' })).toBe(
      '本申请由陈静承办，您只能查看，不能修改或记录办理步骤。如需接手，请联系负责人将承办人改为您。',
    );
  });

  it('is silent for the handler, for an unassigned open case and for a supervisor', () => {
    expect(readOnlyReason(clerk, { handlerId: 7, closed: false, handlerName: '王芳' })).toBeNull();
    expect(readOnlyReason(clerk, { handlerId: null, closed: false, handlerName: null })).toBeNull();
    expect(readOnlyReason(supervisor, { handlerId: 8, closed: true, handlerName: '陈静' })).toBeNull();
  });

  it('tells the handler of a closed case that a supervisor reopens it', () => {
    expect(readOnlyReason(clerk, { handlerId: 7, closed: true, handlerName: '王芳' })).toContain('请联系负责人重新打开');
  });

  it('tells an administrator that cases are handled by clerks and supervisors', () => {
    expect(readOnlyReason(admin, { handlerId: 8, closed: false, handlerName: '陈静' })).toContain('管理员可以查看申请，但不办理申请');
  });
});
