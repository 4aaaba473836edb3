// Table 二 of the 2021 format (主动公开政府信息情况, REPORT.md §2): figures staff enter from outside
// the case register. Counts are whole numbers ≥ 0; 行政事业性收费 is in 万元 with at most four
// decimals, i.e. a whole number of 元 (0.0001 万元 = 1 元), so it is kept as an integer of 元 and
// never as a floating-point number.

export const TABLE_TWO_BLOCKS = [
  { key: 'item1', label: '第二十条第（一）项', columns: ['issued', 'repealed', 'inForce'], rows: ['rules', 'normative_documents'] },
  { key: 'item5', label: '第二十条第（五）项', columns: ['decisions'], rows: ['licensing'] },
  { key: 'item6', label: '第二十条第（六）项', columns: ['decisions'], rows: ['penalty', 'enforcement'] },
  { key: 'item8', label: '第二十条第（八）项', columns: ['amount'], rows: ['fees'] },
] as const;

export type TableTwoRow = (typeof TABLE_TWO_BLOCKS)[number]['rows'][number];
export type TableTwoColumn = 'issued' | 'repealed' | 'inForce' | 'decisions' | 'amount';

export const TABLE_TWO_ROW_LABELS: Record<TableTwoRow, string> = {
  rules: '规章',
  normative_documents: '行政规范性文件',
  licensing: '行政许可',
  penalty: '行政处罚',
  enforcement: '行政强制',
  fees: '行政事业性收费',
};

export const TABLE_TWO_COLUMN_LABELS: Record<TableTwoColumn, string> = {
  issued: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
  decisions: '本年处理决定数量',
  amount: '本年收费金额（单位：万元）',
};

/** One entry of table 二, named `row.column` (the form field name too). */
export type TableTwoField = `${TableTwoRow}.${TableTwoColumn}`;

export const TABLE_TWO_FIELDS: { field: TableTwoField; row: TableTwoRow; column: TableTwoColumn }[] = TABLE_TWO_BLOCKS.flatMap((b) =>
  b.rows.flatMap((row) => b.columns.map((column) => ({ field: `${row}.${column}` as TableTwoField, row: row as TableTwoRow, column: column as TableTwoColumn }))),
);

/** Entered values: counts as numbers, the amount as whole 元; null where nothing is entered yet. */
export type TableTwo = Partial<Record<TableTwoField, number | null>>;

/** The rows whose 现行有效 carries from year to year. */
export const CONTINUING_ROWS = ['rules', 'normative_documents'] as const;
export type ContinuingRow = (typeof CONTINUING_ROWS)[number];
/** Last year's 现行有效件数 per continuing row (null: unknown). */
export type InForceFigures = Record<ContinuingRow, number | null>;

export function fieldLabel(field: TableTwoField): string {
  const [row, column] = field.split('.') as [TableTwoRow, TableTwoColumn];
  return `${TABLE_TWO_ROW_LABELS[row]}“${TABLE_TWO_COLUMN_LABELS[column]}”`;
}

export const MAX_COUNT = 100_000_000;
const MAX_AMOUNT_YUAN = 10_000_000_000_000; // 10 亿万元: far above any agency's income

/** Full-width digits and separators, as Chinese input methods type them, read as ASCII. */
function normalise(raw: string): string {
  return raw.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[．。]/g, '.').replace(/[－—]/g, '-').replace(/[,，\s]/g, '');
}

export type Parsed = { ok: true; value: number | null } | { ok: false; message: string };

/** A count as typed: empty → null; a whole number ≥ 0 → that number; anything else → why not. */
export function parseCount(raw: string, label: string): Parsed {
  const text = normalise(raw);
  if (text === '') return { ok: true, value: null };
  if (/^-/.test(text)) return { ok: false, message: `${label}不能是负数，请填写 0 或正整数。` };
  if (/^\d+\.\d*$/.test(text)) return { ok: false, message: `${label}应为整数件数，不能有小数（收到“${raw.trim()}”）。` };
  if (!/^\d+$/.test(text)) return { ok: false, message: `${label}应为数字（收到“${raw.trim()}”），请填写 0 或正整数。` };
  const value = Number(text);
  if (value > MAX_COUNT) return { ok: false, message: `${label}不能超过 ${MAX_COUNT}，请核对。` };
  return { ok: true, value };
}

/** An amount in 万元 as typed: at most four decimals; the value in whole 元. */
export function parseWanYuan(raw: string, label: string): Parsed {
  const text = normalise(raw);
  if (text === '') return { ok: true, value: null };
  if (/^-/.test(text)) return { ok: false, message: `${label}不能是负数，请填写 0 或正数（单位：万元）。` };
  const m = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) return { ok: false, message: `${label}应为数字（单位：万元，收到“${raw.trim()}”）。` };
  const decimals = m[2] ?? '';
  if (decimals.length > 4) return { ok: false, message: `${label}最多保留四位小数（单位：万元，即精确到元），收到“${raw.trim()}”。` };
  const yuan = Number(m[1]) * 10_000 + Number(decimals.padEnd(4, '0'));
  if (!Number.isSafeInteger(yuan) || yuan > MAX_AMOUNT_YUAN) return { ok: false, message: `${label}过大，请核对单位（万元）。` };
  return { ok: true, value: yuan };
}

/** Whole 元 printed in 万元 with as many decimals as it needs (at most four): 123456 → "12.3456". */
export function formatWanYuan(yuan: number): string {
  const whole = Math.floor(yuan / 10_000);
  const rest = String(yuan % 10_000).padStart(4, '0').replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}

/** How a value prints in the form and the table. */
export function formatTableTwoValue(field: TableTwoField, value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return field.endsWith('.amount') ? formatWanYuan(value) : String(value);
}

/** Parses every field of a submitted form; errors per field, nothing half-parsed. */
export function parseTableTwo(values: Record<string, string | undefined>): { ok: true; table: TableTwo } | { ok: false; errors: Record<string, string[]> } {
  const table: TableTwo = {};
  const errors: Record<string, string[]> = {};
  for (const { field, column } of TABLE_TWO_FIELDS) {
    const raw = values[`t2.${field}`] ?? '';
    const label = fieldLabel(field);
    const parsed = column === 'amount' ? parseWanYuan(raw, label) : parseCount(raw, label);
    if (parsed.ok) table[field] = parsed.value;
    else errors[`t2.${field}`] = [parsed.message];
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, table };
}

/** A new year's table: last year's 现行有效 as the starting point, everything else empty. */
export function startingTableTwo(lastYear: InForceFigures | null): TableTwo {
  const table: TableTwo = {};
  for (const row of CONTINUING_ROWS) table[`${row}.inForce`] = lastYear?.[row] ?? null;
  return table;
}

export function inForceOf(table: TableTwo): InForceFigures {
  return { rules: table['rules.inForce'] ?? null, normative_documents: table['normative_documents.inForce'] ?? null };
}
