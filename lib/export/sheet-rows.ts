import type { SheetRow } from '@/lib/domain/register';

/** A spreadsheet read as it streams: its header row, then its data rows one at a time. */
export type SheetRows = { header: string[]; rows: AsyncIterable<SheetRow> };
