import Database from 'better-sqlite3';
import { Fixtures, type MatrixState, type MatrixUsers } from './fixtures';
import { callAction, signIn } from './http';
import { formData, todayInChina } from './values';
import type { Principal } from '../access-matrix';

// The principals of the access matrix, signed in on a server with the demo agency, and the records
// its pages show, made through the application. Deactivated: clerk2, signed in, then deactivated by
// the administrator. Expired: a supervisor's second session, moved 9 hours into the past.

const PASSWORD = 'Demo-2024';

export async function prepareMatrix(base: string, database: string): Promise<MatrixState> {
  const db = new Database(database, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    const idOf = (username: string) => db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(username) as number;
    const users: MatrixUsers = { clerk: idOf('clerk'), clerk2: idOf('clerk2'), supervisor: idOf('supervisor'), admin: idOf('admin'), auditor: idOf('auditor') };

    // One after another: concurrent sign-ins of one account count as failures until verified.
    const cookies = { anonymous: '' } as Record<Principal, string>;
    for (const role of ['clerk', 'supervisor', 'admin', 'auditor'] as const) cookies[role] = await signIn(base, role, PASSWORD);
    cookies.deactivated = await signIn(base, 'clerk2', PASSWORD);
    const deactivate = await callAction(base, 'app/(app)/admin/users/actions.ts#setActiveAction', `/admin/users/${users.clerk2}`, [users.clerk2, {}, formData({ active: 'false' })], cookies.admin);
    if (!(deactivate.result as { ok?: boolean }).ok) throw new Error(`Could not deactivate clerk2: ${JSON.stringify(deactivate.result)}`);
    cookies.expired = await signIn(base, 'supervisor', PASSWORD);
    const expired = db
      .prepare("UPDATE sessions SET signed_in_at = strftime('%Y-%m-%dT%H:%M:%fZ', signed_in_at, '-9 hours') WHERE id = (SELECT id FROM sessions WHERE user_id = ? ORDER BY signed_in_at DESC LIMIT 1)")
      .run(users.supervisor);
    if (expired.changes !== 1) throw new Error('Could not age the expired session');

    const state: MatrixState = { base, database, cookies, users, records: { case: 0, letter: 0, review: 0, file: 0, year: Number(todayInChina().slice(0, 4)), templateKey: 'receipt' } };
    const fx = new Fixtures(state);
    const { caseId, letterId } = await fx.draftLetter('receipt');
    // The template page with an earlier version to restore, not only the built-in one.
    await fx.changedTemplate(state.records.templateKey);
    state.records = { ...state.records, case: caseId, letter: letterId, file: await fx.newFile(caseId), review: await fx.newReview() };
    return state;
  } finally {
    db.close();
  }
}
