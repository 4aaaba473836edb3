import v8 from 'node:v8';

// An import checks a large file in one pass and writes it in a second, each reading the file row by
// row (lib/import/stream-register-file.ts), so what it needs at once is modest (about 55 MB of
// JavaScript heap for a 100,000-row register). Left to its defaults, V8 lets the garbage of such a
// steady stream of rows pile up to about four times that before it collects, and keeps a young
// generation of 3 × 16 MB: the import peaked at about 350 MB. The import command asks V8 to
// collect sooner instead (the old generation may grow by a tenth past what was live at the last
// collection, the young one to 8 MB): about 185 MB at the price of some 2 s more collecting. These only say when to collect:
// there is no hard limit, so a larger file still gets all the memory it truly needs.
const GC_FLAGS = '--heap-growing-percent=10 --max-semi-space-size=8';

export function favourMemory(): void {
  v8.setFlagsFromString(GC_FLAGS);
}
