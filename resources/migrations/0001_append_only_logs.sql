-- The audit log and the change history are append-only: the database itself refuses to change or delete a row,
-- so neither a bug nor a clerk with a SQLite tool can quietly rewrite who did what.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `change_log_no_update` BEFORE UPDATE ON `change_log` BEGIN SELECT RAISE(ABORT, '变更记录只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `change_log_no_delete` BEFORE DELETE ON `change_log` BEGIN SELECT RAISE(ABORT, '变更记录只能追加，不能删除'); END;
