/** The result of reading one cell: a value, or a Chinese message saying what is wrong. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parsedOk<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function parsedError<T = never>(error: string): Parsed<T> {
  return { ok: false, error };
}
