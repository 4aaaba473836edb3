import { killNine } from './kill-nine';
import { twoWriters } from './two-writers';
import { hostileInput } from './hostile-input';
import { accessMatrix } from './access-matrix';
import { Scenario, type Outcome } from './support/report';
import { ensureBuild } from './support/server';

// `npm run fault`: the fault suite of issue 7 against 127.0.0.1 only, each scenario on servers and
// databases of its own, bounded in requests and time. `npm run fault -- kill-9` runs one scenario.

const SCENARIOS: Record<string, () => Promise<Outcome>> = {
  'kill-9': killNine,
  'two-writers': twoWriters,
  'hostile-input': hostileInput,
  'access-matrix': accessMatrix,
};

async function main(): Promise<number> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !Object.hasOwn(SCENARIOS, w));
  if (unknown.length) {
    console.error(`unknown scenario(s): ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}`);
    return 2;
  }
  const prepare = new Scenario('production build');
  ensureBuild((line) => prepare.say(line));
  const results: [string, Outcome][] = [];
  for (const name of wanted.length ? wanted : Object.keys(SCENARIOS)) {
    try {
      results.push([name, await SCENARIOS[name]()]);
    } catch (error) {
      console.log(`   ✗ ${name} stopped: ${(error as Error).stack ?? error}`);
      results.push([name, { ok: false, figures: {}, problems: [String(error)] }]);
    }
  }
  console.log('\n━━ summary');
  for (const [name, r] of results) {
    console.log(`${r.ok ? '✓' : '✗'} ${name}`);
    for (const [k, v] of Object.entries(r.figures)) console.log(`    ${k}: ${v}`);
  }
  return results.every(([, r]) => r.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
