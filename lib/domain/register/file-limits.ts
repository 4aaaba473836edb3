// How big an imported register or review file may be. A real register is a few thousand rows of
// some twenty columns (a large agency: 20,000 rows a year); the limits leave room for that many
// times over and stop a hostile or broken file (a "spreadsheet bomb": a tiny .xlsx that unpacks to
// gigabytes, or a stray cell in column XFD) before it takes the server's memory.

export const IMPORT_LIMITS = {
  /** The file as uploaded or named on the command line. */
  maxBytes: 20 * 1024 * 1024,
  /** Rows after the header, blank or formatted-but-empty ones included. */
  maxRows: 200_000,
  /** Cells in the sheet (an .xlsx's cell elements, a CSV's fields), and shared strings. */
  maxCells: 5_000_000,
  /** Characters in one cell: Excel's own limit, so a longer text is no register written by a person. */
  maxCellChars: 32_767,
  /** Columns with a header. */
  maxColumns: 200,
  /** What the parts of an .xlsx that are read may unpack to, together. */
  maxUnpackedBytes: 256 * 1024 * 1024,
  /**
   * How many times its packed size one part may unpack to, judged once it has unpacked
   * `ratioJudgedAfterBytes`. A register's sheet packs about 10:1; a bomb of empty cells 300:1 and
   * more. Judging the ratio early refuses such a file within a second instead of parsing it up to
   * the row, cell or size limits (seconds).
   */
  maxPackingRatio: 50,
  ratioJudgedAfterBytes: 8 * 1024 * 1024,
} as const;

/** Megabytes to one decimal, rounded up: a file just over the limit never reads as equal to it. */
const mb = (bytes: number) => String(Math.ceil((bytes / 1024 / 1024) * 10) / 10);

export const LIMIT_MESSAGES = {
  bytes: (size: number) =>
    `文件过大（${mb(size)} MB），导入文件最大 ${mb(IMPORT_LIMITS.maxBytes)} MB。请删除多余的工作表、行和列，或把台账分成几个文件分批导入`,
  rows: () => `行数过多：超过 ${IMPORT_LIMITS.maxRows} 行（设置过格式的空行也计算在内）。请删除台账下方多余的行，或把台账分成几个文件分批导入`,
  cells: () =>
    `单元格过多（超过 ${IMPORT_LIMITS.maxCells / 10_000} 万个），表格中可能有大量空白格式或与台账无关的数据。请只保留台账所需的列和行，或另存为 CSV 后再导入`,
  cellText: () =>
    `单元格内容过长（超过 ${IMPORT_LIMITS.maxCellChars} 个字符，Excel 单元格的上限），不像是正常的台账文件。请检查文件内容，重新保存后再导入`,
  columns: () => `列标题过多（超过 ${IMPORT_LIMITS.maxColumns} 列）。第一行应为台账的列标题，请删除无关的列后再导入`,
  ratio: () =>
    `文件解压后是压缩时的 ${IMPORT_LIMITS.maxPackingRatio} 倍以上，内容几乎全是重复的空白格式，不像是正常的台账文件。请用 Excel 打开，只保留台账所在的行列，另存为新文件后再导入`,
  unpacked: () =>
    `文件解压后过大（超过 ${mb(IMPORT_LIMITS.maxUnpackedBytes)} MB），不像是正常的台账文件。请只保留台账所在的工作表，删除多余的行列后重新保存再导入`,
} as const;
