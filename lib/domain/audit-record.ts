// One audit record as people read it. The data layer writes and reads these, the export writes them
// to a file; both take the shape from here, since lib/export may not import lib/data.

/** What a change did to each field it touched. */
export type Changes = Record<string, { from: unknown; to: unknown }>;

/** One audit record as the audit-log page reads it (lib/data/audit-log.ts) and its file writes it. */
export type AuditLogRow = {
  id: number;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  subject: string;
  changes: Changes;
  note: string | null;
  clientAddress: string | null;
};
