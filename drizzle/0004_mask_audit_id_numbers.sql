-- 个人信息保护: the audit used to keep identity numbers in full, forever. New records keep them
-- masked (lib/domain/personal-data-mask.ts auditableChanges); this masks the old ones once, in
-- place, with the same rule: ogi_mask_id_number() is lib/domain/id-mask.ts, registered on the
-- connection by db/client.ts. The append-only trigger is lifted for this one statement and
-- restored in the same transaction, and the masking is itself recorded in the audit.
INSERT INTO audit_log (at, actor_id, actor_name, entity_type, entity_id, action, changes, note)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, '系统升级', 'audit', 'id_numbers', 'audit.mask_id_numbers', '{}',
       '已将 ' || count(*) || ' 条修改记录中的证件号码改为脱敏形式（个人信息保护）'
FROM audit_log WHERE json_type(changes, '$.idNumber') = 'object'
HAVING count(*) > 0;
--> statement-breakpoint
DROP TRIGGER audit_log_no_update;
--> statement-breakpoint
UPDATE audit_log
SET changes = json_set(changes,
  '$.idNumber.from', ogi_mask_id_number(json_extract(changes, '$.idNumber.from')),
  '$.idNumber.to', ogi_mask_id_number(json_extract(changes, '$.idNumber.to')))
WHERE json_type(changes, '$.idNumber') = 'object';
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
