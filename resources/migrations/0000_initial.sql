CREATE TABLE `township` (
	`id` integer PRIMARY KEY NOT NULL,
	`county_code` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "township_single_row" CHECK("township"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `villages` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `villages_name_unique` ON `villages` (`name`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`can_view_full_id` integer DEFAULT false NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`active` integer DEFAULT true NOT NULL,
	`password_changed_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer
);
--> statement-breakpoint
CREATE TABLE `persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id_number` text NOT NULL,
	`name` text NOT NULL,
	`sex` text NOT NULL,
	`birth_date` text NOT NULL,
	`ethnicity` text,
	`education` text,
	`hukou_type` text,
	`village_code` text,
	`address` text,
	`phone` text,
	`registered_on` text,
	`unemployment_reason` text,
	`job_wish` text,
	`training_wish` text,
	`skills` text,
	`employment_card_no` text,
	`status` text DEFAULT '1' NOT NULL,
	`employed_on` text,
	`employment_type` text,
	`employer` text,
	`cancelled_on` text,
	`cancel_reason` text,
	`cancel_note` text,
	`last_contact_on` text,
	`difficulty` text,
	`difficulty_on` text,
	`difficulty_exit_on` text,
	`difficulty_exit_reason` text,
	`low_income` integer DEFAULT false NOT NULL,
	`land_lost` integer DEFAULT false NOT NULL,
	`poverty_monitored` integer DEFAULT false NOT NULL,
	`released_or_rehab` integer DEFAULT false NOT NULL,
	`disability_cert` text,
	`disability_category` text,
	`disability_grade` text,
	`placement_wish` text,
	`notes` text,
	`name_initials` text DEFAULT '' NOT NULL,
	`name_pinyin` text DEFAULT '' NOT NULL,
	`deleted_at` integer,
	`delete_reason` text,
	`merged_into_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`village_code`) REFERENCES `villages`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "persons_status_valid" CHECK("persons"."status" in ('1','2','3')),
	CONSTRAINT "persons_sex_valid" CHECK("persons"."sex" in ('1','2'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `persons_id_number_unique` ON `persons` (`id_number`) WHERE "persons"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `persons_village_idx` ON `persons` (`village_code`);--> statement-breakpoint
CREATE INDEX `persons_status_idx` ON `persons` (`status`);--> statement-breakpoint
CREATE INDEX `persons_name_idx` ON `persons` (`name`);--> statement-breakpoint
CREATE INDEX `persons_initials_idx` ON `persons` (`name_initials`);--> statement-breakpoint
CREATE INDEX `persons_registered_on_idx` ON `persons` (`registered_on`);--> statement-breakpoint
CREATE TABLE `households` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`head_person_id` integer,
	`head_id_number` text NOT NULL,
	`head_name` text NOT NULL,
	`village_code` text,
	`address` text,
	`stage` text NOT NULL,
	`applied_on` text,
	`publicised_on` text,
	`identified_on` text,
	`deadline` text,
	`cleared_on` text,
	`cleared_by_person_id` integer,
	`revoked_on` text,
	`revoke_reason` text,
	`needs_rerecognition` integer DEFAULT false NOT NULL,
	`notes` text,
	`deleted_at` integer,
	`delete_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`head_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`village_code`) REFERENCES `villages`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cleared_by_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "households_cleared_has_date" CHECK("households"."stage" <> 'cleared' or "households"."cleared_on" is not null)
);
--> statement-breakpoint
CREATE INDEX `households_stage_idx` ON `households` (`stage`);--> statement-breakpoint
CREATE INDEX `households_village_idx` ON `households` (`village_code`);--> statement-breakpoint
CREATE INDEX `households_deadline_idx` ON `households` (`deadline`);--> statement-breakpoint
CREATE TABLE `household_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`person_id` integer,
	`id_number` text NOT NULL,
	`name` text NOT NULL,
	`sex` text NOT NULL,
	`birth_date` text NOT NULL,
	`relation` text NOT NULL,
	`labour_capacity` text NOT NULL,
	`employed` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`removed_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "household_members_capacity_valid" CHECK("household_members"."labour_capacity" in ('1','2','3'))
);
--> statement-breakpoint
CREATE INDEX `household_members_household_idx` ON `household_members` (`household_id`);--> statement-breakpoint
CREATE INDEX `household_members_person_idx` ON `household_members` (`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `household_members_one_active_household` ON `household_members` (`id_number`) WHERE "household_members"."active" = 1;--> statement-breakpoint
CREATE TABLE `assistance_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer,
	`household_id` integer,
	`type` text NOT NULL,
	`date` text NOT NULL,
	`content` text NOT NULL,
	`employer` text,
	`position` text,
	`amount_fen` integer,
	`result` text NOT NULL,
	`staff_user_id` integer,
	`staff_name` text NOT NULL,
	`batch_id` text,
	`notes` text,
	`deleted_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "assistance_has_target" CHECK("assistance_actions"."person_id" is not null or "assistance_actions"."household_id" is not null),
	CONSTRAINT "assistance_amount_not_negative" CHECK("assistance_actions"."amount_fen" is null or "assistance_actions"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE INDEX `assistance_person_idx` ON `assistance_actions` (`person_id`);--> statement-breakpoint
CREATE INDEX `assistance_household_idx` ON `assistance_actions` (`household_id`);--> statement-breakpoint
CREATE INDEX `assistance_date_idx` ON `assistance_actions` (`date`);--> statement-breakpoint
CREATE TABLE `change_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`version` integer NOT NULL,
	`op` text NOT NULL,
	`at` integer NOT NULL,
	`user_id` integer,
	`user_name` text NOT NULL,
	`source` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `change_log_entity_idx` ON `change_log` (`entity`,`entity_id`,`at`);--> statement-breakpoint
CREATE INDEX `change_log_at_idx` ON `change_log` (`at`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`user_id` integer,
	`user_name` text NOT NULL,
	`action` text NOT NULL,
	`target` text,
	`target_id` text,
	`detail` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`);--> statement-breakpoint
CREATE TABLE `exported_packages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`quarter` integer NOT NULL,
	`revision` integer NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`counts` text NOT NULL,
	`status` text NOT NULL,
	`operator` text NOT NULL,
	`made_by` integer,
	`made_at` integer NOT NULL,
	`decided_at` integer,
	`decided_by` integer,
	`note` text,
	FOREIGN KEY (`made_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exported_packages_revision_unique` ON `exported_packages` (`year`,`quarter`,`revision`);--> statement-breakpoint
CREATE TABLE `package_records` (
	`package_id` integer NOT NULL,
	`kind` text NOT NULL,
	`record_key` text NOT NULL,
	`row_hash` text NOT NULL,
	PRIMARY KEY(`package_id`, `kind`, `record_key`),
	FOREIGN KEY (`package_id`) REFERENCES `exported_packages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `package_records_kind_idx` ON `package_records` (`kind`);