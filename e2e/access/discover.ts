import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// What the application offers, read from its source: every page and route handler of the App
// Router tree and every server action (each exported function of a 'use server' file). The access
// matrix must have exactly one entry for each; nothing here knows who may use what.

const ROOT = process.cwd();
const APP = path.join(ROOT, 'app');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** The URL pattern of a page.tsx or route.ts: route groups `(app)` dropped, `[id]` kept. */
export function routePattern(file: string): string {
  const segments = path.relative(APP, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return '/' + segments.join('/');
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** Every page: '/cases/[id]/edit'. */
export function discoverPages(): string[] {
  return filesUnder(APP)
    .filter((f) => /[/\\]page\.(tsx|ts|jsx|js)$/.test(f))
    .map(routePattern)
    .sort();
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Every method of every route handler: 'GET /audit/export'. */
export function discoverRouteHandlers(): string[] {
  return filesUnder(APP)
    .filter((f) => /[/\\]route\.(ts|js)$/.test(f))
    .flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const exported = new Set<string>();
      for (const m of source.matchAll(/^export\s+(?:async\s+)?function\s+([A-Z]+)\b/gm)) exported.add(m[1]);
      for (const m of source.matchAll(/^export\s+const\s+(?:\{([^}]*)\}|([A-Z]+)\b)/gm)) {
        for (const name of (m[1] ?? m[2]).split(',').map((s) => s.trim().split(/\s*:\s*/).pop()!)) exported.add(name);
      }
      return [...exported].filter((m) => METHODS.includes(m)).map((m) => `${m} ${routePattern(file)}`);
    })
    .sort();
}

/** A file whose first statement is the 'use server' directive. */
function isServerActionFile(source: string): boolean {
  const withoutComments = source.replace(/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*/, '');
  return /^['"]use server['"]/.test(withoutComments.trimStart());
}

/** Every server action: 'app/(app)/cases/actions.ts#createCaseAction' (the names the build uses). */
export function discoverActions(): string[] {
  return ['app', 'lib', 'components']
    .flatMap((dir) => filesUnder(path.join(ROOT, dir)))
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      if (!isServerActionFile(source)) return [];
      const names = [...source.matchAll(/^export\s+(?:async\s+function\s+|const\s+|let\s+|function\s+)(\w+)/gm)].map((m) => m[1]);
      const reexports = /^export\s*\{/m.test(source) || /^export\s+\*/m.test(source) || /^export\s+default\b/m.test(source);
      if (reexports) throw new Error(`${relative(file)}: 'use server' files must export each action as \`export async function name(…)\` so that the access matrix finds it.`);
      return names.map((name) => `${relative(file)}#${name}`);
    })
    .sort();
}
