// Formula injection: a cell that starts with = + - @ (or a tab/CR, which some programs skip before
// evaluating) would be run as a formula when an exported CSV is opened in Excel or WPS. Every text
// the product writes into a CSV cell goes through neutraliseSpreadsheetText, which adds the
// apostrophe that spreadsheets themselves use as a "this is text" prefix. (An XLSX text cell is
// never evaluated, so XLSX cells are written as they are: there the apostrophe would show.) Full-width signs are
// included because Chinese input methods type them and WPS accepts them as formula starts.
//
// Text that already starts with apostrophes before such a character gets one more, so that
// restoreSpreadsheetText can undo exactly one and export → import returns the original text.
const NEEDS_PREFIX = /^'*[=+\-@\t\r＝＋－＠]/;
const HAS_PREFIX = /^'+[=+\-@\t\r＝＋－＠]/;

export function neutraliseSpreadsheetText(s: string): string {
  return NEEDS_PREFIX.test(s) ? `'${s}` : s;
}

/** Undoes neutraliseSpreadsheetText on import (as Excel drops a typed leading apostrophe). */
export function restoreSpreadsheetText(s: string): string {
  return HAS_PREFIX.test(s) ? s.slice(1) : s;
}
