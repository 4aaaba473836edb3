// Thrown when an uploaded or named file cannot be read as a register at all (as opposed to a
// readable file with bad rows, which the validators report row by row).
export const NOT_A_SPREADSHEET = '文件不是有效的 Excel（.xlsx）或 CSV 文件';

export type SpreadsheetErrorReason = 'unsupported_type' | 'corrupt' | 'encoding' | 'csv_syntax' | 'too_large';

export class SpreadsheetReadError extends Error {
  constructor(
    readonly reason: SpreadsheetErrorReason,
    detail?: string,
  ) {
    // Every message starts with the same sentence so that callers and users recognise the kind;
    // a file refused for its size is a spreadsheet, and its message says so itself.
    super(reason === 'too_large' && detail ? detail : detail ? `${NOT_A_SPREADSHEET}：${detail}` : NOT_A_SPREADSHEET);
    this.name = 'SpreadsheetReadError';
  }
}
