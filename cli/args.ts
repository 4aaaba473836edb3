// A small argument parser for the ogi command line: positionals and --flag value pairs.

export class UsageError extends Error {}

export type ParsedArgs = { positionals: string[]; flags: Map<string, string>; switches: Set<string> };

/** known: flags that take a value; switches: flags that stand alone (--current). */
export function parseArgs(argv: string[], known: string[], switchNames: string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (switchNames.includes(name) && eq < 0) {
      switches.add(name);
      continue;
    }
    if (!known.includes(name)) throw new UsageError(`不认识的参数 --${name}（可用：${[...known, ...switchNames].map((k) => `--${k}`).join(' ')}）`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`参数 --${name} 缺少取值`);
    flags.set(name, value);
  }
  return { positionals, flags, switches };
}

export function requireFlag(args: ParsedArgs, name: string, hint: string): string {
  const value = args.flags.get(name);
  if (!value) throw new UsageError(`缺少 --${name}（${hint}）`);
  return value;
}
