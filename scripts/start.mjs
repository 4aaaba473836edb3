// `npm start`: install what is missing, create and migrate the database (seeding the demo agency
// on first run unless OGI_SEED_DEMO=0), build when the sources changed, then serve.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';
import { isLoopbackHost } from './client-address.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
// The database, its -wal/-shm, uploads, backups and the data folder are the server's user's only
// (db/client.ts also sets their modes explicitly); the server and the commands inherit this.
process.umask(0o077);
ensureDeps();

const env = { ...process.env, OGI_ROOT: root, NEXT_TELEMETRY_DISABLED: '1' };
env.DATABASE_PATH ||= path.join('data', 'ogi-desk.sqlite');
const port = env.PORT || '3000';
// This machine only, unless HOST says otherwise (HOST=0.0.0.0: every interface).
const host = env.HOST || '127.0.0.1';
env.HOST = host;
env.PORT = port;
const local = isLoopbackHost(host);

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

const setup = spawnSync(process.execPath, ['scripts/ogi.mjs', 'setup', ...(local ? [] : ['--check-all', 'yes'])], { env, stdio: ['ignore', 'pipe', 'inherit'] });
if (setup.status !== 0) process.exit(setup.status ?? 1);
const { database, logins, published } = JSON.parse(setup.stdout.toString().trim().split('\n').pop());

// The demo's passwords are published: an instance that still has one stays on this machine.
if (!local && published.length) {
  console.error(
    [
      `[ogi] 拒绝在 ${host} 上启动：以下账号仍在使用公开的演示密码，其他电脑上的任何人都能用它登录：`,
      ...published.map((a) => `        ${a.username}（${a.displayName}）`),
      '      请先在本机启动（不设 HOST），登录这些账号并在“我的账号”中修改密码，或由管理员停用这些账号；',
      '      正式使用请用 OGI_SEED_DEMO=0 新建数据库（见 README）。',
    ].join('\n'),
  );
  process.exit(1);
}

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

const server = spawn(process.execPath, ['scripts/serve.mjs'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
let announced = false;
server.stdout.on('data', (chunk) => {
  const text = chunk.toString();
  if (!announced && /listening on/i.test(text)) {
    announced = true;
    const lines = [
      '',
      '  依申请公开办理台（OGI Desk）已启动',
      `  地址：http://${shownHost}:${port}`,
      local
        ? `  只在本机（${host}）监听，其他电脑无法访问。如需局域网访问，设置 HOST=0.0.0.0（须先修改演示密码）。`
        : `  在 ${host} 上监听：${host === '0.0.0.0' || host === '::' ? '本机所有网络接口，局域网内其他电脑可以访问' : '其他电脑可以通过此地址访问'}。`,
      `  数据库：${database}`,
      ...(logins.length
        ? [
            '  演示账号（仅限本机登录）：',
            ...logins.map((l) => `    ${l.roleLabel.padEnd(4, '　')} ${l.username.padEnd(11)} 密码 ${l.password}   （${l.displayName}）`),
            '  注意：演示账号仅供试用。正式使用请用 OGI_SEED_DEMO=0 新建数据库（见 README）。',
          ]
        : ['  （没有仍使用演示密码的账号。空数据库的首位管理员请用 npm run --silent ogi -- user add 创建，见 README）']),
      '  按 Ctrl+C 停止。',
      '',
    ];
    console.log(lines.join('\n'));
  } else if (announced) process.stdout.write(text);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
