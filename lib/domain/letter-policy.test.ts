import { describe, expect, it } from 'vitest';
import { LETTER_POLICY, type CaseRef } from './policy';
import type { Actor, Role } from './roles';

// Who may do what with letters and case files, for every role on an own, another's, an unassigned
// and a closed case.
const actor = (role: Role, id = 1): Actor => ({ id, username: role, displayName: role, role });
const OWN: CaseRef = { handlerId: 1, closed: false };
const OTHERS = { handlerId: 2, closed: false };
const UNASSIGNED = { handlerId: null, closed: false };
const CLOSED = { handlerId: 1, closed: true };

type Row = [keyof typeof LETTER_POLICY, Role, CaseRef | null, boolean];
const MATRIX: Row[] = [
  ['canDraftLetter', 'clerk', OWN, true],
  ['canDraftLetter', 'clerk', UNASSIGNED, true],
  ['canDraftLetter', 'clerk', OTHERS, false],
  ['canDraftLetter', 'clerk', CLOSED, false],
  ['canDraftLetter', 'supervisor', OTHERS, true],
  ['canDraftLetter', 'supervisor', CLOSED, false],
  ['canDraftLetter', 'admin', OWN, false],
  ['canIssueLetter', 'clerk', OWN, true],
  ['canIssueLetter', 'clerk', OTHERS, false],
  ['canIssueLetter', 'clerk', CLOSED, false],
  ['canIssueLetter', 'supervisor', OTHERS, true],
  ['canIssueLetter', 'admin', OWN, false],
  ['canApproveLetter', 'supervisor', null, true],
  ['canApproveLetter', 'clerk', null, false],
  ['canApproveLetter', 'admin', null, false],
  ['canCancelLetter', 'supervisor', null, true],
  ['canCancelLetter', 'clerk', null, false],
  ['canRecordDelivery', 'clerk', CLOSED, true],
  ['canRecordDelivery', 'clerk', OTHERS, false],
  ['canRecordDelivery', 'supervisor', OTHERS, true],
  ['canRecordDelivery', 'admin', OWN, false],
  ['canManageLetterTemplates', 'admin', null, true],
  ['canManageLetterTemplates', 'supervisor', null, false],
  ['canManageLetterTemplates', 'clerk', null, false],
  ['canAddCaseFile', 'clerk', CLOSED, true],
  ['canAddCaseFile', 'clerk', OTHERS, false],
  ['canAddCaseFile', 'supervisor', OTHERS, true],
  ['canAddCaseFile', 'admin', OWN, false],
  ['canRemoveCaseFile', 'clerk', OWN, true],
  ['canRemoveCaseFile', 'clerk', OTHERS, false],
  ['canRemoveCaseFile', 'admin', OWN, false],
];

describe('letter and case-file policy', () => {
  it.each(MATRIX)('%s: %s on %o → %s', (rule, role, ref, allowed) => {
    const fn = LETTER_POLICY[rule] as (u: Actor, c?: CaseRef) => boolean;
    expect(fn(actor(role), ref ?? undefined)).toBe(allowed);
  });
});
