import { eq } from 'drizzle-orm';
import { parseArgs, requireFlag, UsageError } from '../args';
import { CLI_ACTOR } from '../actor';
import { readSecret } from '../stdin';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { createUser } from '@/lib/data/users';
import { readSecuritySettings } from '@/lib/data/security-settings';
import { resetSecondFactor } from '@/lib/data/two-factor';
import { newUserSchemaFor } from '@/lib/domain/validation/user';
import { roleLabel } from '@/lib/domain/roles';
import { DomainError } from '@/lib/domain/errors';
import { z } from 'zod';

const USAGE = '用法：user add --username NAME --role clerk|supervisor|admin|auditor [--name 姓名]（密码从标准输入读取）；user reset-2fa --username NAME';

function domainFailure(error: unknown): never {
  if (error instanceof DomainError) throw new UsageError(Object.values(error.fieldErrors).flat()[0] ?? error.message);
  throw error;
}

async function add(args: ReturnType<typeof parseArgs>): Promise<number> {
  const username = requireFlag(args, 'username', '登录用户名');
  const role = requireFlag(args, 'role', 'clerk、supervisor、admin 或 auditor');
  const password = await readSecret('请输入新用户的初始密码（不显示；本人首次登录时须修改）：');
  const parsed = newUserSchemaFor(readSecuritySettings().password).safeParse({ username, role, displayName: args.flags.get('name') ?? username, password });
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors;
    const first = Object.values(fields).flat()[0] ?? '输入有误';
    throw new UsageError(password ? first : '没有从标准输入读到密码，例如：echo "密码" | npm run --silent ogi -- user add …');
  }
  try {
    const user = await createUser(CLI_ACTOR, parsed.data);
    process.stdout.write(`已创建用户 ${user.username}（${roleLabel(user.role)}），首次登录时须修改密码\n`);
    return 0;
  } catch (error) {
    domainFailure(error);
  }
}

/** For an administrator who lost the phone, when no other administrator can reset it. */
function resetTwoFactor(args: ReturnType<typeof parseArgs>): number {
  const username = requireFlag(args, 'username', '登录用户名');
  const user = getDb().select({ id: users.id }).from(users).where(eq(users.username, username)).get();
  if (!user) throw new UsageError(`没有用户名为“${username}”的用户`);
  try {
    resetSecondFactor(CLI_ACTOR, user.id);
  } catch (error) {
    domainFailure(error);
  }
  process.stdout.write(`已重置 ${username} 的双因素认证；该用户已在各处退出，下次登录时重新启用\n`);
  return 0;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['username', 'role', 'name', 'db']);
  const [sub, ...extra] = args.positionals;
  if (extra.length) throw new UsageError(USAGE);
  if (sub === 'add') return add(args);
  if (sub === 'reset-2fa') return resetTwoFactor(args);
  throw new UsageError(USAGE);
}
