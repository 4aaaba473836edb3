import type { Actor } from '@/lib/domain/roles';

/** The operator at the command line acts with an administrator's authority; the audit says so. */
export const CLI_ACTOR: Actor = { id: null, username: 'cli', displayName: '系统管理员', role: 'admin' };
