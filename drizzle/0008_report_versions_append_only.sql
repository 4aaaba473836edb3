-- A published report version, and the records stored with it, never change: a correction is a new
-- version. The database itself refuses to change or remove them.
CREATE TRIGGER report_versions_no_update BEFORE UPDATE ON report_versions
BEGIN
  SELECT RAISE(ABORT, 'report_versions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER report_versions_no_delete BEFORE DELETE ON report_versions
BEGIN
  SELECT RAISE(ABORT, 'report_versions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER report_version_cases_no_update BEFORE UPDATE ON report_version_cases
BEGIN
  SELECT RAISE(ABORT, 'report_version_cases is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER report_version_cases_no_delete BEFORE DELETE ON report_version_cases
BEGIN
  SELECT RAISE(ABORT, 'report_version_cases is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER report_version_reviews_no_update BEFORE UPDATE ON report_version_reviews
BEGIN
  SELECT RAISE(ABORT, 'report_version_reviews is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER report_version_reviews_no_delete BEFORE DELETE ON report_version_reviews
BEGIN
  SELECT RAISE(ABORT, 'report_version_reviews is append-only');
END;
