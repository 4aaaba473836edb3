-- Full-text search of the case list (lib/data/case-search-sql.ts): the case number, the applicant
-- and the request, indexed by SQLite FTS5's trigram tokenizer, which finds any substring of three
-- or more characters (case-insensitively, as LIKE did). Each value is indexed with two U+0001
-- characters after it, so that every character of it begins a trigram: a query of one or two
-- characters is then the set of trigrams that begin with it, read from the index's vocabulary
-- (case_search_terms: one row per term; case_search_instances: one per occurrence) without
-- scanning the cases. Contentless: the text stays in `cases` only; the triggers keep the index in
-- step with every insert, change and removal, whoever makes it.
CREATE VIRTUAL TABLE `case_search` USING fts5(case_no, applicant_name, content, content='', contentless_delete=1, tokenize='trigram');
--> statement-breakpoint
CREATE VIRTUAL TABLE `case_search_terms` USING fts5vocab(case_search, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `case_search_instances` USING fts5vocab(case_search, 'instance');
--> statement-breakpoint
INSERT INTO `case_search` (rowid, case_no, applicant_name, content)
  SELECT id, case_no || char(1, 1), applicant_name || char(1, 1), content || char(1, 1) FROM cases;
--> statement-breakpoint
CREATE TRIGGER case_search_insert AFTER INSERT ON cases
BEGIN
  INSERT INTO case_search (rowid, case_no, applicant_name, content)
    VALUES (new.id, new.case_no || char(1, 1), new.applicant_name || char(1, 1), new.content || char(1, 1));
END;
--> statement-breakpoint
CREATE TRIGGER case_search_update AFTER UPDATE OF case_no, applicant_name, content ON cases
BEGIN
  DELETE FROM case_search WHERE rowid = old.id;
  INSERT INTO case_search (rowid, case_no, applicant_name, content)
    VALUES (new.id, new.case_no || char(1, 1), new.applicant_name || char(1, 1), new.content || char(1, 1));
END;
--> statement-breakpoint
CREATE TRIGGER case_search_delete AFTER DELETE ON cases
BEGIN
  DELETE FROM case_search WHERE rowid = old.id;
END;
