import { describe, expect, it } from 'vitest';
import { discoverActions, discoverPages, discoverRouteHandlers } from '../../e2e/access/discover';
import { matrixGaps } from '../../e2e/access/coverage';

// Every page, route handler and server action has its line in e2e/access-matrix.ts (who may use
// it); the end-to-end matrix then asks each of them as every role and signed-out visitor.
describe('the access matrix', () => {
  it('has an entry for every page, route handler and server action, and none for anything gone', () => {
    expect(matrixGaps().join('\n\n')).toBe('');
  });

  it('finds the route tree and the server actions', () => {
    expect(discoverPages()).toContain('/cases/[id]/letters/[letterId]');
    expect(discoverPages()).not.toContain('/(app)/cases');
    expect(discoverRouteHandlers()).toEqual(expect.arrayContaining(['GET /audit/export', 'GET /api/auth/[...nextauth]', 'POST /api/auth/[...nextauth]']));
    expect(discoverActions()).toContain('app/(app)/cases/actions.ts#createCaseAction');
    expect(discoverActions()).not.toContain('app/login/actions.ts#LoginState');
  });
});
