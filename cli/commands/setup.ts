import { parseArgs } from '../args';
import { databasePath, getDb } from '@/db/client';
import { users } from '@/db/schema';
import { count, eq } from 'drizzle-orm';
import { seedDemo } from '@/lib/data/seed-demo';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/lib/domain/demo-accounts';
import { roleLabel } from '@/lib/domain/roles';
import { verifyPassword } from '@/lib/auth/password';

/**
 * Creates and migrates the database; on the first run of a demo instance, seeds the demo agency.
 * Prints one JSON line: the database, the demo logins that still have the published password, and
 * (with --check-all, which `npm start` asks for before listening beyond this machine) every active
 * account that has it.
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['db', 'check-all']);
  const db = getDb();
  const userCount = db.select({ n: count() }).from(users).get()?.n ?? 0;
  const wantDemo = process.env.OGI_SEED_DEMO !== '0';
  if (userCount === 0 && wantDemo) {
    const summary = await seedDemo(db);
    process.stderr.write(`[ogi] 已写入演示数据：${summary.users} 个用户，${summary.cases} 件申请（数据库 ${databasePath()}）\n`);
  }
  if (userCount === 0 && !wantDemo) {
    process.stderr.write('[ogi] 这是一个空的正式实例。请先创建第一位管理员：\n' + '      echo "初始密码" | npm run --silent ogi -- user add --username admin --role admin --name 管理员姓名\n');
  }
  const active = db.select({ username: users.username, displayName: users.displayName, passwordHash: users.passwordHash }).from(users).where(eq(users.active, true)).all();
  const demoNames = new Set(DEMO_LOGINS.map((l) => l.username));
  const checkAll = args.flags.get('check-all') === 'yes';
  const candidates = checkAll ? active : active.filter((u) => demoNames.has(u.username));
  const flags = await Promise.all(candidates.map((u) => verifyPassword(u.passwordHash, DEMO_PASSWORD)));
  const published = candidates.filter((_, i) => flags[i]).map((u) => ({ username: u.username, displayName: u.displayName }));
  const stillPublished = new Set(published.map((p) => p.username));
  const logins = DEMO_LOGINS.filter((l) => stillPublished.has(l.username)).map((l) => ({ ...l, password: DEMO_PASSWORD, roleLabel: roleLabel(l.role) }));
  process.stdout.write(JSON.stringify({ database: databasePath(), logins, published }) + '\n');
  return 0;
}
