import type { Actor, Role } from './roles';

// Who may do what. Every page, route handler, server action and data function asks here; hiding
// a button is never the check.

export type CaseRef = { handlerId: number | null; closed: boolean };

const CASE_WORKERS: Role[] = ['clerk', 'supervisor'];
const OVERSEERS: Role[] = ['supervisor', 'admin'];

export function canViewCases(user: Actor): boolean {
  return ['clerk', 'supervisor', 'admin'].includes(user.role);
}

export function canCreateCase(user: Actor): boolean {
  return CASE_WORKERS.includes(user.role);
}

/** A clerk works on the cases assigned to them and on unassigned ones; a supervisor on any. */
export function canWorkOnCase(user: Actor, c: CaseRef): boolean {
  if (user.role === 'supervisor') return true;
  if (user.role !== 'clerk') return false;
  return c.handlerId === null || c.handlerId === user.id;
}

export function canEditCase(user: Actor, c: CaseRef): boolean {
  return !c.closed && canWorkOnCase(user, c);
}

export function canCloseCase(user: Actor, c: CaseRef): boolean {
  return !c.closed && canWorkOnCase(user, c);
}

export function canRecordClockEvent(user: Actor, c: CaseRef): boolean {
  return !c.closed && canWorkOnCase(user, c);
}

export function canRequestExtension(user: Actor, c: CaseRef): boolean {
  return !c.closed && canWorkOnCase(user, c);
}

export function canApproveExtension(user: Actor, c: CaseRef): boolean {
  return user.role === 'supervisor' && !c.closed;
}

/** Art. 35: a later reply date for unreasonably many applications is the office head's decision. */
export function canSetLaterReplyDate(user: Actor, c: CaseRef): boolean {
  return user.role === 'supervisor' && !c.closed;
}

export function canReopenCase(user: Actor, c: CaseRef): boolean {
  return user.role === 'supervisor' && c.closed;
}

/** Reassigning a case to another handler is a supervisor's call. */
export function canAssignHandler(user: Actor): boolean {
  return user.role === 'supervisor';
}

/**
 * Personal data of the applicant (ID number, phone, e-mail, address) in full: for those who work on
 * the case (its handler, any clerk while it is unassigned, supervisors). Everyone else sees it
 * masked and must ask to see it, which is audited.
 */
export function canSeePersonalData(user: Actor, c: CaseRef): boolean {
  return canWorkOnCase(user, c);
}

/** 三员分立: the auditor reads the whole audit log; a supervisor reads the case records of it. */
export function canViewAuditLog(user: Actor): boolean {
  return user.role === 'auditor' || user.role === 'supervisor';
}

export type AuditScope = 'all' | 'cases';

/** Which part of the audit log a reader sees: 'cases' = case and review records only. */
export function auditLogScope(user: Actor): AuditScope | null {
  if (user.role === 'auditor') return 'all';
  if (user.role === 'supervisor') return 'cases';
  return null;
}

export function canViewCaseHistory(user: Actor): boolean {
  return OVERSEERS.includes(user.role);
}

export function canViewReviewPage(user: Actor): boolean {
  return user.role === 'supervisor';
}

export function canViewReport(user: Actor): boolean {
  return OVERSEERS.includes(user.role);
}

/** The annual report's workspace: drafting, checking, publishing, the baseline (REPORT.md). */
export function canDraftAnnualReport(user: Actor): boolean {
  return OVERSEERS.includes(user.role);
}

export function canPublishAnnualReport(user: Actor): boolean {
  return OVERSEERS.includes(user.role);
}

/** 更正: a published report is corrected only by an administrator, with a reason. */
export function canCorrectAnnualReport(user: Actor): boolean {
  return user.role === 'admin';
}

export function canRecordReview(user: Actor): boolean {
  return ['clerk', 'supervisor', 'admin'].includes(user.role);
}

export function canImportRegister(user: Actor): boolean {
  return user.role === 'admin';
}

export function canExportRegister(user: Actor): boolean {
  return OVERSEERS.includes(user.role);
}

export function canManageUsers(user: Actor): boolean {
  return user.role === 'admin';
}

export function canManageCalendar(user: Actor): boolean {
  return user.role === 'admin';
}

export function canManageSettings(user: Actor): boolean {
  return user.role === 'admin';
}

/** The morning to-do e-mail: for those who have a to-do list (an auditor has none). */
export function canReceiveDigest(user: Actor): boolean {
  return ['clerk', 'supervisor', 'admin'].includes(user.role);
}

/**
 * The morning digest reads every recipient's to-do list: only the system acting on the operator's
 * authority (the `ogi digest` command, the server's own timer), never a signed-in user. Not a role
 * permission (no screen asks it), so not in POLICY or the role matrix.
 */
export function isDigestSender(user: Actor): boolean {
  return user.id === null && user.role === 'admin';
}

export const POLICY = {
  canViewCases,
  canCreateCase,
  canEditCase,
  canCloseCase,
  canRecordClockEvent,
  canRequestExtension,
  canApproveExtension,
  canSetLaterReplyDate,
  canReopenCase,
  canAssignHandler,
  canSeePersonalData,
  canViewAuditLog,
  canViewCaseHistory,
  canViewReviewPage,
  canViewReport,
  canDraftAnnualReport,
  canPublishAnnualReport,
  canCorrectAnnualReport,
  canRecordReview,
  canImportRegister,
  canExportRegister,
  canManageUsers,
  canManageCalendar,
  canManageSettings,
  canReceiveDigest,
  canDraftLetter,
  canIssueLetter,
  canApproveLetter,
  canCancelLetter,
  canRecordDelivery,
  canManageLetterTemplates,
  canAddCaseFile,
  canRemoveCaseFile,
} as const;

// Letters (文书) and the files kept with a case. A clerk writes and sends letters on the cases they
// work on, as with the case's steps; a supervisor approves and may cancel an issued letter.

/** Drafting, editing and sending a letter for approval: an open case the user works on. */
export function canDraftLetter(user: Actor, c: CaseRef): boolean {
  return !c.closed && canWorkOnCase(user, c);
}

/** Issuing records a step or closes the case, so it needs what those need: an open case of one's own. */
export function canIssueLetter(user: Actor, c: CaseRef): boolean {
  return !c.closed && canWorkOnCase(user, c);
}

export function canApproveLetter(user: Actor): boolean {
  return user.role === 'supervisor';
}

/** 作废: a supervisor's decision; the letter keeps its number. */
export function canCancelLetter(user: Actor): boolean {
  return user.role === 'supervisor';
}

/** Delivery is recorded after issue, often after the reply has closed the case. */
export function canRecordDelivery(user: Actor, c: CaseRef): boolean {
  return canWorkOnCase(user, c);
}

export function canManageLetterTemplates(user: Actor): boolean {
  return user.role === 'admin';
}

/** Scans, signed letters and receipts arrive after closing too. */
export function canAddCaseFile(user: Actor, c: CaseRef): boolean {
  return canWorkOnCase(user, c);
}

export function canRemoveCaseFile(user: Actor, c: CaseRef): boolean {
  return canWorkOnCase(user, c);
}
