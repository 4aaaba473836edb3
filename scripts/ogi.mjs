// `npm run --silent ogi -- …`: the command line of INTERFACES §2.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
ensureDeps();
// react-server: lets the CLI load the server-only data layer outside Next.
const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(root, 'cli', 'ogi.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, OGI_ROOT: root },
});
process.exit(result.status ?? 1);
