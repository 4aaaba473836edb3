import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

// Dates of the domain (received, replied, due …) are calendar dates in China Standard Time,
// stored as 'YYYY-MM-DD' text so that comparisons and ranges are plain string comparisons.
// Moments (createdAt, audit times) are ISO-8601 UTC timestamps.

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['clerk', 'supervisor', 'admin', 'auditor'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  // When the password was last set (its age counts from here; null: since createdAt).
  passwordChangedAt: text('password_changed_at'),
  // A password someone else set (administrator, command line) must be changed by its owner.
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  // Second factor (TOTP, RFC 6238): the key encrypted with AUTH_SECRET, and the last time step
  // accepted, so that a code is never accepted twice.
  totpSecret: text('totp_secret'),
  totpEnabledAt: text('totp_enabled_at'),
  totpLastStep: integer('totp_last_step'),
  // The morning digest of the to-do list (README, "E-mail reminders"): sent to `email` on working
  // days when the user asked for it and the server has SMTP_URL.
  email: text('email'),
  digest: integer('digest', { mode: 'boolean' }).notNull().default(false),
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
    clientAddress: text('client_address'),
  },
  (t) => [
    index('login_attempts_username_at').on(t.username, t.attemptedAt),
    index('login_attempts_address_at').on(t.clientAddress, t.attemptedAt),
    index('login_attempts_at').on(t.attemptedAt),
  ],
);

// One row per sign-in. The session cookie carries only the id; every request checks the row, so a
// session ends on the server (sign-out, idle, 8 hours, password change) whatever the cookie says.
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    signedInAt: text('signed_in_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    revokedAt: text('revoked_at'),
    clientAddress: text('client_address').notNull(),
    // Signed in with the published demo password (from the server's own machine).
    demo: integer('demo', { mode: 'boolean' }).notNull().default(false),
    // When the second factor was given; null while it is still owed.
    secondFactorAt: text('second_factor_at'),
  },
  (t) => [index('sessions_user').on(t.userId, t.signedInAt), index('sessions_signed_in').on(t.signedInAt)],
);

// Hashes of the passwords an account has had, newest last: a new password may not repeat the last N.
export const passwordHistory = sqliteTable(
  'password_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    passwordHash: text('password_hash').notNull(),
    setAt: text('set_at').notNull(),
  },
  (t) => [index('password_history_user').on(t.userId, t.id)],
);

// One-time recovery codes for the second factor, stored as SHA-256 hashes.
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [index('recovery_codes_user').on(t.userId)],
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
    // The annual report's section 一 (REPORT.md §3): new cases by channel, and replies on time, each
    // a range over an index that covers it, so a year of 130,000 cases needs no table lookups.
    index('cases_received_channel').on(t.receivedOn, t.channel),
    // The orders of the case list, each with the id as tie-breaker (the rowid every index ends
    // with), so that a page continues from the last row of the one before (keyset pagination).
    // A missing date sorts as if far in the future (due) or before every date (replied); the list
    // orders by exactly these expressions (lib/data/case-list-order.ts).
    index('cases_received').on(t.receivedOn),
    index('cases_due_key').on(sql`(CASE WHEN ${t.replyDueOn} IS NULL THEN '9999-12-31' ELSE ${t.replyDueOn} END)`),
    index('cases_replied_key').on(sql`(CASE WHEN ${t.repliedOn} IS NULL THEN '' ELSE ${t.repliedOn} END)`),
    index('cases_updated').on(t.updatedAt),
    // The open cases only, by clock state and due date: every status count and list of open cases
    // (the review page, the workload per handler, the due-date filters) reads just this index.
    index('cases_open_clock')
      .on(t.clockState, sql`(CASE WHEN ${t.replyDueOn} IS NULL THEN '9999-12-31' ELSE ${t.replyDueOn} END)`, t.replyDueOn, t.handlerId)
      .where(sql`${t.repliedOn} IS NULL`),
    // Closed cases by reply date with their due date: on-time rates without reading the cases.
    index('cases_replied_due').on(t.repliedOn, t.replyDueOn),
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
    // The network address of the request, for sign-in records and other security events.
    clientAddress: text('client_address'),
  },
  (t) => [index('audit_entity').on(t.entityType, t.entityId, t.id), index('audit_at').on(t.at), index('audit_actor').on(t.actorId, t.id)],
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

// Letters (文书) drafted from a case: receipt, correction, consultation, extension, fee notices and
// replies (docs/LETTERS.md). A draft is edited freely; issuing numbers, dates and freezes it. The
// 文号 is unique per kind and year and overall; a cancelled letter keeps its number.
export const letters = sqliteTable(
  'letters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    // The letter type (and so the agency's template): 'correction', 'reply.partial' …
    typeKey: text('type_key').notNull(),
    status: text('status').notNull().default('draft'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    // What the clerk typed into the letter's own fields, by field name.
    fields: text('fields', { mode: 'json' }).notNull().$type<Record<string, unknown>>().default(sql`'{}'`),
    templateVersion: integer('template_version').notNull().default(0),
    docNo: text('doc_no'),
    docYear: integer('doc_year'),
    docSeq: integer('doc_seq'),
    issuedOn: text('issued_on'),
    issuedBy: integer('issued_by').references(() => users.id),
    submittedBy: integer('submitted_by').references(() => users.id),
    submittedAt: text('submitted_at'),
    approvedBy: integer('approved_by').references(() => users.id),
    approvedOn: text('approved_on'),
    reviewComment: text('review_comment'),
    cancelledBy: integer('cancelled_by').references(() => users.id),
    cancelledOn: text('cancelled_on'),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    updatedAt: text('updated_at').notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [
    index('letters_case').on(t.caseId, t.id),
    index('letters_status').on(t.status),
    // The last guard of numbering: whatever happens above, no number twice.
    uniqueIndex('letters_doc_seq').on(t.kind, t.docYear, t.docSeq),
    uniqueIndex('letters_doc_no').on(t.docNo),
    check('letters_numbered_when_issued', sql`(${t.status} IN ('issued', 'cancelled')) = (${t.docNo} IS NOT NULL)`),
  ],
);

export const letterDeliveries = sqliteTable(
  'letter_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    letterId: integer('letter_id')
      .notNull()
      .references(() => letters.id),
    method: text('method').notNull(),
    trackingNo: text('tracking_no'),
    sentOn: text('sent_on').notNull(),
    receivedOn: text('received_on'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('letter_deliveries_letter').on(t.letterId),
    check('letter_deliveries_post_tracked', sql`${t.method} <> 'post' OR ${t.trackingNo} IS NOT NULL`),
  ],
);

// The agency's versions of each letter template; the highest version is in force, earlier ones are
// kept. No row for a type: the product's default wording.
export const letterTemplates = sqliteTable(
  'letter_templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    typeKey: text('type_key').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('letter_templates_key_version').on(t.typeKey, t.version)],
);

// Files kept with a case (scans, signed letters, delivery receipts), stored under a random name
// in the files folder beside the database. Removal is a soft delete.
export const caseFiles = sqliteTable(
  'case_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    letterId: integer('letter_id').references(() => letters.id),
    category: text('category').notNull(),
    fileName: text('file_name').notNull(),
    storedName: text('stored_name').notNull(),
    fileType: text('file_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedAt: text('uploaded_at').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id),
    deletedAt: text('deleted_at'),
    deletedBy: integer('deleted_by').references(() => users.id),
    deleteReason: text('delete_reason'),
  },
  (t) => [index('case_files_case').on(t.caseId, t.id), uniqueIndex('case_files_stored_name').on(t.storedName)],
);

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

// A user's own saved filters of the case list: a name and the query string of the list's filters,
// read again (and any part no longer understood ignored, with a message) whenever it is shown.
export const savedFilters = sqliteTable(
  'saved_filters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    query: text('query').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('saved_filters_user_name').on(t.userId, t.name)],
);
// The annual report (docs/REPORT.md). One draft per year, edited by supervisors and administrators:
// the staff texts, table 二 and the generated paragraphs as they stand and as last generated (JSON,
// lib/domain/report/annual/draft.ts). Published versions are immutable (triggers refuse UPDATE and
// DELETE): the content printed (tables 二–四, every text), the checks and any acknowledgement, who,
// when and the publication date; version 1 is 发布, later ones 更正 with a reason. With each version,
// the facts of every case and review record its tables count, so that the register now can be
// compared with it record by record.
export const reportDrafts = sqliteTable('report_drafts', {
  year: integer('year').primaryKey(),
  content: text('content', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
});

export const reportVersions = sqliteTable(
  'report_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    kind: text('kind', { enum: ['publish', 'correction'] }).notNull(),
    publishedOn: text('published_on').notNull(),
    publishedAt: text('published_at').notNull(),
    publishedBy: integer('published_by').references(() => users.id),
    publishedByName: text('published_by_name').notNull(),
    // 更正: why the published report is corrected.
    reason: text('reason'),
    // Published although checks failed: the reason given for each.
    acknowledgement: text('acknowledgement'),
    content: text('content', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    checks: text('checks', { mode: 'json' }).notNull().$type<unknown[]>(),
  },
  (t) => [uniqueIndex('report_versions_year_number').on(t.year, t.number), check('report_versions_correction_reason', sql`${t.kind} = 'publish' OR ${t.reason} IS NOT NULL`)],
);

export const reportVersionCases = sqliteTable(
  'report_version_cases',
  {
    versionId: integer('version_id')
      .notNull()
      .references(() => reportVersions.id),
    caseId: integer('case_id').notNull(),
    caseNo: text('case_no').notNull(),
    receivedOn: text('received_on').notNull(),
    repliedOn: text('replied_on'),
    applicantType: text('applicant_type').notNull(),
    outcome: text('outcome'),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.caseId] })],
);

export const reportVersionReviews = sqliteTable(
  'report_version_reviews',
  {
    versionId: integer('version_id')
      .notNull()
      .references(() => reportVersions.id),
    reviewId: integer('review_id').notNull(),
    kind: text('kind').notNull(),
    filedOn: text('filed_on').notNull(),
    result: text('result'),
    decidedOn: text('decided_on'),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.reviewId] })],
);

// The first year in the system: the previous year's published tables 三 and 四 and table 二's
// 现行有效 figures, entered or imported, labelled 导入基线 wherever they are used.
export const reportBaselines = sqliteTable('report_baselines', {
  year: integer('year').primaryKey(),
  tableThree: text('table_three', { mode: 'json' }).$type<Record<string, Record<string, number>>>(),
  tableFour: text('table_four', { mode: 'json' }).$type<Record<string, Record<string, number>>>(),
  inForce: text('in_force', { mode: 'json' }).$type<Record<string, number | null>>(),
  source: text('source').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedByName: text('updated_by_name').notNull(),
});
