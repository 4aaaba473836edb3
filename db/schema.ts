import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

// Dates of the domain (received, replied, due …) are calendar dates in China Standard Time,
// stored as 'YYYY-MM-DD' text so that comparisons and ranges are plain string comparisons.
// Moments (createdAt, audit times) are ISO-8601 UTC timestamps.

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['clerk', 'supervisor', 'admin'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  // Sessions signed in before this moment end: a password reset signs the user out everywhere.
  passwordChangedAt: text('password_changed_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    attemptedAt: text('attempted_at').notNull(),
    succeeded: integer('succeeded', { mode: 'boolean' }).notNull(),
  },
  (t) => [index('login_attempts_username_at').on(t.username, t.attemptedAt)],
);

export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseNo: text('case_no').notNull(),
    receivedOn: text('received_on').notNull(),
    registeredOn: text('registered_on').notNull(),
    channel: text('channel').notNull(),
    applicantType: text('applicant_type').notNull(),
    applicantName: text('applicant_name').notNull(),
    idType: text('id_type'),
    idNumber: text('id_number'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    content: text('content').notNull().default(''),
    deliveryMethod: text('delivery_method'),
    handlerId: integer('handler_id').references(() => users.id),
    relatedCaseId: integer('related_case_id').references((): AnySQLiteColumn => cases.id),
    notes: text('notes'),
    // Closing: a case is closed exactly when repliedOn is set.
    outcome: text('outcome'),
    repliedOn: text('replied_on'),
    replyDocNo: text('reply_doc_no'),
    // The statutory clock, derived from the case's events by lib/domain and stored for fast lists.
    clockStartOn: text('clock_start_on').notNull(),
    replyDueOn: text('reply_due_on'),
    dueProvisional: integer('due_provisional', { mode: 'boolean' }).notNull().default(false),
    clockState: text('clock_state').notNull().default('running'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('cases_case_no').on(t.caseNo),
    // Covering indexes for the year-end table: every count is a range over one of them.
    index('cases_received_type').on(t.receivedOn, t.applicantType),
    index('cases_replied_type_outcome').on(t.repliedOn, t.applicantType, t.outcome),
    index('cases_handler_replied').on(t.handlerId, t.repliedOn),
    index('cases_state_due').on(t.clockState, t.replyDueOn),
    index('cases_applicant_name').on(t.applicantName),
    // The year-end table derives carry-over from counts, which holds only if no reply precedes receipt.
    check('cases_reply_not_before_receipt', sql`${t.repliedOn} IS NULL OR ${t.repliedOn} >= ${t.receivedOn}`),
  ],
);

export const caseEvents = sqliteTable(
  'case_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    occurredOn: text('occurred_on').notNull(),
    data: text('data', { mode: 'json' }).notNull().$type<Record<string, unknown>>().default(sql`'{}'`),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => users.id),
  },
  (t) => [index('case_events_case').on(t.caseId, t.id), index('case_events_kind').on(t.kind)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorId: integer('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    changes: text('changes', { mode: 'json' }).notNull().$type<Record<string, { from: unknown; to: unknown }>>(),
    note: text('note'),
  },
  (t) => [index('audit_entity').on(t.entityType, t.entityId, t.id), index('audit_at').on(t.at)],
);

export const calendarYears = sqliteTable('calendar_years', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const calendarDays = sqliteTable(
  'calendar_days',
  {
    date: text('date').primaryKey(),
    year: integer('year').notNull(),
    kind: text('kind', { enum: ['off', 'work'] }).notNull(),
    name: text('name'),
  },
  (t) => [index('calendar_days_year').on(t.year)],
);

export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id').references(() => cases.id),
    kind: text('kind').notNull(),
    filedOn: text('filed_on').notNull(),
    result: text('result'),
    decidedOn: text('decided_on'),
    notes: text('notes'),
    importKey: text('import_key'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('reviews_filed').on(t.filedOn, t.kind),
    index('reviews_case').on(t.caseId),
    uniqueIndex('reviews_import_key').on(t.importKey),
  ],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

// One row per import of a register or review file. A large file is written in short transactions
// (lib/data/import-batches.ts) so that other users can save meanwhile; this row says how far an
// import got, so an import stopped half-way (the server killed, a case changed by someone else
// during the import) is shown to administrators, who complete it by importing the same file again.
export const importRuns = sqliteTable(
  'import_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['register', 'reviews'] }).notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    actorId: integer('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    rowsTotal: integer('rows_total').notNull(),
    rowsDone: integer('rows_done').notNull().default(0),
    // running → done, or interrupted (with a message); an interrupted run is resolved once the
    // same file has been imported to the end.
    status: text('status', { enum: ['running', 'done', 'interrupted', 'resolved'] }).notNull(),
    message: text('message'),
    startedAt: text('started_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('import_runs_status').on(t.status, t.kind)],
);
