import { UsageError } from '../args';

export async function run(_argv: string[]): Promise<number> {
  throw new UsageError('not yet available');
}
