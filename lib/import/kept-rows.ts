import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';

// The valid rows of a large file, kept between checking them and writing them so that the file is
// read (unzipped, its XML scanned, every cell checked) once, not twice. Held as JSON lines in
// deflated blocks of BLOCK_ROWS rows: buffers outside the JavaScript heap (a 100,000-row register:
// about 5 MB, for 45 MB of JSON and several times that as objects), so the garbage collector
// neither scans them nor lets the heap grow with them. Rows must survive
// JSON unchanged (plain data: strings, numbers, null, arrays, objects).

const BLOCK_ROWS = 1000;
// Fast rather than small: each row is deflated once and inflated once or twice.
const DEFLATE = { level: 1, strategy: constants.Z_DEFAULT_STRATEGY };

export type KeptRows<T> = {
  /** How many rows were kept. */
  readonly count: number;
  /** The rows in the order they were added; each call reads them anew. */
  rows: () => AsyncGenerator<T>;
};

/** A store that takes rows one at a time (`add`) and, once `keep` is called, gives them back in turn. */
export function rowKeeper<T>() {
  const blocks: Buffer[] = [];
  let pending: string[] = [];
  let count = 0;
  const seal = () => {
    if (pending.length) blocks.push(deflateRawSync(pending.join('\n'), DEFLATE));
    pending = [];
  };
  return {
    add(row: T): void {
      pending.push(JSON.stringify(row));
      count += 1;
      if (pending.length === BLOCK_ROWS) seal();
    },
    /** Lets go of every row kept so far (a file found unfit is not written). */
    drop(): void {
      blocks.length = 0;
      pending = [];
      count = 0;
    },
    keep(): KeptRows<T> {
      seal();
      const kept = blocks.slice();
      return {
        count,
        async *rows() {
          for (const block of kept) {
            // One block's rows at a time: parsed as they are asked for.
            for (const line of inflateRawSync(block).toString('utf8').split('\n')) yield JSON.parse(line) as T;
          }
        },
      };
    },
  };
}
