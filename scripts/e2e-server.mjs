// The server the end-to-end tests run against: a fresh database (migrated, demo agency seeded)
// and the production build, on the port Playwright chose.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, OGI_ROOT: root, NEXT_TELEMETRY_DISABLED: '1' };
const setup = spawnSync(process.execPath, ['scripts/ogi.mjs', 'setup'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
if (setup.status !== 0) process.exit(setup.status ?? 1);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env: { ...env, HOST: '127.0.0.1' }, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
