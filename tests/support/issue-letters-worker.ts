// A separate process that issues letters on the shared test database, for the numbering test:
// `node --conditions=react-server --import tsx tests/support/issue-letters-worker.ts '<json>'`.
// Says 'ready', waits for a line on standard input, then prints the numbers it got, one per line.
import type { Actor } from '@/lib/domain/roles';

type Job = { actor: Actor; letterIds: number[]; issuedOn: string };

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2]) as Job;
  const { issueLetter } = await import('@/lib/data/letters/issue');
  const { loadLetter } = await import('@/lib/data/letters/drafts');
  const { getDb } = await import('@/db/client');
  // Ready, then wait for the test's go (a line on standard input), so that all workers start together.
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  process.stdin.pause();
  const out: string[] = [];
  for (const id of job.letterIds) {
    const { version } = loadLetter(getDb(), id);
    out.push(issueLetter(job.actor, id, { version, issuedOn: job.issuedOn }).docNo);
    // Let the other processes in between: each issue is its own transaction.
    await new Promise((resolve) => setImmediate(resolve));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

void main();
