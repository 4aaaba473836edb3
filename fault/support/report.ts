// How the fault suite speaks: each scenario prints what it does and what it finds, then a figure
// line per measure; the summary repeats the figures (they go into the resolution note).

export type Figures = Record<string, string | number>;
export type Outcome = { ok: boolean; figures: Figures; problems: string[] };

export class Scenario {
  readonly figures: Figures = {};
  readonly problems: string[] = [];
  private readonly started = Date.now();

  constructor(readonly name: string) {
    console.log(`\n━━ ${name}`);
  }

  say(line: string): void {
    console.log(`   ${line}`);
  }

  figure(name: string, value: string | number): void {
    this.figures[name] = value;
    console.log(`   ▸ ${name}: ${value}`);
  }

  /** A finding that fails the scenario. */
  problem(line: string): void {
    this.problems.push(line);
    console.log(`   ✗ ${line}`);
  }

  check(ok: boolean, line: string): void {
    if (ok) console.log(`   ✓ ${line}`);
    else this.problem(line);
  }

  done(): Outcome {
    this.figure('duration', `${((Date.now() - this.started) / 1000).toFixed(1)} s`);
    console.log(this.problems.length ? `   ✗ ${this.name}: ${this.problems.length} problem(s)` : `   ✓ ${this.name}: passed`);
    return { ok: this.problems.length === 0, figures: this.figures, problems: this.problems };
  }
}

/** p-th percentile (nearest rank) of a list of milliseconds. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function latencies(values: number[]): string {
  return `p50 ${percentile(values, 50)} ms, p95 ${percentile(values, 95)} ms, p99 ${percentile(values, 99)} ms, max ${percentile(values, 100)} ms (n=${values.length})`;
}

/** Bounds a scenario in time: rejects after `ms`. */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
