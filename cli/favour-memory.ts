import v8 from 'node:v8';

// An import reads and checks a large file row by row and keeps its valid rows deflated outside the
// heap (lib/import/stream-register-file.ts, kept-rows.ts), so what it needs at once is modest. Left
// to its defaults, V8 lets the garbage of such a steady stream of rows pile up to several times the
// live data before it collects: the import peaked at 300–350 MB. The import command asks V8 to
// collect sooner instead (the old generation may grow by a tenth past what was live at the last
// collection, the young one to 8 MB): about 180 MB at the price of a second or two more collecting.
// These only say when to collect: there is no hard limit, so a larger file still gets all the
// memory it truly needs.
const GC_FLAGS = '--heap-growing-percent=10 --max-semi-space-size=8';

export function favourMemory(): void {
  v8.setFlagsFromString(GC_FLAGS);
}
