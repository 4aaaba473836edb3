import { parseArgs } from '../args';
import { databasePath, getDb } from '@/db/client';
import { users } from '@/db/schema';
import { count } from 'drizzle-orm';
import { seedDemo, DEMO_LOGINS } from '@/lib/data/seed-demo';
import { roleLabel } from '@/lib/domain/roles';

/** Creates and migrates the database; on the first run of a demo instance, seeds the demo agency. */
export async function run(argv: string[]): Promise<number> {
  parseArgs(argv, ['db']);
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
  const existing = new Set(db.select({ username: users.username }).from(users).all().map((u) => u.username));
  const logins = DEMO_LOGINS.filter((l) => existing.has(l.username)).map((l) => ({ ...l, roleLabel: roleLabel(l.role) }));
  process.stdout.write(JSON.stringify({ database: databasePath(), logins }) + '\n');
  return 0;
}
