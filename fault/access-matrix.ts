import { spawn } from 'node:child_process';
import { ACTIONS, PAGES, PRINCIPALS, ROUTES } from '../e2e/access-matrix';
import { Scenario, within, type Outcome } from './support/report';
import { ROOT } from './support/server';

// The access matrix (e2e/access-matrix.ts), the same suite `npm test` runs: Playwright starts the
// matrix's own server on a free port with a fresh database (OGI_MATRIX_ONLY: no other server).

type Spec = { title: string; tests: { results: { status: string; duration: number; errors?: { message?: string }[] }[] }[] };
type Suite = { specs?: Spec[]; suites?: Suite[] };

function specs(suite: Suite): Spec[] {
  return [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specs)];
}

export async function accessMatrix(): Promise<Outcome> {
  const s = new Scenario('access matrix: every page, route handler and server action × 7 principals');
  s.say(`${Object.keys(PAGES).length} pages, ${Object.keys(ROUTES).length} route handler methods, ${Object.keys(ACTIONS).length} server actions × ${PRINCIPALS.join(', ')}`);
  const run = new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('npx', ['playwright', 'test', '--project=access-matrix', '--reporter=json'], { cwd: ROOT, env: { ...process.env, OGI_MATRIX_ONLY: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
  const { code, stdout, stderr } = await within(900_000, 'the access matrix', run);
  let all: Spec[] = [];
  try {
    all = (JSON.parse(stdout.slice(stdout.indexOf('{'))) as { suites: Suite[] }).suites.flatMap(specs);
  } catch {
    s.problem(`could not read Playwright's report: ${stderr.slice(0, 500)}`);
  }
  const checks = all.filter((t) => /^(page|route|action) /.test(t.title));
  const failed = all.filter((t) => t.tests.some((r) => r.results.some((x) => x.status !== 'passed' && x.status !== 'skipped')));
  s.figure('outcomes checked', `${checks.length} entries × ${PRINCIPALS.length} principals = ${checks.length * PRINCIPALS.length}`);
  s.figure('failed', failed.length);
  for (const f of failed) s.problem(`${f.title}: ${(f.tests[0]?.results[0]?.errors?.[0]?.message ?? '').split('\n').slice(0, 12).join('\n      ')}`);
  s.check(code === 0 && checks.length > 0, `Playwright exited ${code}`);
  return s.done();
}
