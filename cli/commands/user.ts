import { parseArgs, requireFlag, UsageError } from '../args';
import { CLI_ACTOR } from '../actor';
import { readSecret } from '../stdin';
import { createUser } from '@/lib/data/users';
import { newUserSchema } from '@/lib/domain/validation/user';
import { roleLabel } from '@/lib/domain/roles';
import { DomainError } from '@/lib/domain/errors';
import { z } from 'zod';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['username', 'role', 'name', 'db']);
  if (args.positionals[0] !== 'add' || args.positionals.length !== 1) throw new UsageError('用法：user add --username NAME --role clerk|supervisor|admin（密码从标准输入读取）');
  const username = requireFlag(args, 'username', '登录用户名');
  const role = requireFlag(args, 'role', 'clerk、supervisor 或 admin');
  const password = await readSecret('请输入新用户的密码（不显示）：');
  const parsed = newUserSchema.safeParse({ username, role, displayName: args.flags.get('name') ?? username, password });
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors;
    const first = Object.values(fields).flat()[0] ?? '输入有误';
    throw new UsageError(password ? first : '没有从标准输入读到密码，例如：echo "密码" | npm run --silent ogi -- user add …');
  }
  try {
    const user = await createUser(CLI_ACTOR, parsed.data);
    process.stdout.write(`已创建用户 ${user.username}（${roleLabel(user.role)}）\n`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) throw new UsageError(Object.values(error.fieldErrors).flat()[0] ?? error.message);
    throw error;
  }
}
