import { ACTIONS, ROLES, type ActionRule, type Role } from '../../e2e/access-matrix';
import { actionPage } from '../../e2e/access/fill-path';
import { changedTables, fingerprint } from '../../e2e/access/fingerprint';
import type { Fixtures } from '../../e2e/access/fixtures';
import { callAction, type Reply } from '../../e2e/access/http';
import { withDatabase } from '../support/database';
import type { Scenario } from '../support/report';
import { hasChinese, HOSTILE_VALUES } from './corpus';

// Every form (each server action of the access matrix with its valid request) with each field in
// turn replaced by each hostile value, sent by a user allowed to use the form. Each answer must be
// a message in Chinese with the database unchanged, or a save that stores the value; never a 500.

// Forms left out, and why: they sign the user out, count wrong passwords towards the account's
// lock, or only move a sign-in step on (the sign-in form itself is tried in the browser).
const SKIPPED = new Set([
  'app/login/actions.ts#loginAction',
  'app/login/actions.ts#signOutAction',
  'app/login/step-actions.ts#changePasswordAction',
  'app/login/step-actions.ts#verifySecondFactorAction',
  'app/login/step-actions.ts#confirmEnrolmentAction',
  'app/login/step-actions.ts#disableSecondFactorAction',
]);

export type FormFindings = { calls: number; refused: number; literal: number; normalised: string[]; problems: string[] };

function allowedRole(rule: ActionRule): Role | null {
  return ROLES.find((r) => rule.expect[r] === 'changes') ?? null;
}

/**
 * How many rows of each table hold `value` as it was sent (or as the forms keep text: trimmed,
 * CRLF → LF; in the audit's JSON, escaped). Literal storage: more of them after the save.
 */
function occurrences(database: string, value: string): Record<string, number> {
  const sent = value.toWellFormed(); // what a browser sends for text that is not valid Unicode
  const candidates = [...new Set([sent, sent.trim(), sent.replace(/\r\n/g, '\n').trim()].flatMap((v) => [v, JSON.stringify(v).slice(1, -1)]))];
  return withDatabase(database, (db) => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string }[]).filter((c) => /TEXT/i.test(c.type)).map((c) => c.name);
      if (!columns.length) continue;
      const where = candidates.map((_, i) => columns.map((c) => `instr("${c}", @v${i}) > 0`).join(' OR ')).join(' OR ');
      counts[table] = Number(db.prepare(`SELECT count(*) FROM "${table}" WHERE ${where}`).pluck().get(Object.fromEntries(candidates.map((v, i) => [`v${i}`, v]))));
    }
    return counts;
  });
}

function messageOf(reply: Reply): string {
  const r = reply.result as { message?: string; fieldErrors?: Record<string, string[]> } | undefined;
  return [r?.message ?? '', ...Object.values(r?.fieldErrors ?? {}).flat()].join(' ');
}

export async function hostileForms(fx: Fixtures, s: Scenario): Promise<FormFindings> {
  const found: FormFindings = { calls: 0, refused: 0, literal: 0, normalised: [], problems: [] };
  for (const [key, rule] of Object.entries(ACTIONS)) {
    const role = allowedRole(rule);
    if (SKIPPED.has(key) || !role) continue;
    let args = await rule.call(fx, role);
    const formAt = args.findIndex((a) => a instanceof FormData);
    if (formAt < 0) continue;
    const fieldNames = [...new Set([...(args[formAt] as FormData).keys()])];
    let tried = 0;
    for (const field of fieldNames) {
      for (const hostile of HOSTILE_VALUES) {
        const form = new FormData();
        for (const [k, v] of (args[formAt] as FormData).entries()) form.append(k, k === field ? hostile.value : v);
        const call = args.map((a, i) => (i === formAt ? form : a));
        const before = fingerprint(fx.state.database);
        const held = occurrences(fx.state.database, hostile.value);
        const reply = await callAction(fx.base, key, actionPage(key, fx), call, fx.state.cookies[role]);
        const changed = changedTables(before, fingerprint(fx.state.database));
        found.calls += 1;
        tried += 1;
        const where = `${key.split('#')[1]} ${field} ← ${hostile.name}`;
        if (reply.status >= 500 || reply.text.includes('data-testid="error-page"')) found.problems.push(`${where}: ${reply.status}`);
        else if (changed.length === 0) {
          if (hasChinese(messageOf(reply))) found.refused += 1;
          else found.problems.push(`${where}: nothing saved and no message in Chinese (${reply.status} ${reply.location ?? JSON.stringify(reply.result)})`);
        } else if (hasChinese(messageOf(reply)) && !(reply.result as { ok?: boolean } | undefined)?.ok && !reply.location) {
          found.problems.push(`${where}: refused (“${messageOf(reply).slice(0, 80)}”) but changed ${changed.join(', ')}`);
        } else if (Object.entries(occurrences(fx.state.database, hostile.value)).some(([t, n]) => n > (held[t] ?? 0))) found.literal += 1;
        else found.normalised.push(`${where} (${changed.join(', ')})`);
        // A save used up the request (a new version, a closed case …): the next value gets a fresh one.
        if (changed.length) args = await rule.call(fx, role);
      }
    }
    s.say(`${key.split('#')[1]} (as ${role}): ${fieldNames.length} field(s) × ${HOSTILE_VALUES.length} values = ${tried} requests`);
  }
  return found;
}
