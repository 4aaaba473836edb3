// `npm start`: install what is missing, create and migrate the database (seeding the demo agency
// on first run unless OGI_SEED_DEMO=0), build when the sources changed, then serve.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
// The database, its -wal/-shm, uploads, backups and the data folder are the server's user's only
// (db/client.ts also sets their modes explicitly); the server and the commands inherit this.
process.umask(0o077);
ensureDeps();

const env = { ...process.env, OGI_ROOT: root, NEXT_TELEMETRY_DISABLED: '1' };
env.DATABASE_PATH ||= path.join('data', 'ogi-desk.sqlite');
const port = env.PORT || '3000';

// A secret kept beside the database, so sessions survive restarts without any setup.
if (!env.AUTH_SECRET) {
  const file = path.join(path.dirname(path.resolve(env.DATABASE_PATH)), '.auth-secret');
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  env.AUTH_SECRET = readFileSync(file, 'utf8').trim();
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return result;
}

const setup = spawnSync(process.execPath, ['scripts/ogi.mjs', 'setup'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
if (setup.status !== 0) process.exit(setup.status ?? 1);
const { database, logins } = JSON.parse(setup.stdout.toString().trim().split('\n').pop());

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}
const buildId = path.join(root, '.next', 'BUILD_ID');
const sources = ['app', 'components', 'lib', 'db', 'public'].filter((d) => existsSync(d)).map(newestSource);
const configs = ['next.config.js', 'proxy.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'].map((f) => statSync(f).mtimeMs);
if (!existsSync(buildId) || statSync(buildId).mtimeMs < Math.max(...sources, ...configs)) {
  console.error('[ogi] 正在构建（约 30 秒）…');
  run('npx', ['next', 'build']);
}

const server = spawn('npx', ['next', 'start', '-p', port], { env, stdio: ['ignore', 'pipe', 'inherit'] });
let announced = false;
server.stdout.on('data', (chunk) => {
  const text = chunk.toString();
  if (!announced && /Ready|started server|Local:/i.test(text)) {
    announced = true;
    const lines = [
      '',
      '  依申请公开办理台（OGI Desk）已启动',
      `  地址：http://localhost:${port}`,
      `  数据库：${database}`,
      ...(logins.length
        ? [
            '  演示账号（密码如未修改）：',
            ...logins.map((l) => `    ${l.roleLabel.padEnd(4, '　')} ${l.username.padEnd(11)} 密码 ${l.password}   （${l.displayName}）`),
            '  注意：演示账号仅供试用。正式使用请用 OGI_SEED_DEMO=0 新建数据库（见 README）。',
          ]
        : ['  （无演示账号；首位管理员请用 npm run --silent ogi -- user add 创建，见 README）']),
      '  按 Ctrl+C 停止。',
      '',
    ];
    console.log(lines.join('\n'));
  } else if (announced) process.stdout.write(text);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
