CREATE TABLE `quarter_figures` (
	`quarter` text PRIMARY KEY NOT NULL,
	`stamp` text NOT NULL,
	`figures` text NOT NULL,
	`computed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_log_entity_at_idx` ON `change_log` (`entity`,`at`,`entity_id`,`op`);--> statement-breakpoint
CREATE INDEX `change_log_corrections_idx` ON `change_log` (`at`,`entity`) WHERE "change_log"."source" = 'correction';